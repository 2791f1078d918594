/**
 * Length-preserving folding of Vietnamese text for matching and search.
 *
 * `fold(text)` returns a string of exactly the same length in UTF-16 code units as `text`,
 * so an offset found in the folded text is the same offset in the original. Each code unit
 * is lower-cased and stripped of its diacritics (`Quyết định` → `quyet dinh`, `Đ` → `d`);
 * code units that have no single-unit fold (surrogates, marks) are kept as they are.
 * The rule is the one in LIBRARIES.md ("folding for search"): NFD, drop combining marks,
 * map đ/Đ to d, applied one code unit at a time so that lengths never change.
 */
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
    if (ch === 'đ' || ch === 'Đ') {
      table[code] = 0x64; // d
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    if (base.length === 1) table[code] = base.charCodeAt(0);
  }
  return table;
}

/** Is the code unit `code` whitespace as the regular expression `\s` reads it? */
export function isSpace(code: number): boolean {
  if (code <= 0xa0) return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Fold `text` for matching: same length, lower case, no diacritics, `đ` → `d`. */
export function fold(text: string): string {
  if (text.length <= 64) {
    // Short strings (codes, phrases): a buffer costs more than it saves.
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(TABLE[text.charCodeAt(i)]);
    return out;
  }
  // Through a UTF-16 buffer: the encode and decode are native, the loop is over a typed array.
  // The buffer is reused for texts up to a million code units (the decode copies out of it).
  if (text.length > SCRATCH.length >> 1 && text.length <= 1 << 20) SCRATCH = Buffer.allocUnsafe(text.length * 4);
  const buffer = text.length <= SCRATCH.length >> 1 ? SCRATCH : Buffer.allocUnsafe(text.length * 2);
  const bytes = buffer.write(text, 0, 'utf16le');
  const units = new Uint16Array(buffer.buffer, buffer.byteOffset, bytes >> 1);
  const table = TABLE;
  const n = units.length;
  let i = 0;
  // Four at a time: V8 runs this loop about 1.5 times faster than the plain one.
  for (; i + 4 <= n; i += 4) {
    units[i] = table[units[i]];
    units[i + 1] = table[units[i + 1]];
    units[i + 2] = table[units[i + 2]];
    units[i + 3] = table[units[i + 3]];
  }
  for (; i < n; i++) units[i] = table[units[i]];
  return buffer.toString('utf16le', 0, bytes);
}

let SCRATCH = Buffer.allocUnsafe(1 << 16);
/**
 * Fold a search query or a document's searchable text into words: folded, with
 * punctuation other than `/` and `-` (which belong to document numbers) turned into spaces.
 * `"Quyết định số 489/QĐ-UBND"` → `["quyet", "dinh", "so", "489/qd-ubnd"]`.
 */
export function searchWords(text: string): string[] {
  return fold(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}
