import { describe, expect, it } from 'vitest';
import { decode, UnreadableFileError } from '../ingest/decode.ts';
import { fold, foldDocument, searchWords } from '../ingest/fold.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it.each([
    ['UTF-8', utf8('Căn cứ Quyết định số 489/QĐ-UBND'), 'Căn cứ Quyết định số 489/QĐ-UBND'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Số: 28/KH-SLĐTBXH')]), 'Số: 28/KH-SLĐTBXH'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Hà Tĩnh', 'utf16le')]), 'Hà Tĩnh'],
    // Decomposed marks (as some editors save them) come back composed.
    ['NFD to NFC', utf8('Quye\u0302\u0301t đi\u0323nh'), 'Quyết định'],
  ])('%s', (_, bytes, expected) => {
    expect(decode(bytes)).toBe(expected);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'binary file, not text'],
    ['bytes that are not UTF-8', new Uint8Array([0x43, 0xe3, 0x6e]), 'not valid UTF-8 text'],
    ['whitespace only', utf8('  \n\n '), 'no text in file'],
  ])('refuses %s with a reason', (_, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(new UnreadableFileError(reason));
  });
});

describe('fold', () => {
  it.each([
    ['Quyết định số 489/QĐ-UBND', 'quyet dinh so 489/qd-ubnd'],
    ['Ủy ban nhân dân tỉnh Khánh Hòa', 'uy ban nhan dan tinh khanh hoa'],
    ['ĐẢNG ỦY KHỐI', 'dang uy khoi'],
    ['Qu’yé’t dinh 56 4089/Q0D-UBND', "qu'ye't dinh 56 4089/q0d-ubnd"],
    // Every dash reads as "-", every space as " ", curly quotes as ASCII ones, "…" as ".".
    ['06-CT/TU ngày 20/10/2016 – 2020 — “Đề án”\u00a0…', '06-ct/tu ngay 20/10/2016 - 2020 - "de an" .'],
    ['Số:\u2009123/2020/NĐ\u2011CP', 'so: 123/2020/nd-cp'],
    // Bullets read as "*", other symbols as U+001A; letters of other scripts keep their fold.
    ['• Căn cứ \uf0b7 ▪ € → 😀 Дом', '* can cu * * \u001a \u001a \u001a\u001a дом'],
    ['tﬁp huén CCHC', 'tfp huen cchc'],
    // Letters printed in place of Vietnamese ones: the eth Ð for Đ, the oi ƣ of PDF text for ư.
    ['Quyết định số 123/QÐ-UBND, Ðiều 1', 'quyet dinh so 123/qd-ubnd, dieu 1'],
    ['Thƣờng trực HĐND, HƢỚNG DẪN', 'thuong truc hdnd, huong dan'],
  ])('%s → %s, same length', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input).length).toBe(input.length);
  });

  // OCR's letters for digits inside numbers and dates (sample lines of an OCR'd Sở decision of
  // Tây Ninh and a xã decision of Sơn La); words that only mix a digit with those letters keep them.
  it.each([
    ['Số: 38/QÐ-STP | Tây Ninh, ngày l5 tháng 3 năm 2O24', 'so: 38/qd-stp | tay ninh, ngay 15 thang 3 nam 2024'],
    ['Căn cứ Quyêt đinh số O9/2021/QÐ-UBND ngày 12/4/2021', 'can cu quyet dinh so 09/2021/qd-ubnd ngay 12/4/2021'],
    ['Kê hoạch số 5l2/KH-UBND ngày 29/O2/2024', 'ke hoach so 512/kh-ubnd ngay 29/02/2024'],
    ['Sô\': O3/QÐ-UBND Chiềng Ban, ngàỵ 05 thảng Ol năm 2023', "so': 03/qd-ubnd chieng ban, ngay 05 thang 01 nam 2023"],
    ['Căn cú Luật Hòa giải ở cơ sở ngày 2O/6/2013;', 'can cu luat hoa giai o co so ngay 20/6/2013;'],
    ['va Nghi quyet s6\nl5-NQ/TU ngay 14/12/2021', 'va nghi quyet s6\n15-nq/tu ngay 14/12/2021'],
    ['cia S4 Lao dong v6i 16i ich, Mục II', 'cia s4 lao dong v6i 16i ich, muc ii'],
    // A month of look-alikes alone between a date's slashes (a phường plan of Khánh Hòa).
    ['Quyết định số O6/QÐ-TTg ngày O6/Ol/2022', 'quyet dinh so 06/qd-ttg ngay 06/01/2022'],
    ['tỷ lệ lo/ha và l/lo', 'ty le lo/ha va l/lo'],
  ])('look-alike digits: %s', (input, expected) => {
    expect(foldDocument(input)).toBe(expected);
  });

  it('folds a long text to a one-byte string the same way as a short one', () => {
    const line = 'Căn cứ Nghị định số 30/2020/NĐ–CP ngày 05/3/2020 của Chính phủ về công tác văn thư; ';
    const long = line.repeat(20);
    expect(fold(long)).toBe(fold(line).repeat(20));
    expect(fold(`${long}Дом`)).toBe(`${fold(line).repeat(20)}дом`);
  });

  it('splits search words, keeping / and - inside numbers', () => {
    expect(searchWords('Quyết định số 489/QĐ-UBND, ngày 11/3/2020')).toEqual(['quyet', 'dinh', 'so', '489/qd-ubnd', 'ngay', '11/3/2020']);
    expect(searchWords('Kế hoạch – giai đoạn 2021–2025 / 2026')).toEqual(['ke', 'hoach', 'giai', 'doan', '2021-2025', '2026']);
  });
});
