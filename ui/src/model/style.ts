/**
 * How a lineage looks, shared by the Cytoscape stylesheet (graph/controller.ts), the legend
 * and the SVG export, so that the three always agree: fill by province or level, shape by
 * document type, line by relation.
 */
import type { Lang } from './i18n.ts';
import { LEVEL_LABELS, LEVEL_LABELS_EN, shortType } from './labels.ts';

/** Node shapes used (Cytoscape's names; svg.ts draws the same). */
export type Shape = 'round-rectangle' | 'rectangle' | 'cut-rectangle' | 'barrel' | 'hexagon' | 'octagon' | 'round-tag';

/** Short type code → shape: laws, government acts, ministry circulars, decisions, plans, directions, letters. */
const SHAPE_BY_TYPE: Readonly<Record<string, Shape>> = {
  HP: 'hexagon', BL: 'hexagon', Luật: 'hexagon', PL: 'hexagon',
  NĐ: 'octagon', NQ: 'octagon', NQLT: 'octagon',
  TT: 'cut-rectangle', TTLT: 'cut-rectangle',
  QĐ: 'round-rectangle',
  KH: 'barrel', CTr: 'barrel', ĐA: 'barrel', PA: 'barrel',
  CT: 'round-tag', HD: 'round-tag', CĐ: 'round-tag',
};

/** The legend's groups of types per shape, in drawing order. */
export const SHAPE_LEGEND: ReadonlyArray<{ shape: Shape; vi: string; en: string }> = [
  { shape: 'hexagon', vi: 'Luật, Pháp lệnh', en: 'Law, ordinance' },
  { shape: 'octagon', vi: 'Nghị định, Nghị quyết', en: 'Decree, resolution' },
  { shape: 'cut-rectangle', vi: 'Thông tư', en: 'Circular' },
  { shape: 'round-rectangle', vi: 'Quyết định', en: 'Decision' },
  { shape: 'barrel', vi: 'Kế hoạch, Chương trình, Đề án', en: 'Plan, programme' },
  { shape: 'round-tag', vi: 'Chỉ thị, Hướng dẫn', en: 'Directive, guidance' },
  { shape: 'rectangle', vi: 'Khác (Công văn…)', en: 'Other (letters…)' },
];

/** The shape of a document of `type` (full name or code); unknown or missing types are rectangles. */
export function shapeOf(type: string | null | undefined): Shape {
  return SHAPE_BY_TYPE[shortType(type)] ?? 'rectangle';
}

/** A fill and the darker border drawn around it; text on every fill is #1f2933 (contrast ≥ 7:1). */
export interface Swatch {
  fill: string;
  border: string;
}

/** By level of authority, darker for higher: a sequential ramp (1 Party centre … 7 huyện/xã). */
export const LEVEL_SWATCHES: Readonly<Record<number, Swatch>> = {
  1: { fill: '#f9d5d3', border: '#9b1c1c' },
  2: { fill: '#fde2c4', border: '#9a3412' },
  3: { fill: '#fdf0b7', border: '#854d0e' },
  4: { fill: '#d9f2d0', border: '#166534' },
  5: { fill: '#cfe8f7', border: '#075985' },
  6: { fill: '#e2dcf7', border: '#5b21b6' },
  7: { fill: '#ecebe8', border: '#44403c' },
};
const NO_LEVEL: Swatch = { fill: '#ffffff', border: '#4b5563' };

/** Categorical fills for provinces; central documents (no province) get their own grey-blue. */
const PROVINCE_SWATCHES: readonly Swatch[] = [
  { fill: '#cfe8f7', border: '#075985' },
  { fill: '#d9f2d0', border: '#166534' },
  { fill: '#fde2c4', border: '#9a3412' },
  { fill: '#e2dcf7', border: '#5b21b6' },
  { fill: '#fbd5e5', border: '#9d174d' },
  { fill: '#fdf0b7', border: '#854d0e' },
  { fill: '#ccf0ec', border: '#115e59' },
  { fill: '#f9d5d3', border: '#9b1c1c' },
];
export const CENTRAL_SWATCH: Swatch = { fill: '#e5e9f0', border: '#334155' };

export type ColorBy = 'province' | 'level';

/** One entry of the colour legend: what the key means and its swatch. */
export interface ColorEntry {
  key: string;
  label: string;
  swatch: Swatch;
}

/**
 * The colour of every value present, in legend order: levels from the top, or provinces by
 * name with "Trung ương" (no province) first. Provinces are coloured in name order, so the
 * same set of provinces always gets the same colours.
 */
export function colorScale(
  docs: ReadonlyArray<{ level: number | null; province: string | null }>,
  by: ColorBy,
  lang: Lang,
  words: { central: string; unknown: string },
): { entries: ColorEntry[]; keyOf(doc: { level: number | null; province: string | null }): string } {
  if (by === 'level') {
    const keyOf = (d: { level: number | null }) => (d.level == null ? 'none' : String(d.level));
    const levels = [...new Set(docs.map((d) => d.level))].sort((a, b) => (a ?? 99) - (b ?? 99));
    const names = lang === 'en' ? LEVEL_LABELS_EN : LEVEL_LABELS;
    const entries = levels.map((l) => ({
      key: l == null ? 'none' : String(l),
      label: l == null ? words.unknown : `${l} — ${names[l] ?? l}`,
      swatch: l == null ? NO_LEVEL : (LEVEL_SWATCHES[l] ?? NO_LEVEL),
    }));
    return { entries, keyOf };
  }
  const keyOf = (d: { province: string | null }) => (d.province ? `p:${d.province}` : 'central');
  const provinces = [...new Set(docs.map((d) => d.province).filter((p): p is string => !!p))].sort((a, b) => a.localeCompare(b, 'vi'));
  const entries: ColorEntry[] = [];
  if (docs.some((d) => !d.province)) entries.push({ key: 'central', label: words.central, swatch: CENTRAL_SWATCH });
  provinces.forEach((p, i) => entries.push({ key: `p:${p}`, label: p, swatch: PROVINCE_SWATCHES[i % PROVINCE_SWATCHES.length] }));
  return { entries, keyOf };
}

/** How an edge of a relation is drawn. */
export interface RelationStyle {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape arrow shape at the cited end. */
  arrow: 'triangle' | 'vee' | 'tee';
}

export const RELATION_STYLES: Readonly<Record<string, RelationStyle>> = {
  BASED_ON: { color: '#35537a', line: 'solid', arrow: 'triangle' },
  IMPLEMENTS: { color: '#2f7d4f', line: 'solid', arrow: 'vee' },
  GUIDES: { color: '#0f766e', line: 'dotted', arrow: 'vee' },
  AMENDS: { color: '#b45309', line: 'dashed', arrow: 'triangle' },
  REPLACES: { color: '#b91c1c', line: 'solid', arrow: 'tee' },
  REPEALS: { color: '#b91c1c', line: 'dashed', arrow: 'tee' },
  CITES: { color: '#6b7a90', line: 'dashed', arrow: 'triangle' },
};
export const DEFAULT_RELATION_STYLE: RelationStyle = { color: '#6b7a90', line: 'solid', arrow: 'triangle' };

/** An edge that carries an audit finding: drawn wider in this colour, with a "!" label. */
export const FINDING_COLOR = '#c2410c';
/** Text colour on every fill. */
export const TEXT_COLOR = '#1f2933';
/** The focused document's border. */
export const FOCUS_BORDER = '#111827';
