/**
 * Every Vietnamese word the page shows, in one place.
 */
import type { Lang } from './i18n.ts';
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

/** Relation → how it reads in English. */
export const RELATION_LABELS_EN: Readonly<Record<Relation, string>> = {
  BASED_ON: 'Based on',
  IMPLEMENTS: 'Implements',
  GUIDES: 'Guides',
  AMENDS: 'Amends',
  REPLACES: 'Replaces',
  REPEALS: 'Repeals',
  CITES: 'Cites',
};

/** The label of a relation; an unknown one is shown as the API sent it. */
export function relationLabel(relation: string, lang: Lang = 'vi'): string {
  const labels = lang === 'en' ? RELATION_LABELS_EN : RELATION_LABELS;
  return (labels as Record<string, string>)[relation] ?? relation;
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

export const INGESTED_LABELS_EN = {
  true: 'Ingested',
  false: 'Known only from citations',
} as const;

export function ingestedLabel(ingested: boolean, lang: Lang = 'vi'): string {
  const labels = lang === 'en' ? INGESTED_LABELS_EN : INGESTED_LABELS;
  return ingested ? labels.true : labels.false;
}

/** Field labels in English. */
export const FIELD_LABELS_EN: Readonly<Record<keyof typeof FIELD_LABELS, string>> = {
  number: 'Number',
  type: 'Type',
  issuer: 'Issuer',
  province: 'Province',
  date: 'Date issued',
  title: 'Subject',
  level: 'Level',
  ingested: 'Source',
  key: 'Key',
};

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

/** The same levels in English. */
export const LEVEL_LABELS_EN: Readonly<Record<number, string>> = {
  1: 'Party centre',
  2: 'National Assembly',
  3: 'Government, Prime Minister',
  4: 'Ministry',
  5: 'Province',
  6: 'Provincial department',
  7: 'District, commune',
};

/** "5 — Cấp tỉnh"; a level without a name as its number; none as "". */
export function levelLabel(level: number | null | undefined, lang: Lang = 'vi'): string {
  if (level == null) return '';
  const name = (lang === 'en' ? LEVEL_LABELS_EN : LEVEL_LABELS)[level];
  return name ? `${level} — ${name}` : String(level);
}

/** The page's own words in Vietnamese (the default language); see i18n.ts for both. */
export { VI as UI } from './i18n.ts';
