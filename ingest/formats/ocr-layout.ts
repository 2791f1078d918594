/**
 * Reading order of an OCR'd page, from its word boxes. Tesseract's automatic segmentation reads
 * a Vietnamese document's two-column header (issuer and number on the left, the national motto
 * and place/date on the right) and a ruled table row by row, straight across the columns: the
 * number of one column then lands beside the words of the other ("Số: 489/QĐ-UBND Khánh Hòa,
 * ngày 11 tháng 3 năm 2020"), and a citation wrapped inside a table cell is cut by the next
 * cell's words. This module puts the words back in the order a reader takes them:
 *
 * 0. ruled tables (./ocr-tables.ts) are read cell by cell, row by row, each cell a paragraph;
 * 1. each Tesseract line is cut into segments where a table rule runs between two words
 *    (./rules.ts), where the gap between two words is much wider than a space, or where a rule
 *    was read as `|`; specks read as punctuation with low confidence are dropped;
 * 2. lines side by side (same height on the page) form a row;
 * 3. a run of rows with two or more segments, and the single-segment rows inside one of their
 *    columns, is a region; it is read column by column, top to bottom, with a blank line where
 *    a column's text jumps down or a rule parts it (a table cell ends, a header group ends);
 * 4. everything else is read row by row, with a blank line where a paragraph gap is.
 *
 * The result carries every word's UTF-16 offsets in the text and its confidence.
 */
import type { OcrPage, OcrWord } from './ocr-engine.ts';
import { cellOf, findTables, inTable } from './ocr-tables.ts';
import { yAt, type PageRules, type Rule } from './rules.ts';

/** A word placed in the text: [start, end) in UTF-16 code units, confidence 0–100. */
export interface PlacedWord {
  start: number;
  end: number;
  confidence: number;
}

/** Text read from OCR'd pages, with where each word is in it. */
export interface LaidOutText {
  text: string;
  words: PlacedWord[];
}

interface Segment {
  words: OcrWord[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A gap wider than this many line heights always splits a line (a column or cell gap). */
const GAP_LINE_HEIGHTS = 0.6;
/** …and it must also be this many times the line's median word gap (a justified line's spaces are wide but even). */
const GAP_MEDIANS = 2.5;
/** A single line whose centre is this close to the text area's centre (share of its width) is a centred title. */
const CENTRED = 0.03;

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const segmentOf = (words: OcrWord[]): Segment => ({
  words,
  x0: Math.min(...words.map((w) => w.x0)),
  x1: Math.max(...words.map((w) => w.x1)),
  y0: Math.min(...words.map((w) => w.y0)),
  y1: Math.max(...words.map((w) => w.y1)),
});

/** A table rule read as a character: `|` alone, or glued to a word's start or end. */
const RULE = /^[|]+$/;

/** Words under this confidence (0–100) with no letter or digit are specks, not text. */
const SPECK_CONFIDENCE = 70;

/** A vertical rule runs through the gap [x0, x1] at the height of `w`. */
const ruleBetween = (rules: Rule[], x0: number, x1: number, w: OcrWord) =>
  rules.some((r) => (r.x0 + r.x1) / 2 >= x0 - 2 && (r.x0 + r.x1) / 2 <= x1 + 2 && Math.min(r.y1, w.y1) > Math.max(r.y0, w.y0));

/**
 * Cut one Tesseract line into segments (step 1): at a vertical rule among `rules`, at a gap
 * wider than GAP_LINE_HEIGHTS line heights and GAP_MEDIANS typical gaps, at a `|`.
 */
export function splitLine(line: OcrWord[], rules: PageRules = { vertical: [], horizontal: [] }): Segment[] {
  const words = line.filter((w) => /[\p{L}\p{N}|]/u.test(w.text) || w.confidence >= SPECK_CONFIDENCE);
  const sorted = [...words].sort((a, b) => a.x0 - b.x0);
  const height = median(sorted.map((w) => w.y1 - w.y0));
  const gaps = sorted.slice(1).map((w, i) => w.x0 - sorted[i].x1).filter((g) => g > 0);
  // A line of two or three words has no typical gap to speak of: take a wide space.
  const typical = gaps.length >= 3 ? median(gaps) : 0.3 * height;
  const segments: OcrWord[][] = [[]];
  const cut = () => {
    if (segments[segments.length - 1].length) segments.push([]);
  };
  sorted.forEach((w, i) => {
    if (RULE.test(w.text)) return cut();
    const gap = i > 0 ? w.x0 - sorted[i - 1].x1 : 0;
    if (i > 0 && ((gap > GAP_LINE_HEIGHTS * height && gap > GAP_MEDIANS * typical) || ruleBetween(rules.vertical, sorted[i - 1].x1, w.x0, w))) cut();
    let text = w.text;
    if (text.startsWith('|')) {
      cut();
      text = text.replace(/^\|+/, '');
    }
    const closes = text.endsWith('|');
    text = text.replace(/\|+$/, '');
    if (text) segments[segments.length - 1].push({ ...w, text });
    if (closes) cut();
  });
  return segments.filter((s) => s.length).map(segmentOf);
}

/** Lines at the same height (overlapping by half the smaller one) form one row, left to right (step 2). */
function rows(segments: Segment[][]): Segment[][] {
  const lines = segments.filter((l) => l.length).map((l) => ({ segments: l, ...segmentOf(l.flatMap((s) => s.words)) }));
  lines.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const out: Array<{ segments: Segment[]; y0: number; y1: number }> = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const overlap = last ? Math.min(last.y1, line.y1) - Math.max(last.y0, line.y0) : 0;
    const xOverlap = last?.segments.some((s) => line.segments.some((t) => Math.min(s.x1, t.x1) > Math.max(s.x0, t.x0)));
    if (last && !xOverlap && overlap > 0.5 * Math.min(last.y1 - last.y0, line.y1 - line.y0)) {
      last.segments.push(...line.segments);
      last.y0 = Math.min(last.y0, line.y0);
      last.y1 = Math.max(last.y1, line.y1);
    } else {
      out.push({ segments: [...line.segments], y0: line.y0, y1: line.y1 });
    }
  }
  return out.map((r) => r.segments.sort((a, b) => a.x0 - b.x0));
}

const overlapX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));

/** Builds the text and word offsets. */
class Writer {
  text = '';
  words: PlacedWord[] = [];
  line(segment: Segment) {
    segment.words.forEach((w, i) => {
      if (i > 0) this.text += ' ';
      // Tesseract may give a letter and its marks apart; the rest of ingest works on NFC. It
      // also reads Đ as the look-alike Icelandic Ð (eth), a letter Vietnamese never uses.
      const text = w.text.normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
      this.words.push({ start: this.text.length, end: this.text.length + text.length, confidence: w.confidence });
      this.text += text;
    });
    this.text += '\n';
  }
  blank() {
    if (this.text !== '' && !this.text.endsWith('\n\n')) this.text += '\n';
  }
}

/** What reading a page's rows needs to know of the page. */
interface PageMetrics {
  left: number;
  right: number;
  lineHeight: number;
  rules: PageRules;
}

/**
 * Read one page into `out`: ruled tables cell by cell (./ocr-tables.ts), the rest row by row
 * and region by region (steps 3 and 4), each in its place from top to bottom.
 */
function readPage(page: OcrPage, out: Writer): void {
  const rules = page.rules ?? { vertical: [], horizontal: [] };
  const tables = findTables(rules);
  // Words inside a table go to its cells, a cell's words grouped by the Tesseract line they
  // come from; the rest stay in their lines.
  const cells = tables.map(() => new Map<string, { row: number; col: number; lines: OcrWord[][] }>());
  const lines: OcrWord[][] = [];
  for (const line of page.lines) {
    const rest: OcrWord[] = [];
    const touched = new Set<OcrWord[]>();
    for (const w of line.words.map(clean).filter((w): w is OcrWord => w !== null)) {
      const x = (w.x0 + w.x1) / 2;
      const y = (w.y0 + w.y1) / 2;
      const t = tables.findIndex((table) => inTable(table, x, y));
      if (t < 0) {
        rest.push(w);
        continue;
      }
      const { row, col } = cellOf(tables[t], x, y);
      const key = `${row}:${col}`;
      let cell = cells[t].get(key);
      if (!cell) cells[t].set(key, (cell = { row, col, lines: [] }));
      let fragment = cell.lines.find((l) => touched.has(l));
      if (!fragment) {
        cell.lines.push((fragment = []));
        touched.add(fragment);
      }
      fragment.push(w);
    }
    if (rest.length) lines.push(rest);
  }
  const all = rows(lines.map((l) => splitLine(l, rules)));
  const flat = all.flat();
  const metrics: PageMetrics = {
    left: flat.length ? Math.min(...flat.map((s) => s.x0)) : 0,
    right: flat.length ? Math.max(...flat.map((s) => s.x1)) : 0,
    lineHeight: median(flat.map((s) => s.y1 - s.y0)) || 1,
    rules,
  };
  // Rows above each table, then the table, top to bottom.
  const order = tables.map((t, k) => ({ t, k })).sort((a, b) => a.t.y0 - b.t.y0);
  let from = 0;
  for (const { t, k } of order) {
    let to = from;
    while (to < all.length && Math.min(...all[to].map((s) => s.y0)) < t.y0) to++;
    readRows(all.slice(from, to), out, metrics);
    out.blank();
    readTable([...cells[k].values()], out);
    out.blank();
    from = to;
  }
  readRows(all.slice(from), out, metrics);
}

/** A table's cells, row by row and left to right, each its own paragraph. */
function readTable(cells: Array<{ row: number; col: number; lines: OcrWord[][] }>, out: Writer): void {
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of cells) {
    out.blank();
    const fragments = cell.lines.map((l) => segmentOf([...l].sort((a, b) => a.x0 - b.x0)));
    for (const f of fragments.sort((a, b) => a.y0 - b.y0)) out.line(f);
  }
}

/** A word with table rules read as `|` taken off, or null when nothing else is left. */
function clean(w: OcrWord): OcrWord | null {
  const text = w.text.replace(/^\|+|\|+$/g, '');
  return text ? { ...w, text } : null;
}

/** Read rows outside tables into `out` (steps 3 and 4). */
function readRows(all: Segment[][], out: Writer, { left, right, lineHeight, rules }: PageMetrics): void {
  const centre = (left + right) / 2;
  // A horizontal rule between two segments of a column parts them (a table row ends).
  const ruled = (a: Segment, b: Segment) => rules.horizontal.some((r) => {
    const y = yAt(r, (b.x0 + b.x1) / 2);
    return y > a.y1 - 2 && y < b.y0 + 2 && overlapX({ x0: r.x0, x1: r.x1 }, b) > 0;
  });
  const top = (r: Segment[]) => Math.min(...r.map((s) => s.y0));
  const bottom = (r: Segment[]) => Math.max(...r.map((s) => s.y1));
  let previousBottom: number | null = null;
  let i = 0;
  while (i < all.length) {
    const row = all[i];
    if (previousBottom !== null && top(row) - previousBottom > 0.6 * lineHeight) out.blank();
    if (row.length < 2) {
      out.line(row[0]);
      previousBottom = bottom(row);
      i++;
      continue;
    }
    // A region: columns from this row's segments, widened by what joins them.
    const columns = row.map((s) => ({ x0: s.x0, x1: s.x1, segments: [s] }));
    let end = i + 1;
    for (; end < all.length; end++) {
      const next = all[end];
      if (top(next) - bottom(all[end - 1]) > 2.5 * lineHeight) break;
      const homes = next.map((s) => {
        const overlaps = columns.map((c) => overlapX(s, c));
        const hits = overlaps.filter((o) => o > 0).length;
        return hits === 1 ? overlaps.findIndex((o) => o > 0) : hits === 0 ? -2 : -1;
      });
      // A segment across two columns is a full-width line: the region is over.
      if (homes.includes(-1)) break;
      if (next.length === 1) {
        const s = next[0];
        const mid = (s.x0 + s.x1) / 2;
        if (homes[0] < 0 || Math.abs(mid - centre) < CENTRED * (right - left)) break;
      }
      next.forEach((s, k) => {
        if (homes[k] === -2) {
          // A new column between or beside the known ones (a cell empty in the first row).
          const at = columns.findIndex((c) => c.x0 > s.x1);
          columns.splice(at < 0 ? columns.length : at, 0, { x0: s.x0, x1: s.x1, segments: [s] });
        } else {
          const c = columns[homes[k]];
          c.segments.push(s);
          c.x0 = Math.min(c.x0, s.x0);
          c.x1 = Math.max(c.x1, s.x1);
        }
      });
    }
    columns.forEach((c, k) => {
      if (k > 0) out.blank();
      c.segments.forEach((s, j) => {
        if (j > 0 && (s.y0 - c.segments[j - 1].y1 > 0.6 * lineHeight || ruled(c.segments[j - 1], s))) out.blank();
        out.line(s);
      });
    });
    previousBottom = Math.max(...all.slice(i, end).map(bottom));
    out.blank();
    i = end;
  }
}

/**
 * The text of OCR'd `pages` in reading order: lines end with `\n`, paragraphs, header
 * columns, table cells and pages are parted by a blank line. `words` lists every word's offsets
 * (UTF-16 code units) in `text` and its confidence (0–100), in text order.
 */
export function layOut(pages: OcrPage[]): LaidOutText {
  const out = new Writer();
  for (const page of pages) {
    out.blank();
    readPage(page, out);
  }
  return { text: out.text, words: out.words };
}
