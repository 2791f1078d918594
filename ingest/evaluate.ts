/**
 * Score extracted rows against gold rows (both in the format of DOMAIN.md §6): citation
 * precision, recall and F1, and the accuracy of number, date, issuer and type on matched rows;
 * the `self` rows field by field. Pure.
 */
import { fold } from './fold.ts';

/** A row as read from JSON Lines (gold or extracted); extra fields are ignored. */
export interface Row {
  file: string;
  self?: boolean;
  number: string | null;
  type?: string | null;
  issuer?: string | null;
  province?: string | null;
  date?: string | null;
  title?: string | null;
  relation?: string;
  quote?: string;
  start?: number;
  end?: number;
  target?: string;
  stated?: boolean;
}

export interface Evaluation {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched rows whose field equals gold's. */
  accuracy: Record<'number' | 'date' | 'issuer' | 'type', number>;
  misses: Row[];
  spurious: Row[];
  /** Matched rows with at least one field unlike gold's: [gold, extracted]. */
  wrongFields: Array<[Row, Row]>;
  selfRows: { total: number; fields: Record<string, { right: number; given: number }>; wrong: Array<[Row, Row | null]> };
}

const letters = (s: string | null | undefined) => fold(s ?? '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Where gold's quote sits in the text, for matching by position. */
export function locate(row: Row, text: string | undefined): Row {
  if (row.start !== undefined || !row.quote || text === undefined) return row;
  const at = text.indexOf(row.quote);
  return at < 0 ? row : { ...row, start: at, end: at + row.quote.length };
}

function sameTarget(a: Row, b: Row): boolean {
  return Boolean(a.stated) === Boolean(b.stated) && letters(a.target) === letters(b.target);
}

function overlaps(a: Row, b: Row): boolean {
  return a.start !== undefined && b.start !== undefined && a.end !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;
}

function sameDocument(g: Row, x: Row): boolean {
  if (g.number && x.number) return g.number === x.number || overlaps(g, x);
  if (!g.number && !x.number) return letters(g.title) === letters(x.title) || overlaps(g, x);
  return overlaps(g, x);
}

/**
 * Compare `extracted` with `gold`. `texts` maps a file name to its decoded text, used to find
 * gold quotes when gold rows carry no offsets.
 */
export function evaluate(gold: Row[], extracted: Row[], texts: Map<string, string> = new Map()): Evaluation {
  const goldCitations = gold.filter((r) => !r.self).map((r) => locate(r, texts.get(r.file)));
  const ours = extracted.filter((r) => !r.self);
  const used = new Set<Row>();
  const pairs: Array<[Row, Row]> = [];
  const misses: Row[] = [];
  // Exact numbers first, so a shared span does not steal another row's partner.
  const byPass = [(g: Row, x: Row) => g.number !== null && g.number === x.number, sameDocument];
  const unmatched = new Set(goldCitations);
  for (const same of byPass) {
    for (const g of [...unmatched]) {
      const x = ours.find((r) => !used.has(r) && r.file === g.file && r.relation === g.relation && sameTarget(g, r) && same(g, r));
      if (x) {
        used.add(x);
        pairs.push([g, x]);
        unmatched.delete(g);
      }
    }
  }
  misses.push(...unmatched);
  const spurious = ours.filter((r) => !used.has(r));
  const fields = ['number', 'date', 'issuer', 'type'] as const;
  const accuracy = Object.fromEntries(
    fields.map((f) => [f, pairs.length ? pairs.filter(([g, x]) => (g[f] ?? null) === (x[f] ?? null)).length / pairs.length : 1]),
  ) as Evaluation['accuracy'];
  const wrongFields = pairs.filter(([g, x]) => fields.some((f) => (g[f] ?? null) !== (x[f] ?? null)));
  const precision = ours.length ? pairs.length / ours.length : 1;
  const recall = goldCitations.length ? pairs.length / goldCitations.length : 1;
  return {
    gold: goldCitations.length,
    extracted: ours.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy,
    misses,
    spurious,
    wrongFields,
    selfRows: scoreSelf(gold.filter((r) => r.self), extracted.filter((r) => r.self)),
  };
}

function scoreSelf(gold: Row[], ours: Row[]): Evaluation['selfRows'] {
  const fields = ['number', 'type', 'issuer', 'province', 'date', 'title'] as const;
  const result: Evaluation['selfRows'] = { total: gold.length, fields: {}, wrong: [] };
  for (const f of fields) result.fields[f] = { right: 0, given: 0 };
  for (const g of gold) {
    const x = ours.find((r) => r.file === g.file) ?? null;
    let allRight = x !== null;
    for (const f of fields) {
      result.fields[f].given++;
      // Titles compare without case, diacritics and punctuation: OCR text cannot restore them.
      const right = f === 'title' ? letters(g.title) === letters(x?.title) : (g[f] ?? null) === (x?.[f] ?? null);
      if (right) result.fields[f].right++;
      else allRight = false;
    }
    if (!allRight) result.wrong.push([g, x]);
  }
  return result;
}
