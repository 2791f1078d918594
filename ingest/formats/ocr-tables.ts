/**
 * Ruled tables on an OCR'd page, from the rules erased before recognition (./rules.ts): a group
 * of vertical rules side by side with horizontal rules across them is a table, and the rules
 * part it into cells. The layout (./ocr-layout.ts) reads a table cell by cell, row by row, so
 * that a citation wrapped inside a cell stays whole and the other columns' words do not cut in.
 */
import { xAt, yAt, type PageRules, type Rule } from './rules.ts';

/** A ruled table: its box and rules (pixels). */
export interface Table {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  vertical: Rule[];
  horizontal: Rule[];
}

/** Slack, in pixels, for a rule's end to still count as reaching the table's edge. */
const SLACK = 12;

/**
 * The tables among `rules`: vertical rules that overlap in height, at least two, with at least
 * two horizontal rules crossing most of their span. Tables do not overlap.
 */
export function findTables(rules: PageRules): Table[] {
  const groups: Rule[][] = [];
  for (const v of [...rules.vertical].sort((a, b) => a.y0 - b.y0)) {
    const g = groups.find((rs) => rs.some((r) => Math.min(r.y1, v.y1) - Math.max(r.y0, v.y0) > 0.5 * Math.min(r.y1 - r.y0, v.y1 - v.y0)));
    if (g) g.push(v);
    else groups.push([v]);
  }
  const tables: Table[] = [];
  for (const vertical of groups) {
    if (vertical.length < 2) continue;
    const x0 = Math.min(...vertical.map((r) => Math.min(r.x0, r.x1)));
    const x1 = Math.max(...vertical.map((r) => Math.max(r.x0, r.x1)));
    const y0 = Math.min(...vertical.map((r) => r.y0));
    const y1 = Math.max(...vertical.map((r) => r.y1));
    const horizontal = rules.horizontal.filter((h) => {
      const mid = yAt(h, (x0 + x1) / 2);
      return mid >= y0 - SLACK && mid <= y1 + SLACK && Math.min(h.x1, x1) - Math.max(h.x0, x0) > 0.5 * (x1 - x0);
    });
    if (horizontal.length >= 2) tables.push({ x0, y0, x1, y1, vertical: [...vertical].sort((a, b) => a.x0 - b.x0), horizontal: [...horizontal].sort((a, b) => a.y0 - b.y0) });
  }
  return tables;
}

/** True when the point (x, y) lies inside `table`. */
export function inTable(table: Table, x: number, y: number): boolean {
  return x > table.x0 && x < table.x1 && y > table.y0 && y < table.y1;
}

/** The cell of `table` holding the point (x, y): rules above it and rules left of it. */
export function cellOf(table: Table, x: number, y: number): { row: number; col: number } {
  return {
    row: table.horizontal.filter((h) => yAt(h, x) < y).length,
    col: table.vertical.filter((v) => xAt(v, y) < x).length,
  };
}
