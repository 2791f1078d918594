/**
 * Length-preserving folding of Vietnamese text for matching and search.
 *
 * `fold(text)` returns a string of exactly the same length in UTF-16 code units as `text`,
 * so an offset found in the folded text is the same offset in the original. Each code unit
 * is lower-cased and stripped of its diacritics (`Quyết định` → `quyet dinh`, `Đ` → `d`);
 * the rule is the one in LIBRARIES.md ("folding for search"): NFD, drop combining marks,
 * map đ/Đ to d, applied one code unit at a time so that lengths never change. The letters
 * Vietnamese texts often print in place of others fold as those: the eth ð/Ð (for đ/Đ) to d,
 * the oi ƣ/Ƣ of PDF text (for ư/Ư) to u.
 *
 * Marks outside Latin-1 fold to the ASCII mark a clerk reads them as: every dash (– — ‒ ―
 * − ‐ ‑) to `-`, every Unicode space (and Latin-1's no-break space) to ` `, curly quotes to
 * `'` and `"`, `…` to `.`, bullets (• ◦ ▪ ● ➢ and Word's private-use bullet) to `*`; any other
 * non-letter outside Latin-1 (symbols, emoji halves) to U+001A SUBSTITUTE; a Latin ligature
 * (ﬁ ﬂ) to its first letter.
 * Letters of other scripts keep their own fold.
 *
 * A document is folded by `foldDocument`, which also reads the letters OCR prints for digits
 * inside its numbers and dates as the digits (`lookAlikeDigits`): "O9/2021/QÐ-UBND" →
 * "09/2021/qd-ubnd", "ngày l5 tháng 3 năm 2O24" → "ngay 15 thang 3 nam 2024".
 * So a Vietnamese text folds to a one-byte string, which V8 scans with regular expressions and
 * `indexOf` faster than a two-byte one, and the rules need to know only one dash.
 */
const SUBSTITUTE = 0x1a;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const SINGLE_QUOTES = /[\u2018-\u201b\u2032]/;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033]/;
const BULLETS = /[\u2022\u2023\u2043\u2219\u25a0-\u25ab\u25cf\u25e6\u27a2\uf0a7\uf0b7]/;

const TABLE: Uint16Array = buildTable();
/** 1 for an upper-case letter, 2 for a lower-case one, 0 otherwise, by UTF-16 code unit. */
const CASE: Uint8Array = buildCases();

function buildCases(): Uint8Array {
  const cases = new Uint8Array(0x10000);
  for (let code = 0; code < 0xd800; code++) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper) cases[code] = ch === upper ? 1 : 2;
  }
  return cases;
}

/** Letter case of the code unit `code`: 1 upper, 2 lower, 0 not a cased letter. */
export function letterCase(code: number): number {
  return CASE[code];
}

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    table[code] = code;
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    // Đ, and the eth Ð that many Vietnamese texts print in its place (converted from old font
    // encodings, typed on foreign layouts): "QÐ-UBND" is QĐ-UBND.
    if (ch === 'đ' || ch === 'Đ' || ch === 'ð' || ch === 'Ð') {
      table[code] = 0x64; // d
      continue;
    }
    // The oi ƣ/Ƣ that text taken from many Vietnamese PDFs has in place of ư/Ư ("Thƣờng trực").
    if (ch === 'ƣ' || ch === 'Ƣ') {
      table[code] = 0x75; // u
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    if (base.length === 1) table[code] = base.charCodeAt(0);
    if (table[code] > 0xff) table[code] = asciiMark(ch, table[code]);
  }
  // The no-break space of text copied from web pages ("Quyết định&nbsp;số") is a space too.
  table[0xa0] = 0x20;
  for (let code = 0xd800; code <= 0xdfff; code++) table[code] = SUBSTITUTE;
  return table;
}

/** What `ch`, outside Latin-1 and folded to `folded`, folds to at last (see the module comment). */
function asciiMark(ch: string, folded: number): number {
  const code = ch.charCodeAt(0);
  if (/\s/.test(ch)) return 0x20;
  if (DASHES.test(ch)) return 0x2d;
  if (SINGLE_QUOTES.test(ch)) return 0x27;
  if (DOUBLE_QUOTES.test(ch)) return 0x22;
  if (code === 0x2026) return 0x2e;
  if (BULLETS.test(ch)) return 0x2a;
  // A Latin ligature (ﬁ, ﬂ: OCR reads them) to its first letter: one unit cannot hold two.
  if (code >= 0xfb00 && code <= 0xfb06) return ch.normalize('NFKD').toLowerCase().charCodeAt(0);
  return /[\p{L}\p{N}]/u.test(ch) ? folded : SUBSTITUTE;
}

/** Is the code unit `code` an ASCII digit 0-9? */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Is the code unit `code` of folded text a letter or digit of a word: a–z or 0–9? */
export function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigit(code);
}

/** Is the code unit `code` whitespace as the regular expression `\s` reads it? */
export function isSpace(code: number): boolean {
  if (code <= 0xa0) return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A document's text folded for the extractor: `fold`, and the letters OCR printed for digits in
 * its numbers and dates read as digits (`lookAlikeDigits`). Same length as `text`.
 */
export function foldDocument(text: string): string {
  return lookAlikeDigits(fold(text));
}

/**
 * Folded text with the letters OCR reads for digits inside numbers and dates made digits: `o`
 * for 0, `l` and `i` for 1 (DOMAIN.md §3, look-alike glyphs). Read so: a word of digits and
 * those letters, with a digit, at most six long, that stands before or after a `/` ("O9/2021/…",
 * "5l2/KH-UBND", "29/O2/2024") or before a Party number's type code ("l5-NQ/TU"); and the day,
 * month and year of a date in words ("ngày l5 tháng 3 năm 2O24", "tháng Ol năm 2023": the month
 * between "tháng" and "năm" may be look-alikes alone) in the header, and in the rest of a text
 * whose numbers needed such a reading. Words such as "v6i" (với) keep their letters. Same
 * length; `folded` itself when nothing is read so.
 */
export function lookAlikeDigits(folded: string): string {
  const words: number[] = []; // start and end of each word to read as digits
  // Found from the slashes (a native search), not by a scan of every letter.
  for (let at = folded.indexOf('/'); at >= 0; at = folded.indexOf('/', at + 1)) {
    const before = wordBefore(folded, at);
    lookAlikeWord(folded, before, false, words);
    // A date's month between its slashes may be look-alikes alone: "O6/Ol/2022".
    const after = wordAfter(folded, at + 1);
    lookAlikeWord(folded, after, after >= 0 && isLookAlike(folded.charCodeAt(after)) && MONTH_THEN_YEAR.test(folded.slice(after, after + 8)), words);
    // A Party number's running number stands before its type code: "l5-NQ/TU".
    if (before > 0 && folded.charCodeAt(before - 1) === 45 /* - */) lookAlikeWord(folded, wordBefore(folded, before - 1), false, words);
  }
  // Dates in words, found from "tháng": in the header (the document's own date), and in the
  // whole text once its numbers show the damage (a search for "tháng" costs as much as the rest).
  const scope = words.length ? folded : folded.slice(0, HEADER);
  for (let at = scope.indexOf('thang'); at >= 0; at = scope.indexOf('thang', at + 5)) {
    if (at > 0 && isLetterOrDigit(folded.charCodeAt(at - 1))) continue;
    lookAlikeWord(folded, wordBefore(folded, at), false, words);
    const month = wordAfter(folded, at + 5);
    if (month < 0 || !YEAR_AFTER_MONTH.test(folded.slice(wordEnd(folded, month), wordEnd(folded, month) + 12))) continue;
    lookAlikeWord(folded, month, true, words);
    YEAR_AT.lastIndex = wordEnd(folded, month);
    const year = YEAR_AT.exec(folded);
    if (year) lookAlikeWord(folded, YEAR_AT.lastIndex - year[1].length, false, words);
  }
  if (!words.length) return folded;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i += 2) spans.push([words[i], words[i + 1]]);
  spans.sort((x, y) => x[0] - y[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    if (start < last) continue; // the same word, met from both its sides
    out += folded.slice(last, start) + folded.slice(start, end).replace(/o/g, '0').replace(/[il]/g, '1');
    last = end;
  }
  return out + folded.slice(last);
}

// A month of one or two look-alikes or digits, a slash and a year: the middle of "O6/Ol/2022".
const MONTH_THEN_YEAR = /^[0-9oil]{1,2}\/[0-9oil]{4}(?![a-z0-9])/;

// Where a header's dateline stands at the latest (identity.ts reads it there too).
const HEADER = 1500;
// After a month: "năm" (OCR: "nam", "nim", "ndm") and a year.
const YEAR_AFTER_MONTH = /^\s{1,2}n[a-z0-9]{0,2}m\s{1,2}[0-9oil]{4}(?![a-z0-9])/;
const YEAR_AT = /\s{1,2}n[a-z0-9]{0,2}m\s{1,2}([0-9oil]{4})/y;

/** Is `code` a letter OCR prints for a digit: o (0), i or l (1)? */
function isLookAlike(code: number): boolean {
  return code === 111 || code === 105 || code === 108;
}

/** Start of the word (a run of a–z, 0–9) ending before `at` after at most two blanks, or -1. */
function wordBefore(folded: string, at: number): number {
  let end = at;
  while (end > 0 && at - end < 2 && isBlank(folded.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= 6 && isLetterOrDigit(folded.charCodeAt(start - 1))) start--;
  return start < end ? start : -1;
}

/** Start of the word starting after `at` and at most two blanks, or -1. */
function wordAfter(folded: string, at: number): number {
  let start = at;
  while (start < folded.length && start - at < 2 && isBlank(folded.charCodeAt(start))) start++;
  return start < folded.length && isLetterOrDigit(folded.charCodeAt(start)) ? start : -1;
}

function wordEnd(folded: string, start: number): number {
  let end = start;
  while (end < folded.length && isLetterOrDigit(folded.charCodeAt(end))) end++;
  return end;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Add [start, end) of the word at `start` to `words` when it is at most six digits and
 * look-alike letters (o, i, l), with at least one of each, or look-alikes alone when `bare`.
 */
function lookAlikeWord(folded: string, start: number, bare: boolean, words: number[]): void {
  if (start < 0 || (start > 0 && isLetterOrDigit(folded.charCodeAt(start - 1)))) return;
  let digits = 0;
  let lookAlikes = 0;
  let end = start;
  for (; end < folded.length && isLetterOrDigit(folded.charCodeAt(end)); end++) {
    const code = folded.charCodeAt(end);
    if (isDigit(code)) digits++;
    else if (isLookAlike(code)) lookAlikes++;
    else return;
    if (end - start >= 6) return;
  }
  if (lookAlikes > 0 && (digits > 0 || bare)) words.push(start, end);
}

/** Fold `text` for matching: same length, lower case, no diacritics, `đ` → `d`, ASCII marks. */
export function fold(text: string): string {
  const n = text.length;
  if (n <= 64) {
    // Short strings (codes, phrases): a buffer costs more than it saves.
    let out = '';
    for (let i = 0; i < n; i++) out += String.fromCharCode(TABLE[text.charCodeAt(i)]);
    return out;
  }
  // Through buffers: the UTF-16 encode and the one-byte decode are native, the loop is over
  // typed arrays. The buffers are reused for texts up to a million code units (the decode
  // copies out of them).
  if (n > SCRATCH.narrow.length && n <= 1 << 20) SCRATCH = scratch(n * 2);
  const { wide, narrow } = n <= SCRATCH.narrow.length ? SCRATCH : scratch(n);
  const bytes = wide.write(text, 0, 'utf16le');
  const units = new Uint16Array(wide.buffer, wide.byteOffset, bytes >> 1);
  const out = new Uint8Array(narrow.buffer, narrow.byteOffset, n);
  const table = TABLE;
  let high = 0; // the bits of every folded unit: above 0xff, some unit needs two bytes
  let i = 0;
  // Four at a time: V8 runs this loop about 1.5 times faster than the plain one.
  for (; i + 4 <= n; i += 4) {
    const a = table[units[i]];
    const b = table[units[i + 1]];
    const c = table[units[i + 2]];
    const d = table[units[i + 3]];
    out[i] = a;
    out[i + 1] = b;
    out[i + 2] = c;
    out[i + 3] = d;
    high |= a | b | c | d;
  }
  for (; i < n; i++) {
    const a = table[units[i]];
    out[i] = a;
    high |= a;
  }
  if (high <= 0xff) return narrow.toString('latin1', 0, n);
  // A letter of another script: the folded text stays two bytes a unit.
  for (let k = 0; k < n; k++) units[k] = table[units[k]];
  return wide.toString('utf16le', 0, bytes);
}

/** Buffers for `fold` of texts up to `n` code units. */
function scratch(n: number): { wide: Buffer; narrow: Buffer } {
  return { wide: Buffer.allocUnsafe(n * 2), narrow: Buffer.allocUnsafe(n) };
}

let SCRATCH = scratch(1 << 15);
/**
 * Fold a search query or a document's searchable text into words: folded, with
 * punctuation other than `/` and `-` (which belong to document numbers) turned into spaces,
 * and words of those two marks alone (a dash between words) dropped.
 * `"Quyết định số 489/QĐ-UBND"` → `["quyet", "dinh", "so", "489/qd-ubnd"]`.
 */
export function searchWords(text: string): string[] {
  return fold(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .split(' ')
    .filter((w) => /[^/-]/.test(w));
}
