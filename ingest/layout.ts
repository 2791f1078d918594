/**
 * The layout of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): header with
 * the issuer and the number, the type heading ("QUYẾT ĐỊNH", "KẾ HOẠCH"), the title (trích yếu),
 * the preamble ("Căn cứ …", "Thực hiện …", "Xét đề nghị …") and the body, which starts at the
 * enacting word ("QUYẾT ĐỊNH:"), "Điều 1" or the first roman-numbered section. A decision that
 * carries its plan repeats header, heading and title for the plan. Read from folded text, with
 * OCR's damage tolerated ("QUYET PINH", "Piéu 1").
 */
import { distance } from 'fastest-levenshtein';
import { isSpace, letterCase } from './fold.ts';
import { typeWordByName, type TypeWord } from './types.ts';
import { CAN_CU, THUC_HIEN } from './verbs.ts';

/** A line of the text: its span in UTF-16 code units, without the line break. */
export interface Line {
  start: number;
  end: number;
}

/** A type heading line ("QUYẾT ĐỊNH", "## KẾ HOẠCH") and the type it names. */
export interface Heading {
  line: number;
  type: TypeWord;
}

/** The parts of a document, as line indexes and offsets. */
export interface Layout {
  lines: Line[];
  headings: Heading[];
  /** Offsets where a body starts (enacting word, Điều 1, section I). */
  bodyStarts: number[];
  /** [start, end) spans of each preamble: after a heading's title, until the next body start. */
  preambles: Array<[number, number]>;
  /** [start, end) spans of the title lines after each heading. */
  titles: Array<[number, number]>;
  /** [start, end) spans of sections headed "căn cứ (pháp lý / xây dựng kế hoạch)". */
  basisSections: Array<[number, number]>;
  /**
   * [start, end) spans of sections headed "mục đích (, yêu cầu)" or "mục tiêu": where a plan
   * says what it is for ("I. MỤC ĐÍCH, YÊU CẦU … - Triển khai thực hiện có hiệu quả Nghị quyết …").
   */
  purposes: Array<[number, number]>;
  /**
   * The document itself, without what a website put around it: from its header (the agency
   * lines above the national motto) to a trailing "Văn bản liên quan" / "Văn bản gốc" list.
   */
  document: [number, number];
}

/**
 * The motto line that opens the right column of a header: the State's "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM" (OCR: "CONG HOA XA HQI"), or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM".
 */
export const MOTTO = /c[o0]ng\s+h[o0][a-z]{0,2}\s+x[a-z0-9]{1,2}\s+h[a-z0-9]{1,3}|[dp][a-z]ng\s+c[o0]ng\s+s[a-z]n\s+vi[a-z]t\s+nam/;
// Headings of the lists a legal-database page adds after the document.
const PAGE_TRAILER = /^\s*(?:#+\s*)?(?:van ban (?:lien quan|goc|duoc huong dan|hop nhat|bi thay the|thay the)|bai viet lien quan|tai ve|tai van ban|luoc do|thuoc tinh van ban)\s*:?\s*$/;

// MOTTO as a search over the whole text, to find the motto line without testing every line.
const MOTTO_SEARCH = new RegExp(MOTTO.source, 'g');

/** Where the document starts and ends inside a page copied from a website. */
function documentSpan(text: string, folded: string, lines: Line[], bodyStart: number | undefined, firstHeading: number): [number, number] {
  let start = 0;
  const motto = mottoLine(folded, lines, 6000);
  // Only a header that comes before the first type heading opens the document (a decision
  // may start at its heading and carry a plan with a header of its own further down).
  if (motto > 0 && motto < firstHeading) {
    let first = motto;
    // The agency lines and "Số:" of the left column stand just above the motto.
    for (let i = motto - 1, seen = 0; i >= 0 && seen < 6; i--) {
      const s = text.slice(lines[i].start, lines[i].end).trim();
      if (s === '') continue;
      seen++;
      if (!isCapitals(text, lines[i]) && !/^s\S{0,2}\s*:/.test(folded.slice(lines[i].start, lines[i].end).trim())) break;
      first = i;
    }
    start = lines[first].start;
  }
  let end = text.length;
  const after = bodyStart ?? start;
  for (const line of lines) {
    if (line.start <= after || line.end - line.start > 48 || !mayBeTrailer(folded, line)) continue;
    if (PAGE_TRAILER.test(folded.slice(line.start, line.end))) {
      end = line.start;
      break;
    }
  }
  return [start, end];
}

/**
 * The first line starting before `before` that holds the motto, or -1. One native search over
 * the text finds where the motto may be; each hit is confirmed on its own line, so a match
 * running across a line break counts for nothing, as with a test line by line.
 */
function mottoLine(folded: string, lines: Line[], before: number): number {
  // Only the lines that start before `before` are searched.
  const scope = folded.length <= before ? folded : folded.slice(0, lines[lineAt(lines, before - 1)].end);
  MOTTO_SEARCH.lastIndex = 0;
  for (let m = MOTTO_SEARCH.exec(scope); m; m = MOTTO_SEARCH.exec(scope)) {
    const i = lineAt(lines, m.index);
    if (lines[i].start >= before) return -1;
    if (MOTTO.test(folded.slice(lines[i].start, lines[i].end))) return i;
    if (i + 1 >= lines.length) return -1;
    MOTTO_SEARCH.lastIndex = lines[i + 1].start;
  }
  return -1;
}

/** Index of the line holding offset `at` (binary search over the line starts). */
export function lineAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Can the line be a PAGE_TRAILER heading: does its first letter (after blanks and #) start one? */
function mayBeTrailer(folded: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const code = folded.charCodeAt(i);
    if (code === 35 /* # */ || isSpace(code)) continue;
    return code === 118 /* v */ || code === 98 /* b */ || code === 116 /* t */ || code === 108 /* l */;
  }
  return false;
}

const HEADING_TYPES = ['Quyết định', 'Kế hoạch', 'Nghị định', 'Nghị quyết', 'Thông tư', 'Chỉ thị', 'Hướng dẫn',
  'Chương trình', 'Chương trình hành động', 'Công văn', 'Thông báo', 'Báo cáo', 'Đề án', 'Quy chế', 'Quy định',
  'Tờ trình', 'Kết luận', 'Công điện', 'Luật', 'Thông tư liên tịch', 'Nghị quyết liên tịch', 'Kế hoạch liên tịch',
  'Phương án']
  .map((name) => typeWordByName(name))
  .filter((t): t is TypeWord => t !== null);

const ROMAN_SECTION = /^\s*(?:#+\s*)?[ivx]{1,4}\s*[.\-)]\s*\S/;
const ARTICLE_ONE = /^\s*(?:#+\s*)?(?:(?:[dp]i[a-z]{0,2}u|dieu)\s*1\s*[.:]|1\s*[.)]\s)/;
// A letter's subject line (trích yếu of a công văn): "V/v triển khai Chỉ thị số 23/CT-TTg …".
const LETTER_SUBJECT = /^\s*v\s*\/\s*v\b/;
const BASIS_SECTION = new RegExp(`^\\s*(?:#+\\s*)?(?:[ivx]{1,4}|\\d{1,2})\\s*[.\\-)]\\s*(?:cac\\s+)?${CAN_CU}\\b`);
const PURPOSE_SECTION = /^\s*(?:#+\s*)?[ivx]{1,4}\s*[.\-)]\s*m[a-z]{0,2}c\s+(?:d[a-z]{0,2}ch|ti[a-z]{0,2}u)\b/;

/** Split into lines with offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const i = nl < 0 ? text.length : nl;
    lines.push({ start, end: i > start && text.charCodeAt(i - 1) === 13 /* \r */ ? i - 1 : i });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/**
 * Letters of a line as single-spaced folded words, markdown marks and OCR junk removed: the
 * same as `.replace(/[^a-z\s:]+/g, '').replace(/\s+/g, ' ').trim()`, in one pass; null as soon
 * as they run longer than `max` code units.
 */
function words(folded: string, line: Line, max: number): string | null {
  let out = '';
  let space = false; // blanks since the last letter kept
  for (let i = line.start; i < line.end; ) {
    if (!isWordUnit(folded.charCodeAt(i))) {
      if (isSpace(folded.charCodeAt(i))) space = true;
      i++;
      continue;
    }
    // A run of letters is copied at once.
    let j = i + 1;
    while (j < line.end && isWordUnit(folded.charCodeAt(j))) j++;
    out += space && out.length > 0 ? ` ${folded.slice(i, j)}` : folded.slice(i, j);
    if (out.length > max) return null;
    space = false;
    i = j;
  }
  return out;
}

/** a–z or ":", what words() keeps. */
function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 58 /* : */;
}

/** Mostly capitals: type headings are printed in capitals (or as a markdown heading). */
function isCapitals(text: string, line: Line): boolean {
  const end = line.end;
  let upper = 0;
  let lower = 0;
  for (let i = line.start; i < end; i++) {
    const code = text.charCodeAt(i);
    const kind = letterCase(code);
    if (kind === 1) upper++;
    else if (kind === 2) {
      lower++;
      // Stop once capitals in every remaining unit could not reach 70 %: 3·(upper + rest) < 7·lower.
      if (3 * (upper + end - i - 1) < 7 * lower) return false;
    } else if (code === 35 /* # */ && upper + lower === 0) return true;
  }
  const letters = upper + lower;
  return letters >= 4 && upper / letters >= 0.7;
}

/**
 * Do capitals open the line: two of its first three letters (a markdown heading's "#" before any
 * letter counts as capitals)? A heading printed in capitals opens so, even with one letter OCR
 * read in lower case ("cHỈ THỊ"); a sentence ("Căn cứ …", "Ủy ban …") does not, and is left
 * before the whole line is counted.
 */
function capitalsFirst(text: string, line: Line): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = line.start; i < line.end && letters < 3; i++) {
    const code = text.charCodeAt(i);
    const kind = letterCase(code);
    if (kind === 0) {
      if (code === 35 /* # */ && letters === 0) return true;
      continue;
    }
    letters++;
    if (kind === 1) upper++;
  }
  return upper >= 2 || letters < 3;
}

/** Code unit of the first character of a line that is not blank, or -1. */
function firstMark(text: string, line: Line): number {
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return code;
  }
  return -1;
}

/**
 * Lines that can be a roman-numbered section, "Điều 1" or a markdown heading start with one of
 * these: # I V X i v x Đ D P d p đ 1.
 */
function isMarkerStart(code: number): boolean {
  switch (code) {
    case 35: case 73: case 86: case 88: case 105: case 118: case 120:
    case 0x110: case 68: case 80: case 100: case 112: case 0x111: case 49:
      return true;
    default:
      return false;
  }
}

/**
 * Can the line be "Điều 1" / "1." (ARTICLE_ONE) or a roman-numbered section (ROMAN_SECTION)?
 * After blanks and #, the first letters must be `di`/`pi`, `1`, or up to four of `ivx` followed
 * by blanks and a `.`, `-` (every dash folds to it) or `)`. Most lines fail on their first two letters, before
 * any copy or pattern.
 */
function mayBeMarker(folded: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && (folded.charCodeAt(i) === 35 /* # */ || isSpace(folded.charCodeAt(i)))) i++;
  const first = folded.charCodeAt(i);
  if (first === 49 /* 1 */) return true;
  if (first === 100 /* d */ || first === 112 /* p */) return folded.charCodeAt(i + 1) === 105 /* i */;
  let j = i;
  while (j < line.end && j - i < 4 && isRoman(folded.charCodeAt(j))) j++;
  if (j === i) return false;
  while (j < line.end && isSpace(folded.charCodeAt(j))) j++;
  const mark = folded.charCodeAt(j);
  return mark === 46 /* . */ || mark === 45 /* - */ || mark === 41 /* ) */;
}

function isRoman(code: number): boolean {
  return code === 105 /* i */ || code === 118 /* v */ || code === 120 /* x */;
}

/** The type a whole line names, tolerating two OCR errors; `enacting` when it ends in ":". */
function headingType(text: string, folded: string, line: Line): { type: TypeWord; enacting: boolean } | null {
  const w = words(folded, line, 28);
  if (w === null || w.length < 3) return null;
  const enacting = w.endsWith(':');
  const type = namedType(w.replace(/:$/, '').trim());
  return type ? { type, enacting } : null;
}

// namedType() of the heading words met so far (at most 10,000): the same headings recur.
const NAMED_TYPES = new Map<string, TypeWord | null>();

/** The type that heading words name, exactly or (six letters or more) within two errors. */
function namedType(bare: string): TypeWord | null {
  const known = NAMED_TYPES.get(bare);
  if (known !== undefined) return known;
  let named: TypeWord | null = null;
  for (const type of HEADING_TYPES) {
    // The edit distance is at least the difference in length: only near lengths can be within 2.
    if (bare === type.words || (type.words.length >= 6 && Math.abs(bare.length - type.words.length) <= 2 && distance(bare, type.words) <= 2)) {
      named = type;
      break;
    }
  }
  if (NAMED_TYPES.size < 10_000) NAMED_TYPES.set(bare, named);
  return named;
}

/** Read the layout of `text`; `folded` is `foldDocument(text)` (fold.ts). */
export function readLayout(text: string, folded: string): Layout {
  // The folded text has the same line breaks at the same offsets, and V8 scans a one-byte string faster.
  const lines = splitLines(folded);
  const headings: Heading[] = [];
  const bodyStarts: number[] = [];
  const titles: Array<[number, number]> = [];
  const basisSections: Array<[number, number]> = [];
  const purposes: Array<[number, number]> = [];
  let basisOpen: number | null = null;
  let purposeOpen: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.end === line.start) continue; // a blank line is no heading and no marker
    // A heading line is short and in capitals; every other marker starts its line.
    const heading = line.end - line.start <= 64 && capitalsFirst(text, line) && isCapitals(text, line) ? headingType(text, folded, line) : null;
    if (heading?.enacting) bodyStarts.push(line.start);
    else if (heading) {
      headings.push({ line: i, type: heading.type });
      titles.push(titleSpan(text, folded, lines, i));
      continue;
    }
    if (!isMarkerStart(firstMark(text, line)) || !mayBeMarker(folded, line)) continue;
    const f = folded.slice(line.start, Math.min(line.end, line.start + 48));
    if (ARTICLE_ONE.test(f)) bodyStarts.push(line.start);
    if (ROMAN_SECTION.test(f)) {
      if (basisOpen !== null) basisSections.push([basisOpen, line.start]);
      basisOpen = BASIS_SECTION.test(f) ? line.start : null;
      if (purposeOpen !== null) purposes.push([purposeOpen, line.start]);
      purposeOpen = PURPOSE_SECTION.test(f) ? line.start : null;
      bodyStarts.push(line.start);
    }
  }
  if (basisOpen !== null) basisSections.push([basisOpen, text.length]);
  if (purposeOpen !== null) purposes.push([purposeOpen, text.length]);
  if (!headings.length) titles.push(...letterSubject(text, folded, lines));
  const preambles = titles.map(([, titleEnd]): [number, number] => {
    const next = bodyStarts.find((b) => b >= titleEnd);
    return [titleEnd, next ?? Math.min(text.length, titleEnd + 4000)];
  });
  return { lines, headings, bodyStarts, preambles, titles, basisSections, purposes, document: documentSpan(text, folded, lines, bodyStarts[0], headings[0]?.line ?? lines.length) };
}

// A title ends before a clause opener of the preamble ("Căn cứ", "Thực hiện", "Xét đề nghị",
// "Theo đề nghị"), a bullet (bullets fold to - + *), or a parenthesised note.
const AFTER_TITLE = new RegExp(`^\\s*(?:[-+*(]|${CAN_CU}\\b|${THUC_HIEN}\\b|(?:xet|theo)\\s+d[a-z]\\s+ngh)`);

/** A letter has no type heading: its subject line "V/v …" near the top is its title. */
function letterSubject(text: string, folded: string, lines: Line[]): Array<[number, number]> {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    if (!LETTER_SUBJECT.test(folded.slice(lines[i].start, lines[i].end))) continue;
    let end = lines[i].end;
    for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
      const f = folded.slice(lines[j].start, lines[j].end);
      // The subject ends before a blank line, the place and date, "Kính gửi", the number, or
      // the right column's motto when a copy put the columns one after the other.
      if (f.trim() === '' || /,\s*ng[a-z]{0,2}y\b/.test(f) || /^\s*(?:kinh gui|so\s*:)/.test(f) || MOTTO.test(f) || /d[o0]c\s+l[a-z]p\s*-/.test(f)) break;
      end = lines[j].end;
    }
    return [[lines[i].start, end]];
  }
  return [];
}

const BASIS_OPENER = new RegExp(`^\\s*${CAN_CU}\\b`);

/**
 * The title lines after heading line `h`: the first run of non-blank lines, at most four,
 * ending before a clause opener, and before a line in capitals (the authority line "ỦY BAN
 * NHÂN DÂN TỈNH …" or "GIÁM ĐỐC SỞ …") unless the title itself starts in capitals.
 */
function titleSpan(text: string, folded: string, lines: Line[], h: number): [number, number] {
  let i = h + 1;
  while (i < lines.length && text.slice(lines[i].start, lines[i].end).trim() === '') i++;
  // A Party document names its body under the heading ("CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về
  // …"): the title is on the lines after it.
  if (i + 1 < lines.length && /^\s*cua\s/.test(folded.slice(lines[i].start, lines[i].end)) && isCapitals(text, lines[i])) i++;
  const start = i < lines.length ? lines[i].start : text.length;
  const capitalTitle = i < lines.length && isCapitals(text, lines[i]);
  let end = start;
  for (let n = 0; i < lines.length && n < 4; i++, n++) {
    const s = text.slice(lines[i].start, lines[i].end);
    const f = folded.slice(lines[i].start, lines[i].end);
    // A title may itself start "Thực hiện …" (Kế hoạch thực hiện Chỉ thị …), never "Căn cứ".
    if (s.trim() === '' || (n > 0 ? AFTER_TITLE.test(f) : BASIS_OPENER.test(f))) break;
    if (n > 0 && !capitalTitle && isCapitals(text, lines[i])) break;
    end = lines[i].end;
  }
  return [start, end];
}
