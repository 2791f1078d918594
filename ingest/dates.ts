/**
 * Dates as Vietnamese documents write them (`ngày 27/12/2018`, `ngày 04/3/2016`,
 * `ngày 30 tháng 12 năm 2022`), read from folded text (see fold.ts) so that OCR without
 * diacritics reads the same; OCR's damaged keywords (`ngdy`, `nim`, `ndm`) are accepted.
 */

/** A date found in a text: its span (UTF-16 offsets) and its ISO form `YYYY-MM-DD`. */
export interface DateMatch {
  start: number;
  end: number;
  iso: string;
}

const NUMERIC = /(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*((?:19|20)\d{2})(?!\d)/y;
const IN_WORDS = /(\d{1,2})\s+th[a-z]{1,3}ng\s+(\d{1,2})\s*,?\s+n[a-z]{1,2}m\s+((?:19|20)\d{2})(?!\d)/y;
const ANY_DATE = /(?<!\d)(?:(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*((?:19|20)\d{2})|(\d{1,2})\s+th[a-z]{1,3}ng\s+(\d{1,2})\s*,?\s+n[a-z]{1,2}m\s+((?:19|20)\d{2}))(?!\d)/g;
/** The word "ngày" as OCR leaves it: ngay, ngdy, ngáy … */
const NGAY = /\bng[a-z]{1,2}y\b/g;

/** ISO date for day, month, year if that day exists in the calendar, else null. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date that starts exactly at `at` in `folded` (numeric or in words), or null. */
export function dateAt(folded: string, at: number): DateMatch | null {
  for (const re of [NUMERIC, IN_WORDS]) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { start: at, end: at + m[0].length, iso };
  }
  return null;
}

/** The first valid date in `folded` between `from` and `to`, or null. */
export function firstDate(folded: string, from: number, to: number): DateMatch | null {
  ANY_DATE.lastIndex = from;
  for (let m = ANY_DATE.exec(folded); m && m.index < to; m = ANY_DATE.exec(folded)) {
    if (m.index + m[0].length > to) return null;
    const iso = m[1] ? isoDate(+m[1], +m[2], +m[3]) : isoDate(+m[4], +m[5], +m[6]);
    if (iso) return { start: m.index, end: m.index + m[0].length, iso };
  }
  return null;
}

/** Is the "ngày" at `at` the start of a document's own dateline ("Quảng Ngãi, ngày …")? */
export function isDateline(folded: string, at: number): boolean {
  const lineStart = folded.lastIndexOf('\n', at) + 1;
  return /^[ \t]*[a-z][a-z .]{1,39},[ \t]*$/.test(folded.slice(lineStart, at));
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
  while (at < limit && /[\s,;:|(]/.test(folded[at])) at++;
  NGAY.lastIndex = at;
  const word = NGAY.exec(folded);
  if (word && word.index === at) {
    at = word.index + word[0].length;
    while (at < limit && /[\s:]/.test(folded[at])) at++;
  }
  const direct = dateAt(folded, at);
  if (direct && direct.end <= limit) return { ...direct, near: true };

  NGAY.lastIndex = from;
  for (let m = NGAY.exec(folded); m && m.index < Math.min(limit, from + 80); m = NGAY.exec(folded)) {
    if (isDateline(folded, m.index)) return null;
    const after = m.index + m[0].length;
    let p = after;
    while (p < limit && /[\s:]/.test(folded[p])) p++;
    const next = dateAt(folded, p);
    if (next && next.end <= limit) return { ...next, near: m.index - from < 40 };
    const far = firstDate(folded, after, Math.min(limit, after + 160));
    if (far) return { ...far, near: false };
  }
  return null;
}
