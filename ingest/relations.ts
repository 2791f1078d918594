/**
 * Relations (DOMAIN.md §4): what the citing document does with each document it names, from
 * the clause around the citation, and the relations it states between two other documents.
 */
import { isDigit, isLetterOrDigit, isSpace, letterCase } from './fold.ts';
import { lineAt, type Layout, type Line } from './layout.ts';
import type { Citation } from './citations.ts';
import { typeWordAt } from './types.ts';
import { CAN_CU, THUC_HIEN, TRIEN_KHAI } from './verbs.ts';

// A title's verb of carrying out ("Kế hoạch thực hiện …", "triển khai …").
const CARRY_OUT = new RegExp(`(?:${THUC_HIEN}|${TRIEN_KHAI})\\s`);

/** The relation names of DOMAIN.md §4. */
export type Relation = 'BASED_ON' | 'IMPLEMENTS' | 'GUIDES' | 'AMENDS' | 'REPLACES' | 'REPEALS' | 'CITES';

// Clause openers of a preamble, tolerant of OCR and of letters a PDF copy lost: "Căn cứ" (Can
// cur, Can ci, Céin cie, Cdn cik, Căn c) and "Trên cơ sở" (on the basis of); "Thực hiện" /
// "Triển khai" (Thuc hién, Thue hién, Thc hin), also after "Để" / "Nhằm" (in order to), at once
// or after what the purpose remedies; "Xét đề nghị" / "Theo đề nghị".
const OPENERS: Array<[RegExp, Relation]> = [
  [new RegExp(`(?:${CAN_CU}|tr[a-z]{0,2}n\\s+c[o0]\\s+s[o0])\\b`, 'y'), 'BASED_ON'],
  // A purpose's verb may come after what it remedies: "Để khắc phục những hạn chế nêu trên, tiếp
  // tục triển khai thực hiện có hiệu quả Chỉ thị số 35/CT-TTg …, Chủ tịch UBND tỉnh chỉ thị:".
  [new RegExp(`(?:(?:de|nham)\\s+(?:[^.;:\\n]{0,120}?,\\s*)?)?(?:tiep\\s+tuc\\s+)?(?:${THUC_HIEN}|${TRIEN_KHAI})\\b`, 'y'), 'IMPLEMENTS'],
  [/(?:xet\b|theo\s+d[a-z]\s+ngh[a-z]\b)/y, 'CITES'],
  // "gắn với (việc) thực hiện …" ties a task to what it names, which the document does not carry
  // out for that ("…; gắn với thực hiện Nghị quyết số 57-NQ/TW …").
  [/gan\s+voi\b/y, 'CITES'],
];
/** Start of a clause: line start (after a bullet or an item's number, "a)", "1.") or after `;` / `.`. */
const CLAUSE_START = /(?:^|\n|[;.]\s*)[ \t]*(?:[-+*][ \t]*|(?:\d{1,2}|[a-z])[.)][ \t]+)?(?=\S)/g;

/** A clause opener found in a preamble: where it is and the relation it sets. */
interface Opener {
  at: number;
  relation: Relation;
}

/**
 * The clause openers inside the document's preambles, in order. A new sentence that opens with
 * any other capitalised word ("Năm 2020, Sở đã tham mưu …", "Sở Nội vụ kính trình …") ends the
 * clause before it and counts as an opener of CITES: what it names is only mentioned. A clause
 * that opens with a mention or a type word goes on with the list before it ("Căn cứ Luật A;\nLuật
 * B;", "Căn cứ: … ;\n- Quy chế làm việc … ban hành kèm theo Quyết định số …").
 * `mentions` are the document's mentions (citations.ts) in order of `start`.
 */
export function preambleOpeners(text: string, folded: string, layout: Layout, mentions: readonly Mention[]): Opener[] {
  return layout.preambles.flatMap(([from, to]) => clauseOpeners(text, folded, from, to, mentions, false));
}

/**
 * The clause openers between `from` and `to` (see `preambleOpeners`). In a statement of purpose
 * (`purpose`), each bullet is a statement of its own; in a preamble, an item of the list its
 * lead opened.
 */
function clauseOpeners(text: string, folded: string, from: number, to: number, mentions: readonly Mention[], purpose: boolean): Opener[] {
  const openers: Opener[] = [];
  CLAUSE_START.lastIndex = from;
  for (let m = CLAUSE_START.exec(folded); m && m.index < to; m = CLAUSE_START.exec(folded)) {
    const at = m.index + m[0].length;
    if (at >= to) break;
    const relation = openerAt(folded, at);
    if (relation) {
      openers.push({ at, relation });
      // "Thực hiện A …, Sở Tài chính báo cáo …": the main clause after the opening is not carried out.
      const main = relation === 'IMPLEMENTS' ? mainClause(text, folded, at, to) : -1;
      if (main >= 0) openers.push({ at: main, relation: 'CITES' });
    }
    else if (letterCase(text.charCodeAt(at)) === UPPER && ((purpose && opensStatement(folded, at)) || startsSentence(folded, at)) && !typeWordAt(folded, at) && !opensWithMention(mentions, at)) {
      openers.push({ at, relation: 'CITES' });
    }
    if (m[0].length === 0) CLAUSE_START.lastIndex++;
  }
  return openers;
}

const UPPER = 1; // letterCase() of a capital

// A comma, then a body as the subject of the main clause (printed with its capital; OCR reads
// the ở of "Sở" as "&").
const MAIN_SUBJECT = /,[ \t]*(?:\n[ \t]*)?(?=(?:so|s&|ubnd|uy ban|bo|chu tich|ban|phong|hoi dong|thu tuong|chinh phu|tinh uy|huyen uy|dang uy|van phong|cuc|tong cuc|trung tam|thuong truc)\s)/g;

/**
 * Where the main clause starts after an opening "Thực hiện …" clause at `from` (before `to` and
 * the clause's end: `;`, a full stop, a blank line): at a comma followed by a body that does the
 * main clause's act ("Thực hiện Công văn số 612/UBND-NC … và Công văn số 198/STP-XDKTVB …, Sở
 * Tài chính (… theo Nghị quyết số 15/NQ-HĐND …) báo cáo …"). What it names is only mentioned.
 * -1 when there is none.
 */
function mainClause(text: string, folded: string, from: number, to: number): number {
  const end = clauseEnd(folded, from, Math.min(to, from + 800));
  // Searched in the clause only (a search of the whole text ran on past it when none was there),
  // with room after its end for the body's word the pattern looks at.
  const clause = folded.slice(0, Math.min(folded.length, end + 16));
  MAIN_SUBJECT.lastIndex = from;
  for (let m = MAIN_SUBJECT.exec(clause); m && m.index < end; m = MAIN_SUBJECT.exec(clause)) {
    const at = m.index + m[0].length;
    // "của Bộ Chính trị, Ban Bí thư về Đề án …": a document's issuers, listed, and its subject.
    if (ISSUER_BEFORE.test(folded.slice(Math.max(0, m.index - 60), m.index)) && SUBJECT_AFTER.test(folded.slice(at, at + 60))) continue;
    // Inside a quoted name ("Đề án "Xác định Chỉ số cải cách hành chính của các bộ, …, Ủy ban
    // nhân dân các tỉnh""): bodies the name lists.
    if (quotes(folded, from, m.index) % 2 === 1) continue;
    if (letterCase(text.charCodeAt(at)) === UPPER) return at;
  }
  return -1;
}

/**
 * Does a main clause start in [from, to) (see `mainClause`)? A verb after it is that clause's
 * subject's, not the act of a document named before it: "Thực hiện … Quyết định số 222/QĐ-TTg
 * … của Thủ tướng Chính phủ, Sở Tài nguyên và Môi trường xây dựng Kế hoạch triển khai thi hành
 * Luật Đất đai năm 2024".
 */
export function startsMainClause(text: string, folded: string, from: number, to: number): boolean {
  return mainClause(text, folded, from, to) >= 0;
}

/** How many double quotes stand in folded text between `from` and `to`. */
function quotes(folded: string, from: number, to: number): number {
  let n = 0;
  for (let at = folded.indexOf('"', from); at >= 0 && at < to; at = folded.indexOf('"', at + 1)) n++;
  return n;
}

const ISSUER_BEFORE = /\bcua\s+[a-z ]{2,50}$/;
const SUBJECT_AFTER = /^(?:[a-z]+\s+){1,5}ve\s/;

/** The first `;`, full stop before a blank, or blank line after `from`, or `to`. */
function clauseEnd(folded: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 59 /* ; */) return i;
    if (code === 46 /* . */ && isSpace(folded.charCodeAt(i + 1))) return i;
    if (code === 10 && folded.charCodeAt(i + 1) === 10) return i;
  }
  return to;
}

/** What preambleOpeners needs of a mention: where it starts, and whether a type word starts it. */
type Mention = Pick<Citation, 'start' | 'typeWord' | 'number'>;

/**
 * Does a mention start the clause at `at`: its type word stands at `at`, or its number does
 * within the few words that an OCR-damaged type word and "số" take ("Huéng dan s6 02-HD/…")?
 * "Theo Nghị định …" does not: a type word read after another word is not the clause's start.
 */
function opensWithMention(mentions: readonly Mention[], at: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const next = mentions[lo];
  if (!next) return false;
  return next.start === at || (next.typeWord === null && next.number !== null && next.start - at <= OCR_TYPE_WORD);
}

// Room for a type word as OCR damages it and "số" before a number: "Chuong trinh hanh dong s6 ".
const OCR_TYPE_WORD = 28;

/** The relation of the clause opener ("Căn cứ", "Thực hiện", "Xét đề nghị") at `at`, or null. */
function openerAt(folded: string, at: number): Relation | null {
  for (const [re, relation] of OPENERS) {
    re.lastIndex = at;
    if (re.test(folded)) return relation;
  }
  return null;
}

/**
 * Does a new sentence start at `at`: after a `;`, or on a line whose line before ends in `.`,
 * `;` or `:`, or after a blank line? A line that merely wraps a sentence (PDF copies, OCR) does
 * not, nor does a full stop inside a line ("TP. Hồ Chí Minh"), nor a bulleted item: it is an item
 * of the list its lead opened ("Căn cứ:\n- Ý kiến chỉ đạo … tại Văn bản số …").
 */
function startsSentence(folded: string, at: number): boolean {
  let breaks = 0;
  let i = at - 1;
  for (; i >= 0; i--) {
    const code = folded.charCodeAt(i);
    if (code === 10) breaks++;
    else if (breaks === 0 && isBullet(code)) return false;
    else if (!isBlankOrBullet(code)) break;
  }
  if (i < 0 || breaks >= 2) return true;
  const mark = folded.charCodeAt(i);
  return mark === 59 /* ; */ || (breaks === 1 && (mark === 46 /* . */ || mark === 58 /* : */));
}

/**
 * Does a statement of a plan's purpose start at `at`: after a bullet or an item's number ("a)",
 * "1.") that opens its line, or after a full stop or semicolon? Each item is a statement of its
 * own; a line that merely wraps one ("… ban hành Chương trình tổng thể …\n2021 - 2030 và …") is not.
 */
function opensStatement(folded: string, at: number): boolean {
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  return ITEM_MARK.test(folded.slice(lineStart, at)) || /[.;][ \t]*$/.test(folded.slice(Math.max(lineStart, at - 4), at));
}

const ITEM_MARK = /^[ \t]*(?:[-+*]|(?:\d{1,2}|[a-z])[.)])[ \t]*$/;

/** A blank (not a line break) or a bullet mark that CLAUSE_START skips: space, tab, \r, - + *. */
function isBlankOrBullet(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || isBullet(code);
}

/** A bullet mark as folded text has it: - + * (every dash and bullet folds to one of them). */
function isBullet(code: number): boolean {
  return code === 45 || code === 43 || code === 42;
}

/**
 * What the citing document does with a document named at `at`: BASED_ON inside a "Căn cứ"
 * clause of a preamble or a "căn cứ pháp lý" section, IMPLEMENTS inside a "Thực hiện" clause of
 * a preamble or of a plan's statement of purpose ("I. MỤC ĐÍCH, YÊU CẦU") or in a title "Kế
 * hoạch thực hiện …", CITES anywhere else. A clause runs from its opener to the next opener of
 * the same preamble, so "Căn cứ A; B và C;" makes all three legal bases. `openers` are the
 * preambles' (see `preambleOpeners`), `mentions` the document's, in order.
 */
export function clauseRelation(at: number, text: string, folded: string, layout: Layout, openers: Opener[], mentions: readonly Mention[]): Relation {
  // A title states what the document does with what it names: "Kế hoạch thực hiện Chỉ thị …",
  // "Hướng dẫn thực hiện một số điều của Nghị định …", "V/v triển khai Chỉ thị …".
  for (let k = 0; k < layout.titles.length; k++) {
    const [from, to] = layout.titles[k];
    if (at < from || at >= to) continue;
    const verb = statedBetween(folded.slice(from, at));
    // A Hướng dẫn guides what its title says it carries out ("HƯỚNG DẪN / tuyên truyền, thực hiện
    // Quy định số 144-QĐ/TW …"): guidance on carrying a document out.
    if (verb && !verb.reversed) return verb.relation === 'IMPLEMENTS' && layout.headings[k]?.type.name === 'Hướng dẫn' ? 'GUIDES' : verb.relation;
    // A title that opens "Hướng dẫn …" guides what it names ("Hướng dẫn xác định nhu cầu … theo
    // Nghị định số 73/2024/NĐ-CP").
    if (GUIDE_TITLE.test(folded.slice(from, Math.min(at, from + 20)))) return 'GUIDES';
    if (CARRY_OUT.test(folded.slice(from, at))) return 'IMPLEMENTS';
  }
  for (const [from, to] of layout.basisSections) if (at >= from && at < to) return 'BASED_ON';
  const preamble = layout.preambles.find(([from, to]) => at >= from && at < to);
  if (preamble) return openerBefore(openers, preamble[0], at);
  // A plan's statement of purpose: what it carries out ("Triển khai thực hiện có hiệu quả Nghị
  // quyết …") it implements; "căn cứ" there names no legal basis of the plan. Its openers are
  // read once a mention is found inside it: most statements of purpose cite nothing.
  const purpose = layout.purposes.find(([from, to]) => at >= from && at < to);
  if (purpose) {
    let inside = PURPOSE_OPENERS.get(purpose);
    if (!inside) PURPOSE_OPENERS.set(purpose, (inside = clauseOpeners(text, folded, purpose[0], purpose[1], mentions, true)));
    return openerBefore(inside, purpose[0], at) === 'IMPLEMENTS' ? 'IMPLEMENTS' : 'CITES';
  }
  return 'CITES';
}

const GUIDE_TITLE = /^[\s#]*h[a-z]{1,3}ng\s+d[a-z]?n\b/;

// The openers of each statement of purpose a mention was found in (by its span in its layout).
const PURPOSE_OPENERS = new WeakMap<readonly [number, number], Opener[]>();

/** The relation of the last of `openers` (in order) at or after `from` and not after `at`; CITES if none. */
function openerBefore(openers: readonly Opener[], from: number, at: number): Relation {
  let relation: Relation = 'CITES';
  for (const opener of openers) {
    if (opener.at > at) break;
    if (opener.at >= from) relation = opener.relation;
  }
  return relation;
}

// Verbs that state a relation, as they stand right before the object document's type word
// ("… về triển khai thực hiện Chỉ thị số 26/CT-TTg", "… hướng dẫn thi hành một số quy định của
// Nghị định số 61/2018/NĐ-CP", "… được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP").
// Applied to the folded gap between two citations with non-letters squeezed to one space. A PDF
// copy whose font lost marked vowels prints some verbs without them ("bi b" for bãi bỏ, "sa đi,
// b sung", "hưng dn thi hnh"): those letters are optional.
// What of a document an act names before it: "một số điều (của)", "các nội dung", or its
// provisions, "khoản 4 Điều 3 và khoản 3 Điều 7", "điểm a khoản 2 Điều 5" (squeezed; OCR reads
// Đ as P: "Pieu 2").
const PART = '(?:diem [a-z]|khoan \\d{1,3}|[dp]ieu \\d{1,3}[a-z]?|chuong [ivx]{1,5}|muc \\d{1,2})';
// At most four parts, so the patterns still end within TAIL_MIN squeezed units (see TAIL).
const PROVISIONS = `${PART}(?:(?:, | va | )${PART}){0,3}`;
const SOME_PARTS = `(?: (?:m[a-z0-9]t s[a-z0-9]{0,2}|cac) (?:dieu|noi dung)| ${PROVISIONS})?`;
// "được", "đã được", "bị" before a passive verb; "bởi" (by) after it, as OCR reads it too
// ("bé&i": a mark read as "&", which squeeze keeps inside a word; "bai": ơ read as another vowel).
const PASSIVE = '(?:d[a-z]{1,3}c[a-z]?|da d[a-z]{1,3}c|bi)';
const BY = 'b(?:[o0a]|[a-z0-9]&)i';
const STATED: Array<[RegExp, Relation, boolean]> = [
  [new RegExp(`\\b${PASSIVE} s[a-z]{0,3}a d[a-z0-9]?i(?:,? b[a-z0-9]? sung)?(?: (?:m[a-z0-9]t s[a-z0-9]{0,2}|cac) (?:dieu|noi dung))? (?:${BY}|theo|tai|bang) $`), 'AMENDS', true],
  [new RegExp(`\\b${PASSIVE} thay th[a-z]? (?:${BY}|bang) $`), 'REPLACES', true],
  [new RegExp(`\\b${PASSIVE} ba?i b[o0d]? (?:${BY}|bang|theo) $`), 'REPEALS', true],
  [new RegExp(`\\b(?:d[a-z]{1,3}c[a-z]?|da d[a-z]{1,3}c) (?:h[a-z]{1,3}ng d[a-z]?n(?: thi h[a-z]?nh| thuc hien| chi tiet)?|quy dinh chi tiet) (?:${BY}|tai) $`), 'GUIDES', true],
  [new RegExp(`\\bs[a-z]{0,3}a d[a-z0-9]?i(?:,? b[a-z0-9]? sung)?${SOME_PARTS}(?: c[a-z]{0,2}a)? $`), 'AMENDS', false],
  [/\bthay th[a-z]? $/, 'REPLACES', false],
  [new RegExp(`\\bba?i b[o0d]?${SOME_PARTS}(?: c[a-z]{0,2}a)? $`), 'REPEALS', false],
  // "hướng dẫn (tuyên truyền) thực hiện": a word or two between the verbs ("hướng dẫn việc thực hiện").
  [/\b(?:h[a-z]{1,3}ng d[a-z]?n|quy dinh chi tiet)(?:(?: [a-z]+){0,2} thi h[a-z]?nh|(?: [a-z]+){0,2} thuc hien| chi tiet)?(?: (?:m[a-z0-9]t s[a-z0-9]{0,2}|cac) (?:d[a-z]{2,3}u|quy d[a-z]nh|noi dung)(?: va bien phap(?: t[a-z0-9]{1,2} ch[a-z]{1,3}c)? thi h[a-z]?nh)?)?(?: c[a-z]{0,2}a)? $/, 'GUIDES', false],
  // Not after a span of time: "Chỉ thị số 18-CT/TW và 4 năm thực hiện Kết luận số 45-KL/TW" tells
  // how long the work went on, not what the Chỉ thị carries out.
  // Nor after "gắn với" (tied to): "tuyên truyền Quy định số 144-QĐ/TW … gắn với thực hiện Nghị
  // quyết số 04-NQ/TW" links two tasks of the citing document.
  // "triển khai thi hành" carries out a law ("Chỉ thị số 01/CT-TTg … về việc triển khai thi hành
  // Luật Đất đai năm 2013").
  [new RegExp(`(?<!\\b\\d{1,3} (?:n[a-z0-9]?m|th[a-z0-9]{0,2}ng) |\\bgan voi )\\b(?:${THUC_HIEN}|${TRIEN_KHAI}(?: thi h[a-z]?nh)?)(?: tot| nghiem tuc| co hieu qua)? $`), 'IMPLEMENTS', false],
];

/**
 * Squeeze a folded span to single-spaced words for the verb patterns: each run of characters
 * other than `a-z`, `0-9` and `,` (and `&` right after a letter or digit: OCR's reading of a
 * marked vowel, "bé&i") becomes one space, a comma takes the place of the spaces
 * around it and is followed by one space, and leading spaces go. Without `&`, the same as
 * `.replace(/[^a-z0-9,]+/g, ' ').replace(/ ?, ?/g, ', ').replace(/ +/g, ' ').trimStart()`,
 * in one pass (it runs for every citation).
 */
export function squeeze(foldedSpan: string): string {
  if (SQUEEZED.length < foldedSpan.length * 2) SQUEEZED = new Uint16Array(foldedSpan.length * 2);
  let n = 0;
  let gap = false; // characters to drop were seen since the last one kept
  let comma = false; // the last kept is a comma, whose space is written already
  for (let i = 0; i < foldedSpan.length; i++) {
    const code = foldedSpan.charCodeAt(i);
    if (isLetterOrDigit(code) || (code === 38 /* & */ && n > 0 && !gap && SQUEEZED[n - 1] !== 32 && SQUEEZED[n - 1] !== 44)) {
      if (gap && n > 0 && !comma) SQUEEZED[n++] = 32;
      SQUEEZED[n++] = code;
      gap = false;
      comma = false;
    } else if (code === 44) {
      SQUEEZED[n++] = 44;
      SQUEEZED[n++] = 32;
      gap = false;
      comma = true;
    } else gap = true;
  }
  if (gap && n > 0 && !comma) SQUEEZED[n++] = 32;
  let out = '';
  for (let from = 0; from < n; from += 4096) out += String.fromCharCode.apply(null, SQUEEZED.subarray(from, Math.min(n, from + 4096)) as unknown as number[]);
  return out;
}

// squeeze()'s output buffer, grown as needed.
let SQUEEZED = new Uint16Array(1024);

// The verb patterns (STATED, SELF_VERB) end at the end of the span and match at most about 90
// squeezed code units (an act on four provisions), plus one before for `\b`. Squeezing a tail of
// a span gives a tail of the squeezed span, so a squeezed tail of TAIL_MIN units or more tells
// whether a verb ends the span as well as the whole would.
const TAIL = 120;
const TAIL_MIN = 100;

/** The squeezed span, or only its end when that end is long enough for the verb patterns. */
function squeezedEnd(foldedSpan: string): string {
  if (foldedSpan.length <= TAIL) return squeeze(foldedSpan);
  const end = squeeze(foldedSpan.slice(-TAIL));
  return end.length >= TAIL_MIN ? end : squeeze(foldedSpan);
}

/**
 * The relation stated between the document named before a gap and the one named after it,
 * from the verb that ends the gap: `{relation, reversed}` where `reversed` means the second
 * document acts on the first (passive "được … bởi"), or null when the gap states none.
 */
export function statedBetween(gapFolded: string): { relation: Relation; reversed: boolean } | null {
  const verb = verbAtEnd(gapFolded);
  if (verb) return verb;
  // An act on a legal text (amend, repeal, replace) reaches the decision that carries it.
  const bare = withoutAttached(gapFolded);
  const act = bare === gapFolded ? null : verbAtEnd(bare);
  return act && !act.reversed && (act.relation === 'AMENDS' || act.relation === 'REPEALS' || act.relation === 'REPLACES') ? act : null;
}

/** The STATED verb that ends the folded span, or null. */
function verbAtEnd(span: string): { relation: Relation; reversed: boolean } | null {
  // One space ends the squeezed words, whatever blank (a line break too) ended the span.
  const gap = squeezedEnd(span);
  const tail = gap.endsWith(' ') ? gap : `${gap} `;
  for (const [re, relation, reversed] of STATED) if (re.test(tail)) return { relation, reversed };
  return null;
}

const SELF_VERB = new RegExp(`\\b(?:thay th[a-z]?|ba?i b[o0d]?|s[a-z]{0,3}a d[a-z0-9]?i(?:,? b[a-z0-9]? sung)?|h[a-z]{1,3}ng d[a-z]?n(?: thi h[a-z]?nh| thuc hien| chi tiet)?|quy dinh chi tiet)(?: (?:m[a-z0-9]t s[a-z0-9]{0,2}|cac) (?:dieu|noi dung|quy dinh)| ${PROVISIONS})?(?: c[a-z]{0,2}a)? $`);
// The words SELF_VERB can end on: the verb's last word, or that of the optional "(một số |các)
// (điều|nội dung|quy định)", of a provision ("khoản 3 Điều 7") and "của" after it.
const SELF_VERB_LAST_WORD = /^(?:th[a-z]?|b[o0d]?|sung|d[a-z0-9]?i|d[a-z]?n|h[a-z]?nh|hien|tiet|dieu|dung|dinh|c[a-z]{0,2}a|\d{1,3}[a-z]?)$/;

/**
 * The last word of a folded span as squeeze() would leave it (a run of a-z and 0-9), or '' when
 * the span ends in a comma (squeezed, it ends in ", ", which no verb pattern ends on) or has none.
 */
function lastWord(foldedSpan: string): string {
  let end = foldedSpan.length;
  for (; end > 0; end--) {
    const code = foldedSpan.charCodeAt(end - 1);
    if (code === 44) return '';
    if (isLetterOrDigit(code)) break;
  }
  let start = end;
  while (start > 0 && start > end - 12) {
    const code = foldedSpan.charCodeAt(start - 1);
    if (!isLetterOrDigit(code)) break;
    start--;
  }
  return foldedSpan.slice(start, end);
}

// The type words of a document naming itself, as OCR leaves them too ("Huéng dan này", "Quyét
// Pinh này": a marked vowel read as another letter, Đ read as P), and as a PDF copy whose font
// lost letters prints them ("Quyt đnh ny", "Ngh đnh ny").
const TYPES = '(?:qu[a-z]{0,2}t [dp][a-z]{0,2}nh|ngh[a-z]? [dp][a-z]{0,2}nh|th[o0]?ng t[a-z]?|ngh[a-z]? qu[a-z]{0,2}t|ch[a-z]? th[a-z]?|k[a-z]? ho[a-z]{0,2}ch|v[a-z]?n b[a-z]?n|quy [dp][a-z]{0,2}nh|quy ch[a-z]?|lu[a-z]?t|c[o0]?ng v[a-z]?n|h[a-z]{0,3}ng [dp][a-z]?n)';
// "Quyết định này …" ("Thông tư liên tịch này …").
const NAMED_THIS = new RegExp(`\\b${TYPES}(?: li[a-z]n t[a-z]ch)? n[a-z]?y\\b`);
// "… hết hiệu lực (thi hành) kể từ ngày Quyết định này có hiệu lực": the document ends what it
// names, and takes its place (squeezed text).
const EXPIRES_WITH_THIS = new RegExp(`\\bhet hieu luc(?: thi hanh)?(?: ke)? tu ngay ${TYPES}(?: li[a-z]n t[a-z]ch)? n[a-z]?y co hieu luc`);

/**
 * Does the citing document end, from its own effect, what a mention names, `after` being the
 * folded text from where "hết hiệu lực" follows the mention's subject (citations.ts)? "Quyết định số
 * 2858/QĐ-UBND … hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành" (two writers of
 * test/fixtures/independent read it as REPLACES: the new decision takes the old one's place).
 */
export function expiresWithThis(after: string): boolean {
  return EXPIRES_WITH_THIS.test(squeeze(after));
}
// The enacting formula "Bộ trưởng Bộ Nội vụ ban hành Thông tư …", before the articles (no number
// before it or after its type word: "UBND tỉnh ban hành Quyết định số 35/2023/QĐ-UBND …, thay
// thế …" tells of another document). A document to be issued ("tham mưu ban hành Quyết định …",
// "trình … ban hành", "đề nghị ban hành") is not the document itself.
const ENACTING = new RegExp(`^(?:(?!tham muu|(?<!chuong )trinh\\b|de nghi|de xuat|du thao)[^0-9]){0,80}\\bban hanh ${TYPES}\\b(?! (?:s[a-z0-9]{0,2} )?\\d)`);
// Or an article's start, "Điều 3. (Hiệu lực thi hành.)", or an item's number, "3.", "a)".
const ARTICLE_START = /^(?:dieu \d+[.:]? (?:[a-z ]{0,40}[.:] )?)?(?:\d{1,2} |[a-z] )?$/;

/**
 * Can the folded span before a mention (its last 200 code units suffice) end in an act verb of
 * `selfAct`, maybe before an attached document's name and "ban hành kèm theo" (see
 * `withoutAttached`)? Most end in neither: their last words tell, before any clause is looked for.
 */
export function mayEndInAct(before: string): boolean {
  const word = lastWord(before);
  if (word !== 'theo') return endsInActWord(before, word);
  const bare = withoutAttached(before);
  return bare !== before && (endsInActWord(bare, lastWord(bare)) || PARTS_ACT.test(squeezedEnd(bare)));
}

/** Is `word`, the last of `span`, one an act verb of SELF_VERB can end on? */
function endsInActWord(span: string, word: string): boolean {
  if (!SELF_VERB_LAST_WORD.test(word)) return false;
  // A number ends a provision ("khoản 3 Điều 7"), not a table's row number ("| 2 | Quyết định");
  // "hiện" ends only "hướng dẫn thực hiện", not the common "thực hiện Kế hoạch số …".
  if (isDigit(word.charCodeAt(0))) return PROVISION_END.test(span.slice(-20));
  if (word !== 'hien' || GUIDE_TO_CARRY_OUT.test(span.slice(-30))) return true;
  // … or a body's guidance to others on carrying out ("hướng dẫn các cơ quan … thực hiện").
  const tail = span.slice(-160);
  return tail.includes('ng d') && GUIDANCE_BEFORE.test(tail);
}

const GUIDANCE_BEFORE = /h[a-z]{1,3}ng\s+d[a-z]?n\b[^.;:\n]{0,120}$/;

const PROVISION_END = /(?:khoan|[dp]ieu|chuong|muc)[ \t]+\d{1,3}[a-z]?[^a-z0-9]*$/;
const GUIDE_TO_CARRY_OUT = /d[a-z]?n[^a-z0-9]+th[a-z]{0,2}c[^a-z0-9]+hien[^a-z0-9]*$/;

// A document issued with a numbered decision and named by its kind ("Quy chế …", "Quy định …"),
// before "ban hành kèm theo" and the decision: "sửa đổi, bổ sung một số điều của Quy định về
// quản lý … ban hành kèm theo Quyết định số 12/2020/QĐ-UBND". An act on it is an act on the
// decision that carries it.
const ATTACHED_KINDS = ['quy che', 'quy dinh', 'quy trinh', 'ke hoach', 'chuong trinh', 'de an', 'danh muc', 'bang gia', 'dieu le', 'noi quy', 'huong dan'];
const ISSUED_WITH = /\bban\s+h[a-z]?nh\s+k[a-z]m\s+theo\s*$/;
const KEM_THEO = /k[a-z]m\s+theo\s*$/;

/**
 * A folded span without an attached document's name and "ban hành kèm theo" at its end: from
 * the first word of a kind of attached document (ATTACHED_KINDS) within 160 code units before
 * "ban hành kèm theo", with no ";", ":" or sentence end between. The span as it is when there
 * is none.
 */
function withoutAttached(span: string): string {
  if (lastWord(span) !== 'theo' || !KEM_THEO.test(span.slice(-16))) return span;
  const tail = ISSUED_WITH.exec(span.length > 40 ? span.slice(-40) : span);
  if (!tail) return span;
  const issued = span.length - tail[0].length;
  let from = Math.max(0, issued - 160);
  for (let i = issued - 1; i >= from; i--) {
    const code = span.charCodeAt(i);
    if (code === 59 /* ; */ || code === 58 /* : */ || (code === 46 /* . */ && isSpace(span.charCodeAt(i + 1)))) {
      from = i + 1;
      break;
    }
  }
  let first = -1;
  for (const kind of ATTACHED_KINDS) {
    for (let at = span.indexOf(kind, from); at >= 0 && at < issued && (first < 0 || at < first); at = span.indexOf(kind, at + 1)) {
      if ((at === 0 || !isLetterOrDigit(span.charCodeAt(at - 1))) && !isLetterOrDigit(span.charCodeAt(at + kind.length))) {
        first = at;
        break;
      }
    }
  }
  return first < 0 ? span : span.slice(0, first);
}

/**
 * When the citing document itself amends, replaces, repeals or guides the document named after
 * `before`: "Quyết định này thay thế …", "Thông tư này có hiệu lực từ … và thay thế …",
 * "Thông tư này hướng dẫn thực hiện một số điều của …", "Điều 3. Bãi bỏ …", and, where the
 * enacting formula can stand (`enacting`: before the articles), "Bộ trưởng … ban hành Thông tư
 * sửa đổi …": in the articles, "ban hành Thông tư … thay thế …" orders another document.
 * `span` is the folded text of the clause up to the cited document's type word. `ownTitle`: the
 * clause is the citing document's title under its type heading, whose verbs are all the
 * document's acts ("SỬA ĐỔI, BỔ SUNG … THÔNG TƯ SỐ A … VÀ BÃI BỎ KHOẢN 3 ĐIỀU 9 THÔNG TƯ SỐ B").
 * Null otherwise.
 */
export function selfAct(span: string, enacting = true, ownTitle = false): Relation | null {
  const before = withoutAttached(span);
  // An act on some parts of a document issued with a decision ("Bãi bỏ các thủ tục hành chính có
  // số thứ tự 1, 2 … Danh mục thủ tục hành chính ban hành kèm theo Quyết định số …").
  const parts = before !== span ? PARTS_ACT.exec(squeezedEnd(before)) : null;
  // A body's guidance on carrying documents out, where its enacting formula stands: "Sở Nội vụ
  // hướng dẫn các cơ quan, tổ chức trên địa bàn tỉnh thực hiện Thông tư số … như sau:".
  if (enacting && !parts && GUIDANCE_TO_CARRY_OUT.test(squeezedEnd(before))) return 'GUIDES';
  if (!parts && !mayEndInAct(before)) return null;
  const end = squeezedEnd(before);
  if (!parts && !SELF_VERB.test(end.endsWith(' ') ? end : `${end} `)) return null;
  const s = squeeze(before);
  const tail = s.endsWith(' ') ? s : `${s} `;
  const verb = parts ? PARTS_ACT.exec(tail) : SELF_VERB.exec(tail);
  if (!verb) return null;
  const subject = tail.slice(0, verb.index);
  if (!ownTitle && !NAMED_THIS.test(subject) && !(enacting && ENACTING.test(subject)) && !ARTICLE_START.test(subject)) return null;
  if (/^\s*thay th/.test(verb[0])) return 'REPLACES';
  if (/^\s*ba?i b/.test(verb[0])) return 'REPEALS';
  if (/^\s*s/.test(verb[0])) return 'AMENDS';
  return 'GUIDES';
}

/**
 * Does the act verb that ends `gapFolded`, the folded text between a mention and the next in
 * one clause, tell of the mention before it rather than of the citing document? A verb right
 * after what the text says of a document is that document's: "thay thế Nghị quyết số 86/2018/
 * NQ-HĐND … và Nghị quyết số 152/2020/NQ-HĐND ngày 09 tháng 7 năm 2020 của Hội đồng nhân dân
 * tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 86/2018/NQ-HĐND" (152/2020 amends
 * 86/2018). After a conjunction, a comma or "để" (in order to) it starts another act of the
 * citing document ("… và bãi bỏ Quyết định số …"), as it does after the document's own name
 * ("Quyết định này").
 */
export function actOfMentionBefore(gapFolded: string): boolean {
  const gap = squeezedEnd(gapFolded);
  const tail = gap.endsWith(' ') ? gap : `${gap} `;
  const verb = SELF_VERB.exec(tail);
  if (!verb) return false;
  const before = tail.slice(0, verb.index);
  return !CONJUNCTION_END.test(before) && !NAMED_THIS.test(before) && !ENACTING.test(before);
}

// A conjunction, or "để" / "nhằm" (in order to): "ban hành Thông tư sửa đổi … Thông tư số A … để
// hướng dẫn thực hiện Nghị định B" is the document's act on B.
const CONJUNCTION_END = /(?:,|\b(?:va|hoac|dong thoi|cung nhu|de|nham))\s*$/;

// A body (a few words, no number) that guides others on carrying out what follows: "sở nội vụ
// hướng dẫn các cơ quan, tổ chức trên địa bàn tỉnh thực hiện".
const GUIDANCE_TO_CARRY_OUT = /^(?:[a-z]+ ){1,8}h[a-z]{1,3}ng d[a-z]?n(?: [a-z]+,?){1,12} (?:thuc hien|thi hanh) $/;

// An act verb, then the parts it acts on, named at most 90 units long without a number: "bãi bỏ
// các thủ tục hành chính từ số 1 đến số 9 mục A Phần I", "sửa đổi một số nội dung tại", "bãi bỏ
// nội dung công bố các thủ tục hành chính số thứ tự 2 và 3 Mục II".
const PARTS_ACT = /\b(?:thay th[a-z]?|ba?i b[o0d]?|s[a-z]{0,3}a d[a-z0-9]?i(?:,? b[a-z0-9]? sung)?) (?:noi dung (?:cong bo )?)?(?:cac|mot so|nhung) [a-z0-9 ,]{0,90}$/;

// A list's lead: a line ending in ":" ("Điều 1. Bãi bỏ các văn bản sau:"), its act verb before
// the words that announce the list, read from the end: "sau", the documents' kind, "các".
const LEAD_WORDS = [['sau', 'sau day', 'duoi day', 'nhu sau'], ['van ban', 'quyet dinh', 'nghi quyet', 'ke hoach', 'chi thi', 'thong tu', 'nghi dinh', 'quy dinh'], ['cac', 'nhung']];

const LISTED_ISSUER = /\s+cua\s+[a-z ]{3,60}$/;
const LIST_ANNOUNCED = /\b(?:sau|sau day|duoi day)$/;

/** A lead line (folded, ending in ":") without the colon and the words that announce the list. */
function leadBody(line: string): string {
  // The issuer of the listed documents may close the lead: "… bãi bỏ các văn bản sau của Ủy ban
  // nhân dân thành phố:".
  let body = line.slice(0, line.lastIndexOf(':')).trimEnd();
  const issuer = LISTED_ISSUER.exec(body);
  if (issuer && LIST_ANNOUNCED.test(body.slice(0, issuer.index))) body = body.slice(0, issuer.index);
  for (const words of LEAD_WORDS) {
    const word = words.find((w) => body.endsWith(` ${w}`));
    if (word) body = body.slice(0, body.length - word.length).trimEnd();
  }
  return body;
}

// A piece of each verb selfAct knows, OCR-damaged forms too ("bổ sung", "hướng dẫn" → "ng d"):
// a cheap test before the lead is read.
const ACT_WORD = /ba?i b|thay th|sung|a d[a-z0-9]?i\b|ng d|chi tiet/;
// A list item or table row: "|", a bullet, "1.", "a)", or a table's rule line.
const LIST_ITEM = /^\s*(?:\||[-+*]|\d{1,3}\s*[.)]|[a-z]\)|$)/;

/** The kind of item number a line opens with: "3." or "3)" (`number`), "a)" (`letter`), else null. */
function itemKind(line: string): 'number' | 'letter' | null {
  if (/^\s*\d{1,3}\s*[.)]/.test(line)) return 'number';
  if (/^\s*[a-z]\)/.test(line)) return 'letter';
  return null;
}

/** A list's lead line ("Điều 1. Bãi bỏ các văn bản sau:") and the act it makes on each item. */
export interface ListLead {
  line: number;
  relation: Relation;
}

/**
 * The lines of a text that lead a list with an act of the citing document on each item
 * ("Điều 1. Bãi bỏ các văn bản sau:", "Quyết định này thay thế các văn bản sau:"), in order:
 * lines ending in ":" whose words before the list's announcement are an act (see `selfAct`).
 * Found from the text's colons, so a text without such a line costs one scan.
 */
export function listLeads(folded: string, lines: readonly Line[]): ListLead[] {
  const leads: ListLead[] = [];
  for (let at = folded.indexOf(':'); at >= 0; at = folded.indexOf(':', at + 1)) {
    let next = at + 1;
    while (next < folded.length && (folded.charCodeAt(next) === 32 || folded.charCodeAt(next) === 9 || folded.charCodeAt(next) === 13)) next++;
    if (next < folded.length && folded.charCodeAt(next) !== 10) continue; // the colon does not end its line
    const line = lineAt(lines, at);
    const text = folded.slice(lines[line].start, lines[line].end);
    const relation = ACT_WORD.test(text) ? selfAct(`${leadBody(text).trim()} `) // most colons end "Căn cứ:", "Nơi nhận:" …
      : text.includes('hieu luc') && expiresWithThis(text) ? 'REPLACES' : null;
    if (relation) leads.push({ line, relation });
  }
  return leads;
}

/**
 * When the citation at `at` is an item of a list (table rows, bullets, numbered lines) under
 * one of `leads` (see `listLeads`), that lead's act; null otherwise. The citation's line and
 * every line between it and the lead (at most 40) must be items. An item acts on the document
 * it names first: one named after it on its line (`previous`: the offset of the mention before,
 * or -1) is only what the item says of that document ("a) Khoản 3 Mục II Thông tư số 07/2009/TT-
 * BLĐTBXH … hướng dẫn … Nghị định số 68/2008/NĐ-CP").
 */
export function listAct(folded: string, lines: readonly Line[], leads: readonly ListLead[], at: number, previous: number): Relation | null {
  if (leads.length === 0) return null;
  const here = lineAt(lines, at);
  if (previous >= lines[here].start) return null;
  let lead: ListLead | null = null;
  for (const l of leads) if (l.line < here) lead = l;
  if (!lead || here - lead.line > 40) return null;
  // A lead that is itself an item ("2. Bãi bỏ các quy định sau đây:") ends its list at the next
  // item of its own kind ("3. …"): what follows is the next point, not an item of the list.
  const kind = itemKind(folded.slice(lines[lead.line].start, lines[lead.line].end));
  for (let i = here; i > lead.line; i--) {
    const line = folded.slice(lines[i].start, lines[i].end);
    if (!LIST_ITEM.test(line) || (kind && itemKind(line) === kind)) return null;
  }
  return lead.relation;
}
