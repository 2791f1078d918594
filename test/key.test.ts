import { describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { toRecords } from '../ingest/records.ts';

/** Keys of the documents a one-line text cites, in a Khánh Hòa or Bình Định decision. */
function citedKeys(province: 'KHÁNH HÒA' | 'BÌNH ĐỊNH', line: string): string[] {
  const header = `ỦY BAN NHÂN DÂN\nTỈNH ${province}\nSố: 1/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQUYẾT ĐỊNH\nVề việc thử\n\n`;
  return toRecords('f.txt', extract(header + line), 'h').cited.map((d) => d.key);
}

describe('documentKey: ELI-style keys', () => {
  it.each([
    ['Căn cứ Quyết định số 4089/QĐ-UBND ngày 27/12/2018 của UBND tỉnh;', 'vn/khanh-hoa/ubnd/qd/2018/4089'],
    ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;', 'vn/tw/cp/nd/2018/61'],
    ['Căn cứ Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ Nội vụ;', 'vn/tw/bnv/qd/2016/3490'],
    ['Căn cứ Chương trình hành động số 12-CTr/TU ngày 31/3/2017 của Tỉnh ủy;', 'vn/khanh-hoa/tu/ctr/2017/12'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'vn/tw/qh/luat/2015/luat-to-chuc-chinh-quyen-dia-phuong'],
    // The number's year wins over the date's (26/2012/TT-BTC ngày 10/05/2019 in the samples).
    ['Căn cứ Thông tư số 26/2012/TT-BTC ngày 10/05/2019 của Bộ Tài chính;', 'vn/tw/btc/tt/2012/26'],
  ])('%s → %s', (line, key) => {
    expect(citedKeys('KHÁNH HÒA', line)).toEqual([key]);
  });

  it('the same number in two provinces is two documents', () => {
    const line = 'Căn cứ Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh;';
    expect(citedKeys('KHÁNH HÒA', line)).toEqual(['vn/khanh-hoa/ubnd/qd/2019/3994']);
    expect(citedKeys('BÌNH ĐỊNH', line)).toEqual(['vn/binh-dinh/ubnd/qd/2019/3994']);
  });

  it('OCR damage does not change the key', () => {
    const clean = citedKeys('KHÁNH HÒA', 'Căn cứ Quyết định số 524/QĐ-UBND ngày 04/3/2016 của UBND tỉnh Khánh Hòa;');
    const damaged = citedKeys('KHÁNH HÒA', 'Céin cie Quyét dinh s6 524/0P- UBND ngay 04/3/2016 ciia UBND tinh Khdnh Hoa;');
    expect(damaged).toEqual(clean);
  });
});
