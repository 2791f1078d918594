/**
 * The year or period a document is for, as its title names it: "Kế hoạch cải cách hành chính
 * năm 2020" → 2020–2020, "Đề án … giai đoạn 2016 - 2020" → 2016–2020, "… 2021-2025" → 2021–2025.
 * Read from folded text, so OCR's damaged words ("nim 2020", "ndm 2019") read the same. Audit
 * rules compare it with the citing document's date (a 2021 plan resting on a 2020 plan). Pure.
 */
import { fold } from './fold.ts';

/** First and last year of a named period; `start === end` for a single year. */
export interface Period {
  start: number;
  end: number;
}

const YEAR = '((?:19|20)\\d{2})';
// "giai đoạn 2016 - 2020", "giai đoạn 2016 – 2020", "từ năm 2016 đến năm 2020", "2021-2025".
const RANGE = new RegExp(`(?:^|[^0-9])${YEAR}\\s*(?:-|den(?:\\s+n[a-z]{0,2}m)?)\\s*${YEAR}(?![0-9])`);
// "năm 2020" as OCR leaves it: nam, nim, ndm, néim → folded n?m / n??m.
const SINGLE = new RegExp(`\\bn[a-z]{0,2}m\\s+${YEAR}(?![0-9])`);

/**
 * The period `title` names, or null. A range wins over a single year ("giai đoạn 2016 - 2020
 * và năm 2021" is 2016–2020); of several single years the last is taken, since a title names
 * its own year after the documents it carries out ("thực hiện Nghị quyết … năm 2015 … năm 2021").
 */
export function namedPeriod(title: string | null): Period | null {
  if (!title) return null;
  const folded = fold(title);
  const range = RANGE.exec(folded);
  if (range) {
    const [start, end] = [Number(range[1]), Number(range[2])];
    if (end >= start && end - start <= 20) return { start, end };
  }
  let year: number | null = null;
  const re = new RegExp(SINGLE.source, 'g');
  for (let m = re.exec(folded); m; m = re.exec(folded)) year = Number(m[1]);
  return year === null ? null : { start: year, end: year };
}
