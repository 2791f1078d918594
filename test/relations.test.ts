import { describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { fold } from '../ingest/fold.ts';
import { selfAct, statedBetween } from '../ingest/relations.ts';

describe('statedBetween: the verb that ends the gap between two citations', () => {
  it.each([
    [' ngày 22/12/2016 của UBND tỉnh về triển khai thực hiện ', 'IMPLEMENTS', false],
    [' ngay 22/12/2016\ncia UBND tinh vé trién khai thuc\nhién ', 'IMPLEMENTS', false],
    [' ngày 31 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch thực hiện ', 'IMPLEMENTS', false],
    // "triển khai thi hành" a law (a Thủ tướng's directive).
    [' ngày 22 tháng 01 năm 2014 của Thủ tướng Chính phủ về việc triển khai thi hành ', 'IMPLEMENTS', false],
    [' ngay\n23/11/2018 cua Vin phong Chinh phu\nhuéng din thi hanh mot sé quy dinh\ncia ', 'GUIDES', false],
    [' quy định chi tiết một số điều của ', 'GUIDES', false],
    [' ngay 10/4/2019 ciia Chinh phu quy dinh chi tiét mot s6 diéu va bién phap t6 chirc thi hanh ', 'GUIDES', false],
    // "bởi" as OCR read it, a mark as "&".
    [' ngay 23/4/2018 cua Chinh phu, duoc sira d6i, b6 sung bé&i ', 'AMENDS', true],
    // The verb ends its line, the next document opens the next.
    [' hành chính, được sửa đổi, bổ sung bởi\n', 'AMENDS', true],
    [' ngay 14/02/2008 cta Chinh pht dugce\nstra d0i bd sung boi ', 'AMENDS', true],
    [' sửa đổi, bổ sung một số điều của ', 'AMENDS', false],
    [' ngày 03 tháng 3 năm 2023 của Chính phủ sửa đổi một số điều của ', 'AMENDS', false],
    [' được thay thế bởi ', 'REPLACES', true],
    [' ngày 08/4/2020 về thực hiện thủ tục hành chính trên môi trường điện tử được hướng dẫn bởi ', 'GUIDES', true],
    [' của Chính phủ được quy định chi tiết tại ', 'GUIDES', true],
    [' bãi bỏ ', 'REPEALS', false],
    [' ngày 15/3/2017 của Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền thực hiện ', 'GUIDES', false],
    // "được sửa đổi, bổ sung (một số điều) theo": amended by the document after the gap.
    [' đã được sửa đổi, bổ sung một số điều theo ', 'AMENDS', true],
    [' ngdy 09/9/2019 ciia Giam\ndéc S¢ Tu phap vé viéc stra d6i, bd sung mét s6 diéu ctia Quy ché tiép cong dan ban\nhanh kém theo ', 'AMENDS', false],
    // A PDF copy whose font lost letters ("bãi bỏ" → "bi b", "sửa đổi, bổ sung" → "sa đi, b sung").
    [' ngy 10/5/2021 ca UBND tỉnh được sa đi, b sung bởi ', 'AMENDS', true],
    [' ngy 10/5/2021 ca UBND tỉnh được bi b bởi ', 'REPEALS', true],
    // OCR read the ơ of "bởi" as another vowel (a scan of Quảng Ngãi, 2024).
    [' ngay 08/6/2010 ciia Chinh phu vé kiém\nsoat thu tuc hanh chinh, dugc stra déi, bd sung bai ', 'AMENDS', true],
  ])('"%s" → %s (reversed %s)', (gap, relation, reversed) => {
    expect(statedBetween(fold(gap))).toEqual({ relation, reversed });
  });

  it.each([
    [' ngày 21/12/2020 của UBND tỉnh về việc tuyên truyền cải cách hành chính năm 2021, '],
    // A span of time carrying a document out (a Cao Bằng Tỉnh ủy directive).
    [' và 4 năm thực hiện '],
    // Two tasks of the citing document tied together (a Ban Tuyên giáo's guidance).
    [' ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng gắn với thực hiện '],
    [' của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế ... được ban hành kèm theo '],
    // Only an act on a legal text reaches the decision that carries it: this plan is named, not carried out.
    [' về nhiệm vụ thực hiện Kế hoạch phát triển kinh tế được ban hành kèm theo '],
  ])('no stated relation: "%s"', (gap) => {
    expect(statedBetween(fold(gap))).toBeNull();
  });

  // Only the end of a long gap is squeezed (relations.ts, TAIL): the longest verb phrase must
  // still be read whole, after plain words or after junk that squeezes away.
  const longest = 'quy định chi tiết thực hiện một số quy định và biện pháp thi hành của ';
  it.each([
    ['words', 'của Ủy ban nhân dân tỉnh về việc ban hành kế hoạch '.repeat(6)],
    ['junk', ' .-–;:()[]…'.repeat(30)],
    ['a word glued before it', `${'x'.repeat(300)}`],
  ])('the longest verb phrase after 300 units of %s', (_, filler) => {
    expect(statedBetween(fold(` ${filler} ${longest}`))).toEqual({ relation: 'GUIDES', reversed: false });
    expect(selfAct(fold(`Thông tư này ${filler} hướng dẫn thi hành một số quy định của `))).toBe('GUIDES');
  });
});

describe('selfAct: the citing document acts on the cited one', () => {
  it.each([
    ['Quyết định này thay thế ', 'REPLACES'],
    ['Điều 3. Bãi bỏ ', 'REPEALS'],
    ['Nghị định này sửa đổi, bổ sung một số điều của ', 'AMENDS'],
    ['Căn cứ ', null],
    // The document names itself with a type word OCR damaged.
    ['2. Huéng dan nay thay thé ', 'REPLACES'],
    ['Quyét Pinh nay bai bo ', 'REPEALS'],
    // A PDF copy whose font lost letters: "Quyết định này thay thế".
    ['Quyt đnh ny thay th ', 'REPLACES'],
    ['Quyt đnh ny bi b ', 'REPEALS'],
    ['Ngh đnh ny sa đi, b sung một s điều ca ', 'AMENDS'],
    ['Thông tư ny hưng dn thi hnh ', 'GUIDES'],
    // OCR read the ỏ of "bỏ" as d.
    ['Piéu 3. Quyét dinh nay c6 hiéu luc ké tir ngay ky; bai bd ', 'REPEALS'],
    // An act on a document issued with a decision ("Quy chế … ban hành kèm theo") is an act on the decision.
    ['Quyết định này sửa đổi, bổ sung một số điều của Quy chế tiếp công dân ban hành kèm theo ', 'AMENDS'],
    ['Điều 2. Bãi bỏ Quy định về quản lý cụm công nghiệp ban hành kèm theo ', 'REPEALS'],
    // An act on some provisions of the document ("khoản 4 Điều 3 và khoản 3 Điều 7").
    ['3. Bãi bỏ khoản 4 Điều 3 và khoản 3 Điều 7 ', 'REPEALS'],
    ['3. Bai bo Pieu 2 cua ', 'REPEALS'],
    // An act on some entries of a list issued with a decision (a Bến Tre công bố TTHC decision).
    ['Bãi bỏ các thủ tục hành chính có số thứ tự 1, 2, 3 và 7 Mục A Phần I Danh mục thủ tục hành chính ban hành kèm theo ', 'REPEALS'],
    ['Các thủ tục hành chính có số thứ tự 1, 2 Mục A Danh mục thủ tục hành chính ban hành kèm theo ', null],
    ['3. Bãi bỏ nội dung công bố các thủ tục hành chính số thứ tự 2 và 3 Mục II Danh mục thủ tục hành chính ban hành kèm theo ', 'REPEALS'],
    ['Thông tư này sửa đổi, bổ sung điểm a khoản 2 Điều 5 của ', 'AMENDS'],
    ['Tiếp tục thực hiện tốt ', null],
    // "Sửa đổi" alone (an item of a decision of Đồng Nai).
    ['Điều 2. Sửa đổi khoản 2 Điều 1 ', 'AMENDS'],
    // A document to be issued is not the citing one ("tham mưu ban hành Quyết định …").
    ['- Tham mưu ban hành Quyết định quy định vị trí, chức năng của các sở sau sắp xếp, thay thế ', null],
  ])('"%s" → %s', (before, relation) => {
    expect(selfAct(fold(before))).toBe(relation);
  });
});

const relationOf = (text: string, number: string) =>
  extract(text).citations.filter((c) => c.number === number && !c.stated).map((c) => c.relation);
/** The relations `text` states between two other documents: [actor, relation, target]. */
const statedOf = (text: string) => extract(text).citations.filter((c) => c.stated).map((c) => [c.number, c.relation, c.target]);

describe('relations of the citing document, from the clause around a citation', () => {
  const decision = [
    'ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA', 'Số: 489/QĐ-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Khánh Hòa, ngày 11 tháng 3 năm 2020', 'QUYẾT ĐỊNH', 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020',
    'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
    'Căn cứ Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ Nội vụ; Quyết định số 3994/QĐ-UBND ngày 31/12/2019 của UBND tỉnh;',
    'Thực hiện Kế hoạch số 493/KH-UBND ngày 21/12/2020 của UBND tỉnh;',
    'Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 345/SNV-CCHC ngày 21/02/2020,',
    'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
    'Điều 2. Quyết định này thay thế Quyết định số 100/QĐ-UBND ngày 05/01/2019 của UBND tỉnh.',
    'Điều 3. Tiếp tục thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ.',
  ].join('\n');

  it.each([
    ['3490/QĐ-BNV', ['BASED_ON']],
    ['3994/QĐ-UBND', ['BASED_ON']],
    ['493/KH-UBND', ['IMPLEMENTS']],
    ['345/SNV-CCHC', ['CITES']],
    ['100/QĐ-UBND', ['REPLACES']],
    ['26/CT-TTg', ['CITES']],
  ])('%s → %s', (number, relations) => {
    expect(relationOf(decision, number)).toEqual(relations);
  });

  it('a document with a relation adds no CITES row where it is mentioned again', () => {
    const again = `${decision}\nĐiều 4. Sở Nội vụ theo dõi việc thực hiện Kế hoạch số 493/KH-UBND và Quyết định số 3994/QĐ-UBND; báo cáo theo Công văn số 345/SNV-CCHC.`;
    expect(relationOf(again, '493/KH-UBND')).toEqual(['IMPLEMENTS']);
    expect(relationOf(again, '3994/QĐ-UBND')).toEqual(['BASED_ON']);
    expect(relationOf(again, '345/SNV-CCHC')).toEqual(['CITES']);
  });

  it('a list whose lead acts on its items: "Điều 1. Bãi bỏ các văn bản sau:" and a table under it', () => {
    const head = decision.split('\nQUYẾT ĐỊNH:')[0];
    const repeal = [head, 'QUYẾT ĐỊNH:', 'Điều 1. Bãi bỏ các văn bản sau:', '| STT | Số, ký hiệu | Ngày |', '|---|---|---|',
      '| 1 | 1234/QĐ-UBND | 12/4/2018 |', '- Quyết định số 567/QĐ-UBND ngày 03/02/2019;', 'Điều 2. Tiếp tục thực hiện Quyết định số 890/QĐ-UBND ngày 01/3/2019.'].join('\n');
    expect(relationOf(repeal, '1234/QĐ-UBND')).toEqual(['REPEALS']);
    expect(relationOf(repeal, '567/QĐ-UBND')).toEqual(['REPEALS']);
    // A new article ends the list.
    expect(relationOf(repeal, '890/QĐ-UBND')).toEqual(['CITES']);
  });

  it('laws named with a comma inside their name, and joint circulars', () => {
    const text = 'QUYẾT ĐỊNH\nVề việc thử\n\nCăn cứ Luật Cán bộ, công chức năm 2008;\nCăn cứ Luật Tổ chức chính quyền địa phương, Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính;\n\nQUYẾT ĐỊNH:';
    const rows = extract(text).citations.map((c) => [c.relation, c.number ?? c.title, c.type, c.date]);
    // "Luật Tổ chức chính quyền địa phương" has neither date nor year here: not specific enough.
    expect(rows).toEqual([
      ['BASED_ON', 'Luật Cán bộ, công chức năm 2008', 'Luật', null],
      ['BASED_ON', 'Luật Thi đua, khen thưởng', 'Luật', '2022-06-15'],
      ['BASED_ON', '01/2015/TTLT-BNV-BTC', 'Thông tư liên tịch', '2015-09-14'],
    ]);
  });

  it('a "căn cứ pháp lý" section makes its list legal bases', () => {
    const plan = 'KẾ HOẠCH\nTuyên truyền năm 2024\nI. CĂN CỨ PHÁP LÝ\n- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\nII. MỤC ĐÍCH\nTheo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.';
    expect(relationOf(plan, '30/2020/NĐ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '61/2018/NĐ-CP')).toEqual(['CITES']);
  });

  it('a new sentence opening with another word ends the clause before it', () => {
    // A Sở's Tờ trình: no "Điều 1", so its preamble runs on into the report of past work.
    const submission = ['TỜ TRÌNH', 'Về việc ban hành Kế hoạch cải cách hành chính', '',
      'Thực hiện Chỉ thị 23/CT-TTg ngày 01/8/2020 của Thủ tướng Chính phủ;',
      'Theo Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
      'Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét.',
      'Năm 2020, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2020.'].join('\n');
    expect(relationOf(submission, '23/CT-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(submission, '30/2020/NĐ-CP')).toEqual(['CITES']);
    expect(relationOf(submission, '12/KH-UBND')).toEqual(['CITES']);
  });

  it('a list item that opens with a type word goes on with the list ("Căn cứ:" and bullets)', () => {
    const notice = ['THÔNG BÁO', 'Kết luận của Chủ tịch UBND tỉnh', '', 'Căn cứ:', '- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
      '- Quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10/5/2021 của UBND tỉnh.', '',
      'Ngày 15/8/2023, Chủ tịch UBND tỉnh chủ trì cuộc họp về Kế hoạch số 45/KH-UBND ngày 12/01/2023.'].join('\n');
    expect(relationOf(notice, '30/2020/NĐ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(notice, '1234/QĐ-UBND')).toEqual(['BASED_ON']);
    expect(relationOf(notice, '45/KH-UBND')).toEqual(['CITES']);
    // Any bulleted item is an item of the list.
    const items = notice.replace('- Quy chế làm việc của UBND tỉnh ban hành', '- Ý kiến chỉ đạo của Chủ tịch UBND tỉnh về Quy chế ban hành');
    expect(relationOf(items, '1234/QĐ-UBND')).toEqual(['BASED_ON']);
  });

  it('a clause that opens with a mention, its type word damaged by OCR, goes on with the list', () => {
    const programme = ['CHUONG TRINH HANH DONG', 'thuc hién Nghi quyét Dai hoi XIII', '',
      'Thuc hién Chuong trinh hanh dong s6 09-CTr/TU ngay 14/5/2021 ctia Tinh uy; Huéng dan s6 02-HD/BTGTW ngay 05/4/2021 ctia Ban Tuyén giao Trung wong, Ban Thuong vu xay dung Chuong trinh nhu sau:'].join('\n');
    expect(relationOf(programme, '09-CTr/TU')).toEqual(['IMPLEMENTS']);
    expect(relationOf(programme, '02-HD/BTGTW')).toEqual(['IMPLEMENTS']);
  });

  it('clause openers of a PDF copy that lost letters ("Căn c", "Thc hin") still open clauses', () => {
    // The font's lost letters printed as spaces (a Sở VHTTDL plan): the opener and the act it states.
    const copy = ['K  HOẠCH', 'Th c hi n Chi n lược phát triển văn hóa đ n năm 2030', '',
      'Th c hi n Quy t đ nh số 1909/QĐ-TTg ngày 12/11/2021 của Thủ tướng Chính phủ; K  hoạch số 45/KH-UBND ngày 25/02/2022 của UBND tỉnh Lâm Đồng triển khai th c hi n Quy t đ nh số 1909/QĐ-TTg, Sở xây d ng K  hoạch như sau:',
      'I. MỤC ĐÍCH'].join('\n');
    expect(relationOf(copy, '1909/QĐ-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(copy, '45/KH-UBND')).toEqual(['IMPLEMENTS']);
    expect(statedOf(copy)).toEqual([['45/KH-UBND', 'IMPLEMENTS', '1909/QĐ-TTg']]);
    const plan = ['KẾ HOẠCH', 'Tuyên truyền năm 2024', '', 'Căn c Ngh quyt s 76/NQ-CP ngy 15/7/2021 ca Chính ph;',
      'Thc hin Chỉ th 23/CT-TTg ngy 01/8/2020 ca Th tướng Chính ph;', 'Theo Ngh đnh s 30/2020/NĐ-CP ngy 05/3/2020.', '', 'I. MỤC ĐÍCH'].join('\n');
    expect(relationOf(plan, '76/NQ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '23/CT-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan, '30/2020/NĐ-CP')).toEqual(['CITES']);
  });

  it('"Để triển khai" / "Nhằm thực hiện" (in order to carry out) opens what the document implements', () => {
    const plan = ['KẾ HOẠCH', 'Tuyên truyền năm 2024', '', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
      'Để triển khai có hiệu quả Chỉ thị số 23/CT-TTg ngày 01/8/2020 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:', '', 'I. MỤC ĐÍCH'].join('\n');
    expect(relationOf(plan, '30/2020/NĐ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '23/CT-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan.replace('Để triển khai có hiệu quả', 'Nhằm thực hiện tốt'), '23/CT-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan.replace('Để triển khai có hiệu quả', 'Để tiếp tục thực hiện có hiệu quả'), '23/CT-TTg')).toEqual(['IMPLEMENTS']);
  });

  it('"ban hành Thông tư … thay thế …" among the articles orders another document; before them it is the enacting formula', () => {
    const decision = ['QUYẾT ĐỊNH', 'Phê duyệt Chương trình cấp nước an toàn', '', 'QUYẾT ĐỊNH:', 'Điều 1. Phê duyệt Chương trình.', '',
      'Điều 3. Tổ chức thực hiện', '1. Bộ Xây dựng là cơ quan thường trực Chương trình; ban hành Thông tư hướng dẫn thực hiện bảo đảm cấp nước an toàn, thay thế Thông tư số 08/2012/TT-BXD ngày 21 tháng 11 năm 2012 của Bộ trưởng Bộ Xây dựng.'].join('\n');
    expect(relationOf(decision, '08/2012/TT-BXD')).toEqual(['CITES']);
  });

  it('a deadline of the sentence ("hoàn thành trước ngày …") is no date of the law named before it', () => {
    const directive = 'CHỈ THỊ\nVề phòng cháy\n\n1. Công an tỉnh tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ trên địa bàn tỉnh, hoàn thành trước ngày 31/3/2025.';
    expect(extract(directive).citations.map((c) => [c.title, c.date])).toEqual([]);
    // Nor is a target year ("vào năm 2030") a law's year.
    const decision = 'QUYẾT ĐỊNH\nPhê duyệt Đề án\n\nĐiều 1. Mục tiêu: bảo đảm cơ sở vật chất theo quy định của Luật Giáo dục đạt 100% vào năm 2030.';
    expect(extract(decision).citations.map((c) => c.title)).toEqual([]);
  });

  it('"Trên cơ sở" (on the basis of) opens a legal basis, as "Căn cứ" does', () => {
    const plan = ['KẾ HOẠCH', 'Tuyên truyền năm 2024', '', 'Thực hiện Chỉ thị số 23/CT-TTg ngày 01/8/2020 của Thủ tướng Chính phủ;',
      'Trên cơ sở Nghị quyết số 12/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh;', '', 'I. MỤC ĐÍCH'].join('\n');
    expect(relationOf(plan, '23/CT-TTg')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan, '12/NQ-HĐND')).toEqual(['BASED_ON']);
  });

  it('a plan\'s statement of purpose ("I. MỤC ĐÍCH, YÊU CẦU") implements what it says the plan carries out', () => {
    const plan = ['UBND TỈNH CÀ MAU', 'SỞ NỘI VỤ', 'Số: 38/KH-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cà Mau, ngày 26 tháng 01 năm 2024', 'KẾ HOẠCH', 'Cải cách hành chính năm 2024 của Sở Nội vụ', '',
      'Căn cứ Kế hoạch số 245/KH-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh Cà Mau;', '', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích',
      '- Triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ, Kế hoạch số 160/KH-UBND ngày 10/11/2021 của UBND tỉnh.',
      '- Nâng cao nhận thức của công chức theo Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ.',
      'II. NHIỆM VỤ', '- Triển khai Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.'].join('\n');
    expect(relationOf(plan, '245/KH-UBND')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '76/NQ-CP')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan, '160/KH-UBND')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan, '23/CT-TTg')).toEqual(['CITES']);
    // A task of the plan's body names what the work follows, not what the plan carries out.
    expect(relationOf(plan, '45/2020/NĐ-CP')).toEqual(['CITES']);
    // Points numbered "a)" are statements of their own too.
    const lettered = ['KẾ HOẠCH', 'Sức khỏe học đường năm 2024', '', 'I. MỤC ĐÍCH, YÊU CẦU', '', '1. Mục đích', '',
      'a) Triển khai thực hiện có hiệu quả các mục tiêu, nhiệm vụ của Chương trình Sức khỏe học đường giai đoạn 2021 - 2025 được phê duyệt tại Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ;', '',
      'b) Nâng cao chất lượng y tế trường học theo Thông tư số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016.', '', 'II. NHIỆM VỤ'].join('\n');
    expect(relationOf(lettered, '1660/QĐ-TTg')).toEqual(['IMPLEMENTS']);
    // A line that wraps a statement goes on with it, though it opens with a capital (a Quảng Ngãi scan).
    const wrapped = ['KE HOACH', 'Kiem soat thu tuc hanh chinh nam 2024', '', 'I. MUC DICH, YEU CAU', '', '1. Muc dich', '',
      '- Trién khai thuc hién c6 hiéu qua Nghi quyét s6 76/NQ-CP ngay 15/7/2021 ciia',
      'Chinh phu ban hanh Chuong trinh tong thé cai cach hanh chinh nha nudc giai doan',
      '2021 - 2030 va Nghi quyét s6 131/NQ-CP ngay 06/10/2022 ctia Chinh phii vé day manh cai cach thu tuc hanh chinh. Nâng cao nhận thức theo Chỉ thị số 23/CT-TTg ngày 02/9/2021.', '', 'II. NHIEM VU'].join('\n');
    expect(['76/NQ-CP', '131/NQ-CP', '23/CT-TTg'].map((n) => relationOf(wrapped, n))).toEqual([['IMPLEMENTS'], ['IMPLEMENTS'], ['CITES']]);
    expect(relationOf(lettered, '13/2016/TTLT-BYT-BGDĐT')).toEqual(['CITES']);
  });

  it('a consolidated text (Văn bản hợp nhất) is what its number says and makes no act of its own', () => {
    const consolidated = ['BỘ Y TẾ', 'Số: 05/VBHN-BYT', 'Hà Nội, ngày 01 tháng 11 năm 2018', '', 'THÔNG TƯ', 'Quy định về đơn thuốc và việc kê đơn thuốc', '',
      'Thông tư số 52/2017/TT-BYT ngày 29 tháng 12 năm 2017 của Bộ trưởng Bộ Y tế quy định về đơn thuốc, có hiệu lực kể từ ngày 01 tháng 3 năm 2018, được sửa đổi, bổ sung bởi:', '',
      'Thông tư số 18/2018/TT-BYT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Y tế sửa đổi, bổ sung một số điều của Thông tư số 52/2017/TT-BYT.', '',
      'Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;', '', 'Điều 1. Phạm vi điều chỉnh', '',
      '1 Thông tư số 18/2018/TT-BYT có căn cứ ban hành như sau:', '', 'Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 52/2017/TT-BYT ngày 29 tháng 12 năm 2017.'].join('\n');
    expect(extract(consolidated).identity.type).toBe('Văn bản hợp nhất');
    expect(relationOf(consolidated, '52/2017/TT-BYT')).toEqual(['CITES']);
  });

  it('a directive\'s purpose implements what it says it goes on carrying out, after what it remedies', () => {
    const directive = ['CHỈ THỊ', 'Về tăng cường công tác văn thư, lưu trữ', '',
      'Thời gian qua, các cơ quan đã tổ chức thực hiện Chỉ thị số 35/CT-TTg của Thủ tướng Chính phủ.',
      'Để khắc phục những tồn tại, hạn chế nêu trên, tiếp tục triển khai thực hiện có hiệu quả Chỉ thị số 35/CT-TTg ngày 07/9/2017 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
      '1. Các sở, ban, ngành thực hiện Nghị định số 30/2020/NĐ-CP.'].join('\n');
    expect(relationOf(directive, '35/CT-TTg')).toEqual(['IMPLEMENTS']);
  });

  it('a Hướng dẫn guides what its title says it carries out', () => {
    const guidance = 'BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\nSố 152-HD/BTGTW\n\nHƯỚNG DẪN\ntuyên truyền, thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị\n\nI. MỤC ĐÍCH, YÊU CẦU\n';
    expect(relationOf(guidance, '144-QĐ/TW')).toEqual(['GUIDES']);
    // A plan carries it out.
    expect(relationOf(guidance.replace('HƯỚNG DẪN', 'KẾ HOẠCH'), '144-QĐ/TW')).toEqual(['IMPLEMENTS']);
  });

  it('a body\'s enacting guidance ("Sở Nội vụ hướng dẫn các cơ quan … thực hiện Thông tư số …") guides what it names', () => {
    const guidance = ['SỞ NỘI VỤ', 'Số: 05/HD-SNV', '', 'HƯỚNG DẪN', 'Xác định thời hạn bảo quản tài liệu', '',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', '',
      'Sở Nội vụ hướng dẫn các cơ quan, tổ chức trên địa bàn tỉnh thực hiện Thông tư số 10/2022/TT-BNV và Quyết định số 23/2023/QĐ-UBND như sau:', '',
      'I. PHẠM VI', '', '1. Các cơ quan thực hiện Thông tư số 02/2019/TT-BNV.'].join('\n');
    expect(['10/2022/TT-BNV', '23/2023/QĐ-UBND', '02/2019/TT-BNV'].map((n) => relationOf(guidance, n))).toEqual([['GUIDES'], ['GUIDES'], ['CITES']]);
  });

  it('a title that opens "Hướng dẫn" guides the document it names', () => {
    const circular = 'THÔNG TƯ\nHướng dẫn xác định nhu cầu, nguồn và phương thức chi thực hiện điều chỉnh mức lương cơ sở theo Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của Chính phủ\n\nCăn cứ Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của Chính phủ;';
    expect(relationOf(circular, '73/2024/NĐ-CP')).toEqual(['GUIDES', 'BASED_ON']);
  });

  it('"Thực hiện" read by OCR with its c as an e still opens a clause', () => {
    const letter = ['V/v hướng dẫn xây dựng kế hoạch', '', 'Thue hién Nghi quyét s6 76/NQ-CP ngay 15/7/2021 ctia Chinh phi;'].join('\n');
    expect(relationOf(letter, '76/NQ-CP')).toEqual(['IMPLEMENTS']);
  });

  it('a colon that ends its line ends the sentence: no relation is stated across it', () => {
    const letter = 'Theo đề nghị của Sở Nội vụ tại Tờ trình số 56/TTr-SNV ngày 12/4/2024, Chủ tịch UBND tỉnh có ý kiến như sau:\nGiao Sở Nội vụ chủ trì triển khai Quyết định số 1234/QĐ-UBND ngày 20/3/2024.';
    expect(extract(letter).citations.filter((c) => c.stated)).toEqual([]);
    const sameLine = 'Tờ trình số 56/TTr-SNV ngày 12/4/2024 về triển khai Quyết định số 1234/QĐ-UBND ngày 20/3/2024.';
    expect(statedOf(sameLine)).toEqual([['56/TTr-SNV', 'IMPLEMENTS', '1234/QĐ-UBND']]);
  });

  it('the enacting formula\'s purpose ("ban hành Thông tư sửa đổi … Thông tư số A … để hướng dẫn thực hiện Nghị định B") is the document\'s act on B, not A\'s', () => {
    const text = 'THÔNG TƯ\nSửa đổi Thông tư số 85/2019/TT-BTC\n\nCăn cứ Nghị định số 82/2023/NĐ-CP ngày 28 tháng 11 năm 2023 của Chính phủ;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29 tháng 11 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương để hướng dẫn thực hiện Nghị định số 82/2023/NĐ-CP.\n\nĐiều 1. Sửa đổi khoản 2 Điều 3.';
    const rows = extract(text).citations.map((c) => [c.number, c.relation, c.target]);
    expect(rows).toContainEqual(['82/2023/NĐ-CP', 'GUIDES', null]);
    expect(rows).toContainEqual(['85/2019/TT-BTC', 'AMENDS', null]);
    expect(rows.filter((r) => r[2] !== null)).toEqual([]);
  });

  it('a stated act goes on to the next document of its object\'s type in a list ("A thay thế B và C"), not to one listed beside A', () => {
    const text = 'Thực hiện đúng Nghị định số 118/2025/NĐ-CP (thay thế Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP của Chính phủ) và Kế hoạch số 160/KH-UBND ngày 10/11/2021 của UBND tỉnh thực hiện Chỉ thị số 23/CT-TTg và Kế hoạch số 245/KH-UBND ngày 22/12/2023 của UBND tỉnh.';
    expect(statedOf(text)).toEqual([
      ['118/2025/NĐ-CP', 'REPLACES', '61/2018/NĐ-CP'],
      ['118/2025/NĐ-CP', 'REPLACES', '107/2021/NĐ-CP'],
      ['160/KH-UBND', 'IMPLEMENTS', '23/CT-TTg'],
    ]);
  });

  it('a law cited by name and date, named again without them, is that law: a decree detailing it GUIDES it', () => {
    const decree = 'NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Căn cước\n\nCăn cứ Luật Căn cước ngày 27 tháng 11 năm 2023;\nCăn cứ Luật Căn cước công dân năm 2014;\n\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Căn cước.';
    const rows = extract(decree).citations.map((c) => [c.title, c.relation, c.date]);
    expect(rows).toEqual([
      ['Luật Căn cước', 'GUIDES', '2023-11-27'],
      ['Luật Căn cước', 'BASED_ON', '2023-11-27'],
      ['Luật Căn cước công dân năm 2014', 'BASED_ON', null],
    ]);
  });

  it('a law named again by its name alone is the one of that name named last before it, by date or by number', () => {
    const decree = ['NGHỊ ĐỊNH', 'Quy định chi tiết một số điều của Luật Kinh doanh bất động sản', '',
      'Căn cứ Luật Kinh doanh bất động sản số 29/2023/QH15 ngày 28 tháng 11 năm 2023;', '',
      'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Kinh doanh bất động sản.', '',
      'Điều 8. Điều khoản chuyển tiếp', '1. Hồ sơ đã nộp thì tiếp tục giải quyết theo quy định của Luật Kinh doanh bất động sản năm 2014 và Nghị định số 02/2022/NĐ-CP ngày 06 tháng 01 năm 2022 của Chính phủ quy định chi tiết thi hành một số điều của Luật Kinh doanh bất động sản.'].join('\n');
    const rows = extract(decree).citations;
    expect(rows.filter((c) => c.number === '29/2023/QH15').map((c) => c.relation)).toEqual(['GUIDES', 'BASED_ON']);
    expect(rows.filter((c) => c.stated).map((c) => [c.number, c.relation, c.target])).toEqual([['02/2022/NĐ-CP', 'GUIDES', 'Luật Kinh doanh bất động sản năm 2014']]);
  });

  it('a law named by its name alone is cited where a document is said to detail it, its name ending at "về" or a comma before a capital', () => {
    const letter = 'V/v cấp phép xây dựng\n\nTrình tự thực hiện theo Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng.\n\nThực hiện Thông tư số 32/2023/TT-BYT ngày 31/12/2023 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh, Cục Quản lý Khám, chữa bệnh đề nghị các Sở Y tế triển khai.\n\nNghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường.';
    expect(statedOf(letter)).toEqual([
      ['175/2024/NĐ-CP', 'GUIDES', 'Luật Xây dựng'],
      ['32/2023/TT-BYT', 'GUIDES', 'Luật Khám bệnh, chữa bệnh'],
      ['08/2022/NĐ-CP', 'GUIDES', 'Luật Bảo vệ môi trường'],
    ]);
    // Elsewhere a name alone is not specific enough to cite.
    expect(extract('V/v pháp luật\n\nCác cơ quan thực hiện đúng Luật Xây dựng.').citations).toEqual([]);
  });

  it('a law cited by name and date is the law named again with that year; "tháng 5 năm 2023" is no law\'s year', () => {
    const resolution = 'NGHỊ QUYẾT\nVề nhà ở xã hội\n\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n\nQUYẾT NGHỊ:\n4. Bộ Nông nghiệp và Môi trường hướng dẫn việc giao đất theo quy định của Luật Đất đai năm 2024 và Nghị quyết số 201/2025/QH15.';
    expect(extract(resolution).citations.filter((c) => !c.number).map((c) => [c.title, c.relation, c.date])).toEqual([
      ['Luật Đất đai', 'BASED_ON', '2024-01-18'],
    ]);
    const letter = 'V/v thuốc\n\nCăn cứ Luật Dược ngày 06 tháng 4 năm 2016;\n\n3. Bộ Y tế trình Chính phủ sửa đổi Nghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Dược theo trình tự, thủ tục rút gọn, hoàn thành trong tháng 5 năm 2023.';
    expect(extract(letter).citations.filter((c) => !c.number).map((c) => c.title)).toEqual(['Luật Dược']);
  });

  it('a passive after a comma is said of the head of the phrase, in parentheses of the document before it', () => {
    const law = 'Căn cứ Luật Căn cước công dân năm 2014;\n';
    expect(statedOf(`${law}Hồ sơ giải quyết theo Nghị định số 137/2015/NĐ-CP ngày 31/12/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước công dân, đã được sửa đổi, bổ sung bởi Nghị định số 37/2021/NĐ-CP ngày 29/3/2021 của Chính phủ.`)).toEqual([
      ['137/2015/NĐ-CP', 'GUIDES', 'Luật Căn cước công dân năm 2014'],
      ['37/2021/NĐ-CP', 'AMENDS', '137/2015/NĐ-CP'],
    ]);
    expect(statedOf('Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07/8/2017).')).toEqual([
      ['92/2017/NĐ-CP', 'AMENDS', '63/2010/NĐ-CP'],
    ]);
    // A decree amends no law: the passive after a law the decree details is said of the decree.
    expect(statedOf(`Căn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;\nCăn cứ Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp, đã được sửa đổi, bổ sung bởi Nghị định số 61/2020/NĐ-CP ngày 29 tháng 5 năm 2020;`)).toEqual([
      ['28/2015/NĐ-CP', 'GUIDES', 'Luật Việc làm'],
      ['61/2020/NĐ-CP', 'AMENDS', '28/2015/NĐ-CP'],
    ]);
  });

  it('a list\'s lead may close with the issuer of the documents it lists', () => {
    const decision = ['QUYẾT ĐỊNH', 'Ban hành Quy định', '', 'QUYẾT ĐỊNH:', 'Điều 2. Hiệu lực thi hành',
      '2. Quyết định này bãi bỏ các văn bản sau của Ủy ban nhân dân thành phố:',
      '- Quyết định số 2872/2016/QĐ-UBND ngày 18 tháng 11 năm 2016 ban hành Quy định về quản lý chất lượng;',
      '- Quyết định số 12/2019/QĐ-UBND ngày 03 tháng 5 năm 2019 sửa đổi Quyết định số 2872/2016/QĐ-UBND.'].join('\n');
    expect(relationOf(decision, '12/2019/QĐ-UBND')).toEqual(['REPEALS']);
    expect(relationOf(decision, '2872/2016/QĐ-UBND')).toEqual(['REPEALS']);
  });

  it('a joint circular acts itself ("Thông tư liên tịch này … thay thế"); a list under "Bãi bỏ các quy định sau đây:" repeals the document each item names first', () => {
    const circular = ['THÔNG TƯ LIÊN TỊCH', 'Hướng dẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP', '', 'Điều 8. Hiệu lực thi hành', '',
      '1. Thông tư liên tịch này có hiệu lực thi hành kể từ ngày 01 tháng 6 năm 2016 và thay thế Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 năm 2014 của Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính.', '',
      '2. Bãi bỏ các quy định sau đây:', '',
      'a) Khoản 3 Mục II Thông tư số 07/2009/TT-BLĐTBXH ngày 30 tháng 3 năm 2009 của Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện một số điều của Nghị định số 68/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ;', '',
      'b) Điều 4 Thông tư số 04/2011/TT-BLĐTBXH ngày 25 tháng 02 năm 2011 của Bộ Lao động - Thương binh và Xã hội.', '',
      '3. Đối tượng đang hưởng trợ cấp theo Thông tư liên tịch số 30/2014/TTLT-BLĐTBXH-BTC thì tiếp tục được hưởng.'].join('\n');
    expect(['29/2014/TTLT-BLĐTBXH-BTC', '07/2009/TT-BLĐTBXH', '68/2008/NĐ-CP', '04/2011/TT-BLĐTBXH', '30/2014/TTLT-BLĐTBXH-BTC'].map((n) => relationOf(circular, n)))
      .toEqual([['REPLACES'], ['REPEALS'], ['CITES'], ['REPEALS'], ['CITES']]);
  });

  it('the main clause after an opening "Thực hiện …," clause names what it names only', () => {
    const letter = ['V/v rà soát văn bản', '',
      'Thực hiện Công văn số 612/UBND-NC ngày 07/3/2025 của UBND tỉnh về việc rà soát văn bản và Công văn số 198/STP-XDKTVB ngày 11/3/2025 của Sở Tư pháp hướng dẫn thực hiện Công văn số 612/UBND-NC, Sở Tài chính (sau khi tiếp nhận chức năng của Sở Kế hoạch và Đầu tư theo Nghị quyết số 15/NQ-HĐND ngày 26/02/2025 của HĐND tỉnh) báo cáo như sau:'].join('\n');
    expect(['612/UBND-NC', '198/STP-XDKTVB', '15/NQ-HĐND'].map((n) => relationOf(letter, n))).toEqual([['IMPLEMENTS'], ['IMPLEMENTS'], ['CITES']]);
    // A document's issuers listed after "của" are no main clause.
    const dispatch = 'V/v sắp xếp\n\nThực hiện Kết luận số 137-KL/TW ngày 28 tháng 3 năm 2025 của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp và Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội, thời gian qua các Bộ đã vào cuộc.';
    expect(relationOf(dispatch, '202/2025/QH15')).toEqual(['IMPLEMENTS']);
    // Nor are bodies a quoted name lists (an OCR'd letter of a Sở Nội vụ).
    const quoted = 'V/v huéng dan xac dinh Chi s6 CCHC\n\nKinh gui: Cac s&.\n\nThuc hién Quyét dinh s6 876/QD-BNV ngay 10/11/2022 cta B6 truong B6 Noi vu\nphé duyét Pé an "Xac dinh Chi s6 cai cach hanh chinh cua cac b6, co quan ngang\nb6, Uy ban nhan dan cac tinh, thanh phé truc thudc trung uong"; Van ban s6\n612/UBND-VP cua UBND tinh vé viéc trién khai xac dinh Chi sé cai cach hanh\nchinh nam 2023, S& Noi vu huéng din nhu sau:';
    expect(relationOf(quoted, '612/UBND-VP')).toEqual(['IMPLEMENTS']);
  });

  it('in a table row, a passive in another cell tells of the row\'s document, across a cell\'s ";"', () => {
    const table = ['QUYẾT ĐỊNH', 'Công bố danh mục văn bản hết hiệu lực', '', '| STT | Tên loại | Số, ký hiệu | Tên gọi | Nội dung | Lý do hết hiệu lực |',
      '| 4 | Quyết định | 09/2020/QĐ-UBND ngày 05/6/2020 | Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 35/2017/QĐ-UBND ngày 20/12/2017 của Ủy ban nhân dân tỉnh | Được thay thế bởi Quyết định số 21/2023/QĐ-UBND | 01/9/2023 |',
      '| 2 | Quyết định | 23/2022/QĐ-UBND ngày 12/9/2022 | Ban hành Quy định về quản lý giá | Khoản 3 Điều 6; Điều 11 | Được sửa đổi, bổ sung bởi Quyết định số 25/2023/QĐ-UBND ngày 05/10/2023 | 20/10/2023 |'].join('\n');
    expect(statedOf(table)).toEqual([
      ['09/2020/QĐ-UBND', 'AMENDS', '35/2017/QĐ-UBND'],
      ['21/2023/QĐ-UBND', 'REPLACES', '09/2020/QĐ-UBND'],
      ['25/2023/QĐ-UBND', 'AMENDS', '23/2022/QĐ-UBND'],
    ]);
  });

  it('in a table row, the acts a cell lists after ";" are the row\'s document\'s, not the citing one\'s', () => {
    const report = ['BÁO CÁO', 'Tổng kết', '', '| STT | Số hiệu | Ngày | Nội dung |', '|---|---|---|---|',
      '| 1 | Thông tư số 25/2020/TT-BCT | 29/9/2020 | Quy định về việc lập kế hoạch sử dụng năng lượng; hướng dẫn Nghị định số 21/2011/NĐ-CP; thay thế Thông tư số 09/2012/TT-BCT ngày 20/4/2012 |'].join('\n');
    expect(statedOf(report)).toEqual([['25/2020/TT-BCT', 'GUIDES', '21/2011/NĐ-CP'], ['25/2020/TT-BCT', 'REPLACES', '09/2012/TT-BCT']]);
    expect(relationOf(report, '09/2012/TT-BCT')).toEqual(['CITES']);
  });

  it('the object of a legal basis\'s own act is mentioned, not a legal basis', () => {
    const decision = 'QUYẾT ĐỊNH\nVề bồi thường\n\nCăn cứ Luật số 43/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15;\n\nCăn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;\n\nQUYẾT ĐỊNH:';
    expect(['43/2024/QH15', '31/2024/QH15', '27/2023/QH15'].map((n) => relationOf(decision, n))).toEqual([['BASED_ON'], ['BASED_ON'], ['CITES']]);
  });

  it('an act\'s list goes on past a long subject of the item before', () => {
    const resolution = 'NGHỊ QUYẾT\nQuy định chính sách hỗ trợ\n\nQUYẾT NGHỊ:\nĐiều 4.\n2. Nghị quyết này thay thế Nghị quyết số 05/2020/NQ-HĐND ngày 10 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ đối với cán bộ, công chức cấp xã, người hoạt động không chuyên trách ở cấp xã, ở thôn, khối phố dôi dư do sắp xếp đơn vị hành chính cấp xã, sáp nhập thôn, khối phố giai đoạn 2019 - 2021 trên địa bàn tỉnh Lạng Sơn và Nghị quyết số 13/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 05/2020/NQ-HĐND.';
    expect(relationOf(resolution, '13/2021/NQ-HĐND')).toEqual(['REPLACES']);
  });

  it('an act\'s list goes on past a short note in brackets after an issuer', () => {
    const decision = 'QUYẾT ĐỊNH\nQuy định chức năng của Sở\n\nQUYẾT ĐỊNH:\nĐiều 3.\n2. Quyết định này thay thế Quyết định số 05/2025/QĐ-UBND ngày 27 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Tuyên Quang (trước sắp xếp) quy định chức năng của Sở Nông nghiệp và Môi trường và Quyết định số 07/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Hà Giang.';
    expect(relationOf(decision, '07/2025/QĐ-UBND')).toEqual(['REPLACES']);
  });

  it('a Quy trình issued with a decision is that decision\'s', () => {
    const decision = ['QUYẾT ĐỊNH', 'Ban hành Quy trình giải quyết hưởng các chế độ bảo hiểm xã hội', '', 'QUYẾT ĐỊNH:',
      'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2023 và thay thế Quyết định số 166/QĐ-BHXH ngày 31 tháng 01 năm 2019 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam ban hành Quy trình giải quyết hưởng các chế độ bảo hiểm xã hội; Quyết định số 838/QĐ-BHXH ngày 29 tháng 5 năm 2019 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam sửa đổi, bổ sung một số điều của Quy trình ban hành kèm theo Quyết định số 166/QĐ-BHXH.'].join('\n');
    expect(statedOf(decision)).toEqual([['838/QĐ-BHXH', 'AMENDS', '166/QĐ-BHXH']]);
  });

  it('a verb right after another document\'s description in the clause is that document\'s act, not the citing one\'s', () => {
    const resolution = 'NGHỊ QUYẾT\nQuy định mức thu phí\n\nQUYẾT NGHỊ:\nĐiều 3. Nghị quyết này thay thế Nghị quyết số 86/2018/NQ-HĐND ngày 06 tháng 7 năm 2018 của Hội đồng nhân dân tỉnh quy định mức thu phí tham quan di tích và Nghị quyết số 152/2020/NQ-HĐND ngày 09 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 86/2018/NQ-HĐND.';
    expect(relationOf(resolution, '86/2018/NQ-HĐND')).toEqual(['REPLACES']);
    expect(relationOf(resolution, '152/2020/NQ-HĐND')).toEqual(['REPLACES']);
    expect(statedOf(resolution)).toEqual([['152/2020/NQ-HĐND', 'AMENDS', '86/2018/NQ-HĐND']]);
    const letter = 'V/v trang thiết bị y tế\n\n2. Bộ Y tế khẩn trương ban hành văn bản hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện Nghị định số 07/2023/NĐ-CP ngày 03 tháng 3 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 98/2021/NĐ-CP ngày 08 tháng 11 năm 2021 về quản lý trang thiết bị y tế.';
    expect(relationOf(letter, '98/2021/NĐ-CP')).toEqual(['CITES']);
    expect(statedOf(letter)).toEqual([['07/2023/NĐ-CP', 'AMENDS', '98/2021/NĐ-CP']]);
    // After a conjunction the verb starts another act of the document.
    const decision = 'QUYẾT ĐỊNH\nVề việc bãi bỏ\n\nQUYẾT ĐỊNH:\nĐiều 3. Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 10 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh và bãi bỏ Quyết định số 13/2019/QĐ-UBND ngày 11 tháng 5 năm 2019.';
    expect(relationOf(decision, '13/2019/QĐ-UBND')).toEqual(['REPEALS']);
  });

  it('a purpose clause lists the document\'s purposes: "thực hiện" after a comma in it is the document\'s, not the document\'s before it', () => {
    const directive = ['CHỈ THỊ', 'Về triển khai thi hành Luật Đất đai', '',
      'Để triển khai thi hành kịp thời, đồng bộ và hiệu quả Luật Đất đai số 31/2024/QH15 và các văn bản quy định chi tiết, tiếp tục thực hiện Nghị quyết số 18-NQ/TW, Thủ tướng Chính phủ chỉ thị:',
      '1. Các bộ, ngành tổ chức thực hiện.'].join('\n');
    expect(relationOf(directive, '31/2024/QH15')).toEqual(['IMPLEMENTS']);
    expect(relationOf(directive, '18-NQ/TW')).toEqual(['IMPLEMENTS']);
    expect(statedOf(directive)).toEqual([]);
    // In a "Thực hiện" clause the verb after a description stays that document's act.
    const plan = ['KẾ HOẠCH', 'Thực hiện nhiệm vụ giáo dục năm học 2024 - 2025', '',
      'Thực hiện Công văn số 1968/SGDĐT-GDTrH ngày 29/8/2024 của Sở GDĐT Bắc Ninh về việc hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025, triển khai Công văn số 3935/BGDĐT-GDTrH ngày 30/7/2024 của Bộ GDĐT;'].join('\n');
    expect(statedOf(plan)).toEqual([['1968/SGDĐT-GDTrH', 'IMPLEMENTS', '3935/BGDĐT-GDTrH']]);
  });

  it('a verb in the main clause after an opening "Thực hiện …," clause is its subject\'s, not the act of a document the opening names', () => {
    const plan = ['KẾ HOẠCH', 'Triển khai thi hành Luật Đất đai năm 2024', '',
      'Thực hiện Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ, Sở Tài nguyên và Môi trường xây dựng Kế hoạch triển khai thi hành Luật Đất đai năm 2024 như sau:'].join('\n');
    expect(statedOf(plan)).toEqual([]);
    // A list of a document's issuers is no main clause.
    const circular = ['THÔNG TƯ LIÊN TỊCH', 'Hướng dẫn', '', 'Điều 9. Hiệu lực',
      'Thực hiện Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 năm 2014 của Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính hướng dẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ.'].join('\n');
    expect(statedOf(circular)).toEqual([['29/2014/TTLT-BLĐTBXH-BTC', 'GUIDES', '136/2013/NĐ-CP']]);
  });

  it('what "hết hiệu lực kể từ ngày Quyết định này có hiệu lực" names, in a sentence or a list under it, the document replaces', () => {
    const head = 'QUYẾT ĐỊNH\nVề việc giao biên chế công chức năm 2024\n\nQUYẾT ĐỊNH:\n';
    const sentence = `${head}Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 01/01/2024. Quyết định số 2858/QĐ-UBND ngày 29/12/2022 của Ủy ban nhân dân tỉnh về việc giao biên chế công chức năm 2023 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.`;
    expect(relationOf(sentence, '2858/QĐ-UBND')).toEqual(['REPLACES']);
    const list = `${head}2. Các Quyết định sau đây hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực:\na) Quyết định số 1105/QĐ-CT ngày 18 tháng 9 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang;\nb) Quyết định số 1637/QĐ-UBND ngày 25 tháng 10 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang.`;
    expect(['1105/QĐ-CT', '1637/QĐ-UBND'].map((n) => relationOf(list, n))).toEqual([['REPLACES'], ['REPLACES']]);
    // What expires on a day of its own is only mentioned.
    const own = sentence.replace('hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành', 'hết hiệu lực từ ngày 31/12/2023');
    expect(relationOf(own, '2858/QĐ-UBND')).toEqual(['CITES']);
  });

  it('a charter named after "Căn cứ" is a legal basis; named elsewhere it is what another document is about', () => {
    const guidance = ['HƯỚNG DẪN', 'đánh giá, xếp loại đảng viên', '', '- Căn cứ Điều lệ Đảng;',
      '- Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;'].join('\n');
    const rows = extract(guidance).citations.map((c) => [c.relation, c.number ?? c.title, c.type, c.issuer?.name]);
    expect(rows).toEqual([['BASED_ON', 'Điều lệ Đảng', 'Điều lệ', 'Đảng Cộng sản Việt Nam'], ['BASED_ON', '24-QĐ/TW', 'Quy định', 'Ban Chấp hành Trung ương']]);
    const union = 'HƯỚNG DẪN\nphát triển đoàn viên\n\nCăn cứ Điều lệ Công đoàn Việt Nam khóa XIII;';
    expect(extract(union).citations.map((c) => [c.title, c.issuer?.name])).toEqual([['Điều lệ Công đoàn Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam']]);
  });

  it('in a statement of purpose, what a task is "gắn với thực hiện" (tied to) is only mentioned', () => {
    const plan = ['KẾ HOẠCH', 'Triển khai Đề án 06 năm 2025', '', 'I. MỤC ĐÍCH, YÊU CẦU',
      '- Triển khai thực hiện có hiệu quả Quyết định số 06/QĐ-TTg và Kế hoạch số 125/KH-UBND của UBND tỉnh; gắn với thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.',
      'II. NHIỆM VỤ'].join('\n');
    expect(['06/QĐ-TTg', '125/KH-UBND', '57-NQ/TW'].map((n) => relationOf(plan, n))).toEqual([['IMPLEMENTS'], ['IMPLEMENTS'], ['CITES']]);
  });

  it('every act verb of the document\'s own title under its type heading is the document\'s act, after a description too', () => {
    const circular = ['BỘ TÀI CHÍNH', 'Số: 86/2025/TT-BTC', 'THÔNG TƯ',
      'SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 40/2017/TT-BTC NGÀY 28 THÁNG 4 NĂM 2017 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ, CHẾ ĐỘ CHI HỘI NGHỊ VÀ BÃI BỎ KHOẢN 3 ĐIỀU 9 THÔNG TƯ SỐ 71/2018/TT-BTC NGÀY 10 THÁNG 8 NĂM 2018 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH',
      '', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;'].join('\n');
    expect(relationOf(circular, '40/2017/TT-BTC')).toEqual(['AMENDS']);
    expect(relationOf(circular, '71/2018/TT-BTC')).toEqual(['REPEALS']);
    expect(statedOf(circular)).toEqual([]);
  });

  it('an OCR\'d law by number and its amending law, its type word damaged ("Luét s6"); "Pat dai" read as the law table\'s "Đất đai"', () => {
    const plan = 'KE HOACH\nTrién khai thi hanh Luat Pat dai nim 2024\n\nCan cir Luat Pat dai s6 31/2024/QH15 ngay 18/01/2024 duoc stra doi, bd sung\nboi Luét s6 43/2024/QH15 ngay 29/6/2024 ciia Quéc hoi;\n';
    const rows = extract(plan).citations.map((c) => [c.number, c.title, c.relation, c.target]);
    expect(rows).toContainEqual(['43/2024/QH15', null, 'AMENDS', '31/2024/QH15']);
    expect(rows.filter((r) => r[0] === null)).toEqual([[null, 'Luật Đất đai năm 2024', 'IMPLEMENTS', null]]);
  });

  it('a passive goes on to each actor of its list ("được sửa đổi, bổ sung bởi A và B"), across a wrapped line', () => {
    const amended = [['48/2013/NĐ-CP', 'AMENDS', '63/2010/NĐ-CP'], ['92/2017/NĐ-CP', 'AMENDS', '63/2010/NĐ-CP']];
    expect(statedOf('Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính, được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ;')).toEqual(amended);
    expect(statedOf('Can cur Nghi dinh s6 63/2010/ND-CP ngay 08/6/2010 ciia Chinh phu vé kiém\nsoat thu tuc hanh chinh, dugc stra déi, bd sung bai Nghi dinh s6 48/2013/NP-CP\nngay 14/5/2013 va Nghi dinh s6 92/2017/ND- CP ngay 07/8/2017 ciia Chinh phu;')).toEqual(amended);
    // A list item on a line of its own is another item, not the passive's next actor.
    expect(statedOf('Nghị định số 63/2010/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và\n- Nghị định số 92/2017/NĐ-CP ngày 07/8/2017;')).toEqual([amended[0]]);
  });

  it('what the document carries out is the object of "Thực hiện", not the object of that document\'s own act; a legal basis\'s amendment is a legal basis', () => {
    const plan = ['KẾ HOẠCH', 'Thực hiện công tác y tế trường học', '',
      'Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ, đã được sửa đổi, bổ sung tại Nghị định số 89/2021/NĐ-CP ngày 18/10/2021;',
      'Thực hiện Kế hoạch số 1875/KH-UBND ngày 08/8/2022 của UBND tỉnh Gia Lai triển khai thực hiện Quyết định số 85/QĐ-TTg ngày 17/01/2022 của Thủ tướng Chính phủ;', '',
      'I. MỤC ĐÍCH, YÊU CẦU'].join('\n');
    expect(relationOf(plan, '101/2017/NĐ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '89/2021/NĐ-CP')).toEqual(['BASED_ON']);
    expect(relationOf(plan, '1875/KH-UBND')).toEqual(['IMPLEMENTS']);
    expect(relationOf(plan, '85/QĐ-TTg')).toEqual(['CITES']);
    // Down a chain of acts too.
    const letter = 'V/v tuyển dụng viên chức\n\nThực hiện Văn bản số 87/BNV-CCVC ngày 08/01/2024 của Bộ Nội vụ về việc triển khai thực hiện Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ;';
    expect(['87/BNV-CCVC', '85/2023/NĐ-CP', '115/2020/NĐ-CP'].map((n) => relationOf(letter, n))).toEqual([['IMPLEMENTS'], ['CITES'], ['CITES']]);
    expect(statedOf(plan)).toEqual([
      ['89/2021/NĐ-CP', 'AMENDS', '101/2017/NĐ-CP'],
      ['1875/KH-UBND', 'IMPLEMENTS', '85/QĐ-TTg'],
    ]);
  });

  it('the document acts on a decision through the Quy định issued with it, a sentence after another', () => {
    const decision = 'QUYẾT ĐỊNH\nSửa đổi Quy định\n\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi khoản 2 Điều 5 như sau: "Giao Sở Xây dựng chủ trì thẩm định theo Quy định về định mức do Ủy ban nhân dân tỉnh công bố."\n\nĐiều 2. Bãi bỏ khoản 3 Điều 7 của Quy định ban hành kèm theo Quyết định số 17/2021/QĐ-UBND ngày 12 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh.';
    expect(relationOf(decision, '17/2021/QĐ-UBND')).toEqual(['REPEALS']);
  });

  it('the document\'s own repeal is no act described of the decision a Quy chế named after it comes with', () => {
    const text = 'QUYET DINH\nBan hanh Quy che\n\nQUYET DINH:\nPiéu 3. Quyét dinh nay thay thé Quyét dinh s6 85/QD-STP ngay 15/5/2017; bai bd Quyét dinh s6 142/QP-STP ngdy 09/9/2019 ciia Giam déc S¢ Tu phap vé viéc stra d6i, bd sung mét s6 diéu ctia Quy ché tiép cong dan ban hanh kém theo Quyét dinh s6 85/0D-STP ngay 15/5/2017.';
    expect(extract(text).citations.map((c) => [c.number, c.relation, c.target])).toEqual([
      ['85/QĐ-STP', 'REPLACES', null], ['142/QĐ-STP', 'REPEALS', null], ['142/QĐ-STP', 'AMENDS', '85/QĐ-STP'],
    ]);
  });

  it('a law cited by name and number, named again by name and year, is one law; a parenthesis after an act\'s object tells of the actor', () => {
    const letter = 'V/v hướng dẫn nhà ở xã hội\n\nLuật Nhà ở số 27/2023/QH15 ngày 27/11/2023 có hiệu lực thi hành từ ngày 01/8/2024. Ngày 26/7/2024, Chính phủ ban hành Nghị định số 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội (thay thế Nghị định số 100/2015/NĐ-CP ngày 20/10/2015 của Chính phủ).\nĐiều kiện thực hiện theo Điều 78 Luật Nhà ở năm 2023.';
    const rows = extract(letter).citations.map((c) => [c.number ?? c.title, c.relation, c.target]);
    expect(rows).toEqual([
      ['27/2023/QH15', 'CITES', null],
      ['100/2024/NĐ-CP', 'CITES', null],
      ['100/2024/NĐ-CP', 'GUIDES', '27/2023/QH15'],
      ['100/2024/NĐ-CP', 'REPLACES', '100/2015/NĐ-CP'],
      ['100/2015/NĐ-CP', 'CITES', null],
    ]);
  });

  it('"ban hành Quyết định số …" tells of another document: its act is stated, not the citing one\'s', () => {
    const report = 'BÁO CÁO\nKết quả cải cách hành chính\n\nSở đã tham mưu UBND tỉnh ban hành Quyết định số 35/2023/QĐ-UBND ngày 18/7/2023 quy định chức năng, nhiệm vụ của Sở, thay thế Quyết định số 20/2021/QĐ-UBND ngày 05/5/2021 của UBND tỉnh.';
    expect(extract(report).citations.map((c) => [c.number, c.relation, c.target])).toEqual([
      ['35/2023/QĐ-UBND', 'CITES', null], ['35/2023/QĐ-UBND', 'REPLACES', '20/2021/QĐ-UBND'], ['20/2021/QĐ-UBND', 'CITES', null],
    ]);
  });

  it('the document acts on a number introduced by its type code ("thay thế QĐ số …")', () => {
    const decision = 'QUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\nĐiều 3. Quyết định này thay thế QĐ số 12/QĐ-UBND ngày 01/02/2020 của UBND tỉnh.';
    expect(relationOf(decision, '12/QĐ-UBND')).toEqual(['REPLACES']);
  });

  it('an act of the document goes on to each document of its list ("thay thế A và B"), not past the clause', () => {
    const decree = 'NGHỊ ĐỊNH\nVề việc thử\n\nĐiều 20. Hiệu lực thi hành\n2. Nghị định này thay thế Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 và Nghị định số 107/2020/NĐ-CP ngày 14 tháng 9 năm 2020 của Chính phủ; Nghị định số 08/2016/NĐ-CP ngày 25/01/2016 vẫn có hiệu lực.';
    expect(relationOf(decree, '24/2014/NĐ-CP')).toEqual(['REPLACES']);
    expect(relationOf(decree, '107/2020/NĐ-CP')).toEqual(['REPLACES']);
    expect(relationOf(decree, '08/2016/NĐ-CP')).toEqual(['CITES']);
  });

  it('a title "Kế hoạch thực hiện …" implements what it names', () => {
    const plan = 'KẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n\nI. MỤC ĐÍCH';
    expect(relationOf(plan, '05-CT/TW')).toEqual(['IMPLEMENTS']);
  });
});
