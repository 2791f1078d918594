/**
 * The comparison view's model: cell shades of the provinces × central documents matrix, and
 * the timeline of one central document's cascade through provinces and their Sở.
 */
import { documentName } from './format.ts';
import type { DocumentSummary, Graph } from './types.ts';

/** Lag buckets in days (upper bounds), each with a shade; past the last, the darkest. */
export const LAG_BUCKETS: ReadonlyArray<{ maxDays: number; fill: string; text: string }> = [
  { maxDays: 30, fill: '#e0f2fe', text: '#0c2a3e' },
  { maxDays: 90, fill: '#bae6fd', text: '#0c2a3e' },
  { maxDays: 180, fill: '#7dd3fc', text: '#0c2a3e' },
  { maxDays: 365, fill: '#0ea5e9', text: '#04141f' },
  { maxDays: 730, fill: '#0369a1', text: '#ffffff' },
  { maxDays: Infinity, fill: '#0c4a6e', text: '#ffffff' },
];

/** The shade of a lag; null lag (an undated document) gets a neutral hatch colour. */
export function lagShade(lagDays: number | null): { fill: string; text: string } {
  if (lagDays == null) return { fill: '#f3f4f6', text: '#1f2933' };
  return LAG_BUCKETS.find((b) => lagDays <= b.maxDays)!;
}

/** Whole days from `from` to `to` (ISO dates); null when either is missing or malformed. */
export function daysBetween(from: string | null, to: string | null): number | null {
  const a = from ? Date.parse(from.slice(0, 10)) : NaN;
  const b = to ? Date.parse(to.slice(0, 10)) : NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / 86_400_000);
}

/** One document on the timeline. */
export interface TimelineItem {
  key: string;
  name: string;
  date: string;
  lagDays: number;
  /** Where it sits on the axis, 0..1. */
  at: number;
}

/** One line of the timeline: an issuer of a province (or a central issuer). */
export interface TimelineRow {
  province: string | null;
  issuer: string;
  level: number | null;
  items: TimelineItem[];
}

export interface Timeline {
  root: DocumentSummary;
  /** Axis ends (ISO dates): the root's date and the last citing document's. */
  from: string;
  to: string;
  /** Year ticks on the axis, with their place 0..1. */
  ticks: Array<{ label: string; at: number }>;
  rows: TimelineRow[];
  /** Citing documents without a date, which cannot be placed. */
  undated: DocumentSummary[];
}

/**
 * The cascade of `rootKey` in `graph` (a DOWN lineage of it): every other dated document, on
 * one line per issuer, grouped by province (central issuers first), provinces and issuers in
 * the order they first took it up; higher levels first inside a province. Null when the root
 * is missing or undated.
 */
export function cascadeTimeline(graph: Graph, rootKey: string): Timeline | null {
  const root = graph.nodes.find((n) => n.key === rootKey);
  if (!root?.date) return null;
  const others = graph.nodes.filter((n) => n.key !== rootKey);
  const dated = others.filter((n) => daysBetween(root.date, n.date) != null);
  const undated = others.filter((n) => daysBetween(root.date, n.date) == null);
  const last = dated.reduce((m, n) => (n.date! > m ? n.date! : m), root.date);
  const span = Math.max(1, daysBetween(root.date, last)!);

  const rows = new Map<string, TimelineRow>();
  for (const n of dated.sort((a, b) => a.date!.localeCompare(b.date!) || a.key.localeCompare(b.key))) {
    const issuer = n.issuer ?? '?';
    const id = `${n.province ?? ''}|${issuer}`;
    const row = rows.get(id) ?? { province: n.province, issuer, level: n.level, items: [] };
    const lagDays = daysBetween(root.date, n.date)!;
    row.items.push({ key: n.key, name: documentName(n), date: n.date!, lagDays, at: Math.min(1, Math.max(0, lagDays / span)) });
    rows.set(id, row);
  }
  const firstOf = (r: TimelineRow) => r.items[0].date;
  const provinceFirst = new Map<string, string>();
  for (const r of rows.values()) {
    const p = r.province ?? '';
    if (!provinceFirst.has(p) || firstOf(r) < provinceFirst.get(p)!) provinceFirst.set(p, firstOf(r));
  }
  const ordered = [...rows.values()].sort((a, b) => {
    const pa = a.province ?? '';
    const pb = b.province ?? '';
    if (pa !== pb) {
      if (!pa || !pb) return pa ? 1 : -1;
      return provinceFirst.get(pa)!.localeCompare(provinceFirst.get(pb)!) || pa.localeCompare(pb, 'vi');
    }
    return (a.level ?? 99) - (b.level ?? 99) || firstOf(a).localeCompare(firstOf(b)) || a.issuer.localeCompare(b.issuer, 'vi');
  });

  const ticks: Timeline['ticks'] = [];
  const y0 = Number(root.date.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  for (let y = y0 + 1; y <= y1; y++) {
    ticks.push({ label: String(y), at: daysBetween(root.date, `${y}-01-01`)! / span });
  }
  return { root, from: root.date, to: last, ticks, rows: ordered, undated };
}
