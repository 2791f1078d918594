/**
 * A generated, national-size corpus as a model: who issues what, when, citing which documents
 * with which relation. Deterministic from a seed. Rendered to text by render.ts (for the whole
 * pipeline) or to graph rows by rows.ts (`npm run gen -- --direct`).
 *
 * Shape, after the samples: central bodies (Chính phủ, Thủ tướng, Bộ) issue decrees, resolutions,
 * decisions and circulars that many provinces cite; in each province the Tỉnh ủy, HĐND, UBND and
 * about fifteen Sở and Ban issue yearly plans and decisions. A UBND decision rests on central
 * documents and carries out the Tỉnh ủy's programme; a Sở's plan carries out its province's
 * UBND decision of the year and rests on central documents; some cite last year's plan.
 * The 63 provinces are used for years up to 2024, the 34 of Nghị quyết 202/2025/QH15 after.
 */
import { random } from '../generate.ts';

/** An issuing body: its code (as in the số ký hiệu), its full name, and its province ('' if central). */
export interface GenIssuer {
  code: string;
  /** Heading lines of the header's left column, as printed. */
  header: string[];
  /** Name in a "của …" phrase: "Bộ Nội vụ", "UBND tỉnh", "Sở". */
  cua: string;
  province: string;
}

/** One generated document. Dates are ISO `YYYY-MM-DD`. */
export interface GenDoc {
  id: number;
  issuer: GenIssuer;
  /** Type code and full name: `QĐ` Quyết định, `KH` Kế hoạch … */
  typeCode: string;
  typeName: string;
  /** Canonical số ký hiệu. */
  number: string;
  date: string;
  /** Trích yếu. */
  title: string;
  /** What it cites, in order: BASED_ON (căn cứ), IMPLEMENTS (thực hiện), CITES (body). */
  cites: Array<{ doc: GenDoc; relation: 'BASED_ON' | 'IMPLEMENTS' | 'CITES' }>;
  /** Printed as OCR output without diacritics and with look-alike glyphs. */
  damaged: boolean;
}

export const PROVINCES_63 = [
  'An Giang', 'Bà Rịa – Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định',
  'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang',
  'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
/** The 34 provinces and cities from 1/7/2025 (Nghị quyết 202/2025/QH15). */
export const PROVINCES_34 = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai',
  'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

const DEPARTMENTS: Array<[string, string]> = [
  ['SNV', 'SỞ NỘI VỤ'], ['STC', 'SỞ TÀI CHÍNH'], ['STP', 'SỞ TƯ PHÁP'], ['SKHĐT', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ'],
  ['SGDĐT', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], ['SYT', 'SỞ Y TẾ'], ['SXD', 'SỞ XÂY DỰNG'], ['SCT', 'SỞ CÔNG THƯƠNG'],
  ['SGTVT', 'SỞ GIAO THÔNG VẬN TẢI'], ['STNMT', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'], ['SNNPTNT', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'],
  ['STTTT', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'], ['SVHTTDL', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['SKHCN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
  ['SLĐTBXH', 'SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI'],
];

const CENTRAL: Array<{ code: string; header: string[]; cua: string; types: Array<[string, string]>; normative: boolean }> = [
  { code: 'CP', header: ['CHÍNH PHỦ'], cua: 'Chính phủ', types: [['NĐ', 'Nghị định'], ['NQ', 'Nghị quyết']], normative: true },
  { code: 'TTg', header: ['THỦ TƯỚNG CHÍNH PHỦ'], cua: 'Thủ tướng Chính phủ', types: [['QĐ', 'Quyết định'], ['CT', 'Chỉ thị']], normative: false },
  { code: 'BNV', header: ['BỘ NỘI VỤ'], cua: 'Bộ Nội vụ', types: [['QĐ', 'Quyết định'], ['TT', 'Thông tư']], normative: true },
  { code: 'BTC', header: ['BỘ TÀI CHÍNH'], cua: 'Bộ Tài chính', types: [['TT', 'Thông tư']], normative: true },
  { code: 'BTTTT', header: ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG'], cua: 'Bộ Thông tin và Truyền thông', types: [['QĐ', 'Quyết định'], ['TT', 'Thông tư']], normative: true },
];

const SUBJECTS = [
  'cải cách hành chính', 'tuyên truyền cải cách hành chính', 'chuyển đổi số', 'phòng, chống tham nhũng',
  'kiểm soát thủ tục hành chính', 'thực hành tiết kiệm, chống lãng phí', 'phổ biến, giáo dục pháp luật',
  'đào tạo, bồi dưỡng cán bộ, công chức', 'cải thiện môi trường kinh doanh', 'ứng dụng công nghệ thông tin',
];

/** Options of {@link generateCorpus}. */
export interface GenOptions {
  documents: number;
  seed: number;
  /** Share of documents printed as OCR output (default 0.15). */
  damaged?: number;
}

/** The documents of a corpus of `documents` issued documents (central ones included), deterministic from `seed`. */
export function generateCorpus({ documents, seed, damaged = 0.15 }: GenOptions): GenDoc[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const pad = (n: number) => String(n).padStart(2, '0');
  const dateIn = (year: number, fromMonth = 1, toMonth = 12) => {
    const m = fromMonth + Math.floor(next() * (toMonth - fromMonth + 1));
    return `${year}-${pad(m)}-${pad(1 + Math.floor(next() * 28))}`;
  };
  const docs: GenDoc[] = [];
  const counters = new Map<string, number>();
  const numberFor = (issuer: string, year: number, typeCode: string, normative: boolean, party: boolean) => {
    const k = `${issuer}|${year}`;
    const n = (counters.get(k) ?? 0) + 1 + Math.floor(next() * 3);
    counters.set(k, n);
    if (party) return `${n}-${typeCode}/${issuer.split('@')[0]}`;
    return normative && typeCode !== 'NQ' && typeCode !== 'QĐ' ? `${n}/${year}/${typeCode}-${issuer.split('@')[0]}` : `${n}/${typeCode}-${issuer.split('@')[0]}`;
  };
  const add = (d: Omit<GenDoc, 'id' | 'damaged'>) => {
    const doc = { ...d, id: docs.length, damaged: next() < damaged };
    docs.push(doc);
    return doc;
  };

  // Central documents: about one in twenty, at least 50, spread over 2015–2025.
  const centralCount = Math.max(50, Math.round(documents / 20));
  const central: GenDoc[] = [];
  for (let i = 0; i < centralCount && docs.length < documents; i++) {
    const body = pick(CENTRAL);
    const [typeCode, typeName] = pick(body.types);
    const year = 2015 + Math.floor(next() * 11);
    const issuer: GenIssuer = { code: body.code, header: body.header, cua: body.cua, province: '' };
    const subject = pick(SUBJECTS);
    central.push(add({
      issuer, typeCode, typeName, number: numberFor(body.code, year, typeCode, body.normative, false), date: dateIn(year),
      title: `${typeName === 'Nghị định' || typeName === 'Thông tư' ? 'Quy định' : 'Về'} ${subject} giai đoạn ${year} - ${year + 5}`,
      cites: central.length ? [{ doc: pick(central), relation: 'BASED_ON' }] : [],
    }));
  }
  const centralBefore = (date: string) => {
    const earlier = central.filter((c) => c.date < date);
    return earlier.length ? earlier : central;
  };

  // Provincial documents, year by year, province by province, until the count is reached.
  const lastPlan = new Map<string, GenDoc>();
  for (let year = 2018; docs.length < documents; year++) {
    const provinces = year <= 2024 ? PROVINCES_63 : PROVINCES_34;
    for (const province of provinces) {
      if (docs.length >= documents) break;
      const kind = CITIES.has(province) ? 'THÀNH PHỐ' : 'TỈNH';
      const upper = `${kind} ${province.toUpperCase()}`;
      const party: GenIssuer = { code: 'TU', header: [CITIES.has(province) ? `THÀNH ỦY ${province.toUpperCase()}` : `TỈNH ỦY ${province.toUpperCase()}`], cua: CITIES.has(province) ? 'Thành ủy' : 'Tỉnh ủy', province };
      const council: GenIssuer = { code: 'HĐND', header: ['HỘI ĐỒNG NHÂN DÂN', upper], cua: `HĐND ${kind.toLowerCase()}`, province };
      const ubnd: GenIssuer = { code: 'UBND', header: ['ỦY BAN NHÂN DÂN', upper], cua: `UBND ${kind.toLowerCase()}`, province };
      const subject = pick(SUBJECTS);
      const programme = add({ issuer: party, typeCode: 'CTr', typeName: 'Chương trình hành động', number: numberFor(`TU@${province}`, year, 'CTr', false, true),
        date: dateIn(year, 1, 3), title: `Thực hiện ${pick(centralBefore(`${year}-04-01`)).typeName.toLowerCase()} về ${subject}`, cites: [] });
      const resolution = add({ issuer: council, typeCode: 'NQ', typeName: 'Nghị quyết', number: numberFor(`HĐND@${province}`, year, 'NQ', false, false),
        date: dateIn(year, 1, 6), title: `Về nhiệm vụ ${subject} năm ${year}`,
        cites: [{ doc: pick(centralBefore(`${year}-06-30`)), relation: 'BASED_ON' }] });
      const decision = add({ issuer: ubnd, typeCode: 'QĐ', typeName: 'Quyết định', number: numberFor(`UBND@${province}`, year, 'QĐ', false, false),
        date: dateIn(year, 1, 8), title: `Về việc ban hành Kế hoạch ${subject} ${kind.toLowerCase()} ${province} năm ${year}`,
        cites: [
          { doc: pick(centralBefore(`${year}-01-01`)), relation: 'BASED_ON' as const },
          { doc: pick(centralBefore(`${year}-01-01`)), relation: 'BASED_ON' as const },
          { doc: resolution, relation: 'BASED_ON' as const },
          { doc: programme, relation: 'IMPLEMENTS' as const },
        ].filter((c, i, all) => all.findIndex((o) => o.doc === c.doc) === i) });
      for (const [code, name] of DEPARTMENTS) {
        if (docs.length >= documents) break;
        const dept: GenIssuer = { code, header: [`UBND ${upper}`, name], cua: 'Sở', province };
        const plan = add({ issuer: dept, typeCode: 'KH', typeName: 'Kế hoạch', number: numberFor(`${code}@${province}`, year, 'KH', false, false),
          date: dateIn(year, 9, 12), title: `Về việc triển khai ${subject} năm ${year}`,
          cites: [
            { doc: decision, relation: 'IMPLEMENTS' as const },
            { doc: pick(centralBefore(`${year}-06-01`)), relation: 'BASED_ON' as const },
            { doc: pick(centralBefore(`${year}-06-01`)), relation: 'BASED_ON' as const },
            ...(lastPlan.has(`${code}@${province}`) && next() < 0.3 ? [{ doc: lastPlan.get(`${code}@${province}`)!, relation: 'BASED_ON' as const }] : []),
            { doc: pick(centralBefore(`${year}-06-01`)), relation: 'CITES' as const },
          ].filter((c, i, all) => c.doc.date < `${year}-09-01` && all.findIndex((o) => o.doc === c.doc) === i) });
        lastPlan.set(`${code}@${province}`, plan);
      }
    }
  }
  return docs;
}
