import { describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { toRecords } from '../ingest/records.ts';
import { agencyChain } from '../ingest/agencies.ts';

/** Keys of the documents a one-line text cites, in a Khánh Hòa or Bình Định decision. */
function citedKeys(province: 'KHÁNH HÒA' | 'BÌNH ĐỊNH', line: string): string[] {
  const header = `ỦY BAN NHÂN DÂN\nTỈNH ${province}\nSố: 1/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQUYẾT ĐỊNH\nVề việc thử\n\n`;
  return toRecords('f.txt', extract(header + line), 'h').cited.map((d) => d.key);
}

describe('documentKey: ELI-style keys', () => {
  it.each([
    ['Căn cứ Quyết định số 4089/QĐ-UBND ngày 27/12/2018 của UBND tỉnh;', 'vn/khanh-hoa/ubnd/qd/2018/4089'],
    // A UBND citing another province's UBND under the same code: that province's.
    ['Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/5/2021 của Ủy ban nhân dân tỉnh Phú Yên;', 'vn/phu-yen/ubnd/qd/2021/1234'],
    // The body named as the subject of "đã ban hành" before the number issued it; words that
    // name no body ("Đề nghị UBND tỉnh ban hành") leave it to the code.
    ['Năm 2021, UBND huyện Cam Lâm đã ban hành Kế hoạch số 45/KH-UBND ngày 12/01/2021.', 'vn/khanh-hoa.huyen-cam-lam/ubnd/kh/2021/45'],
    ['UBND TX Ninh Hòa ban hành Kế hoạch số 46/KH-UBND ngày 15/01/2021.', 'vn/khanh-hoa.thi-xa-ninh-hoa/ubnd/kh/2021/46'],
    ['Đề nghị UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 01/02/2021.', 'vn/khanh-hoa/ubnd/qd/2021/12'],
    // A code no table knows (BCĐ) is placed by the words that name its body.
    ['Căn cứ Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của Ban Chỉ đạo Cải cách hành chính tỉnh;', 'vn/khanh-hoa/bcd/kh/2021/12'],
    ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;', 'vn/tw/cp/nd/2018/61'],
    ['Căn cứ Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ Nội vụ;', 'vn/tw/bnv/qd/2016/3490'],
    ['Căn cứ Chương trình hành động số 12-CTr/TU ngày 31/3/2017 của Tỉnh ủy;', 'vn/khanh-hoa/tu/ctr/2017/12'],
    // A law the law table knows takes its number's key; one it does not, the slug of its name.
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', 'vn/tw/qh/luat/2015/77'],
    ['Căn cứ Luật Thống kê ngày 23/11/2015;', 'vn/tw/qh/luat/2015/luat-thong-ke'],
    ['Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;', 'vn/tw/qh/luat/2015/83'],
    ['Can cir Luat Dau tu cong ngay 13 thang 6 nam 2019;', 'vn/tw/qh/luat/2019/39'],
    // The 2025 law of the same name is another law.
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', 'vn/tw/qh/luat/2025/72'],
    // A name OCR damaged reads as the table's law, word for word within look-alike letters.
    ['Can ci Luat Té chirc chinh quyén dia phuong ngay 19/6/2015;', 'vn/tw/qh/luat/2015/77'],
    ['Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015;', 'vn/tw/qh/luat/2015/83'],
    ['Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;', 'vn/tw/qh/luat/2013/33'],
    ['Can ci Luat Khiéu nai nam 2011 va Luat T6 cdo nam 2018;', 'vn/tw/qh/luat/2011/2', 'vn/tw/qh/luat/2018/25'],
    ['Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016 của Ủy ban Thường vụ Quốc hội;', 'vn/tw/ubtvqh/nq/2016/1211'],
    // A letter after the running number is part of it: 30c is not 30.
    ['Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;', 'vn/tw/cp/nq/2011/30c'],
    // The number's year wins over the date's (26/2012/TT-BTC ngày 10/05/2019 in the samples).
    ['Căn cứ Thông tư số 26/2012/TT-BTC ngày 10/05/2019 của Bộ Tài chính;', 'vn/tw/btc/tt/2012/26'],
  ])('%s → %s', (line, ...keys) => {
    expect(citedKeys('KHÁNH HÒA', line)).toEqual(keys);
  });

  it('the same number in two provinces is two documents', () => {
    const line = 'Căn cứ Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh;';
    expect(citedKeys('KHÁNH HÒA', line)).toEqual(['vn/khanh-hoa/ubnd/qd/2019/3994']);
    expect(citedKeys('BÌNH ĐỊNH', line)).toEqual(['vn/binh-dinh/ubnd/qd/2019/3994']);
  });

  it('a huyện\'s number is not its province\'s: the locality is in the key', () => {
    const line = 'Căn cứ Kế hoạch số 12/KH-UBND ngày 25/01/2022 của UBND huyện Cam Lâm; Kế hoạch số 12/KH-UBND ngày 20/01/2022 của UBND tỉnh;';
    expect(citedKeys('KHÁNH HÒA', line)).toEqual(['vn/khanh-hoa.huyen-cam-lam/ubnd/kh/2022/12', 'vn/khanh-hoa/ubnd/kh/2022/12']);
  });

  it('a Vụ\'s number is its Bộ\'s unit\'s: two Bộ\'s Vụ Tổ chức cán bộ number apart', () => {
    const line = (bo: string) => `Xét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ ${bo} tại Tờ trình số 312/TTr-TCCB ngày 02/3/2023;`;
    expect(citedKeys('KHÁNH HÒA', line('Bộ Y tế'))).toEqual(['vn/tw.byt/tccb/ttr/2023/312']);
    expect(citedKeys('KHÁNH HÒA', line('Bộ Tài chính'))).toEqual(['vn/tw.btc/tccb/ttr/2023/312']);
  });

  it('an HĐND committee\'s number is keyed under its HĐND', () => {
    expect(citedKeys('KHÁNH HÒA', 'Xét Báo cáo thẩm tra số 520/BC-KTNS ngày 05/7/2024 của Ban Kinh tế - Ngân sách HĐND tỉnh;')).toEqual(['vn/khanh-hoa.hdnd/ktns/bc/2024/520']);
  });

  it('OCR damage does not change the key', () => {
    const clean = citedKeys('KHÁNH HÒA', 'Căn cứ Quyết định số 524/QĐ-UBND ngày 04/3/2016 của UBND tỉnh Khánh Hòa;');
    const damaged = citedKeys('KHÁNH HÒA', 'Céin cie Quyét dinh s6 524/0P- UBND ngay 04/3/2016 ciia UBND tinh Khdnh Hoa;');
    expect(damaged).toEqual(clean);
  });
});

describe('agency hierarchy', () => {
  const issuer = (name: string, code: string, level: number, province: string | null) => ({ name, code, level, province });
  it.each([
    [issuer('Sở LĐTBXH tỉnh Khánh Hòa', 'SLĐTBXH', 6, 'Khánh Hòa'), ['Sở LĐTBXH tỉnh Khánh Hòa', 'UBND tỉnh Khánh Hòa', 'Chính phủ']],
    [issuer('Ban Tuyên giáo Tỉnh ủy Bình Định', 'BTGTU', 6, 'Bình Định'), ['Ban Tuyên giáo Tỉnh ủy Bình Định', 'Tỉnh ủy Bình Định', 'Ban Chấp hành Trung ương']],
    [issuer('Đảng ủy Khối các cơ quan tỉnh Hà Nội', 'ĐUK', 6, 'Hà Nội'), ['Đảng ủy Khối các cơ quan tỉnh Hà Nội', 'Thành ủy Hà Nội', 'Ban Chấp hành Trung ương']],
    [issuer('HĐND tỉnh Hà Tĩnh', 'HĐND', 5, 'Hà Tĩnh'), ['HĐND tỉnh Hà Tĩnh', 'Ủy ban Thường vụ Quốc hội', 'Quốc hội']],
    [issuer('Bộ Nội vụ', 'BNV', 4, null), ['Bộ Nội vụ', 'Chính phủ']],
    [issuer('Thủ tướng Chính phủ', 'TTg', 3, null), ['Thủ tướng Chính phủ', 'Chính phủ']],
    [issuer('Bộ Chính trị', 'TW', 1, null), ['Bộ Chính trị', 'Ban Chấp hành Trung ương']],
    [issuer('Ban QLDA Phát triển tỉnh Khánh Hòa', 'BQL', 6, 'Khánh Hòa'), ['Ban QLDA Phát triển tỉnh Khánh Hòa', 'UBND tỉnh Khánh Hòa', 'Chính phủ']],
    // A huyện's Phòng answers to the huyện's UBND, which answers to the province's.
    [{ ...issuer('Phòng Nội vụ huyện Cam Lâm', 'PNV', 7, 'Khánh Hòa'), locality: 'huyện Cam Lâm' },
      ['Phòng Nội vụ huyện Cam Lâm', 'UBND huyện Cam Lâm', 'UBND tỉnh Khánh Hòa', 'Chính phủ']],
    [{ ...issuer('HĐND xã Ninh Ích', 'HĐND', 7, 'Khánh Hòa'), locality: 'xã Ninh Ích' }, ['HĐND xã Ninh Ích', 'HĐND tỉnh Khánh Hòa', 'Ủy ban Thường vụ Quốc hội', 'Quốc hội']],
    [{ ...issuer('Huyện ủy Cam Lâm', 'HU', 7, 'Khánh Hòa'), locality: 'huyện Cam Lâm' }, ['Huyện ủy Cam Lâm', 'Tỉnh ủy Khánh Hòa', 'Ban Chấp hành Trung ương']],
    // A xã's Đảng ủy answers to the Huyện ủy its header names, else to the Tỉnh ủy.
    [{ ...issuer('Đảng ủy xã Nghi Thuận', 'ĐU', 7, 'Nghệ An'), locality: 'xã Nghi Thuận', parentLocality: 'huyện Nghi Lộc' },
      ['Đảng ủy xã Nghi Thuận', 'Huyện ủy Nghi Lộc', 'Tỉnh ủy Nghệ An', 'Ban Chấp hành Trung ương']],
    [{ ...issuer('Đảng ủy xã Nghi Thuận', 'ĐU', 7, 'Nghệ An'), locality: 'xã Nghi Thuận' }, ['Đảng ủy xã Nghi Thuận', 'Tỉnh ủy Nghệ An', 'Ban Chấp hành Trung ương']],
    [issuer('Ban Tuyên giáo Trung ương', 'BTGTW', 1, null), ['Ban Tuyên giáo Trung ương', 'Ban Chấp hành Trung ương']],
    // A unit of a Bộ answers to its Bộ.
    [{ ...issuer('Cục Quản lý khám chữa bệnh Bộ Y tế', null as unknown as string, 4, null), unitOf: 'BYT' }, ['Cục Quản lý khám chữa bệnh Bộ Y tế', 'Bộ Y tế', 'Chính phủ']],
    [{ ...issuer('Ban Pháp chế HĐND tỉnh Hà Tĩnh', null as unknown as string, 6, 'Hà Tĩnh'), unitOf: 'HĐND' }, ['Ban Pháp chế HĐND tỉnh Hà Tĩnh', 'HĐND tỉnh Hà Tĩnh', 'Ủy ban Thường vụ Quốc hội', 'Quốc hội']],
    // A provincial body whose province is not known has no known parent.
    [issuer('Sở Nội vụ', 'SNV', 6, null), ['Sở Nội vụ']],
  ])('%o → %o', (start, chain) => {
    expect(agencyChain(start).map((a) => a.name)).toEqual(chain);
  });
});
