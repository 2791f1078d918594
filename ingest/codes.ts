/**
 * The codes inside a số ký hiệu: document type codes (Phụ lục III of Nghị định 30/2020/NĐ-CP,
 * the normative types of Luật 80/2015/QH13, and the Party's own) and issuer codes, with the
 * repair of OCR look-alike glyphs (DOMAIN.md §3).
 */
import { fold } from './fold.ts';

/** A type code and the full Vietnamese type name it stands for. */
export interface TypeCode {
  code: string;
  name: string;
}

const TYPE_CODES: TypeCode[] = [
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  // Joint documents: a resolution of the Government or the Standing Committee with the central
  // body of a mass organisation (Luật Ban hành VBQPPL 2015, Điều 4), and the joint plan of two
  // bodies of a province (05/KHLT-SNV-SYT).
  { code: 'NQLT', name: 'Nghị quyết liên tịch' },
  { code: 'KHLT', name: 'Kế hoạch liên tịch' },
  // What two bodies agree to work on together: "03/CTrPH-UBND-MTTQ", "02/QCPH-UBND-HPN".
  { code: 'CTrPH', name: 'Chương trình phối hợp' },
  { code: 'QCPH', name: 'Quy chế phối hợp' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'PA', name: 'Phương án' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'PL', name: 'Pháp lệnh' },
  // A consolidated text (Pháp lệnh 01/2012/UBTVQH13 on hợp nhất) has its own number: 05/VBHN-BNV.
  { code: 'VBHN', name: 'Văn bản hợp nhất' },
  // The Party numbers its letters with a type code (Hướng dẫn 36-HD/VPTW on the Party's documents:
  // "2187-CV/TU"); older state letters print one too ("123/CV-UBND").
  { code: 'CV', name: 'Công văn' },
  // The Party's Quy định of some bodies ("08-QĐi/TW", Hướng dẫn 36-HD/VPTW).
  { code: 'QĐi', name: 'Quy định' },
];

/**
 * Issuer codes and the canonical short name of the body. `scope` says whether the body is
 * central (one for the country), belongs to a province (the name then takes "tỉnh X"), or to a
 * huyện (a Phòng: the name takes "huyện X", see localities.ts).
 * Level follows DOMAIN.md §5 (1 Party centre … 6 Sở/Ban of a province).
 */
export interface IssuerCode {
  code: string;
  name: string;
  scope: 'central' | 'province' | 'locality';
  level: number;
}

const ISSUER_CODES: IssuerCode[] = [
  { code: 'TW', name: 'Ban Chấp hành Trung ương', scope: 'central', level: 1 },
  // The Party itself, which issues no numbered document: the issuer of its charter (charters.ts).
  { code: 'ĐCSVN', name: 'Đảng Cộng sản Việt Nam', scope: 'central', level: 1 },
  // The Party centre's Ban (advisory bodies of the Ban Chấp hành Trung ương, Điều lệ Đảng).
  { code: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', scope: 'central', level: 1 },
  { code: 'BTCTW', name: 'Ban Tổ chức Trung ương', scope: 'central', level: 1 },
  { code: 'BDVTW', name: 'Ban Dân vận Trung ương', scope: 'central', level: 1 },
  { code: 'BNCTW', name: 'Ban Nội chính Trung ương', scope: 'central', level: 1 },
  { code: 'BKTTW', name: 'Ban Kinh tế Trung ương', scope: 'central', level: 1 },
  { code: 'BTGDVTW', name: 'Ban Tuyên giáo và Dân vận Trung ương', scope: 'central', level: 1 },
  { code: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', scope: 'central', level: 1 },
  { code: 'VPTW', name: 'Văn phòng Trung ương Đảng', scope: 'central', level: 1 },
  { code: 'QH', name: 'Quốc hội', scope: 'central', level: 2 },
  { code: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', scope: 'central', level: 2 },
  { code: 'CTN', name: 'Chủ tịch nước', scope: 'central', level: 2 },
  { code: 'CP', name: 'Chính phủ', scope: 'central', level: 3 },
  { code: 'TTg', name: 'Thủ tướng Chính phủ', scope: 'central', level: 3 },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', scope: 'central', level: 4 },
  { code: 'BNV', name: 'Bộ Nội vụ', scope: 'central', level: 4 },
  { code: 'BTC', name: 'Bộ Tài chính', scope: 'central', level: 4 },
  { code: 'BTP', name: 'Bộ Tư pháp', scope: 'central', level: 4 },
  { code: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', scope: 'central', level: 4 },
  { code: 'BLĐTBXH', name: 'Bộ Lao động – Thương binh và Xã hội', scope: 'central', level: 4 },
  { code: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', scope: 'central', level: 4 },
  { code: 'BYT', name: 'Bộ Y tế', scope: 'central', level: 4 },
  { code: 'BCA', name: 'Bộ Công an', scope: 'central', level: 4 },
  { code: 'BQP', name: 'Bộ Quốc phòng', scope: 'central', level: 4 },
  { code: 'BNG', name: 'Bộ Ngoại giao', scope: 'central', level: 4 },
  { code: 'BXD', name: 'Bộ Xây dựng', scope: 'central', level: 4 },
  { code: 'BCT', name: 'Bộ Công Thương', scope: 'central', level: 4 },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', scope: 'central', level: 4 },
  { code: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', scope: 'central', level: 4 },
  { code: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', scope: 'central', level: 4 },
  { code: 'BNNMT', name: 'Bộ Nông nghiệp và Môi trường', scope: 'central', level: 4 },
  { code: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', scope: 'central', level: 4 },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', scope: 'central', level: 4 },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', scope: 'central', level: 4 },
  { code: 'BDTTG', name: 'Ủy ban Dân tộc', scope: 'central', level: 4 },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', scope: 'central', level: 4 },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', scope: 'central', level: 4 },
  { code: 'KTNN', name: 'Kiểm toán Nhà nước', scope: 'central', level: 4 },
  // The Đoàn Thanh niên's centre, a mass organisation of the Party (its numbers: 12-CTr/TWĐTN-BTG).
  { code: 'TWĐTN', name: 'Trung ương Đoàn', scope: 'central', level: 4 },
  // Bodies under the Chính phủ and mass organisations that number their own documents:
  // "1876/QĐ-BHXH" (Bảo hiểm xã hội Việt Nam), "18/HD-TLĐ" (Tổng Liên đoàn Lao động Việt Nam).
  { code: 'BHXH', name: 'Bảo hiểm xã hội Việt Nam', scope: 'central', level: 4 },
  { code: 'TLĐ', name: 'Tổng Liên đoàn Lao động Việt Nam', scope: 'central', level: 4 },
  // The Mặt trận Tổ quốc's centre ("312/KH-MTTW-BTT", Luật Mặt trận Tổ quốc Việt Nam 2015).
  { code: 'MTTW', name: 'Ủy ban Trung ương MTTQ Việt Nam', scope: 'central', level: 4 },
  { code: 'TU', name: 'Tỉnh ủy', scope: 'province', level: 5 },
  { code: 'TTTU', name: 'Tỉnh ủy', scope: 'province', level: 5 },
  { code: 'BTVTU', name: 'Tỉnh ủy', scope: 'province', level: 5 },
  { code: 'HĐND', name: 'HĐND', scope: 'province', level: 5 },
  { code: 'UBND', name: 'UBND', scope: 'province', level: 5 },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'BNCTU', name: 'Ban Nội chính Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy', scope: 'province', level: 6 },
  { code: 'ĐUK', name: 'Đảng ủy Khối các cơ quan', scope: 'province', level: 6 },
  { code: 'VPUBND', name: 'Văn phòng UBND', scope: 'province', level: 6 },
  { code: 'SLĐTBXH', name: 'Sở LĐTBXH', scope: 'province', level: 6 },
  { code: 'SNV', name: 'Sở Nội vụ', scope: 'province', level: 6 },
  { code: 'STC', name: 'Sở Tài chính', scope: 'province', level: 6 },
  { code: 'STP', name: 'Sở Tư pháp', scope: 'province', level: 6 },
  { code: 'SKHĐT', name: 'Sở Kế hoạch và Đầu tư', scope: 'province', level: 6 },
  { code: 'SGDĐT', name: 'Sở Giáo dục và Đào tạo', scope: 'province', level: 6 },
  { code: 'SYT', name: 'Sở Y tế', scope: 'province', level: 6 },
  { code: 'SXD', name: 'Sở Xây dựng', scope: 'province', level: 6 },
  { code: 'SCT', name: 'Sở Công Thương', scope: 'province', level: 6 },
  { code: 'SGTVT', name: 'Sở Giao thông vận tải', scope: 'province', level: 6 },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', scope: 'province', level: 6 },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', scope: 'province', level: 6 },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường', scope: 'province', level: 6 },
  // The short code many Sở Nông nghiệp và Phát triển nông thôn number with ("123/KH-SNN").
  { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn', scope: 'province', level: 6 },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông', scope: 'province', level: 6 },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', scope: 'province', level: 6 },
  { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', scope: 'province', level: 6 },
  { code: 'SNgV', name: 'Sở Ngoại vụ', scope: 'province', level: 6 },
  { code: 'TTr', name: 'Thanh tra tỉnh', scope: 'province', level: 6 },
  { code: 'BQL', name: 'Ban quản lý', scope: 'province', level: 6 },
  { code: 'CAT', name: 'Công an', scope: 'province', level: 6 },
  // The province's Đoàn Thanh niên, named like its Tỉnh ủy: "Tỉnh đoàn Đồng Tháp", "Thành đoàn Hà Nội".
  { code: 'TĐTN', name: 'Tỉnh đoàn', scope: 'province', level: 6 },
  // The province's Liên đoàn Lao động ("05/HD-LĐLĐ") and general hospital ("86/KH-BVĐK").
  { code: 'LĐLĐ', name: 'Liên đoàn Lao động', scope: 'province', level: 6 },
  // The province's Ủy ban Mặt trận Tổ quốc ("45/KH-MTTQ-BTT").
  { code: 'MTTQ', name: 'Ủy ban MTTQ Việt Nam', scope: 'province', level: 6 },
  // The province's Hội Liên hiệp Phụ nữ ("48/KH-HPN").
  { code: 'HPN', name: 'Hội LHPN', scope: 'province', level: 6 },
  { code: 'BVĐK', name: 'Bệnh viện đa khoa', scope: 'province', level: 7 },
  // The Party committee of a huyện (its numbers: 45-KH/HU).
  { code: 'HU', name: 'Huyện ủy', scope: 'locality', level: 7 },
  // The Party committee of a xã (or of the body the citing document belongs to): "04-NQ/ĐU".
  { code: 'ĐU', name: 'Đảng ủy', scope: 'locality', level: 7 },
  // The Phòng of a huyện's UBND (Nghị định 37/2014/NĐ-CP, Điều 7; Nghị định 108/2020/NĐ-CP).
  { code: 'PNV', name: 'Phòng Nội vụ', scope: 'locality', level: 7 },
  { code: 'PTP', name: 'Phòng Tư pháp', scope: 'locality', level: 7 },
  { code: 'PTCKH', name: 'Phòng Tài chính – Kế hoạch', scope: 'locality', level: 7 },
  { code: 'PTNMT', name: 'Phòng Tài nguyên và Môi trường', scope: 'locality', level: 7 },
  { code: 'PLĐTBXH', name: 'Phòng Lao động – Thương binh và Xã hội', scope: 'locality', level: 7 },
  { code: 'PVHTT', name: 'Phòng Văn hóa và Thông tin', scope: 'locality', level: 7 },
  { code: 'PGDĐT', name: 'Phòng Giáo dục và Đào tạo', scope: 'locality', level: 7 },
  { code: 'PYT', name: 'Phòng Y tế', scope: 'locality', level: 7 },
  { code: 'PKT', name: 'Phòng Kinh tế', scope: 'locality', level: 7 },
  { code: 'PKTHT', name: 'Phòng Kinh tế và Hạ tầng', scope: 'locality', level: 7 },
  { code: 'PQLĐT', name: 'Phòng Quản lý đô thị', scope: 'locality', level: 7 },
  { code: 'PNNPTNT', name: 'Phòng Nông nghiệp và Phát triển nông thôn', scope: 'locality', level: 7 },
  { code: 'PDT', name: 'Phòng Dân tộc', scope: 'locality', level: 7 },
  // A xã's office from 1/7/2025 (Nghị định 150/2025/NĐ-CP).
  { code: 'PVHXH', name: 'Phòng Văn hóa – Xã hội', scope: 'locality', level: 7 },
];

/** The issuer codes of one scope. */
export function issuerCodesOf(scope: IssuerCode['scope']): readonly IssuerCode[] {
  return ISSUER_CODES.filter((c) => c.scope === scope);
}

/** The full names of the document types and issuing bodies above ("Nghị định", "Bộ Nội vụ"). */
export const NAMES_OF_CODES: readonly string[] = [...TYPE_CODES, ...ISSUER_CODES].map((c) => c.name);

// Skeletons and readings of the printed codes met so far (the same few recur in every
// document). Readings are shared, so they are frozen.
const SKELETONS = new Map<string, string>();
const TYPE_READINGS = new Map<string, Readonly<{ type: TypeCode; repaired: boolean }> | null>();
const ISSUER_READINGS = new Map<string, Readonly<{ code: string; issuer: IssuerCode | null; repaired: boolean }>>();

/** `read(raw)`, remembered in `cache` (at most 10,000 entries, then no longer growing). */
function remember<T>(cache: Map<string, T>, raw: string, read: (raw: string) => T): T {
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const result = read(raw);
  if (result) Object.freeze(result);
  if (cache.size < 10_000) cache.set(raw, result);
  return result;
}
const TYPE_BY_RAW = new Map(TYPE_CODES.map((t) => [t.code.toUpperCase(), t]));
// Folding makes HD (Hướng dẫn) and HĐ (Hợp đồng) one key: the first listed, the commoner, wins.
const TYPE_BY_FOLDED = new Map([...TYPE_CODES].reverse().map((t) => [fold(t.code), t]));
const TYPE_BY_SKELETON = new Map([...TYPE_CODES].reverse().map((t) => [skeleton(t.code), t]));
const ISSUER_BY_FOLDED = new Map(ISSUER_CODES.map((i) => [fold(i.code), i]));
const ISSUER_BY_SKELETON = new Map(ISSUER_CODES.map((i) => [skeleton(i.code), i]));

/**
 * The OCR skeleton of a code: look-alike glyphs mapped to one class (Q/O/0, Đ/D/P, I/L/1,
 * S/5, B/8, T/7: "05-C7/TW") and repeated classes collapsed, so `Q0D`, `QP`, `0P`, `OD` and `QĐ`
 * all give `OD`, and `BOL` gives the skeleton of `BQL` (DOMAIN.md §3).
 */
export function skeleton(code: string): string {
  return remember(SKELETONS, code, computeSkeleton);
}

function computeSkeleton(code: string): string {
  const mapped = fold(code)
    .replace(/[q0o]/g, 'o')
    .replace(/[dp]/g, 'd')
    .replace(/[il1|]/g, 'i')
    .replace(/5/g, 's')
    .replace(/8/g, 'b')
    .replace(/7/g, 't');
  return mapped.replace(/(.)\1+/g, '$1');
}

/**
 * Read a type code as printed (possibly OCR-damaged): an exact match of its folded form
 * first (so `PA` stays Phương án), then its skeleton. Returns the canonical code and
 * whether a repair was needed, or null when it is no type code.
 */
export function readTypeCode(raw: string): { type: TypeCode; repaired: boolean } | null {
  return remember(TYPE_READINGS, raw, readTypeCodeOnce);
}

function readTypeCodeOnce(raw: string): { type: TypeCode; repaired: boolean } | null {
  const exact = TYPE_BY_RAW.get(raw.toUpperCase()) ?? TYPE_BY_FOLDED.get(fold(raw));
  if (exact) return { type: exact, repaired: false };
  const repaired = TYPE_BY_SKELETON.get(skeleton(raw));
  return repaired ? { type: repaired, repaired: true } : null;
}

/** The type code with this canonical form (`QĐ`), or null. */
export function typeCode(code: string): TypeCode | null {
  return TYPE_BY_FOLDED.get(fold(code)) ?? null;
}

/**
 * Read an issuer code as printed. Known codes come back canonical (`SLDTBXH` → `SLĐTBXH`,
 * `BOL` → `BQL`); `QH13` is Quốc hội of the 13th legislature, `UBTVQH13` its Standing
 * Committee; an unknown code is kept as printed, upper-cased except where the source used
 * lower case (`TTg`).
 */
export function readIssuerCode(raw: string): { code: string; issuer: IssuerCode | null; repaired: boolean } {
  return remember(ISSUER_READINGS, raw, readIssuerCodeOnce);
}

// Codes some provinces print for a body whose canonical code is another; the number keeps the
// code as printed: a decision of the Chủ tịch UBND (567/QĐ-CTUBND), the UBND before 2005 (QĐ-UB).
// A huyện's Phòng numbers with its code without the P too ("92/BC-TCKH", "186/TTr-KTHT"); the
// codes of two or three letters are left out, being other bodies' units as often.
const ISSUER_ALIASES = new Map([['ctubnd', 'ubnd'], ['ub', 'ubnd'],
  ...['tckh', 'ktht', 'gddt', 'ldtbxh', 'vhtt', 'tnmt', 'nnptnt', 'qldt', 'vhxh'].map((code) => [code, `p${code}`] as [string, string])]);

// Quốc hội and its Standing Committee sign with the legislature's term: laws and resolutions of
// Quốc hội N/YYYY/QHnn, ordinances and resolutions of the Committee N/YYYY/UBTVQHnn (Luật Ban
// hành văn bản quy phạm pháp luật 2015, Điều 8).
const LEGISLATURE = /^(QH|UBTVQH)(\d{1,2})$/i;

/**
 * The body of a legislature's code with its term: `QH13` → `QH` (Quốc hội), `UBTVQH15` →
 * `UBTVQH` (Ủy ban Thường vụ Quốc hội); null for any other code.
 */
export function legislatureBody(code: string): 'QH' | 'UBTVQH' | null {
  const m = LEGISLATURE.exec(code);
  return m ? (m[1].toUpperCase() as 'QH' | 'UBTVQH') : null;
}

function readIssuerCodeOnce(raw: string): { code: string; issuer: IssuerCode | null; repaired: boolean } {
  const legislature = LEGISLATURE.exec(raw);
  if (legislature) {
    const body = legislature[1].toUpperCase();
    return { code: `${body}${legislature[2]}`, issuer: ISSUER_BY_FOLDED.get(fold(body))!, repaired: false };
  }
  const alias = ISSUER_ALIASES.get(fold(raw));
  if (alias) return { code: raw.toUpperCase(), issuer: ISSUER_BY_FOLDED.get(alias)!, repaired: false };
  const exact = ISSUER_BY_FOLDED.get(fold(raw));
  if (exact) return { code: exact.code, issuer: exact, repaired: raw !== exact.code && fold(raw) !== fold(exact.code) };
  const byShape = ISSUER_BY_SKELETON.get(skeleton(raw));
  if (byShape) return { code: byShape.code, issuer: byShape, repaired: true };
  return { code: raw.toUpperCase(), issuer: null, repaired: false };
}

/** The issuer code entry for a canonical code (or a printed alias, `CTUBND` → UBND), or null. */
export function issuerCode(code: string): IssuerCode | null {
  const body = legislatureBody(code);
  if (body) return ISSUER_BY_FOLDED.get(fold(body))!;
  const folded = fold(code);
  return ISSUER_BY_FOLDED.get(ISSUER_ALIASES.get(folded) ?? folded) ?? null;
}
