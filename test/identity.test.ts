import { describe, expect, it } from 'vitest';
import { extract, selfRow } from '../ingest/extract.ts';
import { ocrCost } from '../ingest/look-alikes.ts';
import { repairTitle } from '../ingest/vocabulary.ts';

const self = (text: string) => selfRow('f.txt', extract(text).identity);

describe('identity from the header (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  it('reads a clean two-column header', () => {
    const text = '\n\nỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: 489/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nKhánh Hòa, ngày 11 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\n\nBan hành Kế hoạch tuyên truyền cải cách hành chính năm 2020\n\nỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;';
    expect(self(text)).toMatchObject({
      number: '489/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', province: 'Khánh Hòa',
      date: '2020-03-11', title: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020',
    });
  });

  it('reads a header whose columns OCR glued on one line, without diacritics', () => {
    const text = 'UBND TINH KHANH HOA CONG HOA XA HQOI CHU NGHIA VIET NAM\nBAN QUAN LY DU AN Déc 1ap — Tu do — Hanh phuc\nPHAT TRIEN TINH KHANH HOA\n\nS6: 18/QP-BQL Khanh Hoa, ngay 24 thang 03 nam 2021\n\n\' QUYET DPINH\nBan hanh Ké hoach tuyén truyén cai cach hanh chinh nim 2021\nctiia Ban QLDA Phat trién tinh Khanh Hoa\n\nGIAM POC BAN QUAN LY DU AN PHAT TRIEN TINH KHANH HOA\n';
    expect(self(text)).toMatchObject({
      number: '18/QĐ-BQL', type: 'Quyết định', issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa', province: 'Khánh Hòa', date: '2021-03-24',
    });
  });

  it('reads a Sở under its UBND, the header lines split by blank lines', () => {
    const text = ' UBND TỈNH HÀ TĨNH \n\nSỞ LAO ĐỘNG - THƯƠNG BINH \n\nVÀ XÃ HỘI \n\n  Số:  28/KH-SLĐTBXH \n\n  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM \n\nĐộc lập - Tự do - Hạnh phúc \n\n Hà Tĩnh, ngày 22 tháng 01 năm 2021 \n\n   KẾ HOẠCH   \n\nVề việc tuyên truyền cải cách hành chính năm 2021 \n\n \n\nThực hiện Kế hoạch số 493/KH-UBND ngày 21/12/2020 của UBND tỉnh';
    expect(self(text)).toMatchObject({
      number: '28/KH-SLĐTBXH', type: 'Kế hoạch', issuer: 'Sở LĐTBXH tỉnh Hà Tĩnh', province: 'Hà Tĩnh', date: '2021-01-22',
      title: 'Về việc tuyên truyền cải cách hành chính năm 2021',
    });
  });

  it('a scan\'s header whose number and date OCR printed with letters for digits ("Sô\': O3", "Ol", "l5", "2O24")', () => {
    const xa = 'UỶ BAN NHẢN DẢN CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXA CHIÊNG BẠN , Độc lập - Tự do - Hạnh phúc\n—_— —————\nSô\': O3/QÐ-UBND Chiềng Ban, ngàỵ 05 thảng Ol năm 2023\n\nQUYÊT ĐỊNH\nVề việc giao dự toán thu, chi ngân sách nhà nước năm 2023\n';
    expect(self(xa)).toMatchObject({ number: '03/QĐ-UBND', date: '2023-01-05' });
    const so = 'UBND TỈNH TÂY NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TƯ PHÁP | Độc lập - Tự do - Hạnh phúc\n|\nSố: 38/QÐ-STP | Tây Ninh, ngày l5 tháng 3 năm 2O24\n\nQUYÊT ĐINH\nVê việc ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2O24\n';
    expect(self(so)).toMatchObject({ number: '38/QĐ-STP', issuer: 'Sở Tư pháp tỉnh Tây Ninh', date: '2024-03-15' });
    const huyen = 'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN GIAO THUY Doc lap - Tu do - Hanh phuc\nS6: 12 50/QD-UBND Giao Thuy, ngay 18 thang 8 nam 2023\n\nQUYET PINH\nPhe duyet ke hoach lua chon nha thau\n';
    expect(self(huyen)).toMatchObject({ number: '1250/QĐ-UBND', date: '2023-08-18' });
  });

  it('a unit under the body its header names first issues under its own number\'s code', () => {
    const hospital = 'SỞ Y TẾ TỈNH LAI CHÂU          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN ĐA KHOA TỈNH          Độc lập - Tự do - Hạnh phúc\n\nSố: 86/KH-BVĐK          Lai Châu, ngày 26 tháng 02 năm 2024\n\nKẾ HOẠCH\nNâng cao chất lượng khám bệnh, chữa bệnh năm 2024\n';
    expect(self(hospital)).toMatchObject({ number: '86/KH-BVĐK', issuer: 'Bệnh viện đa khoa tỉnh Lai Châu' });
    // An OCR'd header whose Sở line is past reading ("SO GIAO DUC VA PAO TAO", a generated scan).
    const so = 'UBND THANH PHO CAN THO\nSO GIAO DUC VA PAO TAO\nSo: 2/KH-SGDPT\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nPoc lap - Tu do - Hanh phuc\n\nCan Tho, ngay 16 thang 9 nam 2018\n\nKE HOACH\nVe viec trien khai thuc hanh tiet kiem nam 2018\n';
    expect(self(so)).toMatchObject({ number: '2/KH-SGDĐT', issuer: 'Sở Giáo dục và Đào tạo thành phố Cần Thơ' });
    // A Ban of the Party centre under "BAN CHẤP HÀNH TRUNG ƯƠNG".
    const ban = 'BAN CHẤP HÀNH TRUNG ƯƠNG          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO          ---------------\n*          Hà Nội, ngày 12 tháng 7 năm 2024\nSố 152-HD/BTGTW\n\nHƯỚNG DẪN\ntuyên truyền, thực hiện Quy định số 144-QĐ/TW\n';
    expect(self(ban)).toMatchObject({ number: '152-HD/BTGTW', issuer: 'Ban Tuyên giáo Trung ương' });
  });

  it('a dateline after 1/7/2025 naming a province merged away names a xã or phường, not the province', () => {
    const ward = 'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG BÌNH PHƯỚC          Độc lập - Tự do - Hạnh phúc\nSố: 96/KH-UBND          Bình Phước, ngày 27 tháng 8 năm 2025\n\nKẾ HOẠCH\nPhát triển kinh tế tư nhân\n\nThực hiện Kế hoạch số 215/KH-UBND ngày 24/7/2025 của UBND tỉnh Đồng Nai;\n';
    expect(self(ward)).toMatchObject({ issuer: 'UBND phường Bình Phước', province: 'Đồng Nai' });
    // Before the merger, the same dateline names the province.
    expect(self(ward.replace('năm 2025', 'năm 2024').replace('24/7/2025', '24/7/2024'))).toMatchObject({ province: 'Bình Phước' });
  });

  it('"UBND huyện" named alone in a xã\'s document is the huyện its header names above the xã', () => {
    const xa = 'UBND HUYỆN YÊN BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN XÃ CẢM NHÂN          Độc lập - Tự do - Hạnh phúc\n\nSố: 52/QĐ-UBND          Cảm Nhân, ngày 20 tháng 4 năm 2022\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Kế hoạch số 59/KH-UBND ngày 28/3/2022 của UBND huyện về triển khai Đề án 06;\n';
    const { identity, citations } = extract(xa);
    expect(identity.issuer?.name).toBe('UBND xã Cảm Nhân');
    expect(citations.map((c) => [c.number, c.issuer?.name])).toEqual([['59/KH-UBND', 'UBND huyện Yên Bình']]);
  });

  it('a xã\'s Đảng ủy under its huyện\'s Đảng bộ issues its report; "Huyện ủy" alone is that huyện\'s, its own code ĐU itself', () => {
    const report = ['ĐẢNG BỘ HUYỆN NGHI LỘC                        ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG ỦY XÃ NGHI THUẬN',
      '          *                            Nghi Thuận, ngày 20 tháng 11 năm 2023', '   Số 25-BC/ĐU', '', 'BÁO CÁO',
      'kết quả thực hiện Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy', '-----', '',
      'Thực hiện Công văn số 845-CV/HU ngày 02/11/2023 của Ban Thường vụ Huyện ủy về việc báo cáo kết quả thực hiện, Ban Thường vụ Đảng ủy xã Nghi Thuận báo cáo kết quả như sau:',
      'Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 38-KH/ĐU ngày 22/8/2022.'].join('\n');
    const { identity, citations } = extract(report);
    expect(identity.issuer?.name).toBe('Đảng ủy xã Nghi Thuận');
    expect(citations.map((c) => [c.number, c.issuer?.name])).toEqual([['16-CT/TU', 'Tỉnh ủy Nghệ An'], ['845-CV/HU', 'Huyện ủy Nghi Lộc'], ['38-KH/ĐU', 'Đảng ủy xã Nghi Thuận']]);
  });

  it('a school under its huyện\'s Phòng issues its plan; its own code and "nhà trường" in it are the school, the Phòng\'s code that huyện\'s Phòng', () => {
    const plan = ['PHÒNG GD&ĐT LƯƠNG TÀI               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRƯỜNG THCS TRUNG KÊNH                    Độc lập - Tự do - Hạnh phúc', '',
      'Số: 68/KH-THCSTK                     Trung Kênh, ngày 20 tháng 9 năm 2024', '', 'KẾ HOẠCH', 'Thực hiện nhiệm vụ giáo dục năm học 2024 - 2025', '',
      'Căn cứ kết quả thực hiện nhiệm vụ năm học 2023 - 2024 tại Báo cáo số 41/BC-THCSTK ngày 25/5/2024 của nhà trường;',
      'Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 10/9/2024 về thực hiện nhiệm vụ giáo dục; Kế hoạch số 12/KH-THCSTK ngày 02/01/2024.'].join('\n');
    const { identity, citations } = extract(plan);
    expect(identity.issuer?.name).toBe('Trường THCS Trung Kênh');
    expect(self(plan).province).toBe('Bắc Ninh');
    expect(citations.map((c) => [c.number, c.issuer?.name])).toEqual([
      ['41/BC-THCSTK', 'Trường THCS Trung Kênh'], ['215/KH-PGDĐT', 'Phòng Giáo dục và Đào tạo huyện Lương Tài'], ['12/KH-THCSTK', 'Trường THCS Trung Kênh']]);
  });

  it('a Ban quản lý under its UBND numbers under its own code: that code in what it cites is the Ban', () => {
    const decision = ['UBND TỈNH HÀ TĨNH                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BAN QUẢN LÝ KHU KINH TẾ TỈNH                 Độc lập - Tự do - Hạnh phúc', '',
      'Số: 318/QĐ-KKT                              Hà Tĩnh, ngày 16 tháng 8 năm 2024', '', 'QUYẾT ĐỊNH', 'Về việc kiện toàn Tổ công tác', '',
      'Điều 3. Quyết định này thay thế Quyết định số 145/QĐ-KKT ngày 20/3/2023.'].join('\n');
    const { identity, citations } = extract(decision);
    expect(identity.issuer?.name).toBe('Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh');
    expect(citations.map((c) => [c.number, c.issuer?.name])).toEqual([['145/QĐ-KKT', 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh']]);
  });

  it('"của UBND huyện" in a table cell ends at the cell\'s border, not in the next cell\'s words', () => {
    const decision = ['ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN THẠCH THÀNH              Độc lập - Tự do - Hạnh phúc', '',
      'Số: 2489/QĐ-UBND               Thạch Thành, ngày 30 tháng 9 năm 2024', '', 'QUYẾT ĐỊNH', 'Phê duyệt kế hoạch lựa chọn nhà thầu', '',
      '| 1 | Gói thầu số 02 | Ngân sách huyện năm 2024 giao tại Quyết định số 3890/QĐ-UBND ngày 28/12/2023 của UBND huyện | Đấu thầu rộng rãi trong nước |'].join('\n');
    expect(extract(decision).citations.map((c) => [c.number, c.issuer?.name])).toEqual([['3890/QĐ-UBND', 'UBND huyện Thạch Thành']]);
  });

  it('a Party document\'s title starts after the line under its heading that names its body', () => {
    const text = 'TỈNH ỦY CAO BẰNG\n*\nSố 25-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCao Bằng, ngày 18 tháng 8 năm 2023\n\nCHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm\ntrật tự, an toàn giao thông trên địa bàn tỉnh trong tình hình mới\n-----\n';
    expect(self(text)).toMatchObject({ number: '25-CT/TU', issuer: 'Tỉnh ủy Cao Bằng', title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh trong tình hình mới' });
  });

  it('a draft "Số: /KH-…" has no number or day, yet its issuer comes from the code and the place', () => {
    const text = '\n\nSố: /KH-SLĐTBXH\n\nBình Định, ngày tháng 3 năm 2023\n\n## KẾ HOẠCH\n\n### Truyền thông về công tác cải cách hành chính năm 2023\n\nCăn cứ Quyết định số 828/QĐ-UBND ngày 19 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh';
    expect(self(text)).toMatchObject({
      number: null, type: 'Kế hoạch', issuer: 'Sở LĐTBXH tỉnh Bình Định', province: 'Bình Định', date: null,
      title: 'Truyền thông về công tác cải cách hành chính năm 2023',
    });
  });

  it('the Thủ tướng\'s header: "Chính phủ" ending his title names no other body', () => {
    const text = 'THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1291/QĐ-TTg\nHà Nội, ngày 07 tháng 10 năm 2022\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án thử nghiệm\n\nTHỦ TƯỚNG CHÍNH PHỦ\n';
    expect(self(text)).toMatchObject({ number: '1291/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', province: null, date: '2022-10-07' });
  });

  it('a letter of a Phòng of a provincial city, numbered without a unit, takes its issuer from the header', () => {
    const text = 'UBND THÀNH PHỐ NHA TRANG\nPHÒNG NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 89/PNV\nNha Trang, ngày 02 tháng 6 năm 2022\nV/v đôn đốc báo cáo\n\nKính gửi: Các cơ quan, đơn vị.';
    expect(self(text)).toMatchObject({
      number: '89/PNV', type: 'Công văn', issuer: 'Phòng Nội vụ thành phố Nha Trang', province: 'Khánh Hòa', date: '2022-06-02', title: 'V/v đôn đốc báo cáo',
    });
  });

  it('a dateline in figures after its place; a date in figures elsewhere in the header is not the document\'s', () => {
    const plan = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123/KH-UBND\nTp. Hồ Chí Minh, ngày 05/3/2024\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n';
    expect(self(plan)).toMatchObject({ number: '123/KH-UBND', province: 'Hồ Chí Minh', date: '2024-03-05' });
    const letter = 'SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/SNV-CCHC\nV/v thực hiện Công văn ngày 01/02/2024\nKhánh Hòa, ngày 10 tháng 3 năm 2024\n\nKính gửi: Các cơ quan.';
    expect(self(letter)).toMatchObject({ number: '45/SNV-CCHC', province: 'Khánh Hòa', date: '2024-03-10' });
  });

  it('a huyện whose header OCR damaged and that names no province is read again once the text tells its province', () => {
    const text = 'UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN CHD MOI Doc lap - Tu do - Hanh phuc\nSo: 1456/QD-UBND Chd Mói, ngay 22 thang 5 nam 2023\n\nQUYET DINH\nVe viec kien toan Ban Chi huy\n\nCan cu Quyet dinh so 825/QD-UBND ngay 18/4/2023 cua UBND tinh An Giang;';
    expect(self(text)).toMatchObject({ number: '1456/QĐ-UBND', issuer: 'UBND huyện Chợ Mới', province: 'An Giang', date: '2023-05-22' });
  });

  it('a joint plan is issued by the body its number names first, whichever its header names last', () => {
    const text = 'UBND TỈNH GIA LAI\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 03/KHLT-SYT-SGDĐT\nGia Lai, ngày 15 tháng 9 năm 2023\n\nKẾ HOẠCH LIÊN TỊCH\nThực hiện công tác y tế trường học năm học 2023 - 2024\n';
    expect(self(text)).toMatchObject({ number: '03/KHLT-SYT-SGDĐT', type: 'Kế hoạch liên tịch', issuer: 'Sở Y tế tỉnh Gia Lai', province: 'Gia Lai', date: '2023-09-15' });
  });

  // The number repeated with its code alone is the body's the text named for it, not the xã's.
  it('a letter whose "V/v" subject stands between its number and the motto: the agency lines above both issue it', () => {
    const text = 'ỦY BAN NHÂN DÂN\nXÃ BẮC HÀ\n-------\nSố: 312/UBND-VP\nV/v triển khai thực hiện Kế hoạch số 164/KH-UBND ngày 28/7/2025 của UBND tỉnh\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nBắc Hà, ngày 20 tháng 8 năm 2025\n\nKính gửi: Các thôn.\n\nThực hiện đúng Quy chế ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 04/7/2025 của Chủ tịch UBND xã và Kế hoạch số 164/KH-UBND ngày 28/7/2025 của UBND tỉnh Lào Cai.\nBáo cáo theo yêu cầu tại Kế hoạch số 164/KH-UBND.';
    const x = extract(text);
    expect(selfRow('f.txt', x.identity)).toMatchObject({ number: '312/UBND-VP', type: 'Công văn', issuer: 'UBND xã Bắc Hà', province: 'Lào Cai', date: '2025-08-20' });
    expect(x.citations.map((c) => [c.number, c.issuer?.name])).toEqual([['45/QĐ-UBND', 'UBND xã Bắc Hà'], ['164/KH-UBND', 'UBND tỉnh Lào Cai']]);
  });

  it('a Cục under its Bộ issues its own letters; "của Cục" in them is that Cục', () => {
    const text = 'BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1523/KCB-NV\nV/v triển khai Thông tư số 32/2023/TT-BYT\nHà Nội, ngày 20 tháng 12 năm 2023\n\nKính gửi: Sở Y tế các tỉnh.\n\nThực hiện Công văn số 1200/KCB-NV ngày 02/11/2023 của Cục, đề nghị các Sở Y tế triển khai.';
    const x = extract(text);
    expect(selfRow('f.txt', x.identity)).toMatchObject({ number: '1523/KCB-NV', type: 'Công văn', issuer: 'Cục Quản lý khám chữa bệnh Bộ Y tế', province: null });
    expect(x.citations.map((c) => [c.number, c.issuer?.name])).toEqual([['32/2023/TT-BYT', 'Bộ Y tế'], ['1200/KCB-NV', 'Cục Quản lý khám chữa bệnh Bộ Y tế']]);
  });

  it.each([
    ['CHỈ THỊ', 'Chỉ thị'],
    ['cHỈ THỊ', 'Chỉ thị'], // the first letter read by OCR in lower case
    ['## Kế hoạch', 'Kế hoạch'], // a markdown heading
    ['Kế hoạch', 'Công văn'], // a line in sentence case is no heading: the letter's number tells
  ])('a type heading is a short line in capitals: %j → %j', (heading, type) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/UBND-VP\nKhánh Hòa, ngày 02 tháng 3 năm 2024\n\n${heading}\nVề tăng cường công tác cải cách hành chính\n`;
    expect(self(text).type).toBe(type);
  });

  it('"(Ban hành kèm theo Quyết định số …)" is identity evidence, not a citation', () => {
    const text = 'KẾ HOẠCH\nTuyên truyền năm 2021\n(Ban hành kèm theo Quyết định số 18/QĐ-BQL ngày 24 tháng 3 năm 2021 của Ban Quản lý dự án Phát triển tỉnh Khánh Hòa)\n\nThực hiện Quyết định số 590/QĐ-UBND ngày 11/3/2021 của UBND tỉnh Khánh Hòa';
    const x = extract(text);
    expect(x.identity.number).toBe('18/QĐ-BQL');
    expect(x.identity.date).toBe('2021-03-24');
    expect(x.citations.map((c) => c.number)).toEqual(['590/QĐ-UBND']);
  });
});

describe('a letter\'s subject ("V/v …") is its title', () => {
  it('ends before the motto that a copy put after it, and before the place and date', () => {
    const text = 'SỞ NỘI VỤ\nTỈNH LÂM ĐỒNG\nSố: 456/SNV-CCHC\nV/v phúc đáp Công văn số 789/SGDĐT-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 10 tháng 4 năm 2024\n\nKính gửi: Sở Giáo dục và Đào tạo.\n';
    expect(self(text)).toMatchObject({ type: 'Công văn', title: 'V/v phúc đáp Công văn số 789/SGDĐT-VP', issuer: 'Sở Nội vụ tỉnh Lâm Đồng' });
  });
});

describe('a title read by OCR gets its words back (repairTitle)', () => {
  // Titles and subjects as OCR left them in the Khánh Hòa samples (000, 001).
  it.each([
    ['Ban hanh Ké hoach tuyén truyen cai cach hanh chinh nim 2020 ciia Sé Lao dong — Thwong binh va X3 hoi tinh Khanh Hoa',
      'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020 của Sở Lao động — Thương binh và Xã hội tỉnh Khánh Hòa'],
    ['Ban hanh Ké hoach tuyén truyén cai cach hanh chinh nim 2021 ctiia Ban QLDA Phat trién tinh Khanh Hoa',
      'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021 của Ban QLDA Phát triển tỉnh Khánh Hòa'],
    ['ban hanh Ké hoach cdi cach hanh chinh tinh Khdnh Hoa ndm 2019', 'ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2019'],
    ['vé viéc Quy dinh chirc ndng, nhiém vy', 'về việc Quy định chức năng, nhiệm vụ'],
    ['VE VIEC BAN HANH QUY CHE HOAT DONG CUA HOI DONG', 'VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG'],
    // An HĐND resolution's subjects (public investment), and "của" before the document it names.
    ['Thong qua Ké hoach dau tu cong trung han giai doan 2021 - 2025', 'Thông qua Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025'],
    ['quy dinh chi tiét thi hanh mot s6 diéu cua Luat Dau tu cong', 'quy định chi tiết thi hành một số điều của Luật Đầu tư công'],
    ['vé déy manh cong tac thi dua khen thuong', 'về đẩy mạnh công tác thi đua khen thưởng'],
    // "số" before a number; the Party centre's bodies.
    ['thuc hién Quy dinh s6 96-QD/TW cua B6 Chinh tri vé viéc 1ay phiéu tin nhiém', 'thực hiện Quy định số 96-QD/TW của Bộ Chính trị về việc lấy phiếu tín nhiệm'],
    // The form both neighbours vouch for: "cửa" after "một" and before "liên (thông)", though "của"
    // goes before "Liên (đoàn)"; "Bắc" between "tỉnh" and "Ninh" (a generated OCR'd decision).
    ['thuc hien co che mot cua, mot cua lien thong', 'thực hiện co che một cửa, một cửa liên thông'],
    ['ban hanh Ké hoach chuyén déi s6 tinh Bac Ninh nim 2018', 'ban hành Kế hoạch chuyển đổi số tỉnh Bắc Ninh năm 2018'],
  ])('%s', (raw, repaired) => {
    expect(repairTitle(raw)).toBe(repaired);
  });

  // A word is changed only when a neighbour vouches for the reading or the word is sure alone.
  it.each([
    // "manh" is one look-alike from "minh" (Hồ Chí Minh), but the phrase "đẩy mạnh" says otherwise;
    // "phong chay chua chay" is left: the vocabulary has no phrase of it
    ['vé déy manh cong tac phong chay chua chay', 'về đẩy mạnh công tác phong chay chua chay'],
    // "điều chỉnh", not "chính" of "hành chính"
    ['diéu chinh chicc nang', 'điều chinh chicc nang'],
    // a place name the vocabulary does not know stays as written
    ['phat trien Cam Ranh', 'phát triển Cam Ranh'],
  ])('leaves what it cannot vouch for: %s', (raw, repaired) => {
    expect(repairTitle(raw)).toBe(repaired);
  });

  it('leaves a title written with its diacritics as it is', () => {
    const title = 'Về việc điều chỉnh chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội';
    expect(repairTitle(title)).toBe(title);
  });

  it.each([
    ['ciia', 'cua', 0.5], ['ctiia', 'cua', 0.5], ['cla', 'cua', 0.5], ['nim', 'nam', 0.5], ['ndm', 'nam', 0.5],
    ['thwong', 'thuong', 0.5], ['chirc', 'chuc', 0.5], ['cam', 'can', 2], ['manh', 'minh', 0.5],
  ])('ocrCost(%s, %s) = %s', (read, known, cost) => {
    expect(ocrCost(read, known)).toBe(cost);
  });
});
