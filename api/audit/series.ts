/**
 * Documents of one series: yearly plans and decisions whose titles differ only in the year
 * ("Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2019" / "… năm 2020"). Titles are compared
 * folded, without the year and the place, and with OCR damage tolerated.
 */
import { distance } from 'fastest-levenshtein';
import { fold } from '../../ingest/fold.ts';

// Words that open a title without naming the subject: "về việc ban hành", "phê duyệt".
const LEAD = /^(?:ve viec |ve |v v )?(?:ban hanh |phe duyet |trien khai |thuc hien )?/;

/**
 * The series name of a title: folded letters and single spaces, cut before the year or period
 * ("năm 2020", "giai đoạn …", OCR "nim 2020") and before a trailing place ("tỉnh Khánh Hòa",
 * "trên địa bàn tỉnh …", "của Sở …"), without the opening "về việc ban hành". Null without a year.
 */
export function seriesName(title: string | null): string | null {
  if (!title) return null;
  const words = fold(title).replace(/[^a-z0-9]+/g, ' ').trim();
  const year = /\s(?:n[a-z]{1,2}m|giai doan)\s+(?:19|20)\d{2}\b/.exec(` ${words}`);
  if (!year) return null;
  const name = words.slice(0, Math.max(0, year.index - 1)).trim().replace(LEAD, '');
  return name.replace(/\s(?:tren dia ban\s)?(?:cua\s)?(?:tinh|thanh pho|so|ban(?! hanh))\s.*$/, '').trim() || null;
}

/** Do two titles name the same series? Their series names differ by at most 15% of their length. */
export function sameSeries(a: string | null, b: string | null): boolean {
  const x = seriesName(a);
  const y = seriesName(b);
  if (!x || !y) return false;
  return distance(x, y) <= Math.floor(0.15 * Math.max(x.length, y.length));
}
