/**
 * Document types named by words ("Quyết định số …", "Chương trình hành động số …"), read from
 * folded text so that OCR output without diacritics ("Quyet dinh s6") reads the same.
 */
import { typeCode } from './codes.ts';

/** A type word: its folded words and the full name; `code` is its type code, if it has one. */
export interface TypeWord {
  words: string;
  name: string;
  code: string | null;
}

const TYPE_WORDS: TypeWord[] = [
  ['thong tu lien tich', 'Thông tư liên tịch', 'TTLT'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch', 'NQLT'],
  ['ke hoach lien tich', 'Kế hoạch liên tịch', 'KHLT'],
  ['van ban hop nhat', 'Văn bản hợp nhất', 'VBHN'],
  ['chuong trinh hanh dong', 'Chương trình hành động', 'CTr'],
  ['chuong trinh', 'Chương trình', 'CTr'],
  ['nghi dinh', 'Nghị định', 'NĐ'],
  ['nghi quyet', 'Nghị quyết', 'NQ'],
  ['quyet dinh', 'Quyết định', 'QĐ'],
  ['thong tu', 'Thông tư', 'TT'],
  ['chi thi', 'Chỉ thị', 'CT'],
  ['ke hoach', 'Kế hoạch', 'KH'],
  ['huong dan', 'Hướng dẫn', 'HD'],
  ['thong bao', 'Thông báo', 'TB'],
  ['bao cao', 'Báo cáo', 'BC'],
  ['de an', 'Đề án', 'ĐA'],
  ['phuong an', 'Phương án', 'PA'],
  ['quy che', 'Quy chế', 'QC'],
  ['quy dinh', 'Quy định', 'QyĐ'],
  ['to trinh', 'Tờ trình', 'TTr'],
  ['ket luan', 'Kết luận', 'KL'],
  ['cong dien', 'Công điện', 'CĐ'],
  ['cong van', 'Công văn', null],
  ['bo luat', 'Bộ luật', null],
  ['luat', 'Luật', null],
  ['phap lenh', 'Pháp lệnh', 'PL'],
  ['hien phap', 'Hiến pháp', null],
].map(([words, name, code]) => ({ words: words!, name: name!, code }));

const BY_WORDS = new Map(TYPE_WORDS.map((t) => [t.words, t]));

// "số" before a number as OCR leaves it too (so, s6, sé, sb, s§, 56), with the space before it.
const SO = ' (?:so|s[^ ]{0,2}|56|sô)';

// "<type words> [số|s6|sé|56…][:]" at the end of the look-back, on text whose apostrophes
// (OCR noise inside words: "Qu’yé’t") are removed and whose whitespace is single spaces.
// A match is at most REACH code units long and ends at the end, so the search starts REACH
// units before it (a search from the start would try every position in vain).
const TYPE_BEFORE = new RegExp(
  `(?:^|[^a-z])(${TYPE_WORDS.map((t) => t.words).join('|')})(?:${SO})?:? ?$`,
  'g',
);
const REACH = 1 + Math.max(...TYPE_WORDS.map((t) => t.words.length)) + 6;

// A PDF copy whose font lacks some letters prints type words without some vowels ("Ngh đnh s",
// "Quyt đnh s"). Type words of two words or more whose other letters are distinctive (five or
// more with the space: "k hch", not "b c") are also read with any vowel missing.
const LOST_VOWELS = TYPE_WORDS.filter((t) => t.words.includes(' ') && t.words.replace(/[aeiouy]/g, '').length >= 5);
const TYPE_BEFORE_LOST = new RegExp(
  `(?:^|[^a-z])(?:${LOST_VOWELS.map((t) => `(${t.words.replace(/[aeiouy]/g, '$&?')})`).join('|')})(?:${SO})?:? ?$`,
  'g',
);
// Another font's copy prints a space for each vowel it lost ("Quy t đ nh số", "Ngh  quy t số").
// Read so only before "số" (SO_AT_END), as TYPE_BEFORE_OCR is: the optional spaces make the
// pattern slow to fail, and numbers after such a word have it.
const TYPE_BEFORE_SPACED = new RegExp(
  `(?:^|[^a-z])(?:${LOST_VOWELS.map((t) => `(${t.words.replace(/[aeiouy]/g, '(?:$&| )?')})`).join('|')})${SO}:? ?$`,
  'g',
);

// OCR reads a marked vowel as other letters ("Huéng dan", "Hudng dan" for "Hướng dẫn", DOMAIN.md
// §3): the same type words are also read with each run of vowels as one to three of the letters
// OCR gives for one (look-alikes.ts): vowels, d for the marks of ă, â, ơ ("Hudng"), w or ir for
// ư, j for ị ("Nghi djnh"); no other consonant (j is none of Vietnamese's), so that a pattern
// cannot slide along a word. Read so only before "số"
// (SO_AT_END): most numbers whose type word is not read as written have none ("ngày 12/KH-UBND").
const TYPE_BEFORE_OCR = new RegExp(
  `(?:^|[^a-z])(?:${LOST_VOWELS.map((t) => `(${t.words.replace(/[aeiouy]+/g, '[aeiouydwrj]{1,3}')})`).join('|')})${SO}:? ?$`,
  'g',
);
const SO_AT_END = new RegExp(`(?:^|[^a-z])${SO.trimStart()}:? ?$`);
// How much longer than REACH a match of TYPE_BEFORE_OCR can be: its vowels read as more letters.
const OCR_REACH = 8;

/** TYPE_BEFORE_SPACED's match at the end of `s`, or null. */
function spacedReading(s: string): RegExpExecArray | null {
  TYPE_BEFORE_SPACED.lastIndex = Math.max(0, s.length - REACH - OCR_REACH);
  return TYPE_BEFORE_SPACED.exec(s);
}

/** TYPE_BEFORE_OCR's match at the end of `s`, or null. */
function ocrReading(s: string): RegExpExecArray | null {
  TYPE_BEFORE_OCR.lastIndex = Math.max(0, s.length - REACH - OCR_REACH);
  return TYPE_BEFORE_OCR.exec(s);
}

// The type codes that stand for their type words before "số" ("QĐ số 2345/QĐ-UBND", "NĐ số",
// "KH số", "CV số" for a công văn); codes that are also other words' initials (HĐ hợp đồng, TT
// trung tâm) are not read so.
const ABBREVIATIONS: Array<[string, TypeWord]> = [['qd', 'quyet dinh'], ['nd', 'nghi dinh'], ['nq', 'nghi quyet'], ['kh', 'ke hoach'], ['cv', 'cong van'], ['ttr', 'to trinh']]
  .map(([code, words]) => [code, BY_WORDS.get(words)!]);
const ABBREVIATION_BEFORE = new RegExp(`(?:^|[^a-z])(${ABBREVIATIONS.map(([code]) => code).join('|')})${SO}:? ?$`, 'g');

/**
 * The last type word of `s` (TYPE_BEFORE, else TYPE_BEFORE_LOST, else TYPE_BEFORE_OCR, else a
 * type code standing for its word) and where it starts, or null.
 */
function lastType(s: string): { type: TypeWord; index: number } | null {
  const from = Math.max(0, s.length - REACH);
  TYPE_BEFORE.lastIndex = from;
  const m = TYPE_BEFORE.exec(s);
  if (m) return { type: BY_WORDS.get(m[1])!, index: m.index + m[0].indexOf(m[1]) };
  TYPE_BEFORE_LOST.lastIndex = from;
  const lost = TYPE_BEFORE_LOST.exec(s);
  const so = !lost && SO_AT_END.test(s.slice(-6));
  const read = lost ?? (so ? spacedReading(s) ?? ocrReading(s) : null);
  if (read) {
    let g = 1;
    while (read[g] === undefined) g++;
    return { type: LOST_VOWELS[g - 1], index: read.index + read[0].indexOf(read[g]) };
  }
  if (!so) return null;
  ABBREVIATION_BEFORE.lastIndex = from;
  const abbreviation = ABBREVIATION_BEFORE.exec(s);
  if (!abbreviation) return null;
  const type = ABBREVIATIONS.find(([code]) => code === abbreviation[1])![1];
  return { type, index: abbreviation.index + abbreviation[0].indexOf(abbreviation[1]) };
}

// What typeBefore removes or squeezes: apostrophes (curly ones fold to '), and blanks other than
// a single space.
const NEEDS_CLEANING = /['`\n\t\r]| {2}/;

// A type word standing at an offset of folded text, its words joined by any blanks.
const TYPE_AT = new RegExp(`(?:${TYPE_WORDS.map((t) => t.words.replace(/ /g, '\\s+')).join('|')})\\b`, 'y');

/** Does a type word ("quyet dinh", "quy che", "luat" …) start at offset `at` of `folded`? */
export function typeWordAt(folded: string, at: number): boolean {
  TYPE_AT.lastIndex = at;
  return TYPE_AT.test(folded);
}

/** The type whose name is `name` ("Quyết định"), or null. */
export function typeWordByName(name: string): TypeWord | null {
  return TYPE_WORDS.find((t) => t.name === name) ?? null;
}

/**
 * The type word that stands just before offset `at` of `folded` (at most 60 code units back),
 * and where it starts; null when the number is not introduced by a type word.
 */
export function typeBefore(folded: string, at: number): { type: TypeWord; start: number } | null {
  const from = Math.max(0, at - 60);
  const span = folded.slice(from, at);
  if (!NEEDS_CLEANING.test(span.length > REACH + 2 ? span.slice(-(REACH + 2)) : span)) {
    // The end that a match can reach needs no cleaning (the common case): cleaning the rest
    // would change nothing there, so the span is read as it is.
    const m = lastType(span);
    return m && { type: m.type, start: from + m.index };
  }
  // Map each kept character back to its offset so the start of the type word is exact.
  let clean = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = from; i < at; i++) {
    const code = folded.charCodeAt(i);
    if (code === 0x27 || code === 0x60) continue;
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      if (space) continue;
      space = true;
      clean += ' ';
    } else {
      space = false;
      clean += folded[i];
    }
    offsets.push(i);
  }
  const m = lastType(clean);
  return m && { type: m.type, start: offsets[m.index] };
}

/**
 * The type name of a cited document: the word before the number when it agrees with the
 * number's type code (it is then the more specific, "Chương trình hành động" for `CTr`), else
 * the code's type; a number without a code takes the word, else "Công văn" (a letter).
 * A Party number `N-CTr/…` is a Chương trình hành động (the Party's own name for the type), and
 * a Party `N-QĐ/…` named "Quy định" is one.
 */
export function citedTypeName(word: TypeWord | null, code: string | null, party: boolean): string | null {
  if (code) {
    if (word && word.code === code) return word.name;
    if (party && code === 'CTr') return 'Chương trình hành động';
    // The Party numbers its Quy định with QĐ too (Hướng dẫn 36-HD/VPTW, 2018): the word tells.
    if (party && code === 'QĐ' && word?.name === 'Quy định') return word.name;
    return typeCode(code)?.name ?? null;
  }
  return word?.name ?? null;
}
