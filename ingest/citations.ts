/**
 * Find every mention of a specific document in a text: a số ký hiệu with its type word, date,
 * "của …" issuer words and stated subject, or a law named by its name and date
 * ("Luật Tổ chức chính quyền địa phương ngày 19/6/2015"). Nothing is resolved here: issuers
 * are kept as the words the text gives (see resolve.ts).
 */
import { citedDate, firstDate, withNear, type DateMatch } from './dates.ts';
import { findNumbers, type NumberMatch } from './numbers.ts';
import { fold, isLetterOrDigit, isSpace, letterCase } from './fold.ts';
import { issuerFromWords, type CitingContext } from './issuers.ts';
import { citedTypeName, typeBefore, type TypeWord } from './types.ts';

/** One mention of a document. Offsets are UTF-16 code units into the decoded text. */
export interface Citation {
  /** Start of the mention: its type word when there is one, else its number. */
  start: number;
  /** End of the quote: the date when it follows closely, else the number (or law name). */
  end: number;
  number: NumberMatch | null;
  typeWord: TypeWord | null;
  /** Full type name (Quyết định, Chương trình hành động, Luật …), or null when unknown. */
  type: string | null;
  date: (DateMatch & { near: boolean }) | null;
  /** The words after "của" that name the issuer, as printed; null when absent. */
  issuerWords: string | null;
  /** The subject the text states for the cited document ("ban hành Kế hoạch … năm 2019"). */
  title: string | null;
  /**
   * The next mention, by name ("Nghị định số 61/2018/NĐ-CP"), when the subject runs into it on
   * a word that wants an object ("… hướng dẫn thi hành một số quy định của"): the subject's end.
   */
  titleObject: string | null;
  /** True when the mention sits in a "(Ban hành kèm theo …)" note: identity, not a citation. */
  attachmentNote: boolean;
}

// "của" as OCR leaves it: cua, ciia, cia, cta, ctia, cla, clia, cda.
const CUA = /^(?:c[a-z]{0,2}a|ctla|clia)\s+/;
// Where a subject starts after the issuer words.
const SUBJECT = /^(?:ve\s+vi[a-z]c|ve|ban h[a-z]?nh|phe duy[a-z]t|quy d[a-z]nh|h[a-z]{1,3}ng d[a-z]n|ph[a-z] duy[a-z]t)\b/;
// What ends the issuer words: the subject, "ngày", punctuation, a blank line.
const ISSUER_STOP = new RegExp(`${SUBJECT.source}|^ng[a-z]{0,2}y\\b|^[;,.()]|^\\n\\s*\\n`);
// Tried where indexOf (a native scan, faster than the regex engine's) finds "luat".
const LAW = /luat\s+(?!so\b|nay\b|dinh\b)/y;

/** All mentions of documents in `text` (`folded` = `foldDocument(text)`, fold.ts), in order of position. */
export function findCitations(text: string, folded: string): Citation[] {
  const numbers = findNumbers(text, folded);
  const words = numbers.map((n) => typeBefore(folded, n.start));
  const starts = numbers.map((n, i) => words[i]?.start ?? n.start);
  const laws = findLawsByName(text, folded, numbers);
  // Where every mention starts, in order, to find the one after each number.
  const allStarts = [...starts, ...laws.map((l) => l.start)].sort((a, b) => a - b);
  const all: Citation[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    const limit = Math.min(nextStart(allStarts, n.end), text.length);
    const word = words[i];
    const date = citedDate(folded, n.end, limit) ?? dateIssuedBefore(folded, word?.start ?? n.start);
    const afterDate = date?.near ? date.end : n.end;
    const stated = tail(text, folded, afterDate, limit);
    // A subject that runs into the next mention on a word that wants an object names it.
    const next = i + 1 < numbers.length && starts[i + 1] === limit ? i + 1 : -1;
    const titleObject = stated.wantsObject && next >= 0 ? mentionName(words[next], numbers[next]) : null;
    const issuerWords = stated.issuerWords ?? issuerBefore(text, folded, word?.start ?? n.start);
    const title = stated.title;
    const partyShape = n.shape === 'party';
    let type = citedTypeName(word?.type ?? null, n.type?.code ?? null, partyShape);
    if (!type && n.shape === 'letter') type = word?.type.name ?? 'Công văn';
    // A law's or an ordinance's number has no type code (77/2015/QH13, 02/2020/UBTVQH14).
    const legislature = n.issuerCode.startsWith('QH') || n.issuerCode.startsWith('UBTVQH');
    const law = !word && legislature ? lawNameBefore(text, folded, n.start) : null;
    if (!type && legislature) type = law?.type ?? word?.type.name ?? (n.issuerCode.startsWith('QH') ? 'Luật' : 'Pháp lệnh');
    all.push({
      start: law?.start ?? word?.start ?? n.start,
      end: date?.near ? date.end : n.end,
      number: n,
      typeWord: word?.type ?? null,
      type,
      date,
      issuerWords,
      title: title ?? (law?.name || null),
      titleObject,
      attachmentNote: inAttachmentNote(folded, word?.start ?? n.start),
    });
  }
  shareListDates(folded, all);
  shareListIssuers(folded, all);
  return [...all, ...laws].sort((a, b) => a.start - b.start);
}

// "cùng ngày" right before a date: the documents listed before it were all issued that day.
const SAME_DAY = /c[a-z]{0,2}ng\s+ng[a-z]{0,2}y\s*:?\s*$/;
// What may join the numbers of one list: "và", commas, and the type word and "số" of the next.
// ("số" as OCR reads it too: "s0", "s6").
const LIST_JOIN = /^[\s,]*(?:va\b)?[\s,]*(?:[a-z][a-z0-9]*\s+){0,4}$/;

/**
 * "Quyết định số 123/QĐ-UBND và số 124/QĐ-UBND cùng ngày 12/3/2020": the date a list states
 * once, after "cùng ngày" (the same day), is the date of every undated number listed before it
 * in the list. `mentions` are the mentions of numbers in order; their dates are set in place.
 */
function shareListDates(folded: string, mentions: Citation[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const date = mentions[i].date;
    if (!date?.near || !SAME_DAY.test(folded.slice(Math.max(0, date.start - 20), date.start))) continue;
    for (let j = i - 1; j >= 0 && !mentions[j].date; j--) {
      if (!LIST_JOIN.test(folded.slice(mentions[j].number!.end, mentions[j + 1].start))) break;
      mentions[j].date = withNear(date, false);
    }
  }
}

/**
 * "Chủ tịch UBND tỉnh đã ban hành các Quyết định số 112/QĐ-UBND ngày …, số 198/QĐ-UBND ngày …
 * và số 265/QĐ-UBND ngày …": the numbers of one list ("số B" after "A …," or "và"), of one
 * issuer code, are issued by the body its words name once, before or after them. A list whose
 * items name two bodies is left as it is. `mentions` are the mentions of numbers in order;
 * their issuer words are set in place.
 */
function shareListIssuers(folded: string, mentions: Citation[]): void {
  for (let i = 0; i < mentions.length; ) {
    let j = i + 1;
    while (j < mentions.length && !mentions[j].typeWord && mentions[j].number!.issuerCode === mentions[i].number!.issuerCode
      && LIST_JOIN.test(folded.slice(mentions[j - 1].end, mentions[j].start))) j++;
    if (j === i + 1) {
      i = j;
      continue;
    }
    const named = new Set(mentions.slice(i, j).map((m) => m.issuerWords).filter((w) => w !== null));
    if (named.size === 1) {
      const words = [...named][0];
      for (let k = i; k < j; k++) mentions[k].issuerWords ??= words;
    }
    i = j;
  }
}

/**
 * A law cited by name and number, "Luật Tổ chức chính quyền địa phương số 77/2015/QH13" (or an
 * ordinance, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"): the name that
 * ends in "số" right before the number at `at`, within one clause (no digits, `;`, `.`, brackets
 * or line break inside). The first capitalised "Luật" / "Bộ luật" / "Pháp lệnh" of that run
 * starts the name, so "Luật sửa đổi … của Luật Tổ chức Chính phủ số 47/2019/QH14" keeps the
 * whole amending law's name.
 */
function lawNameBefore(text: string, folded: string, at: number): { start: number; name: string; type: string } | null {
  const from = Math.max(0, at - 220);
  const span = folded.slice(from, at);
  const tail = /\s+s[o0-9]\s*:?\s*$/.exec(span);
  if (!tail) return null;
  LAW_WORD.lastIndex = 0;
  for (let m = LAW_WORD.exec(span); m && m.index < tail.index; m = LAW_WORD.exec(span)) {
    const start = from + m.index;
    const type = m[0].startsWith('bo') ? 'Bộ luật' : m[0].startsWith('phap') ? 'Pháp lệnh' : 'Luật';
    if ((start > 0 && /[a-z]/.test(folded[start - 1])) || letterCase(text.charCodeAt(start)) !== UPPER) continue;
    const name = text.slice(start, from + tail.index);
    if (/[0-9;.()\n]/.test(name)) continue;
    // The type word alone ("Luật số 43/2024/QH15", OCR's "Luét s6 …"): no name.
    const word = m[0].trimEnd().length;
    if (name.trim().length <= word) return { start, name: '', type };
    // A law's name starts with a capital, except an amending law's "Luật sửa đổi, bổ sung …".
    if (!/\s\p{Lu}/u.test(name.slice(word, word + 2)) && !folded.startsWith('luat sua doi', start)) continue;
    return { start, name: name.replace(/\s+/g, ' ').trim(), type };
  }
  return null;
}

// "Luật" (its vowel as OCR damages it too: "Luét"), "Bộ luật", "Pháp lệnh".
const LAW_WORD = /(?:bo\s)?lu[a-z]t\s|phap\slenh\s/g;
const UPPER = 1; // letterCase() of a capital

/** Does the code unit at `i` end a word: `;`, `,`, a bracket, or a full stop before a blank or the end? */
function endsWord(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c === 59 || c === 44 || c === 40 || c === 41) return true;
  return c === 46 && (i + 1 >= folded.length || isSpace(folded.charCodeAt(i + 1)));
}

/** The first of the sorted `starts` at or after `after`, or Infinity. */
function nextStart(starts: number[], after: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < after) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length ? starts[lo] : Infinity;
}

// "… của <issuer> tại " right before a citation ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ
// trình số 88/TTr-SNV", DOMAIN.md §4): the issuer's words, in one clause, a few words long, with
// no verb of a rule ("được quy định tại Nghị định …" names no issuer), no number and no second
// "của" (the words of two mentions).
const OF_AT = /\bc[a-z]{1,2}a\s+([^;.,()\n]{3,60}?)\s+t[a-z]i\s*$/;
const NOT_ISSUER = /\b(?:duoc|quy dinh|ban hanh|theo|c[^h\s][a-z]?a)\b|\d/;
// "tại" and "và" inside those words: part of a body's name when a capital starts "Tài" ("Bộ Tài
// chính") or the word after "và" ("Sở Giáo dục và Đào tạo"); else they join two phrases.
const JOINING = /\b(?:tai|va)\s+/g;
const TAI_BEFORE = /\st[a-z]i\s*$/;
const PASSIVE_AT = /\bd[a-z]{1,3}c\s+([^;.,()\n]{3,80}?)\s+t[a-z]i\s*$/;

// "<issuer> (đã | vừa) ban hành <mention>": the body that issued it, named as the subject of
// the sentence ("Năm 2020, UBND huyện Cam Lâm đã ban hành Kế hoạch số 45/KH-UBND").
// "đã có" says so of a letter: "Ngày 12/8/2024, Sở Xây dựng đã có Công văn số 1689/SXD-QLN".
// "(đã) ban hành", "đã có", "(đã) ký (ban hành)" (a Chủ tịch signs the decision).
const ISSUING = String.raw`(?:(?:(?:da|vua)\s+)?(?:ky\s+)?ban\s+h[a-z]?nh|(?:da|vua)\s+co|(?:(?:da|vua)\s+)?ky)(?:\s+(?:cac|nhung))?\s*$`;
const ISSUED_BEFORE = new RegExp(String.raw`\s${ISSUING}`);
// The subject: the words after the clause's last mark, a few words long, without digits.
const SUBJECT_BEFORE = /(?:^|[;,.:()\n])\s*([^;,.:()\n\d]{3,60})$/;

// "Ngày 26/7/2024, Chính phủ ban hành": a sentence that opens with the day a body issued what it names.
const ISSUED_ON = new RegExp(String.raw`(?:^|[.;:\n]\s*)ng[a-z]{0,2}y\s+(?=\d)([^.;:\n]{6,22}?),[^.;:\n]{0,100}?\s${ISSUING}`);

/**
 * The day a sentence says the mention at `start` was issued on, when it gives none after it:
 * "Ngày 26/7/2024, Chính phủ ban hành Nghị định số 100/2024/NĐ-CP …". Not near (see dates.ts).
 */
function dateIssuedBefore(folded: string, start: number): (DateMatch & { near: boolean }) | null {
  if (!ISSUED_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) return null;
  const from = Math.max(0, start - 160);
  const m = ISSUED_ON.exec(folded.slice(from, start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  const date = firstDate(folded, at, at + m[1].length);
  return date && date.end === at + m[1].length ? withNear(date, false) : null;
}

/**
 * The issuer words right before the mention at `start`, as printed: "của X tại" (Theo đề nghị
 * của Giám đốc Sở Nội vụ tại Tờ trình số …), or the subject of "X (đã) ban hành"; else null.
 * The words are resolved later (resolve.ts): words that name no body count for nothing.
 */
function issuerBefore(text: string, folded: string, start: number): string | null {
  const before = folded.slice(Math.max(0, start - 16), start);
  if (ISSUED_BEFORE.test(before)) return issuerOfVerb(text, folded, start);
  // Most mentions have no "tại" right before them: look for it first, the pattern only then.
  if (!TAI_BEFORE.test(before.slice(-8))) return null;
  // An earlier "của" whose words run into another mention is not this one's: try the next.
  for (let from = Math.max(0, start - 90); ; ) {
    const m = OF_AT.exec(folded.slice(from, start));
    if (!m) break;
    const at = from + m.index + m[0].indexOf(m[1], 2);
    if (!NOT_ISSUER.test(m[1]) && oneName(text, at, m[1])) return singleSpaced(text.slice(at, at + m[1].length)).trim() || null;
    from += m.index + 1;
  }
  // The agent of a passive: "đã được Chủ tịch UBND tỉnh công bố tại Quyết định số …", "được
  // Bộ Chính trị bổ sung cho tỉnh tại Quyết định số …". The words run on into the verb; they
  // count when a body starts them ("được quy định tại …" names none).
  const from = Math.max(0, start - 90);
  const p = PASSIVE_AT.exec(folded.slice(from, start));
  if (!p || /\d/.test(p[1])) return null;
  const at = from + p.index + p[0].indexOf(p[1], 3);
  const words = singleSpaced(text.slice(at, at + p[1].length)).trim();
  return words && issuerFromWords(words, NO_CONTEXT) ? words : null;
}

// A body named without the citing document's context (for telling whether words name one).
const NO_CONTEXT: CitingContext = { province: null, issuer: null };

/** Are the folded `words` at `at` one body's name: is each "tại" and "và" in them part of it (JOINING)? */
function oneName(text: string, at: number, words: string): boolean {
  JOINING.lastIndex = 0;
  for (let j = JOINING.exec(words); j; j = JOINING.exec(words)) {
    const capital = at + j.index + (j[0].startsWith('t') ? 0 : j[0].length);
    if (letterCase(text.charCodeAt(capital)) !== 1) return false;
  }
  return true;
}

/** The subject of "X (đã) ban hành" right before the mention at `start`, as printed; null when there is none. */
function issuerOfVerb(text: string, folded: string, start: number): string | null {
  const from = Math.max(0, start - 100);
  const span = folded.slice(from, start);
  const verb = ISSUED_BEFORE.exec(span);
  const subject = verb && SUBJECT_BEFORE.exec(span.slice(0, verb.index));
  if (!subject) return null;
  const at = from + subject.index + subject[0].length - subject[1].length;
  // Words before the body's name ("Đề nghị UBND tỉnh ban hành …" asks for a document) name no
  // body for the resolver, and the number's code tells the issuer.
  return singleSpaced(text.slice(at, at + subject[1].length)).trim() || null;
}

/** A mention as a subject names it: its type and canonical number, "Nghị định số 61/2018/NĐ-CP". */
function mentionName(word: { type: TypeWord } | null, n: NumberMatch): string {
  const type = citedTypeName(word?.type ?? null, n.type?.code ?? null, n.shape === 'party');
  return type ? `${type} số ${n.number}` : `số ${n.number}`;
}

/**
 * The "của …" words and the stated subject that follow a citation, up to `limit` (the next
 * mention). `wantsObject`: the subject runs into that mention on a word that wants an object
 * ("… hướng dẫn thi hành một số quy định của | Nghị định số 61/2018/NĐ-CP"), so it ends with
 * that mention, which the caller names by its type and canonical number (OCR's damage to it
 * stays out).
 */
function tail(text: string, folded: string, from: number, limit: number): { issuerWords: string | null; title: string | null; wantsObject: boolean } {
  let at = from;
  while (at < limit && (folded.charCodeAt(at) === 44 /* , */ || isSpace(folded.charCodeAt(at)))) at++;
  let issuerWords: string | null = null;
  const cua = CUA.exec(folded.slice(at, Math.min(limit, at + 8)));
  if (cua) {
    const start = at + cua[0].length;
    const end = issuerEnd(folded, start, limit);
    issuerWords = singleSpaced(text.slice(start, end)).trim() || null;
    at = end;
    while (at < limit && isSpace(folded.charCodeAt(at))) at++;
  }
  let title: string | null = null;
  let wantsObject = false;
  if (SUBJECT.test(folded.slice(at, Math.min(limit, at + 20)))) {
    const end = subjectEnd(text, folded, at, Math.min(limit, at + 300));
    title = singleSpaced(text.slice(at, end)).replace(/^(?:về việc|về|ve viec|ve)\s+/i, '').trim() || null;
    wantsObject = title !== null && end > at && /^\s*$/.test(folded.slice(end, limit)) && WANTS_OBJECT.test(folded.slice(Math.max(at, end - 24), end));
  }
  return { issuerWords, title, wantsObject };
}

// The last word of a subject that wants an object: của, về (việc), thực hiện, triển khai, hướng
// dẫn, tại, theo, bổ sung, thay thế, bãi bỏ, ban hành, kèm theo.
const WANTS_OBJECT = /(?:^|[^a-z])(?:c[a-z]{0,2}a|ve|viec|hien|khai|d[a-z]n|tai|theo|sung|the|bo|hanh)$/;

/** `s` with each run of blanks as one space (`.replace(/\s+/g, ' ')`, skipped when it would change nothing). */
function singleSpaced(s: string): string {
  // A native test: a loop over the units in script cost more than the replace it saves.
  return SPACING.test(s) ? s.replace(/\s+/g, ' ') : s;
}

// Blanks that singleSpaced() changes: two in a row, or one that is not a plain space.
const SPACING = /\s\s|[^\S ]/;

/** Can ISSUER_STOP match at a unit: its alternatives start with v b p q h n ; , . ( ) or a line break. */
function mayStopIssuer(code: number): boolean {
  switch (code) {
    case 118: case 98: case 112: case 113: case 104: case 110: // v b p q h n
    case 59: case 44: case 46: case 40: case 41: case 10: // ; , . ( ) \n
      return true;
    default:
      return false;
  }
}

/** The issuer words end at the subject, at punctuation, or after twelve words. */
function issuerEnd(folded: string, from: number, limit: number): number {
  let at = from;
  let words = 0;
  while (at < limit && words < 12) {
    // Each word is read within the next 20 code units, as far as `limit`.
    const end = Math.min(limit, at + 20);
    if (mayStopIssuer(folded.charCodeAt(at)) && ISSUER_STOP.test(folded.slice(at, end))) break;
    // A word: non-blanks up to punctuation ("của UBND tỉnh;" stops before the ";"), then
    // blanks (none at all: the words end).
    let next = at;
    while (next < end && !isSpace(folded.charCodeAt(next)) && !endsWord(folded, next)) next++;
    if (next === at) break;
    while (next < end && isSpace(folded.charCodeAt(next))) next++;
    at = next;
    words++;
  }
  while (at > from && isSpace(folded.charCodeAt(at - 1))) at--;
  return at;
}

// A verb of status after a subject says what became of a document, not what the cited one is
// about: "… về thủ tục hành chính được hướng dẫn bởi Thông tư …", "… đã bị bãi bỏ", "… (đã hết
// hiệu lực)", "… được ban hành kèm theo Quyết định …".
const STATUS_VERB = /\s\(?\s*(?:da\s+)?(?:(?:d[a-z]{1,3}c|bi)\s+(?:s[a-z]{1,3}a\s+d[a-z0-9]i|thay\s+the|bai\s+bo|h[a-z]{1,3}ng\s+d[a-z]n|quy\s+dinh\s+chi\s+tiet|ban\s+h[a-z]?nh)|het\s+hieu\s+luc)\b/;

/**
 * A subject ends at `;`, at a sentence end, at a blank line (unless the text goes on in lower
 * case), before ", <Capital>", or before a passive verb of status (STATUS_VERB).
 */
function subjectEnd(text: string, folded: string, from: number, limit: number): number {
  const span = text.slice(from, limit);
  // A blank line ends the subject unless the next line goes on in lower case: text copied from
  // a PDF or a table puts blank lines inside a sentence ("… Kế hoạch CCHC \n\nnăm 2020, …").
  const re = /;|\.(?:\s|$)|\n\s*\n(?!\s*\p{Ll})|,\s+(?=\p{Lu})|[()]/gu;
  // A ")" closing a "(" of the subject itself ("cải cách hành chính (CCHC) nhà nước") is part
  // of it; one that closes a bracket opened before the citation ends it.
  let open = 0;
  let m = re.exec(span);
  for (; m; m = re.exec(span)) {
    if (m[0] === '(') open++;
    else if (m[0] === ')' && open > 0) open--;
    else break;
  }
  let end = m ? from + m.index : limit;
  // Searched within the subject found so far only: most end at their ";" long before `limit`.
  const status = STATUS_VERB.exec(folded.slice(from, end));
  if (status) end = from + status.index;
  while (end > from && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/** Is `at` inside a "(Ban hành kèm theo …)" note, which names the file's own decision? */
function inAttachmentNote(folded: string, at: number): boolean {
  // The last "(" at most 60 code units back, with no ")" after it before `at`.
  let open = Math.min(at, folded.length - 1);
  while (open >= 0 && at - open <= 60 && folded.charCodeAt(open) !== 40 /* ( */) open--;
  if (open < 0 || at - open > 60) return false;
  for (let i = open + 1; i < at; i++) if (folded.charCodeAt(i) === 41 /* ) */) return false;
  return /^\(\s*ban\s+h[a-z]nh\s+k[a-z]m\s+theo/.test(folded.slice(open, at));
}

// What ends a law's name in the 160 code units after its start (folded): its date or year, a
// number, a clause mark, or a comma before another document ("Luật A, Luật B …": a name may
// hold commas, "Luật Cán bộ, công chức"). A line break ends it unless the next line goes on in
// lower case (text copied from a PDF: "Luật Tổ chức chính\nquyền địa phương").
const LAW_NAME_STOP = /\s(?:ng[a-z]{0,2}y\s|n[a-z]?m\s+(?:19|20)\d{2}\b|so\s+\d)|[;.()\n]|,\s*(?=(?:bo luat|luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|phap lenh)\b)/g;

/** End of the law name starting at `from` when "ngày" or "năm YYYY" ends it, else -1. */
function lawNameStop(text: string, folded: string, from: number): number {
  const window = folded.slice(from, from + 160);
  LAW_NAME_STOP.lastIndex = 0;
  for (let m = LAW_NAME_STOP.exec(window); m; m = LAW_NAME_STOP.exec(window)) {
    if (m[0] === '\n' && /^[ \t]*\p{Ll}/u.test(text.slice(from + m.index + 1, from + m.index + 8))) continue;
    return /^\s(?:ng|n[a-z]m)/.test(m[0]) ? from + m.index : -1;
  }
  return -1;
}

/**
 * Laws named by their name and a date or year, without a number ("Luật Tổ chức chính quyền
 * địa phương ngày 19/6/2015", "Bộ luật Lao động năm 2019"), and ordinances of Quốc hội's
 * Standing Committee the same way ("Pháp lệnh Ưu đãi người có công với cách mạng ngày
 * 09/12/2020"). The name starts with a capital (or is an amending law's "Luật sửa đổi, bổ sung
 * …") and runs to "ngày" or "năm" (see `lawNameStop`); mentions that carry a number are left to
 * the number finder.
 */
function findLawsByName(text: string, folded: string, numbers: NumberMatch[]): Citation[] {
  const laws: Citation[] = [];
  const undated: number[] = []; // where a law's type word, printed with a capital, names no date
  for (let at = folded.indexOf('luat'); at >= 0; at = folded.indexOf('luat', at + 1)) {
    LAW.lastIndex = at;
    const m = LAW.exec(folded);
    if (!m) continue;
    // "pháp luật" (the law at large: "văn bản quy phạm pháp luật hết hiệu lực") names no law.
    if ((m.index > 0 && /[a-z]/.test(folded[m.index - 1])) || folded.startsWith('phap ', m.index - 5)) continue;
    const code = folded.startsWith('bo ', m.index - 3) ? 'bo luat' : 'luat';
    const start = code === 'bo luat' ? m.index - 3 : m.index;
    if (!/^(?:Luật|LUẬT|Luat|LUAT|Bộ luật|Bo luat|BỘ LUẬT)/.test(text.slice(start, start + 8))) continue;
    const law = namedLaw(text, folded, numbers, start, m.index + m[0].length, code === 'bo luat' ? 'Bộ luật' : 'Luật', 'Quốc hội');
    if (!law) {
      undated.push(start);
      continue;
    }
    laws.push(law);
    at = law.end; // the laws an amending law's name names are part of it
  }
  // "Luật" as OCR damages its vowel ("Luét", "Ludt"), searched where the legal bases stand (see
  // PREAMBLE_REACH): a capital L, and outside the laws found already.
  // Found by "lu" (a native search) and a look at the two letters after it: the regular
  // expression engine scanned the opening three times slower.
  const opening = folded.length > PREAMBLE_REACH ? folded.slice(0, PREAMBLE_REACH) : folded;
  for (let at = opening.indexOf('lu'); at >= 0; at = opening.indexOf('lu', at + 2)) {
    const vowel = opening.charCodeAt(at + 2);
    if (vowel < 98 /* b */ || vowel > 122 /* z */ || opening.charCodeAt(at + 3) !== 116 /* t */) continue;
    if ((at > 0 && isLetterOrDigit(opening.charCodeAt(at - 1))) || text.charCodeAt(at) !== 76 /* L */) continue;
    DAMAGED_LAW.lastIndex = at;
    const m = DAMAGED_LAW.exec(opening);
    if (!m || laws.some((l) => at >= l.start && at < l.end)) continue;
    const law = namedLaw(text, folded, numbers, at, at + m[0].length, 'Luật', 'Quốc hội');
    if (law) laws.push(law);
  }
  // Found by "lenh": V8 searches for four letters several times faster than for nine.
  for (let found = folded.indexOf('lenh'); found >= 0; found = folded.indexOf('lenh', found + 1)) {
    const at = found - 5;
    if (at < 0 || !folded.startsWith('phap ', at)) continue;
    ORDINANCE.lastIndex = at;
    const m = ORDINANCE.exec(folded);
    if (!m || (at > 0 && /[a-z]/.test(folded[at - 1])) || !/^(?:Pháp lệnh|PHÁP LỆNH|Phap lenh|PHAP LENH)/.test(text.slice(at, at + 9))) continue;
    const ordinance = namedLaw(text, folded, numbers, at, at + m[0].length, 'Pháp lệnh', 'Ủy ban Thường vụ Quốc hội');
    if (ordinance) laws.push(ordinance);
    else undated.push(at);
  }
  laws.push(...namedAgain(folded, [...laws, ...numberedLaws(text, folded, numbers)], undated));
  // The constitution, "Hiến pháp (nước Cộng hòa xã hội chủ nghĩa Việt Nam) năm 2013": one a
  // year, so its title is "Hiến pháp năm 2013" whatever words name the country. It is cited
  // first among the legal bases, which open a document: it is looked for in the opening
  // PREAMBLE_REACH code units only, by "phap" (a native search) and "hiến" before it (a regular
  // expression over whole texts took 7 % of the extractor's time, this search over them 2 %).
  for (let at = opening.indexOf('phap'); at >= 0; at = opening.indexOf('phap', at + 4)) {
    let end = at; // the end of the word before the blanks
    while (end > 0 && isSpace(folded.charCodeAt(end - 1))) end--;
    const found = end - 4;
    if (end === at || found < 0 || !folded.startsWith('hien', found)) continue;
    CONSTITUTION.lastIndex = found;
    const m = CONSTITUTION.exec(folded);
    if (!m || (found > 0 && /[a-z]/.test(folded[found - 1])) || !/^(?:Hiến|HIẾN|Hien|HIEN)\s+(?:pháp|PHÁP|phap|PHAP)/.test(text.slice(found, found + m[0].length))) continue;
    const constitution = namedLaw(text, folded, numbers, found, found + m[0].length, 'Hiến pháp', 'Quốc hội', true);
    if (!constitution) continue;
    const year = constitution.title?.match(/(?:19|20)\d{2}$/)?.[0] ?? constitution.date?.iso.slice(0, 4);
    laws.push({ ...constitution, title: year ? `Hiến pháp năm ${year}` : 'Hiến pháp' });
  }
  return laws.sort((a, b) => a.start - b.start);
}

/**
 * A law the text cites by name and date, named again without them ("Căn cứ Luật Căn cước ngày
 * 27 tháng 11 năm 2023; … Nghị định này quy định chi tiết một số điều của Luật Căn cước"): the
 * same law, as one text names one law by one name. `undated` are where a law's type word
 * names no date (printed with a capital); a mention there is one of the dated laws' whole names
 * where the name ends (punctuation, the end of a line, or a word that cannot go on a name: "và",
 * "của", "về" …), so "Luật Căn cước công dân" is not "Luật Căn cước". `laws` are the dated
 * mentions and those by number (`numberedLaws`); the new ones carry their date as not near.
 */
function namedAgain(folded: string, laws: readonly Citation[], undated: readonly number[]): Citation[] {
  if (!undated.length || !laws.length) return [];
  // Two laws of one name ("Luật Kinh doanh bất động sản năm 2014" and "… số 29/2023/QH15"): the
  // name alone is the one named last before it, or, when none is, the latest (the law in force).
  const names = new Map<string, Citation[]>();
  for (const law of laws) {
    const name = law.title?.replace(/ năm \d{4}$/, '') ?? '';
    if (name) names.set(fold(name), [...(names.get(fold(name)) ?? []), law]);
  }
  const again: Citation[] = [];
  for (const at of undated) {
    for (const [key, named] of names) {
      const end = at + key.length;
      if (!folded.startsWith(key, at) || !NAME_ENDS.test(folded.slice(end, end + 12))) continue;
      const before = named.filter((l) => l.start < at);
      const law = before.length ? before.reduce((a, b) => (b.start > a.start ? b : a)) : named.reduce((a, b) => (lawYear(b) > lawYear(a) ? b : a));
      // A law named by its number too lends it, at the place of this mention.
      const number = law.number ? { ...law.number, start: at, end } : null;
      again.push({ ...law, start: at, end, number, date: law.date ? withNear(law.date, false) : null, titleObject: null, attachmentNote: false });
      break;
    }
  }
  return again;
}

/** The year of a law mention: its number's, its date's or its name's ("… năm 2014"); 0 if none. */
function lawYear(law: Citation): number {
  return law.number?.year ?? (law.date ? Number(law.date.iso.slice(0, 4)) : Number(/ năm (\d{4})$/.exec(law.title ?? '')?.[1] ?? 0));
}

/**
 * The laws cited by name and number ("Luật Kinh doanh bất động sản số 29/2023/QH15"), as mentions
 * by name for `namedAgain`: the number's mention itself is read with the others (findCitations).
 */
function numberedLaws(text: string, folded: string, numbers: readonly NumberMatch[]): Citation[] {
  const laws: Citation[] = [];
  for (const n of numbers) {
    if (!n.issuerCode.startsWith('QH')) continue;
    const law = lawNameBefore(text, folded, n.start);
    if (law?.name) laws.push({ start: law.start, end: n.end, number: n, typeWord: null, type: law.type, date: null, issuerWords: 'Quốc hội', title: law.name, titleObject: null, attachmentNote: false });
  }
  return laws;
}

const MONTH_BEFORE = /th[a-z0-9]{0,3}ng\s+\d{1,2}\s*$/;
const DEADLINE_BEFORE = /\b(?:truoc|den|sau)\s*$/; // not "từ": folded, it is "tử" of "điện tử"

// What may follow a law's whole name: punctuation, a line's end, a word no name goes on with.
const NAME_ENDS = /^(?:$|[ \t]*(?:[^a-z0-9 \t]|$)|[ \t]+(?:va|cua|ve|theo|tai|da|duoc|de|nham|quy dinh|huong dan|thi|nay)\b)/;

const ORDINANCE = /phap\s+lenh\s+(?!so\b|nay\b)/y;
const CONSTITUTION = /hien\s+phap\b/y;
const DAMAGED_LAW = /lu[b-z]t\s+(?!so\b|nay\b|dinh\b)/y;
// Where the legal bases of a document end at the latest: header, title and a preamble of twenty
// "Căn cứ" lines fit in it.
const PREAMBLE_REACH = 6000;

/**
 * The mention of a law (or ordinance) whose type word starts at `start` and whose name starts at
 * `nameStart`, when a date ("ngày …") or a year ("năm …") ends its name; else null.
 */
function namedLaw(text: string, folded: string, numbers: NumberMatch[], start: number, nameStart: number, type: string, issuerWords: string, anyName = false): Citation | null {
  // A law's name starts with a capital, except an amending law's "Luật sửa đổi, bổ sung …"
  // (and the constitution's, `anyName`: "Hiến pháp nước …", "Hiến pháp năm 2013").
  if (!anyName && !/\p{Lu}/u.test(text[nameStart] ?? '') && !/^sua\s+doi/.test(folded.slice(nameStart, nameStart + 12))) return null;
  const nameEnd = lawNameStop(text, folded, nameStart);
  if (nameEnd < 0) return null;
  if (numbers.some((n) => n.start >= nameStart && n.start <= nameEnd + 20)) return null;
  const after = nameEnd + 1;
  let date: (DateMatch & { near: boolean }) | null = null;
  let end = nameEnd;
  const ngay = /^ng[a-z]{0,2}y\s+/.exec(folded.slice(after, after + 8));
  if (ngay) {
    const d = firstDate(folded, after + ngay[0].length, after + ngay[0].length + 25);
    // "… hoàn thành trước ngày 31/3/2025": a deadline of the sentence, not the law's date.
    if (d && d.start === after + ngay[0].length && !DEADLINE_BEFORE.test(folded.slice(Math.max(nameStart, nameEnd - 12), nameEnd))) {
      date = withNear(d, true);
      end = d.end;
    }
  }
  // "năm 2023" after "tháng 5" ends a date of the sentence, not the law's name: "… sửa đổi Nghị
  // định … thi hành Luật Dược theo trình tự rút gọn, hoàn thành trong tháng 5 năm 2023".
  const year = /^n[a-z]?m\s+((?:19|20)\d{2})\b/.exec(folded.slice(after, after + 12));
  if (year && MONTH_BEFORE.test(folded.slice(Math.max(nameStart, nameEnd - 12), nameEnd))) return null;
  if (!date && !year) return null;
  if (year) end = after + year[0].length;
  // The type word as its canonical name: OCR damages it too ("Luét Phong, chong thien tai").
  const name = `${type} ${text.slice(nameStart, nameEnd).replace(/\s+/g, ' ').trim()}`;
  return {
    start,
    end,
    number: null,
    typeWord: null,
    type,
    date,
    issuerWords,
    title: year ? `${name} năm ${year[1]}` : name,
    titleObject: null,
    attachmentNote: false,
  };
}
