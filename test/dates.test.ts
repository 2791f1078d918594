import { describe, expect, it } from 'vitest';
import { citedDate, isoDate } from '../ingest/dates.ts';
import { fold } from '../ingest/fold.ts';

/** The date of the citation whose number ends right before `|` in `text`. */
function dateAfterBar(text: string, limit?: number): string | null {
  const at = text.indexOf('|');
  const clean = text.replace('|', '');
  return citedDate(fold(clean), at, limit ?? clean.length)?.iso ?? null;
}

describe('citedDate', () => {
  it.each([
    ['4089/QĐ-UBND| ngày 27/12/2018 của UBND tỉnh', '2018-12-27'],
    ['524/0P- UBND| ngay 04/3/2016 ciia UBND', '2016-03-04'],
    ['828/QĐ-UBND| ngày 19 tháng 3 năm 2022 của', '2022-03-19'],
    ['18/OD-BOL| ngay 24 thang 3 nam 2021', '2021-03-24'],
    ['05-CT/TW|, ngay 15/5/2016 ctia B6 Chinh tri', '2016-05-15'],
    ['01/NQ-CP|\nngay 01/01/2021 cua Chinh phu', '2021-01-01'],
    ['61/2018/ND- CP|  ngay\n23/4/2018 cua Chinh phu', '2018-04-23'],
    // OCR read a table row by row: the date follows words of another column.
    ['12/CT-UBND| | 2020 |hoi va cac don vi sy nghiép\nngdy 26/5/2017 cua UBND tinh', '2017-05-26'],
    ['26/CT-TTg| ngay Vin phong S& chu tri, cac\n05/9/2016 ctia Thu tuéng', '2016-09-05'],
    // A PDF copy whose font lost the letters with some marks (à, á, ă …): "ngy", "thng", "nm".
    ['76/NQ-CP| ngy 15/7/2021 ca Chính ph', '2021-07-15'],
    ['01/2011/TT-BNV| ngy 19 thng 01 nm 2011', '2011-01-19'],
    // A digit for a marked vowel in the month word.
    ['2687/0D- UBND|\nngdy 08 th4ng 11 nam 2022 ciia Uy ban', '2022-11-08'],
    // The next sentence's date is not the citation's.
    ['100/2024/NĐ-CP|. Các hồ sơ đã nộp trước ngày 01/8/2024 mà chưa được xác nhận', null],
    ['36/2019/QĐ-UBND| của Ủy ban nhân dân tỉnh', null],
    ['3490/QĐ-BNV| ngày 31/02/2016', null],
  ])('%s → %s', (text, expected) => {
    expect(dateAfterBar(text)).toBe(expected);
  });

  it('never takes the date of the next citation', () => {
    const text = '12/CT-UBND| và Quyết định số 5/QĐ-UBND ngày 26/5/2017';
    const next = text.replace('|', '').indexOf('Quyết định');
    expect(dateAfterBar(text, next)).toBeNull();
  });
});

describe('isoDate', () => {
  it.each([
    [29, 2, 2020, '2020-02-29'],
    [29, 2, 2019, null],
    [31, 4, 2021, null],
    [1, 13, 2021, null],
    // Century years are leap years only when divisible by 400 (Gregorian calendar).
    [29, 2, 2000, '2000-02-29'],
    [29, 2, 1900, null],
    [31, 12, 2022, '2022-12-31'],
    [5, 3, 2016, '2016-03-05'],
  ])('%i/%i/%i → %s', (d, m, y, expected) => {
    expect(isoDate(d, m, y)).toBe(expected);
  });
});
