/**
 * Every Vietnamese word the page shows, in one place.
 */
import type { Relation } from './types.ts';

/** Full type name (loại văn bản) → the short code drawn on graph nodes (NĐ 30/2020 Phụ lục III). */
export const TYPE_SHORT: Readonly<Record<string, string>> = {
  'Hiến pháp': 'HP',
  'Bộ luật': 'BL',
  Luật: 'Luật',
  'Pháp lệnh': 'PL',
  'Nghị quyết': 'NQ',
  'Nghị quyết liên tịch': 'NQLT',
  'Nghị định': 'NĐ',
  'Quyết định': 'QĐ',
  'Thông tư': 'TT',
  'Thông tư liên tịch': 'TTLT',
  'Chỉ thị': 'CT',
  'Kế hoạch': 'KH',
  'Chương trình': 'CTr',
  'Chương trình hành động': 'CTr',
  'Hướng dẫn': 'HD',
  'Công văn': 'CV',
  'Thông báo': 'TB',
  'Báo cáo': 'BC',
  'Đề án': 'ĐA',
  'Phương án': 'PA',
  'Quy chế': 'QC',
  'Quy định': 'QyĐ',
  'Tờ trình': 'TTr',
  'Kết luận': 'KL',
  'Công điện': 'CĐ',
  'Biên bản': 'BB',
  'Lệnh': 'L',
};

const TYPE_SHORT_FOLDED = new Map(
  Object.entries(TYPE_SHORT).map(([name, short]) => [foldType(name), short]),
);

function foldType(type: string): string {
  return type.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * The short label of a document type: "Quyết định" → "QĐ". Case and spacing do not matter;
 * an unknown type is shown as it is, a missing one as "".
 */
export function shortType(type: string | null | undefined): string {
  if (!type) return '';
  return TYPE_SHORT_FOLDED.get(foldType(type)) ?? type.trim();
}

/** Relation → how it reads on an edge. */
export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  BASED_ON: 'Căn cứ',
  IMPLEMENTS: 'Thực hiện',
  GUIDES: 'Hướng dẫn',
  AMENDS: 'Sửa đổi, bổ sung',
  REPLACES: 'Thay thế',
  REPEALS: 'Bãi bỏ',
  CITES: 'Dẫn chiếu',
};

/** The label of a relation; an unknown one is shown as the API sent it. */
export function relationLabel(relation: string): string {
  return (RELATION_LABELS as Record<string, string>)[relation] ?? relation;
}

/** Field labels of the facts panel, keyed by the GraphQL field. */
export const FIELD_LABELS = {
  number: 'Số ký hiệu',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  province: 'Tỉnh',
  date: 'Ngày ban hành',
  title: 'Trích yếu',
  level: 'Cấp',
  ingested: 'Nguồn',
  key: 'Mã',
} as const;

export const INGESTED_LABELS = {
  true: 'Đã nhập',
  false: 'Chỉ biết qua trích dẫn',
} as const;

export function ingestedLabel(ingested: boolean): string {
  return ingested ? INGESTED_LABELS.true : INGESTED_LABELS.false;
}

/** Levels of authority (DOMAIN.md section 5): smaller is higher. */
export const LEVEL_LABELS: Readonly<Record<number, string>> = {
  1: 'Trung ương Đảng',
  2: 'Quốc hội',
  3: 'Chính phủ, Thủ tướng Chính phủ',
  4: 'Bộ, cơ quan ngang bộ',
  5: 'Cấp tỉnh',
  6: 'Sở, ban, ngành cấp tỉnh',
  7: 'Cấp huyện, cấp xã',
};

/** "5 — Cấp tỉnh"; a level without a name as its number; none as "". */
export function levelLabel(level: number | null | undefined): string {
  if (level == null) return '';
  const name = LEVEL_LABELS[level];
  return name ? `${level} — ${name}` : String(level);
}

/** The page's own words. */
export const UI = {
  appTitle: 'Căn cứ',
  appSubtitle: 'Đồ thị căn cứ pháp lý',
  documentTitle: 'Căn cứ — đồ thị căn cứ pháp lý',
  fitButton: 'Vừa khung',
  searchLabel: 'Tìm văn bản',
  searchPlaceholder: 'Số ký hiệu, loại, cơ quan… (không cần dấu)',
  searchButton: 'Tìm',
  searching: 'Đang tìm…',
  searchEmpty: 'Không tìm thấy văn bản nào',
  searchErrorPrefix: 'Không tìm được: ',
  searchHint: 'Nhập số ký hiệu (ví dụ 18/QĐ-BQL), loại văn bản hoặc cơ quan ban hành.',
  resultsLabel: 'Kết quả tìm kiếm',
  graphLabel: 'Sơ đồ căn cứ',
  graphHeading: (number: string) => `Căn cứ của ${number}`,
  graphEmptyPrompt: 'Chọn một văn bản để xem các văn bản làm căn cứ cho nó.',
  graphLoading: 'Đang tải sơ đồ căn cứ…',
  graphErrorPrefix: 'Không tải được sơ đồ: ',
  graphNotFound: 'Không có văn bản với mã này.',
  retry: 'Thử lại',
  panelTitle: 'Thông tin văn bản',
  panelEmpty: 'Chọn một văn bản trên sơ đồ để xem thông tin.',
  citesHeading: 'Văn bản này dẫn đến',
  citedByHeading: 'Được dẫn đến từ',
  readByOcr: 'đọc bằng OCR',
  readByOcrTitle: 'Trích dẫn này được đọc bằng OCR từ bản quét hoặc ảnh (read by OCR): hãy đối chiếu với bản gốc.',
  openLineage: 'Xem căn cứ của văn bản này',
  nodeListHeading: 'Các văn bản trong sơ đồ',
  legendHeading: 'Chú giải',
  legendFocus: 'Văn bản đang xem',
  legendIngested: 'Đã nhập',
  legendStub: 'Chỉ biết qua trích dẫn',
  legendArrow: 'Mũi tên chỉ tới văn bản được dẫn (cấp cao hơn ở trên)',
  untitled: 'Văn bản không rõ số',
  networkError: 'Không kết nối được máy chủ',
  httpError: 'Máy chủ trả lỗi HTTP',
  noDataError: 'Máy chủ không trả dữ liệu',
} as const;
