/**
 * Find every mention of a specific document in a text: a số ký hiệu with its type word, date,
 * "của …" issuer words and stated subject, or a law named by its name and date
 * ("Luật Tổ chức chính quyền địa phương ngày 19/6/2015", laws-named.ts). Nothing is resolved
 * here: issuers are kept as the words the text gives (see resolve.ts).
 */
import { findCharters } from './charters.ts';
import { citedDate, firstDate, withNear, type DateMatch } from './dates.ts';
import { findNumbers, type NumberMatch } from './numbers.ts';
import { isSpace, letterCase } from './fold.ts';
import { issuerFromWords, type CitingContext } from './issuers.ts';
import { findLawsByName, lawNameBefore } from './laws-named.ts';
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
  /** Where "hết hiệu lực" ends the stated subject ("… năm 2023 hết hiệu lực kể từ …"), or null. */
  expiryAt: number | null;
}

// "của" as OCR leaves it: cua, ciia, cia, cta, ctia, cla, clia, cda.
const CUA = /^(?:c[a-z]{0,2}a|ctla|clia)\s+/;
// Where a subject starts after the issuer words.
const SUBJECT = /^(?:ve\s+vi[a-z]c|ve|ban h[a-z]?nh|phe duy[a-z]t|quy d[a-z]nh|h[a-z]{1,3}ng d[a-z]n|ph[a-z] duy[a-z]t)\b/;
// What ends the issuer words: the subject, "ngày", punctuation, a blank line.
const ISSUER_STOP = new RegExp(`${SUBJECT.source}|^ng[a-z]{0,2}y\\b|^[;,.()]|^\\n\\s*\\n`);

/** All mentions of documents in `text` (`folded` = `foldDocument(text)`, fold.ts), in order of position. */
export function findCitations(text: string, folded: string): Citation[] {
  const numbers = findNumbers(text, folded);
  const words = numbers.map((n) => typeBefore(folded, n.start));
  const starts = numbers.map((n, i) => words[i]?.start ?? n.start);
  const laws = [...findLawsByName(text, folded, numbers), ...findCharters(text, folded)];
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
      expiryAt: stated.expiryAt,
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


/** Does the code unit at `i` end a word: `;`, `,`, a bracket, or a full stop before a blank or the end? */
function endsWord(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  // ";" "," "(" ")" and a table's cell border "|".
  if (c === 59 || c === 44 || c === 40 || c === 41 || c === 124) return true;
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
function tail(text: string, folded: string, from: number, limit: number): { issuerWords: string | null; title: string | null; wantsObject: boolean; expiryAt: number | null } {
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
  let expiryAt: number | null = null;
  if (SUBJECT.test(folded.slice(at, Math.min(limit, at + 20)))) {
    const end = subjectEnd(text, folded, at, Math.min(limit, at + 300));
    title = singleSpaced(text.slice(at, end)).replace(/^(?:về việc|về|ve viec|ve)\s+/i, '').trim() || null;
    wantsObject = title !== null && end > at && /^\s*$/.test(folded.slice(end, limit)) && WANTS_OBJECT.test(folded.slice(Math.max(at, end - 24), end));
    const expiry = EXPIRY_AFTER.exec(folded.slice(end, Math.min(limit, end + 24)));
    if (expiry) expiryAt = end + expiry[0].length - 12;
  }
  return { issuerWords, title, wantsObject, expiryAt };
}

// "hết hiệu lực" right after a subject (which STATUS_VERB ended there).
const EXPIRY_AFTER = /^[\s,(]*het\s+hieu\s+luc/;

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
