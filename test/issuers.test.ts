import { describe, expect, it } from 'vitest';
import { issuerFromCode, issuerFromWords, type CitingContext } from '../ingest/issuers.ts';
import { provinceByName } from '../ingest/provinces.ts';

const khanhHoa = provinceByName('Khánh Hòa')!;
const ofUbnd: CitingContext = { province: khanhHoa, issuer: { name: 'UBND tỉnh Khánh Hòa', level: 5, province: 'Khánh Hòa', code: 'UBND' } };
const ofHuyen: CitingContext = {
  province: khanhHoa,
  issuer: { name: 'UBND huyện Cam Lâm', level: 7, province: 'Khánh Hòa', code: 'UBND', locality: 'huyện Cam Lâm' },
};
const ofPhong: CitingContext = {
  province: khanhHoa,
  issuer: { name: 'Phòng Nội vụ huyện Cam Lâm', level: 7, province: 'Khánh Hòa', code: 'PNV', locality: 'huyện Cam Lâm' },
};
const ofBo: CitingContext = { province: null, issuer: { name: 'Bộ Y tế', level: 4, province: null, code: 'BYT' } };
const ofSo: CitingContext = { province: khanhHoa, issuer: { name: 'Sở LĐTBXH tỉnh Khánh Hòa', level: 6, province: 'Khánh Hòa', code: 'SLĐTBXH' } };

describe('issuerFromWords: the words after "của" and header lines', () => {
  it.each([
    ['UBND tỉnh Khánh Hòa', 'UBND tỉnh Khánh Hòa', 5, ofUbnd],
    ['Ủy ban nhân dân tỉnh', 'UBND tỉnh Khánh Hòa', 5, ofUbnd],
    ['UBND tinh Khdnh Hoa', 'UBND tỉnh Khánh Hòa', 5, ofUbnd],
    ['UBND tỉnh Bình Định', 'UBND tỉnh Bình Định', 5, ofUbnd],
    ['Bộ Nội vụ', 'Bộ Nội vụ', 4, ofUbnd],
    ['Bộ trưởng Bộ Nội vụ', 'Bộ Nội vụ', 4, ofUbnd],
    ['Bo Tai chinh', 'Bộ Tài chính', 4, ofUbnd],
    ['B6 Chinh tri', 'Bộ Chính trị', 1, ofUbnd],
    ['Chinh phu', 'Chính phủ', 3, ofUbnd],
    ['Thu tuéng Chinh phu', 'Thủ tướng Chính phủ', 3, ofUbnd],
    ['Vin phong Chinh phu', 'Văn phòng Chính phủ', 4, ofUbnd],
    ['Tỉnh ủy', 'Tỉnh ủy Khánh Hòa', 5, ofUbnd],
    // An official's titles before the body, and a committee's standing bodies.
    ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', 'Văn phòng Chính phủ', 4, ofUbnd],
    ['Thường trực HĐND tỉnh', 'HĐND tỉnh Khánh Hòa', 5, ofUbnd],
    ['Thường trực Tỉnh ủy', 'Tỉnh ủy Khánh Hòa', 5, ofUbnd],
    ['Ban Chấp hành Đảng bộ tỉnh Khánh Hòa', 'Tỉnh ủy Khánh Hòa', 5, ofUbnd],
    ['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy Khánh Hòa', 6, ofUbnd],
    // A Bộ or Sở by the initials of its name: its code.
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo tỉnh Khánh Hòa', 6, ofUbnd],
    ['Sở LĐ-TB&XH', 'Sở LĐTBXH tỉnh Khánh Hòa', 6, ofUbnd],
    ['Sở NN&PTNT tỉnh Phú Yên', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên', 6, ofUbnd],
    ['Bộ TT&TT', 'Bộ Thông tin và Truyền thông', 4, ofUbnd],
    ['Bộ LĐTBXH', 'Bộ Lao động – Thương binh và Xã hội', 4, ofUbnd],
    ['SO NOI VU', 'Sở Nội vụ tỉnh Khánh Hòa', 6, ofUbnd],
    // A steering committee, placed by its words: "tỉnh" alone is the citing document's province.
    ['Ban Chỉ đạo Cải cách hành chính tỉnh', 'Ban Chỉ đạo Cải cách hành chính tỉnh Khánh Hòa', 6, ofUbnd],
    ['Ban Chi dao cai cach hanh chinh tinh Phu Yen', 'Ban Chỉ đạo Cải cách hành chính tỉnh Phú Yên', 6, ofUbnd],
    ['Ban Chỉ đạo Chương trình mục tiêu quốc gia Trung ương', 'Ban Chỉ đạo Chương trình mục tiêu quốc gia Trung ương', 4, ofUbnd],
    ['Sở', 'Sở LĐTBXH tỉnh Khánh Hòa', 6, ofSo],
    ['Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Khánh Hòa', 6, ofUbnd],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở LĐTBXH tỉnh Khánh Hòa', 6, ofUbnd],
    ['SO LAO PONG - THUONG BINH VA XA HOI', 'Sở LĐTBXH tỉnh Khánh Hòa', 6, ofUbnd],
    ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'UBND tỉnh Hà Tĩnh', 5, ofUbnd],
    ['BAN QUAN LY DU AN PHAT TRIEN TINH KHANH HOA', 'Ban QLDA Phát triển tỉnh Khánh Hòa', 6, ofUbnd],
    // Below the province (DOMAIN.md §5): the place's name as written, each syllable capitalised.
    ['UBND huyện Cam Lâm', 'UBND huyện Cam Lâm', 7, ofUbnd],
    ['ỦY BAN NHÂN DÂN HUYỆN THANH CHƯƠNG', 'UBND huyện Thanh Chương', 7, ofUbnd],
    ['Hội đồng nhân dân thị xã Ninh Hòa', 'HĐND thị xã Ninh Hòa', 7, ofUbnd],
    ['UBND thành phố Nha Trang', 'UBND thành phố Nha Trang', 7, ofUbnd],
    ['UBND xã Phong Điền', 'UBND xã Phong Điền', 7, ofUbnd],
    ['UBND huyện Tĩnh Gia, tỉnh Thanh Hóa', 'UBND huyện Tĩnh Gia', 7, ofUbnd],
    ['UBND HUYỆN CAM LÂM PHÒNG NỘI VỤ', 'UBND huyện Cam Lâm', 7, ofUbnd],
    // An official's title before the body he heads.
    ['Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Khánh Hòa', 6, ofUbnd],
    ['Phó Giám đốc Sở Tư pháp', 'Sở Tư pháp tỉnh Khánh Hòa', 6, ofUbnd],
    ['Trưởng phòng Nội vụ huyện', 'Phòng Nội vụ huyện Cam Lâm', 7, ofHuyen],
    ['Huyện ủy Cam Lâm', 'Huyện ủy Cam Lâm', 7, ofUbnd],
    ['Ban Thường vụ Huyện ủy', 'Huyện ủy Cam Lâm', 7, ofHuyen],
    ['Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo Trung ương', 1, ofUbnd],
    ['Ủy ban Kiểm tra Trung ương', 'Ủy ban Kiểm tra Trung ương', 1, ofUbnd],
    // A centrally-run city is a province, not a locality; in its documents "Thành phố" alone is it.
    ['Ủy ban nhân dân Thành phố', 'UBND thành phố Hồ Chí Minh', 5, { province: provinceByName('Hồ Chí Minh'), issuer: null }],
    ['UBND thành phố Hà Nội', 'UBND thành phố Hà Nội', 5, ofUbnd],
    // "UBND huyện" and a Phòng named alone in a huyện's document: that huyện's.
    ['Ủy ban nhân dân huyện', 'UBND huyện Cam Lâm', 7, ofHuyen],
    // A place's name is printed with a capital: the verb after the body names no place.
    ['Chủ tịch UBND huyện tổ chức kiểm tra các cơ sở', 'UBND huyện Cam Lâm', 7, ofHuyen],
    ['Phòng Tài chính – Kế hoạch', 'Phòng Tài chính – Kế hoạch huyện Cam Lâm', 7, ofHuyen],
    // The abbreviations TP and TX; a commune read without diacritics gets the GSO list's name.
    ['UBND TP Nha Trang', 'UBND thành phố Nha Trang', 7, ofUbnd],
    ['UBND TX Ninh Hòa', 'UBND thị xã Ninh Hòa', 7, ofUbnd],
    ['UBND TP. Hồ Chí Minh', 'UBND thành phố Hồ Chí Minh', 5, ofUbnd],
    ['UBND xa Ninh Phung', 'UBND xã Ninh Phụng', 7, ofUbnd],
    // "Chủ tịch" with OCR's look-alikes ("ii" for "ủ").
    ['Chii tich UBND tinh', 'UBND tỉnh Khánh Hòa', 5, ofHuyen],
    // A huyện OCR read one letter off is the province's only huyện within one edit of it.
    ['UBND HUYEN CHD MOI', 'UBND huyện Chợ Mới', 7, { province: provinceByName('An Giang')!, issuer: null }],
    // A verb after the body ends its place's name, a line break between them or not.
    ['UBND huyện Trấn Yên\ntriển khai', 'UBND huyện Trấn Yên', 7, { province: provinceByName('Yên Bái')!, issuer: null }],
    // "Ban" ends a name ("Ban Chỉ đạo") unless the GSO list has a commune so named.
    ['HĐND xã Chiềng Ban', 'HĐND xã Chiềng Ban', 7, { province: provinceByName('Sơn La')!, issuer: null }],
    ['Uy ban nhan dan phuong Vinh Hai', 'UBND phường Vĩnh Hải', 7, ofUbnd],
    // Three communes of Hà Nội read "Tien Phong": the name stays as read.
    ['UBND xa Tien Phong, thanh pho Ha Noi', 'UBND xã Tien Phong', 7, ofUbnd],
    // A unit of a Bộ: of the Bộ the words name, or of the citing Bộ; a Cục of a province is its.
    ['Vụ trưởng Vụ Tổ chức cán bộ', 'Vụ Tổ chức cán bộ Bộ Y tế', 4, ofBo],
    // Whatever capitals a text prints in its name, a body has one spelling.
    ['Cục trưởng Cục Quản lý Khám, chữa bệnh', 'Cục Quản lý khám chữa bệnh Bộ Y tế', 4, ofBo],
    ['CỤC QUẢN LÝ KHÁM, CHỮA BỆNH', 'Cục Quản lý khám chữa bệnh Bộ Y tế', 4, ofBo],
    ['Cục Hàng hải Việt Nam Bộ Xây dựng', 'Cục Hàng hải Việt Nam Bộ Xây dựng', 4, ofUbnd],
    ['CỤC HÀNG HẢI VIỆT NAM', 'Cục Hàng hải Việt Nam Bộ Y tế', 4, ofBo],
    ['Ban Chỉ đạo Cải Cách Hành Chính tỉnh', 'Ban Chỉ đạo Cải cách hành chính tỉnh Khánh Hòa', 6, ofUbnd],
    ['Vu Phap che Bo Noi vu', 'Vụ Pháp chế Bộ Nội vụ', 4, ofUbnd],
    ['Tổng cục trưởng Tổng cục Thống kê Bộ Kế hoạch và Đầu tư', 'Tổng cục Thống kê Bộ Kế hoạch và Đầu tư', 4, ofUbnd],
    ['Cục Thuế tỉnh Phú Yên', 'Cục Thuế tỉnh Phú Yên', 6, ofUbnd],
    // The Đoàn's centre, whose Ban Bí thư is not the Party's; a province's name is no Tỉnh đoàn.
    ['Ban Bí thư Trung ương Đoàn', 'Trung ương Đoàn', 4, ofUbnd],
    ['ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', 'UBND tỉnh Điện Biên', 5, ofUbnd],
    // A committee of the HĐND (Luật Tổ chức chính quyền địa phương): of the province named or the citing one.
    ['Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh', 'Ban Kinh tế - Ngân sách HĐND tỉnh Khánh Hòa', 6, ofUbnd],
    ['Ban Phap che HDND tinh Thanh Hoa', 'Ban Pháp chế HĐND tỉnh Thanh Hóa', 6, ofUbnd],
    // The Mặt trận Tổ quốc: a province's committee and its centre.
    ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa', 6, ofUbnd],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam', 4, ofUbnd],
    // A Ban quản lý other than a project board keeps its name; one of a huyện, named or the citing one's.
    ['BAN QUẢN LÝ KHU KINH TẾ TỈNH', 'Ban Quản lý Khu kinh tế tỉnh Khánh Hòa', 6, ofUbnd],
    ['Ban Quản lý dự án đầu tư xây dựng huyện Thạch Thành', 'Ban QLDA Đầu tư xây dựng huyện Thạch Thành', 7, ofUbnd],
    ['Ban Quản lý dự án đầu tư xây dựng huyện', 'Ban QLDA Đầu tư xây dựng huyện Cam Lâm', 7, ofHuyen],
  ])('%s → %s', (words, name, level, ctx) => {
    const issuer = issuerFromWords(words, ctx);
    expect(issuer?.name).toBe(name);
    expect(issuer?.level).toBe(level);
  });

  it.each(['các cơ quan, đơn vị', 'người dân', '', 'UBND huyện', 'Phòng Nội vụ', 'Ban Chỉ đạo', 'Vụ Tổ chức cán bộ', 'Ban Pháp chế'])('names no issuer: "%s"', (words) => {
    expect(issuerFromWords(words, ofUbnd)).toBeNull();
  });

  it('gives a huyện\'s body its province, stated or the citing one\'s', () => {
    expect(issuerFromWords('UBND huyện Tĩnh Gia, tỉnh Thanh Hóa', ofUbnd)).toMatchObject({ province: 'Thanh Hóa', locality: 'huyện Tĩnh Gia' });
    expect(issuerFromWords('UBND huyện Cam Lâm', ofUbnd)).toMatchObject({ province: 'Khánh Hòa', locality: 'huyện Cam Lâm' });
  });

  it('names a district-level unit as the GSO list does, and knows its province', () => {
    const none: CitingContext = { province: null, issuer: null };
    // OCR lost the diacritics; the list has one Ninh Hòa, in Khánh Hòa.
    expect(issuerFromWords('UBND thi xa Ninh Hoa', none)).toMatchObject({ name: 'UBND thị xã Ninh Hòa', province: 'Khánh Hòa' });
    expect(issuerFromWords('Huyện ủy Thanh Chương', none)).toMatchObject({ name: 'Huyện ủy Thanh Chương', province: 'Nghệ An' });
    // Two provinces have a Phú Ninh: without a province, the name stays as read.
    expect(issuerFromWords('UBND huyện Phú Ninh', none)).toMatchObject({ name: 'UBND huyện Phú Ninh', province: null });
    // A name that holds a word which ends others ("Tài" as "tại") when the list has it so.
    expect(issuerFromWords('Phòng GDĐT huyện Lương Tài', none)).toMatchObject({ name: 'Phòng Giáo dục và Đào tạo huyện Lương Tài', province: 'Bắc Ninh' });
    // A small letter ends a name: every syllable of one is printed with its capital.
    expect(issuerFromWords('Hội đồng nhân dân huyện Thanh Ba giao tại', none)).toMatchObject({ name: 'HĐND huyện Thanh Ba', province: 'Phú Thọ' });
  });

  it('a Phòng\'s header names its huyện without the word, as the GSO list names it', () => {
    const none: CitingContext = { province: null, issuer: null };
    expect(issuerFromWords('PHÒNG GD&ĐT LƯƠNG TÀI', none)).toMatchObject({ name: 'Phòng Giáo dục và Đào tạo huyện Lương Tài', locality: 'huyện Lương Tài', province: 'Bắc Ninh' });
    expect(issuerFromWords('PHÒNG GD&ĐT BẮC NINH', none)).toMatchObject({ name: 'Phòng Giáo dục và Đào tạo thành phố Bắc Ninh', locality: 'thành phố Bắc Ninh' });
  });

  it('a school names itself with its kind and name; "nhà trường" in its documents is the school', () => {
    const phong = issuerFromWords('PHÒNG GD&ĐT LƯƠNG TÀI', { province: null, issuer: null })!;
    const school = issuerFromWords('TRƯỜNG THCS TRUNG KÊNH', { province: provinceByName('Bắc Ninh'), issuer: phong });
    expect(school).toMatchObject({ name: 'Trường THCS Trung Kênh', level: 8, province: 'Bắc Ninh', locality: 'huyện Lương Tài' });
    expect(issuerFromWords('Trường Tiểu học Kim Đồng', ofHuyen)).toMatchObject({ name: 'Trường Tiểu học Kim Đồng' });
    expect(issuerFromWords('nhà trường', { province: null, issuer: school })).toBe(school);
    expect(issuerFromWords('nhà trường', ofHuyen)).toBeNull();
    // "trường hợp" (case) names no school.
    expect(issuerFromWords('trường hợp đặc biệt', ofHuyen)).toBeNull();
  });
});

describe('issuerFromCode: the issuer code of a number', () => {
  it.each([
    ['CP', 'Chính phủ', ofUbnd],
    ['TTg', 'Thủ tướng Chính phủ', ofUbnd],
    ['BNV', 'Bộ Nội vụ', ofUbnd],
    ['VPCP', 'Văn phòng Chính phủ', ofUbnd],
    ['UBND', 'UBND tỉnh Khánh Hòa', ofUbnd],
    ['SNV', 'Sở Nội vụ tỉnh Khánh Hòa', ofUbnd],
    ['TU', 'Tỉnh ủy Khánh Hòa', ofUbnd],
    ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy Khánh Hòa', ofUbnd],
    ['ĐUK', 'Đảng ủy Khối các cơ quan tỉnh Khánh Hòa', ofUbnd],
    ['SNN', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa', ofUbnd],
    ['CAT', 'Công an tỉnh Khánh Hòa', ofUbnd],
    ['TĐTN', 'Tỉnh đoàn Khánh Hòa', ofUbnd],
    ['TWĐTN', 'Trung ương Đoàn', ofUbnd],
    // Bodies of the batch-5/6 documents: a central agency, a mass organisation and their provincial units.
    ['BHXH', 'Bảo hiểm xã hội Việt Nam', ofUbnd],
    ['TLĐ', 'Tổng Liên đoàn Lao động Việt Nam', ofUbnd],
    ['LĐLĐ', 'Liên đoàn Lao động tỉnh Khánh Hòa', ofUbnd],
    ['BVĐK', 'Bệnh viện đa khoa tỉnh Khánh Hòa', ofUbnd],
    ['HPN', 'Hội LHPN tỉnh Khánh Hòa', ofUbnd],
    // A xã's (here a huyện's) Party committee.
    ['ĐU', 'Đảng ủy huyện Cam Lâm', ofHuyen],
    // The citing Sở's own code: the citing Sở itself.
    ['SLĐTBXH', 'Sở LĐTBXH tỉnh Khánh Hòa', ofSo],
    // A huyện's document: its own UBND, and the Phòng of its huyện.
    ['UBND', 'UBND huyện Cam Lâm', ofHuyen],
    ['PGDĐT', 'Phòng Giáo dục và Đào tạo huyện Cam Lâm', ofHuyen],
    // A Phòng's code printed without its P ("186/TTr-KTHT").
    ['KTHT', 'Phòng Kinh tế và Hạ tầng huyện Cam Lâm', ofHuyen],
    ['TCKH', 'Phòng Tài chính – Kế hoạch huyện Cam Lâm', ofHuyen],
    // A huyện's Phòng works under its huyện's UBND.
    ['UBND', 'UBND huyện Cam Lâm', ofPhong],
    ['HĐND', 'HĐND huyện Cam Lâm', ofPhong],
    ['QH14', 'Quốc hội', ofUbnd],
    ['UBTVQH13', 'Ủy ban Thường vụ Quốc hội', ofUbnd],
  ])('%s → %s', (code, name, ctx) => {
    expect(issuerFromCode(code, ctx)?.name).toBe(name);
  });

  it('cannot tell which Ban quản lý a bare BQL code means, or which huyện\'s Phòng a province means', () => {
    expect(issuerFromCode('BQL', ofUbnd)).toBeNull();
    expect(issuerFromCode('PNV', ofUbnd)).toBeNull();
  });
});
