/**
 * Dates as Vietnamese documents write them (`ngày 27/12/2018`, `ngày 04/3/2016`,
 * `ngày 30 tháng 12 năm 2022`), read from folded text (see fold.ts) so that OCR without
 * diacritics reads the same; OCR's damaged keywords (`ngdy`, `nim`, `ndm`, `th4ng` with a digit
 * for a marked vowel) are accepted.
 */
import { isDigit, isSpace } from './fold.ts';

/** A date found in a text: its span (UTF-16 offsets) and its ISO form `YYYY-MM-DD`. */
export interface DateMatch {
  start: number;
  end: number;
  iso: string;
}

const NUMERIC = /(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*((?:19|20)\d{2})(?!\d)/y;
const IN_WORDS = /(\d{1,2})\s+th[a-z0-9]{0,3}ng\s+(\d{1,2})\s*,?\s+n[a-z0-9]{0,2}m\s+((?:19|20)\d{2})(?!\d)/y;
// Sticky: tried at each digit of a bounded window, so that a search never runs past the window.
const ANY_DATE = /(?<!\d)(?:(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*((?:19|20)\d{2})|(\d{1,2})\s+th[a-z0-9]{0,3}ng\s+(\d{1,2})\s*,?\s+n[a-z0-9]{0,2}m\s+((?:19|20)\d{2}))(?!\d)/y;
/** The word "ngày" as OCR leaves it: ngay, ngdy, ngáy … (at most five letters). */
const NGAY = /\bng[a-z]{0,2}y\b/g;
const NGAY_AT = /\bng[a-z]{0,2}y\b/y;

/** ISO date for day, month, year if that day exists in the calendar, else null. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days of each month in a common year (the Gregorian calendar). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date that starts exactly at `at` in `folded` (numeric or in words), or null. */
export function dateAt(folded: string, at: number): DateMatch | null {
  if (!isDigit(folded.charCodeAt(at))) return null; // both shapes start with the day's digits
  for (const re of [NUMERIC, IN_WORDS]) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { start: at, end: at + m[0].length, iso };
  }
  return null;
}

/**
 * The first valid date in `folded` between `from` and `to`, or null; null too when the first
 * date that starts before `to` runs past it. A date that is no calendar day is passed over.
 */
export function firstDate(folded: string, from: number, to: number): DateMatch | null {
  // Every date starts with a digit: try the pattern there only, leftmost first.
  for (let at = from; at < to; at++) {
    if (!isDigit(folded.charCodeAt(at))) continue;
    ANY_DATE.lastIndex = at;
    const m = ANY_DATE.exec(folded);
    if (!m) {
      // No date starts inside a run of digits (the pattern's look-behind): go on after it.
      while (at + 1 < to && isDigit(folded.charCodeAt(at + 1))) at++;
      continue;
    }
    if (m.index + m[0].length > to) return null;
    const iso = m[1] ? isoDate(+m[1], +m[2], +m[3]) : isoDate(+m[4], +m[5], +m[6]);
    if (iso) return { start: m.index, end: m.index + m[0].length, iso };
    at = m.index + m[0].length - 1; // the search goes on after the match
  }
  return null;
}

/** `date` with `near` (written out: an object spread is slow here). */
export function withNear(date: DateMatch, near: boolean): DateMatch & { near: boolean } {
  return { start: date.start, end: date.end, iso: date.iso, near };
}

/** `\s` or one of `,;:|(`: what may stand between a number and its date. */
function isSeparator(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 124 || code === 40 || isSpace(code);
}

function isSpaceOrColon(code: number): boolean {
  return code === 58 || isSpace(code);
}

/** Is the "ngày" at `at` the start of a document's own dateline ("Quảng Ngãi, ngày …")? */
export function isDateline(folded: string, at: number): boolean {
  const lineStart = folded.lastIndexOf('\n', at) + 1;
  return /^[ \t]*[a-z][a-z .]{1,39},[ \t]*$/.test(folded.slice(lineStart, at));
}

/** Where the sentence holding `from` ends (after ". " or "; "), or `until` if it goes on that far. */
function sentenceEnd(folded: string, from: number, until: number): number {
  for (let i = from; i < until - 1 && i < folded.length - 1; i++) {
    const code = folded.charCodeAt(i);
    if ((code === 46 /* . */ || code === 59 /* ; */) && isSpace(folded.charCodeAt(i + 1))) return i;
  }
  return until;
}

/**
 * The date of a citation whose number ends at `from`, looking no further than `limit` (the
 * start of the next citation, so a date is never taken from the next one).
 * - `near`: the date follows the number directly, with or without "ngày" (`… ngày 27/12/2018`,
 *   `05-CT/TW, ngày 15/5/2016`).
 * - `far`: "ngày" follows within a short reach but the date itself comes after words of
 *   another table column, as OCR reads tables row by row (DOMAIN.md §3): the first date within
 *   160 code units after that "ngày".
 * Returns null when neither holds.
 */
export function citedDate(folded: string, from: number, limit: number): (DateMatch & { near: boolean }) | null {
  let at = from;
  while (at < limit && isSeparator(folded.charCodeAt(at))) at++;
  NGAY_AT.lastIndex = at;
  const word = NGAY_AT.exec(folded);
  if (word) {
    at = word.index + word[0].length;
    while (at < limit && isSpaceOrColon(folded.charCodeAt(at))) at++;
  }
  const direct = dateAt(folded, at);
  if (direct && direct.end <= limit) return withNear(direct, true);

  // "ngày" starting before `reach`, searched in a window that holds it whole with the letters
  // on either side that `\b` looks at, so the search stops at the window. A sentence's end
  // (". Các hồ sơ đã nộp trước ngày 01/8/2024") bounds it: the next sentence's dates are not the
  // citation's.
  const reach = Math.min(limit, from + 80, sentenceEnd(folded, from, from + 80));
  if (reach <= from) return null;
  const base = Math.max(0, from - 1);
  const window = folded.slice(base, reach + 5);
  NGAY.lastIndex = from - base;
  for (let m = NGAY.exec(window); m && base + m.index < reach; m = NGAY.exec(window)) {
    const start = base + m.index;
    if (isDateline(folded, start)) return null;
    const after = start + m[0].length;
    let p = after;
    while (p < limit && isSpaceOrColon(folded.charCodeAt(p))) p++;
    const next = dateAt(folded, p);
    if (next && next.end <= limit) return withNear(next, start - from < 40);
    const far = firstDate(folded, after, Math.min(limit, after + 160));
    if (far) return withNear(far, false);
  }
  return null;
}
