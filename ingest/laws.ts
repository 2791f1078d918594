/**
 * Laws are cited two ways: by name and date ("Luật Tổ chức chính quyền địa phương ngày
 * 19/6/2015") and by number ("Luật … số 77/2015/QH13"). Both must reach one document, so every
 * law carries an alias made of its name and year, and a small table links the names and numbers
 * of the central laws that provincial documents cite most. Pure.
 */
import { slugify } from './provinces.ts';
import { keyOf, ocrCost } from './look-alikes.ts';

/** A law as Quốc hội passed it: name as published, số ký hiệu, ISO date of passing. */
export interface LawEntry {
  name: string;
  number: string;
  date: string;
}

// Each row as printed in the law's own header and in Công báo (congbao.chinhphu.vn): "Luật số
// 77/2015/QH13", passed by Quốc hội khóa XIII on 19/6/2015, and so on. Only laws whose number,
// name and date can be read from the law itself are listed; others are learned from citations
// that give both name and number (see records.ts).
const LAWS: LawEntry[] = [
  { name: 'Luật Cán bộ, công chức', number: '22/2008/QH12', date: '2008-11-13' },
  { name: 'Luật Viên chức', number: '58/2010/QH12', date: '2010-11-15' },
  { name: 'Luật Tổ chức Chính phủ', number: '76/2015/QH13', date: '2015-06-19' },
  { name: 'Luật Tổ chức chính quyền địa phương', number: '77/2015/QH13', date: '2015-06-19' },
  { name: 'Luật Ban hành văn bản quy phạm pháp luật', number: '80/2015/QH13', date: '2015-06-22' },
  { name: 'Bộ luật Lao động', number: '45/2019/QH14', date: '2019-11-20' },
  { name: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', number: '47/2019/QH14', date: '2019-11-22' },
  { name: 'Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức', number: '52/2019/QH14', date: '2019-11-25' },
  { name: 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật', number: '63/2020/QH14', date: '2020-06-18' },
  { name: 'Luật Ngân sách nhà nước', number: '83/2015/QH13', date: '2015-06-25' },
  { name: 'Luật Phòng, chống tham nhũng', number: '36/2018/QH14', date: '2018-11-20' },
  { name: 'Luật Đầu tư công', number: '39/2019/QH14', date: '2019-06-13' },
  { name: 'Luật Thi đua, khen thưởng', number: '06/2022/QH15', date: '2022-06-15' },
  { name: 'Luật Khám bệnh, chữa bệnh', number: '15/2023/QH15', date: '2023-01-09' },
  { name: 'Luật Giao dịch điện tử', number: '20/2023/QH15', date: '2023-06-22' },
  { name: 'Luật Đất đai', number: '31/2024/QH15', date: '2024-01-18' },
  { name: 'Luật Tổ chức Chính phủ', number: '63/2025/QH15', date: '2025-02-18' },
  { name: 'Luật Ban hành văn bản quy phạm pháp luật', number: '64/2025/QH15', date: '2025-02-19' },
  { name: 'Luật Tổ chức chính quyền địa phương', number: '72/2025/QH15', date: '2025-06-16' },
  { name: 'Luật Đê điều', number: '79/2006/QH11', date: '2006-11-29' },
  { name: 'Luật Phòng, chống thiên tai', number: '33/2013/QH13', date: '2013-06-19' },
  { name: 'Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều', number: '60/2020/QH14', date: '2020-06-17' },
  { name: 'Luật Hộ tịch', number: '60/2014/QH13', date: '2014-11-20' },
  { name: 'Luật Phí và lệ phí', number: '97/2015/QH13', date: '2015-11-25' },
  { name: 'Luật Quản lý thuế', number: '38/2019/QH14', date: '2019-06-13' },
  { name: 'Luật Căn cước', number: '26/2023/QH15', date: '2023-11-27' },
  { name: 'Luật Khiếu nại', number: '02/2011/QH13', date: '2011-11-11' },
  { name: 'Luật Tiếp công dân', number: '42/2013/QH13', date: '2013-11-25' },
  { name: 'Luật Tố cáo', number: '25/2018/QH14', date: '2018-06-12' },
];

/**
 * The alias of a law: slug of its name and its year, e.g.
 * `luat-to-chuc-chinh-quyen-dia-phuong/2015`. Two laws of one name passed in different years
 * (the 2015 and 2025 local-government laws) get different aliases.
 */
export function lawAlias(name: string, year: number): string {
  return `${slugify(name)}/${year}`;
}

const BY_ALIAS = new Map(LAWS.map((law) => [lawAlias(law.name, Number(law.date.slice(0, 4))), law]));
const BY_NUMBER = new Map(LAWS.map((law) => [law.number, law]));

// The table's names as slug words, and lawByName() of the damaged names met so far.
const LAW_WORDS = LAWS.map((law) => ({ law, words: slugify(law.name).split('-') }));
const READINGS = new Map<string, LawEntry | null>();

/**
 * The law of `name` passed in `year`, when the table knows it: by its exact name, or by a name
 * OCR damaged, that reads as the table's word for word, each word within OCR's look-alike
 * letters (`keyOf`, `ocrCost` ≤ 1: "Luật Té chirc chinh quyén dia phuong", "Luat T6 chuc …").
 */
export function lawByName(name: string, year: number): LawEntry | null {
  // The same few law names recur in every document: remember the readings (at most 10,000).
  const key = `${year} ${name}`;
  const known = READINGS.get(key);
  if (known !== undefined) return known;
  const words = slugify(name).split('-').map(keyOf);
  const law = BY_ALIAS.get(lawAlias(name, year)) ?? LAW_WORDS.find((entry) => readsAs(words, entry, year))?.law ?? null;
  if (READINGS.size < 10_000) READINGS.set(key, law);
  return law;
}

/** Do the (look-alike read) slug `words` of a name passed in `year` read as the table's `entry`? */
function readsAs(words: string[], entry: { law: LawEntry; words: string[] }, year: number): boolean {
  if (Number(entry.law.date.slice(0, 4)) !== year || entry.words.length !== words.length) return false;
  return entry.words.every((k, i) => k === words[i] || ocrCost(words[i], k) <= 1);
}

/**
 * A law cited by its name, "Luật X" or "Luật X năm 2015", with the citation's ISO `date`: the
 * name without its year, the year (the date's, else the name's), and the table's law when it
 * knows it (see `lawByName`).
 */
export function lawCitedByName(title: string, date: string | null): { name: string; year: number | null; law: LawEntry | null } {
  const named = /\s+năm\s+((?:19|20)\d{2})$/.exec(title);
  const name = named ? title.slice(0, named.index) : title;
  const year = date ? Number(date.slice(0, 4)) : named ? Number(named[1]) : null;
  return { name, year, law: year ? lawByName(name, year) : null };
}

/** The law numbered `number` (canonical, `77/2015/QH13`), when the table knows it. */
export function lawByNumber(number: string): LawEntry | null {
  return BY_NUMBER.get(number) ?? null;
}

/** The year inside a law's number (`77/2015/QH13` → 2015), or null. */
export function lawYear(number: string): number | null {
  const m = /^\d+\/((?:19|20)\d{2})\/QH\d+$/.exec(number);
  return m ? Number(m[1]) : null;
}
