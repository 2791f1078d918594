import { describe, expect, it } from 'vitest';
import { fold, foldDocument } from '../ingest/fold.ts';
import { findCitations } from '../ingest/citations.ts';
import { extract } from '../ingest/extract.ts';
import { findNumbers } from '../ingest/numbers.ts';

const numbers = (text: string) => findNumbers(text, foldDocument(text)).map((n) => n.number);

describe('findNumbers: shapes of DOMAIN.md §2', () => {
  it.each([
    ['Nghị định số 61/2018/NĐ-CP ngày 23/4/2018', '61/2018/NĐ-CP'],
    ['Thông tư số 26/2012/TT-BTC ngày 10/05/2019', '26/2012/TT-BTC'],
    ['Quyết định số 36/2019/QĐ-UBND ngày 18/6/2019', '36/2019/QĐ-UBND'],
    ['Luật số 77/2015/QH13', '77/2015/QH13'],
    ['Quyết định số 3490/QĐ-BNV ngày 10/10/2016', '3490/QĐ-BNV'],
    ['Kế hoạch số 493/KH-UBND ngày 21/12/2020', '493/KH-UBND'],
    ['Chỉ thị 26/CT-TTg ngày 05/9/2016', '26/CT-TTg'],
    ['Chương trình hành động số 12-CTr/TU ngày 31/3/2017', '12-CTr/TU'],
    ['Chương trình hành động số 09-Ctr/TU ngày 14/5/2021', '09-CTr/TU'],
    ['Chỉ thị số 05-CT/TW, ngày 15/5/2016', '05-CT/TW'],
    ['Công văn số 345/SNV-CCHC ngày 21/02/2020', '345/SNV-CCHC'],
    // A unit's code printed with small letters, as TTg and CTr are: kept as printed.
    ['Công văn số 3210/BTP-KTrVB ngày 5-7-2024', '3210/BTP-KTrVB'],
    // A Party number with the unit that drafted it; the Party's Quy định code QĐi.
    ['Kế hoạch số 198-KH/TĐTN-BTG ngày 05/4/2024', '198-KH/TĐTN-BTG'],
    ['Quy định số 08-QĐi/TW ngày 25/10/2018', '08-QĐi/TW'],
    // Two unit codes joined by "&" are one unit's.
    ['Thực hiện Công văn số 5861/BTP-QLXLVPHC&TDTHPL ngày 15/12/2023', '5861/BTP-QLXLVPHC&TDTHPL'],
    // A joint document's number names each of its issuers.
    ['Thông tư liên tịch số 01/2016/TTLT-BTC-BNV-BLĐTBXH ngày 15/3/2016', '01/2016/TTLT-BTC-BNV-BLĐTBXH'],
    ['Kế hoạch số 27/KH-SLĐTBXH ngày 22/01/2020', '27/KH-SLĐTBXH'],
    // A running number with a letter after it (Chính phủ's programme resolution of 2011).
    ['Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011', '30c/NQ-CP'],
    ['Văn bản hợp nhất số 05/VBHN-BNV ngày 28/6/2022', '05/VBHN-BNV'],
    ['Quyết định số 567/QĐ-CTUBND ngày 03/02/2019', '567/QĐ-CTUBND'],
    // Quốc hội's Standing Committee signs with the legislature's term, like Quốc hội (QH13).
    ['Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016', '1211/2016/UBTVQH13'],
    ['Pháp lệnh số 02/2022/UBTVQH15 ngày 22/12/2022', '02/2022/UBTVQH15'],
    // N/ISSUER: a letter of a body without units, and the decrees of the 1990s.
    ['Công văn số 89/PNV ngày 02/6/2022', '89/PNV'],
    ['Nghị định số 12/CP ngày 01/12/1995', '12/CP'],
  ])('%s → %s', (text, expected) => {
    expect(numbers(text)).toEqual([expected]);
  });
});

describe('findNumbers: OCR damage of the sample scans (DOMAIN.md §3)', () => {
  it.each([
    ['Qu’yé’t dinh 56 4089/Q0D-UBND ngay 27/12/2018', '4089/QĐ-UBND'],
    ['Quyét dinh s6 572/QP-UBND ngay 28/02/2019', '572/QĐ-UBND'],
    ['Quyét dinh s6 524/0P- UBND ngay 04/3/2016', '524/QĐ-UBND'],
    ['Quyét dinh 656/0D-UBND ngay 10/3/2017', '656/QĐ-UBND'],
    ['Quyét dinh sé 590/OD-UBND ngay 11/3/2021', '590/QĐ-UBND'],
    ['Quyét dinh sé 05/0D-BOL ngay 26/01/2021', '05/QĐ-BQL'],
    ['Quyét dinh sé 1 8/OD-BOL ngay 24 thang 3 nam 2021', '18/QĐ-BQL'],
    // OCR that spaced out every digit of a number (a scan of a Bộ's letter).
    ['Quyét dinh s6 1 2 9 1 /QD-BNV ngay 30/12/2021', '1291/QĐ-BNV'],
    ['Quyét dinh 56 1 2 9 1/QD-BNV', '1291/QĐ-BNV'],
    // After "số", groups of digits spaced apart (an OCR'd decision of a Nam Định huyện).
    ['S6: 12 50/QD-UBND Giao Thuy, ngay 18 thang 8 nam 2023', '1250/QĐ-UBND'],
    ['theo Quyét dinh s6 9 87/QP-UBND ngay 05/5/2023', '987/QĐ-UBND'],
    // OCR read the T of a Party type code as 7 (a Quảng Ninh Tỉnh ủy plan).
    ['Chi thi s6 05-C7/TW ngay 15/5/2016', '05-CT/TW'],
    // The eth Ð that many texts print for Đ.
    ['Quyết định số 123/QÐ-UBND ngày 10/5/2021', '123/QĐ-UBND'],
    ['Nghị định số 61/2018/NÐ-CP', '61/2018/NĐ-CP'],
    ['Quyét dinh s6 489/0P-SLDTBXH ngay 11/3/2020', '489/QĐ-SLĐTBXH'],
    ['Nghi\ndinh s0 61/2018/ND- CP  ngay', '61/2018/NĐ-CP'],
    ['Nghi dinh s§ 61/2018/NP-CP', '61/2018/NĐ-CP'],
    ['Hudng dan sé 03- HD/BTGTU ngay 25/12/2020', '03-HD/BTGTU'],
    ['Hudng dan sb 04-HD/DUK ngay 19/01/2021', '04-HD/ĐUK'],
    // Blanks and a line break around the separators, the year's slash included.
    ['Nghị định số 61 / 2018 / NĐ-CP ngày 23/4/2018', '61/2018/NĐ-CP'],
    ['Nghị định số 61/ 2018/\nNĐ-CP', '61/2018/NĐ-CP'],
    ['Chương trình hành động số 12 - CTr/TU', '12-CTr/TU'],
    // A PDF copy lost the dash that ended the line: a line break stands for it before a known issuer.
    ['Căn cứ Nghị định số 163/2016/NĐ\nCP ngày 21 tháng 12 năm 2016', '163/2016/NĐ-CP'],
    // A code hyphenated at a line end, as a word is: the two parts make one known code ...
    ['thực hiện Kế hoạch số 312/KH-SVH-\nTTDL ngày 10/3/2023 của Sở', '312/KH-SVHTTDL'],
    // ... but a dash between two codes stays a dash.
    ['Quyết định số 1909/QĐ-\nTTg trên địa bàn tỉnh', '1909/QĐ-TTg'],
    // A joint resolution names each of its issuers, the last one long.
    ['Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017', '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN'],
    // Letters OCR printed for digits (a Tây Ninh and a Quảng Ngãi scan).
    ['Căn cứ Quyêt đinh số O9/2021/QÐ-UBND ngày 12/4/2021', '09/2021/QĐ-UBND'],
    ['Căn cú Kê hoạch số 5l2/KH-UBND ngày 29/O2/2024', '512/KH-UBND'],
    ['Thong tu s6 l67/2012/TT-BTC ngay 10/10/2012', '167/2012/TT-BTC'],
    ['Thông tư số 56/2O23/TT-BTC', '56/2023/TT-BTC'],
  ])('%s → %s', (text, expected) => {
    expect(numbers(text)).toEqual([expected]);
  });

  it('a line break after a type code is no lost dash before a word that is no issuer code', () => {
    expect(numbers('theo Quyết định số 45/QĐ\nCăn cứ Quyết định số 46/QĐ-UBND')).toEqual(['46/QĐ-UBND']);
  });

  it('counts the repairs an OCR number needed, none for clean text', () => {
    const [clean] = findNumbers('Quyết định số 590/QĐ-UBND', fold('Quyết định số 590/QĐ-UBND'));
    const [damaged] = findNumbers('Quyet dinh s6 524/0P- UBND', fold('Quyet dinh s6 524/0P- UBND'));
    expect(clean.repairs).toBe(0);
    expect(damaged.repairs).toBeGreaterThan(0);
    const [lookAlike] = findNumbers('Kê hoạch số 5l2/KH-UBND', foldDocument('Kê hoạch số 5l2/KH-UBND'));
    expect(lookAlike.repairs).toBe(1);
  });

  it('gives offsets of the number in the text', () => {
    const text = 'Căn cứ Quyết định số 3994/QĐ-UBND ngày 31/12/2019';
    const [n] = findNumbers(text, fold(text));
    expect(text.slice(n.start, n.end)).toBe('3994/QĐ-UBND');
  });
});

describe('findNumbers: what is not a number', () => {
  it.each([
    ['a date', 'ngày 27/12/2018'],
    ['a ratio', 'đạt 30% - 40% người dân'],
    ['a period', 'giai đoạn 2016 - 2020'],
    ['a damaged own number in a note', 'Quyết định số H89/QĐ-UBND ngày 11/3/2020'],
    ['a lower-case word pair', 'tỷ lệ 2/ba-bốn'],
    ['an abbreviation', 'đoàn thể CT-XH tỉnh'],
    // N/ISSUER is read only for a known issuer code in capitals.
    ['a fraction of a body', '2/3 số thành viên UBND'],
    ['an unknown code alone', 'phòng 12/ABC tầng 3'],
    ['a code in lower case', 'xem mục 12/cp'],
    // A national technical standard's number.
    ['a standard\'s number', 'Quy chuẩn kỹ thuật quốc gia về an toàn cháy (QCVN 06:2022/BXD) ban hành kèm theo'],
    // Digits after the separator: dates and periods, however spaced.
    ['dates with dashes and a period', 'từ ngày 10-5-2021 đến ngày 12 - 6 - 2021, giai đoạn 2021-2025'],
    ['a date with blanks', 'ngày 10 / 5 / 2021 và 3/ 2021'],
  ])('%s', (_, text) => {
    expect(numbers(text)).toEqual([]);
  });
});

describe('the type of a cited number: the word before it, or its type code', () => {
  const typeOf = (text: string) => findCitations(text, fold(text)).map((c) => c.type);
  it.each([
    ['Quyết định số 3490/QĐ-BNV ngày 10/10/2016', 'Quyết định'],
    ['Chương trình hành động số 12-CTr/TU ngày 31/3/2017', 'Chương trình hành động'],
    ['theo 12-CTr/TU ngày 31/3/2017', 'Chương trình hành động'],
    ['Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016', 'Nghị quyết'],
    ['Pháp lệnh số 02/2022/UBTVQH15', 'Pháp lệnh'],
    // An ordinance named before its number, as laws are (a Lâm Đồng HĐND resolution); a bare one.
    ['theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09 tháng 12 năm 2020', 'Pháp lệnh'],
    ['theo 02/2020/UBTVQH14', 'Pháp lệnh'],
    ['theo Bộ luật Dân sự số 91/2015/QH13', 'Bộ luật'],
    // Joint documents, by their own type codes.
    ['Nghị quyết liên tịch số 01/2016/NQLT-CP-UBTƯMTTQVN ngày 15/4/2016', 'Nghị quyết liên tịch'],
    ['Kế hoạch liên tịch số 05/KHLT-SNV-SYT ngày 10/3/2022', 'Kế hoạch liên tịch'],
    ['theo số 03/CTrPH-UBND-MTTQ ngày 10/01/2022', 'Chương trình phối hợp'],
    ['theo số 02/QCPH-UBND-HPN ngày 12/3/2021', 'Quy chế phối hợp'],
    ['Nghị định số 12/CP ngày 01/12/1995', 'Nghị định'],
    // The Party numbers its Quy định with QĐ, as its Quyết định (Hướng dẫn 36-HD/VPTW).
    ['Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị', 'Quy định'],
    ['Quyết định số 99-QĐ/TW ngày 03/10/2017', 'Quyết định'],
    // The Party's letters carry the type code CV.
    ['theo 2187-CV/TU ngày 16/10/2023 của Ban Thường vụ Tỉnh ủy', 'Công văn'],
    // Outside the Party, QĐ is a Quyết định whatever word a copy put before it.
    ['Quy định số 15/QĐ-UBND ngày 02/01/2020', 'Quyết định'],
    // Text copied from a web page keeps its no-break spaces ("Quyết&nbsp;định&nbsp;số").
    ['Căn cứ Chương\u00a0trình\u00a0hành\u00a0động\u00a0số\u00a009/CTr-UBND', 'Chương trình hành động'],
    // A PDF copy that lost letters: the type word without some vowels, "số" as "s".
    ['Theo Ngh đnh s 30/2020/ND-CP', 'Nghị định'],
    ['Thc hin Chng trnh hnh đng s 09/CTr-UBND', 'Chương trình hành động'],
  ])('%s → %s', (text, type) => {
    expect(typeOf(text)).toEqual([type]);
  });
});

describe('the start of a mention: its type word', () => {
  it.each([
    ['Theo Nghị định số 30/2020/NĐ-CP', 'Nghị định'],
    // A PDF copy that lost letters: the type word without some vowels still starts the mention.
    ['Theo Ngh đnh s 30/2020/ND-CP', 'Ngh đnh'],
    ['Căn c Quyt đnh s 45/QĐ-UBND', 'Quyt đnh'],
    // … or with a space for each lost vowel (a Sở VHTTDL plan copied from a PDF).
    ['triển khai th c hi n Quy t đ nh số 1909/QĐ-TTg', 'Quy t đ nh'],
    ['ti p tục th c hi n Ngh  quy t số 33-NQ/TW', 'Ngh  quy t'],
    // OCR read a marked vowel as other letters (the Khánh Hòa scans: "Hudng dan", "Théng tu").
    ['theo Hudng dan sb 04-HD/DUK ngay 19/01/2021', 'Hudng dan'],
    ['Huéng dan nay thay thé Huéng dan s6 12-HD/BTCTU', 'Huéng dan s6'],
    ['cua Théng tu sb\n02/2017/TT-VPCP', 'Théng tu'],
    // "ị" read as "j".
    ['bo sung boi Nghi djnh sé 92/2017/ND-CP ngay 07/8/2017', 'Nghi djnh'],
    // A type code standing for its word before "số".
    ['Căn cứ QĐ số 2345/QĐ-UBND ngày 25/12/2023', 'QĐ số'],
    ['Thực hiện KH số 45/KH-SNV', 'KH số'],
  ])('%s starts at "%s"', (text, word) => {
    expect(findCitations(text, fold(text)).map((c) => c.start)).toEqual([text.indexOf(word)]);
  });
});

describe('the subject a citation states (its title)', () => {
  const titleOf = (text: string) => findCitations(text, fold(text)).map((c) => c.title)[0];
  const objectOf = (text: string) => findCitations(text, fold(text)).map((c) => c.titleObject)[0];

  it('a subject that runs into the next mention on a word wanting an object ends with that mention, named canonically', () => {
    const text = 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP;';
    expect(titleOf(text)).toBe('hướng dẫn thi hành một số quy định của');
    expect(objectOf(text)).toBe('Nghị định số 61/2018/NĐ-CP');
    // OCR's damage to the mention stays out: its canonical number is used.
    expect(objectOf('Thong tu sO 01/2018/TT-VPCP ngay 23/11/2018 huéng din thi hành cia Nghi dinh s§ 61/2018/NP-CP;')).toBe('Nghị định số 61/2018/NĐ-CP');
    // The row's title: the subject's words repaired, then the mention.
    const row = extract(`QUYẾT ĐỊNH\nThử\n\nCăn cứ ${text}`).citations.find((c) => c.number === '01/2018/TT-VPCP' && c.relation === 'BASED_ON');
    expect(row?.title).toBe('hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP');
    // A subject that ends on its own does not take the next mention.
    expect(objectOf('Kế hoạch số 12/KH-UBND ngày 10/01/2020 về cải cách hành chính năm 2020, Quyết định số 45/QĐ-UBND ngày 05/3/2020;')).toBeNull();
  });
  it.each([
    ['Kế hoạch số 493/KH-UBND ngày 21/12/2020 của UBND tỉnh về tuyên truyền cải cách hành chính năm 2021;', 'tuyên truyền cải cách hành chính năm 2021'],
    ['Quyết định số 3210/QĐ-UBND ngày 30/12/2022 về việc ban hành Kế hoạch kiểm tra năm 2023; Kế hoạch', 'ban hành Kế hoạch kiểm tra năm 2023'],
    // A passive verb of status says what became of the document, not what it is about.
    ['Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 về thực hiện thủ tục hành chính trên môi trường điện tử được hướng dẫn bởi Thông tư', 'thực hiện thủ tục hành chính trên môi trường điện tử'],
    ['Quyết định số 12/QĐ-UBND ngày 05/01/2019 của UBND tỉnh về cải cách hành chính đã bị bãi bỏ.', 'cải cách hành chính'],
    ['Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức trình bày văn bản hành chính (đã hết hiệu lực);', 'hướng dẫn thể thức trình bày văn bản hành chính'],
    ['Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ về nhiệm vụ, giải pháp năm 2021 được ban hành kèm theo Quyết định số 166/QĐ-UBND', 'nhiệm vụ, giải pháp năm 2021'],
  ])('%s → %s', (text, title) => {
    expect(titleOf(text)).toBe(title);
  });
});

describe('the date of a cited number', () => {
  const datesOf = (text: string) => findCitations(text, fold(text)).map((c) => [c.number?.number, c.date?.iso ?? null]);
  it('a list dated once "cùng ngày" (the same day) dates every number before it', () => {
    expect(datesOf('Căn cứ các Quyết định số 123/QĐ-UBND và số 124/QĐ-UBND cùng ngày 12/3/2020 của UBND tỉnh;')).toEqual([
      ['123/QĐ-UBND', '2020-03-12'],
      ['124/QĐ-UBND', '2020-03-12'],
    ]);
  });

  it('a date stated for the last of a list only is not the others\'', () => {
    expect(datesOf('Căn cứ Thông tư số 01/2018/TT-VPCP, Thông tư số 01/2023/TT-VPCP ngày 05/4/2023;')).toEqual([
      ['01/2018/TT-VPCP', null],
      ['01/2023/TT-VPCP', '2023-04-05'],
    ]);
  });
});

describe('documents cited by name, without a number', () => {
  const named = (text: string) => findCitations(text, fold(text)).map((c) => [c.type, c.title, c.date?.iso ?? null, c.issuerWords]);
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;', ['Luật', 'Luật Tổ chức chính quyền địa phương', '2015-06-19', 'Quốc hội']],
    ['Căn cứ Bộ luật Lao động năm 2019;', ['Bộ luật', 'Bộ luật Lao động năm 2019', null, 'Quốc hội']],
    // An ordinance is the Standing Committee's.
    ['Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;', ['Pháp lệnh', 'Pháp lệnh Ưu đãi người có công với cách mạng', '2020-12-09', 'Ủy ban Thường vụ Quốc hội']],
    // The constitution: one a year, its title "Hiến pháp năm YYYY" whatever words name the country.
    ['Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;', ['Hiến pháp', 'Hiến pháp năm 2013', null, 'Quốc hội']],
    ['Căn cứ Hiến pháp năm 2013;', ['Hiến pháp', 'Hiến pháp năm 2013', null, 'Quốc hội']],
    // "Luật" with its vowel OCR damaged, in the legal bases: named by its canonical type word.
    ['Can ctr Luét Phong, ch6ng thien tai ngay 19 thang 6 nim 2013;', ['Luật', 'Luật Phong, ch6ng thien tai', '2013-06-19', 'Quốc hội']],
  ])('%s', (text, row) => {
    expect(named(text)).toEqual([row]);
  });

  it('the constitution in the opening legal bases, its words split by a line break', () => {
    const text = `${'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n'.repeat(20)}Căn cứ Hiến\npháp năm 2013;`;
    expect(named(text).at(-1)).toEqual(['Hiến pháp', 'Hiến pháp năm 2013', null, 'Quốc hội']);
  });

  it('a name without its date or year is not specific enough', () => {
    expect(named('theo quy định của Pháp lệnh Ưu đãi người có công;')).toEqual([]);
  });
});

describe('the day a sentence says a document was issued on, before it', () => {
  const dated = (text: string) => findCitations(text, fold(text)).map((c) => [c.number?.number, c.date?.iso ?? null, c.issuerWords]);
  it.each([
    ['Ngày 26/7/2024, Chính phủ ban hành Nghị định số 100/2024/NĐ-CP quy định chi tiết một số điều.', [['100/2024/NĐ-CP', '2024-07-26', 'Chính phủ']]],
    ['Ngày 12/8/2024, Sở Xây dựng đã có Công văn số 1689/SXD-QLN đề nghị UBND các huyện.', [['1689/SXD-QLN', '2024-08-12', 'Sở Xây dựng']]],
    // A date after the number wins; a day that no verb of issuing ties to the mention is not its.
    ['Ngày 26/7/2024, Chính phủ ban hành Nghị định số 100/2024/NĐ-CP ngày 25/7/2024.', [['100/2024/NĐ-CP', '2024-07-25', 'Chính phủ']]],
    ['Ngày 26/7/2024, Sở tổ chức hội nghị quán triệt Nghị định số 100/2024/NĐ-CP.', [['100/2024/NĐ-CP', null, null]]],
    // A Chủ tịch signs a decision (a huyện's report).
    ['Ngày 16/01/2023, Chủ tịch UBND huyện ký Quyết định số 126/QĐ-UBND kiện toàn Ban Chỉ đạo.', [['126/QĐ-UBND', '2023-01-16', 'Chủ tịch UBND huyện']]],
  ])('%s', (text, rows) => {
    expect(dated(text)).toEqual(rows);
  });
});

describe('the issuer named before a mention: "của <issuer> tại <mention>"', () => {
  const issuerWords = (text: string) => findCitations(text, fold(text)).map((c) => c.issuerWords);
  it.each([
    ['Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 02/3/2023;', 'Giám đốc Sở Nội vụ'],
    // "Tài" and "và" inside a body's name are not the "tại" and "và" that join two phrases.
    ['Xét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ Bộ Tài chính tại Tờ trình số 312/TTr-TCCB ngày 02/3/2023;', 'Vụ trưởng Vụ Tổ chức cán bộ Bộ Tài chính'],
    ['Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 45/TTr-SGDĐT ngày 10/4/2024;', 'Giám đốc Sở Giáo dục và Đào tạo'],
    ['Xet de nghi cua Giam doc So Tai nguyen va Moi truong tai To trinh so 45/TTr-STNMT ngay 10/4/2024;', 'Giam doc So Tai nguyen va Moi truong'],
    // The agent of a passive before "tại", when a body starts its words.
    ['các thủ tục hành chính đã được Chủ tịch UBND tỉnh công bố tại Quyết định số 1012/QĐ-UBND ngày 23/6/2023.', 'Chủ tịch UBND tỉnh công bố'],
    ['biên chế giáo viên được Bộ Chính trị bổ sung cho tỉnh tại Quyết định số 72-QĐ/TW ngày 18/7/2022', 'Bộ Chính trị bổ sung cho tỉnh'],
    // A rule's verb, a second "của" or a number: the words are not one body's.
    ['theo nội dung được quy định tại Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;', null],
    ['theo ý kiến của Sở Nội vụ và hướng dẫn tại Công văn số 12/SNV-CCHC ngày 05/3/2020;', null],
    ['theo đề nghị của Sở Tư pháp tại Tờ trình số 5/TTr-STP của UBND tỉnh tại Công văn số 12/UBND-NC ngày 05/3/2020;', 'UBND tỉnh'],
  ])('%s', (text, words) => {
    expect(issuerWords(text).at(-1)).toBe(words);
  });

  // The numbers of one list are issued by the body its words name once, before or after them.
  it.each([
    ['Chủ tịch UBND tỉnh đã ban hành các Quyết định số 112/QĐ-UBND ngày 16/01/2023, số 198/QĐ-UBND ngày 07/02/2023 và số 265/QĐ-UBND ngày 20/02/2023 về việc công bố danh mục.', ['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh']],
    ['Chii tich UBND tinh da ban hanh cac Quyét dinh s6 112/QD-UBND ngay 16/01/2023,\ns0 198/QP-UBND ngdy 07/02/2023 va sb 265/QD-UBND ngay\n20/02/2023 ve viec cong bo', ['Chii tich UBND tinh', 'Chii tich UBND tinh', 'Chii tich UBND tinh']],
    ['theo Quyết định số 112/QĐ-UBND ngày 16/01/2023, số 198/QĐ-UBND ngày 07/02/2023 của UBND tỉnh Sóc Trăng.', ['UBND tỉnh Sóc Trăng', 'UBND tỉnh Sóc Trăng']],
    // Two bodies named, or another type word: not one list.
    ['theo Quyết định số 112/QĐ-UBND ngày 16/01/2023 của UBND tỉnh, số 198/QĐ-UBND ngày 07/02/2023 của UBND huyện.', ['UBND tỉnh', 'UBND huyện']],
    ['theo Quyết định số 112/QĐ-UBND ngày 16/01/2023, Kế hoạch số 198/KH-UBND ngày 07/02/2023 của UBND huyện.', [null, 'UBND huyện']],
  ])('%s', (text, words) => {
    expect(issuerWords(text)).toEqual(words);
  });
});
