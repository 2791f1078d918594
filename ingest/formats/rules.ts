/**
 * Table rules on a page image: found, erased, and kept as lines for the layout. Tesseract's
 * page segmentation takes a ruled table for a picture and drops the short cells (row numbers,
 * "Quý I"), and reads the rules it keeps as `|`; on a clean page it reads them all. The rules
 * also say where the cells are, which the layout uses to cut a row into cells
 * (./ocr-layout.ts).
 *
 * A rule is a straight run of dark pixels longer than any letter stroke: at least 0.3 inch
 * across (an em dash at 13 pt is 0.18), or 0.22 inch down (a 13 pt "l" or "(" is under 0.18;
 * marks stacked on a capital are not joined to it). Runs are looked for row by row and column
 * by column, so a page skewed by up to about two degrees still shows each rule as runs of
 * thickness/sin(skew) pixels, long enough.
 */
import sharp from 'sharp';

/**
 * A rule as a segment from (x0, y0) to (x1, y1), pixels: horizontal ones left to right,
 * vertical ones top to bottom; on a skewed page the far end is a little off the near one's line.
 */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where the horizontal rule `r` is at `x` (its height there), or the vertical one at `y`. */
export const yAt = (r: Rule, x: number) => (r.x1 === r.x0 ? r.y0 : r.y0 + ((r.y1 - r.y0) * (x - r.x0)) / (r.x1 - r.x0));
export const xAt = (r: Rule, y: number) => (r.y1 === r.y0 ? r.x0 : r.x0 + ((r.x1 - r.x0) * (y - r.y0)) / (r.y1 - r.y0));

/** Rules found on a page. */
export interface PageRules {
  vertical: Rule[];
  horizontal: Rule[];
}

/** Darker than this (0–255 grey) is ink. */
const INK = 140;

/**
 * Find the rules of the greyscale page image `png` (rendered at `dpi`), erase them (paint them
 * white, a pixel of margin either side) and return the cleaned PNG with the rules found.
 */
export async function eraseRules(png: Uint8Array, dpi: number): Promise<{ png: Uint8Array; rules: PageRules }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const pixels = new Uint8Array(data.buffer, data.byteOffset, width * height);
  const minAcross = Math.round(0.3 * dpi);
  const minDown = Math.round(0.22 * dpi);
  const erase: Array<[number, number]> = [];
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const ink = x < width && pixels[y * width + x] < INK;
      if (ink && start < 0) start = x;
      else if (!ink && start >= 0) {
        if (x - start >= minAcross) {
          horizontal.push({ x0: start, y0: y, x1: x, y1: y });
          for (let i = start; i < x; i++) erase.push([i, y]);
        }
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const ink = y < height && pixels[y * width + x] < INK;
      if (ink && start < 0) start = y;
      else if (!ink && start >= 0) {
        if (y - start >= minDown) {
          vertical.push({ x0: x, y0: start, x1: x, y1: y });
          for (let i = start; i < y; i++) erase.push([x, i]);
        }
        start = -1;
      }
    }
  }
  if (!erase.length) return { png, rules: { vertical: [], horizontal: [] } };
  // Anti-aliased edges of a rule are lighter than INK, and left behind they glue the words of
  // a cell's first line together: take two pixels around it too (cells are padded more).
  for (const [x, y] of erase) {
    for (let dy = Math.max(0, y - 2); dy <= Math.min(height - 1, y + 2); dy++) {
      for (let dx = Math.max(0, x - 2); dx <= Math.min(width - 1, x + 2); dx++) pixels[dy * width + dx] = 255;
    }
  }
  const cleaned = await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return { png: cleaned, rules: { vertical: merge(vertical, 'x'), horizontal: merge(horizontal, 'y') } };
}

/**
 * Runs of neighbouring pixel lines that touch are one rule (a rule is 2–3 pixels thick, and a
 * skewed one is a staircase of runs). The rule goes from its first run's start to its last
 * run's end, which keeps its slope.
 */
function merge(runs: Rule[], axis: 'x' | 'y'): Rule[] {
  type Group = { rule: Rule; lo: number; hi: number; end: number };
  const groups: Group[] = [];
  // Horizontal runs by x start (then y), vertical by y start (then x): each run joins the group
  // whose last run it touches.
  const along = axis === 'y' ? (r: Rule) => r.x0 : (r: Rule) => r.y0;
  const across = axis === 'y' ? (r: Rule) => r.y0 : (r: Rule) => r.x0;
  const stop = axis === 'y' ? (r: Rule) => r.x1 : (r: Rule) => r.y1;
  for (const r of [...runs].sort((a, b) => along(a) - along(b) || across(a) - across(b))) {
    const g = groups.find((o) => across(r) >= o.lo - 2 && across(r) <= o.hi + 2 && along(r) <= o.end + 2);
    if (!g) {
      groups.push({ rule: { ...r }, lo: across(r), hi: across(r), end: stop(r) });
      continue;
    }
    g.lo = Math.min(g.lo, across(r));
    g.hi = Math.max(g.hi, across(r));
    if (stop(r) >= g.end) {
      g.end = stop(r);
      if (axis === 'y') Object.assign(g.rule, { x1: r.x1, y1: r.y1 });
      else Object.assign(g.rule, { x1: r.x1, y1: r.y1 });
    }
  }
  return groups.map((g) => g.rule);
}
