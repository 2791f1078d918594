/**
 * Find số ký hiệu (document numbers) in text, in the four shapes of DOMAIN.md §2, and restore
 * them to canonical form despite OCR damage (look-alike glyphs, lost diacritics, spaces or a
 * line break next to `/` and `-`, a space inside the digits as in `1 8/OD-BOL`).
 */
import { legislatureBody, readIssuerCode, readTypeCode, type IssuerCode, type TypeCode } from './codes.ts';
import { isDigit } from './fold.ts';

/** The shape of a number: `N/YYYY/TYPE-ISSUER`, `N/TYPE-ISSUER`, `N-TYPE/ISSUER`, `N/ISSUER-UNIT`. */
export type NumberShape = 'normative' | 'administrative' | 'party' | 'letter';

/** A document number found in a text. Offsets are UTF-16 code units into that text. */
export interface NumberMatch {
  start: number;
  end: number;
  /** Canonical số ký hiệu: `61/2018/NĐ-CP`, `489/QĐ-UBND`, `12-CTr/TU`, `345/SNV-CCHC`. */
  number: string;
  shape: NumberShape;
  /** The type named by the code, null for a letter (no type code) or a law (`QH13`). */
  type: TypeCode | null;
  /** Canonical issuer code (`UBND`, `QH13`) and its table entry when known. */
  issuerCode: string;
  issuer: IssuerCode | null;
  /** The year written inside a normative number, else null. */
  year: number | null;
  /** How many repairs the reading needed (look-alike glyphs, inner spaces); 0 for clean text. */
  repairs: number;
}

const GAP = '[ \\t]{0,2}(?:\\r?\\n[ \\t]{0,2})?';
const DASH = `${GAP}-${GAP}`;
const SLASH = `${GAP}/${GAP}`;
const TOKEN = '[a-z0-9]{1,10}';
// A unit's code may join two with "&", as Bộ Tư pháp's units do ("5861/BTP-QLXLVPHC&TDTHPL").
const UNIT = `${TOKEN}(?:&${TOKEN})?`;
// Applied to folded text (lower case, no diacritics). A joint document's number names each of
// its issuers: up to four codes after the type ("01/2016/TTLT-BTC-BNV-BLĐTBXH"). The left
// look-behind keeps `56 4089` ("số" read as 56) from joining into one number and skips tokens
// such as `H89`; a standard's number is none ("QCVN 06:2022/BXD"). Between the codes a dash,
// or (text copied from a PDF that lost it) a space, a line break ("163/2016/NĐ\nCP": the dash
// that ended the line) or nothing at all.
const NUMBER_RE = new RegExp(
  `(?<![a-z0-9/.,-])(?<!\\d:)(\\d{1,5}[a-d]?|(?:\\d{1,3} ){1,4}\\d{1,4})(?:` +
    `(?:${SLASH}((?:19|20)\\d{2}))?${SLASH}(${TOKEN})(?:(${DASH}|[ \\t]|[ \\t]{0,2}\\r?\\n[ \\t]{0,2})(${UNIT}))?(?:-(${UNIT}(?:-${TOKEN}){0,2}))?` +
    `|${DASH}(${TOKEN})${SLASH}(${TOKEN})(?:-(${UNIT}))?` +
    `)(?![a-z0-9])`,
  'y',
);
// Every number has a digit followed, after at most a little space, by "/" or a dash (every
// dash folds to "-", fold.ts). Finding those separators with indexOf (a native scan) and
// looking back for the digit picks the few places where the full pattern is worth trying.
const SEPARATORS = ['/', '-'];

/**
 * Offset of the digit before the separator at `at` (across ≤ 2 blanks and a line break, and a
 * letter a-d that suffixes a running number: "30c/NQ-CP"), or -1.
 */
function digitBefore(folded: string, at: number): number {
  let i = at - 1;
  for (let blanks = 0; i >= 0 && blanks < 6; i--, blanks++) {
    if (!isBlank(folded.charCodeAt(i))) break;
  }
  if (i >= 1 && folded.charCodeAt(i) >= 97 && folded.charCodeAt(i) <= 100 && isDigit(folded.charCodeAt(i - 1))) i--;
  return i >= 0 && isDigit(folded.charCodeAt(i)) ? i : -1;
}

/** Offsets of the digits that stand before a separator a code can follow, in order. */
function candidates(folded: string): number[] {
  const found: number[] = [];
  for (const sep of SEPARATORS) {
    for (let at = folded.indexOf(sep); at >= 0; at = folded.indexOf(sep, at + 1)) {
      const digit = digitBefore(folded, at);
      if (digit >= 0 && (sep === '/' ? codeAfterSlash(folded, at) : slashAfterDash(folded, at))) found.push(digit);
    }
  }
  return found.sort((a, b) => a - b);
}

/** The offset after the blanks and line break that may follow `at` (NUMBER_RE's GAP, and more). */
function skipBlanks(folded: string, at: number): number {
  let i = at;
  while (i < folded.length && i - at < 8 && isBlank(folded.charCodeAt(i))) i++;
  return i;
}

/** A space, tab or line break: what may stand between a number's digits and its separators. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Can a code follow the slash at `at`? Most slashes after a digit are a date's ("10/5/2021"):
 * digits follow them, which no reading of NUMBER_RE takes as a code, except a normative
 * number's year before its second slash ("61/2018/NĐ-CP"), digits with letters ("8b"), digits
 * a type code is read from ("88" for BB) before a second code, or a dash after them. The few
 * slashes left are worth the full pattern.
 */
function codeAfterSlash(folded: string, at: number): boolean {
  const from = skipBlanks(folded, at + 1);
  if (!isDigit(folded.charCodeAt(from))) return true;
  let end = from;
  while (end < folded.length && isDigit(folded.charCodeAt(end))) end++;
  const next = folded.charCodeAt(end);
  if (next >= 97 && next <= 122) return true;
  const after = skipBlanks(folded, end);
  if (folded.charCodeAt(after) === 45 /* - */) return true;
  const digits = folded.slice(from, end);
  if (end - from === 4 && (digits.startsWith('19') || digits.startsWith('20')) && folded.charCodeAt(after) === 47 /* / */) return true;
  return (next === 32 || next === 9) && readTypeCode(digits) !== null;
}

/** Can the dash at `at` be a Party number's, N-TYPE/ISSUER: a code and a slash after it? */
function slashAfterDash(folded: string, at: number): boolean {
  let i = skipBlanks(folded, at + 1);
  const from = i;
  while (i < folded.length && i - from <= 10 && (isDigit(folded.charCodeAt(i)) || (folded.charCodeAt(i) >= 97 && folded.charCodeAt(i) <= 122))) i++;
  return i > from && folded.charCodeAt(skipBlanks(folded, i)) === 47 /* / */;
}

/**
 * All document numbers in `text`, in order. `folded` must be `foldDocument(text)` (passed in so
 * that callers fold once). Candidates whose codes are not codes (dates, ratios, addresses) are
 * dropped.
 */
export function findNumbers(text: string, folded: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  let after = 0;
  for (const digit of candidates(folded)) {
    if (digit < after) continue;
    // Back to the start of the digits; also try the readings of OCR that spaced the digits out,
    // "1 8/OD-BOL", "1 2 9 1 /QD-BNV": single digits each followed by one space, longest first.
    let start = digit;
    while (start > 0 && isDigit(folded.charCodeAt(start - 1))) start--;
    const starts = [start];
    for (let s = start; starts.length <= 4 && s >= 2 && folded.charCodeAt(s - 1) === 32 && isDigit(folded.charCodeAt(s - 2)) && !isDigit(folded.charCodeAt(s - 3)); s -= 2) {
      starts.unshift(s - 2);
    }
    // Right after "số", groups of digits OCR spaced apart: "Số: 12 50/QD-UBND", "số 9 87/QP-UBND".
    const group = digitGroupBefore(folded, starts[0]);
    if (group >= 0 && NUMBER_WORD_BEFORE.test(folded.slice(Math.max(0, group - 8), group))) starts.unshift(group);
    for (const at of starts) {
      if (at < after) continue;
      NUMBER_RE.lastIndex = at;
      const m = NUMBER_RE.exec(folded);
      const match = m && readMatch(text, m);
      if (match) {
        // Letters OCR printed for digits, read as digits by foldDocument ("O9/2021/QÐ-UBND").
        if (hasLookAlikeDigits(text, folded, match.start, match.end)) match.repairs++;
        found.push(match);
        after = match.end;
        break;
      }
    }
  }
  return found;
}

/** Start of the group of one to three digits that ends one space before `at`, or -1. */
function digitGroupBefore(folded: string, at: number): number {
  if (at < 2 || folded.charCodeAt(at - 1) !== 32) return -1;
  let start = at - 1;
  while (start > 0 && at - 1 - start < 3 && isDigit(folded.charCodeAt(start - 1))) start--;
  return start < at - 1 && !isDigit(folded.charCodeAt(start - 1)) ? start : -1;
}

// "số" (OCR: "s6", "sé", "so"), maybe with its colon, right before a number.
const NUMBER_WORD_BEFORE = /(?:^|[^a-z0-9])s[a-z0-9]{0,2}[ \t]*:?[ \t]*$/;

/** Does [start, end) hold a digit of `folded` that `text` prints as a letter (fold.ts `lookAlikeDigits`)? */
function hasLookAlikeDigits(text: string, folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigit(folded.charCodeAt(i)) && !isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Offsets of the groups of a match, found left to right (groups are in text order). */
function groupSpans(m: RegExpExecArray): Array<[number, number] | null> {
  const spans: Array<[number, number] | null> = [];
  let at = m.index;
  for (let g = 1; g < m.length; g++) {
    if (m[g] === undefined) {
      spans.push(null);
      continue;
    }
    const start = m.index + m[0].indexOf(m[g], at - m.index);
    spans.push([start, start + m[g].length]);
    at = start + m[g].length;
  }
  return spans;
}

const ALL_DIGITS = /^\d+$/;

function readMatch(text: string, m: RegExpExecArray): NumberMatch | null {
  // Digits alone after the slash and no second code ("27/12" of a date, "3/4"): every reading
  // below needs letters there (QH…, a type code, glued codes, a capital code) or a second code
  // (only 8, 88 … read as BB are type codes of digits, and they need the issuer after them). Most
  // candidates are dates: they leave here, before the spans are worked out.
  if (!m[7] && !m[5] && ALL_DIGITS.test(m[3])) return null;
  const spans = groupSpans(m);
  const start = m.index;
  // The running number, and the letter some numbers carry after it (30c/NQ-CP of 2011).
  const read = m[1].replace(/ /g, '');
  if (read.length > 6) return null; // five digits and a letter at most
  const suffix = isDigit(read.charCodeAt(read.length - 1)) ? '' : read.slice(-1);
  const digits = suffix ? read.slice(0, -1) : read;
  const n = String(Number(digits)).padStart(digits.length > 1 && digits.startsWith('0') ? digits.length : 1, '0') + suffix;

  if (m[7]) {
    const type = readTypeCode(originalText(text, spans, 7));
    const issuer = type && readIssuer(originalText(text, spans, 8));
    if (!type || !issuer) return null;
    // The unit that drafted it, after the issuer: "198-KH/TĐTN-BTG".
    const unit = m[9] && isUnitCode(originalText(text, spans, 9)) ? `-${unitCode(originalText(text, spans, 9))}` : '';
    const end = unit ? spans[8]![1] : spans[7]![1];
    const repairs = spaceRepairs(text, m, spans, end) + Number(type.repaired) + Number(issuer.repaired);
    return { start, end, number: `${n}-${type.type.code}/${issuer.code}${unit}`, shape: 'party',
      type: type.type, issuerCode: issuer.code, issuer: issuer.issuer, year: null, repairs };
  }
  const year = m[2] ? Number(m[2]) : null;
  const prefix = year ? `${n}/${year}/` : `${n}/`;
  const shape: NumberShape = year ? 'normative' : 'administrative';
  const first = originalText(text, spans, 3);

  if (year && legislatureBody(first)) {
    const code = first.toUpperCase();
    return { start, end: spans[2]![1], number: `${prefix}${code}`, shape, type: null, issuerCode: code,
      issuer: readIssuerCode(code).issuer, year, repairs: spaceRepairs(text, m, spans, spans[2]![1]) };
  }
  const type = readTypeCode(first);
  // TYPE-ISSUER(-UNIT), the dash possibly lost to a space.
  if (type && m[5]) {
    const broken = m[6] ? null : brokenCode(text, originalText(text, spans, 5), spans[4]![1]);
    if (broken) {
      const repairs = spaceRepairs(text, m, spans, spans[4]![1]) + Number(type.repaired) + 1;
      return { start, end: broken.end, number: `${prefix}${type.type.code}-${broken.issuer.code}`, shape, type: type.type,
        issuerCode: broken.issuer.code, issuer: broken.issuer.issuer, year, repairs };
    }
    const issuer = readIssuer(originalText(text, spans, 5));
    const spaced = !m[4].includes('-');
    if (issuer && (!spaced || issuer.issuer)) {
      let end = m[6] ? spans[5]![1] : spans[4]![1];
      let unit = m[6] ? `-${originalText(text, spans, 6).toUpperCase()}` : '';
      // A joint document's last issuer may be longer than NUMBER_RE's codes ("403/2017/NQLT-
      // UBTVQH14-CP-ĐCTUBTWMTTQVN"): read on here, where few numbers come.
      const long = type.type.code.endsWith('LT') ? LONG_CODE.exec(text.slice(end, end + 20)) : null;
      if (long) {
        unit += long[0].toUpperCase();
        end += long[0].length;
      }
      const repairs = spaceRepairs(text, m, spans, end) + Number(type.repaired) + Number(issuer.repaired) + Number(spaced);
      return { start, end, number: `${prefix}${type.type.code}-${issuer.code}${unit}`, shape, type: type.type,
        issuerCode: issuer.code, issuer: issuer.issuer, year, repairs };
    }
  }
  // TYPEISSUER glued together (the dash lost entirely), e.g. NĐCP, QĐUBND.
  const glued = splitGlued(first);
  if (glued) {
    const end = spans[2]![1];
    return { start, end, number: `${prefix}${glued.type.code}-${glued.issuer.code}`, shape, type: glued.type,
      issuerCode: glued.issuer.code, issuer: glued.issuer, year, repairs: spaceRepairs(text, m, spans, end) + 1 };
  }
  // A letter (công văn) has no type code: N/ISSUER-UNIT, both in capitals, joined by a dash.
  // A unit's code may hold small letters as printed, like TTg and CTr ("3210/BTP-KTrVB").
  if (!year && !type && m[5] && m[4].includes('-') && isCapitalCode(first) && isUnitCode(originalText(text, spans, 5))) {
    const issuer = readIssuerCode(first);
    const end = m[6] ? spans[5]![1] : spans[4]![1];
    const tail = m[6] ? `-${unitCode(originalText(text, spans, 6))}` : '';
    return { start, end, number: `${n}/${issuer.code}-${unitCode(originalText(text, spans, 5))}${tail}`, shape: 'letter',
      type: null, issuerCode: issuer.code, issuer: issuer.issuer, year: null, repairs: spaceRepairs(text, m, spans, end) };
  }
  // A letter of a body without units, or a decree of the 1990s: N/ISSUER ("89/PNV", "Nghị định
  // 12/CP"), when ISSUER is a known issuer code printed in capitals, as it stands (an exact
  // issuer code wins over a type code guessed from look-alike letters: CP is not CĐ).
  if (!year && (!type || type.repaired) && (!m[5] || !m[4].includes('-')) && isCapitalCode(first)) {
    const issuer = readIssuerCode(first);
    if (issuer.issuer && !issuer.repaired) {
      const end = spans[2]![1];
      return { start, end, number: `${n}/${issuer.code}`, shape: 'letter', type: null, issuerCode: issuer.code,
        issuer: issuer.issuer, year: null, repairs: spaceRepairs(text, m, spans, end) };
    }
  }
  return null;
}

// A hyphen that ends a line, then the rest of a code in capitals: "312/KH-SVH-\nTTDL".
const BROKEN_AT_LINE_END = /^-[ \t]*\r?\n[ \t]*([A-ZĐ]{2,8})(?![\p{L}\p{N}])/u;

/**
 * An issuer code that a hyphen broke at a line end, as a word is hyphenated: "SVH-" then
 * "TTDL" on the next line is SVHTTDL, when the first part is no known code and the two joined
 * are one; `end` is where the joined code ends. Null otherwise, so that a line-end dash between
 * two codes ("1909/QĐ-\nTTg") stays a dash.
 */
function brokenCode(text: string, first: string, from: number): { issuer: ReturnType<typeof readIssuerCode>; end: number } | null {
  const rest = BROKEN_AT_LINE_END.exec(text.slice(from, from + 16));
  if (!rest || readIssuerCode(first).issuer) return null;
  const issuer = readIssuerCode(first + rest[1]);
  return issuer.issuer && !issuer.repaired ? { issuer, end: from + rest[0].length } : null;
}

const LONG_CODE = /^-[\p{L}\p{N}]{11,16}(?![\p{L}\p{N}])/u;

/** The text of group `group` of a match, as printed (not folded). */
function originalText(text: string, spans: Array<[number, number] | null>, group: number): string {
  const span = spans[group - 1]!;
  return text.slice(span[0], span[1]);
}

/** Repairs for blanks inside a number up to `end`: one inside the digits, one after them. */
function spaceRepairs(text: string, m: RegExpExecArray, spans: Array<[number, number] | null>, end: number): number {
  return (m[1].includes(' ') ? 1 : 0) + (/\s/.test(text.slice(spans[0]![1], end)) ? 1 : 0);
}

/** A type code and a known issuer code written as one token: `NĐCP` → NĐ + CP. */
function splitGlued(raw: string): { type: NonNullable<NumberMatch['type']>; issuer: IssuerCode & { code: string } } | null {
  for (let cut = Math.min(4, raw.length - 1); cut >= 1; cut--) {
    const type = readTypeCode(raw.slice(0, cut));
    if (!type || type.repaired) continue;
    const issuer = readIssuerCode(raw.slice(cut));
    if (issuer.issuer && !issuer.repaired) return { type: type.type, issuer: { ...issuer.issuer, code: issuer.code } };
  }
  return null;
}

/** An issuer code: known (possibly repaired), or unknown but written in capitals. */
function readIssuer(raw: string): ReturnType<typeof readIssuerCode> | null {
  const read = readIssuerCode(raw);
  if (read.issuer) return read;
  return isCapitalCode(raw) ? read : null;
}

/** A unit's code: in capitals, or starting with a capital and holding two or more ("KTrVB"). */
function isUnitCode(raw: string): boolean {
  if (isCapitalCode(raw)) return true;
  let capitals = 0;
  for (let i = 0; i < raw.length; i++) if (/[A-ZĐ]/.test(raw[i])) capitals++;
  return /^[A-ZĐ][A-ZĐa-zđ]+$/.test(raw) && capitals >= 2;
}

/** A unit's code as the canonical number writes it: capitals, unless printed with small letters as well. */
function unitCode(raw: string): string {
  return isUnitCode(raw) && !isCapitalCode(raw) ? raw : raw.toUpperCase();
}

function isCapitalCode(raw: string): boolean {
  return raw.length >= 2 && /[A-ZĐ]/.test(raw) && raw === raw.toUpperCase() && !/^\d+$/.test(raw);
}
