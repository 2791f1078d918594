/**
 * Table rules on a page image: found, erased, and kept as lines for the layout. Tesseract's
 * page segmentation takes a ruled table for a picture and drops the short cells (row numbers,
 * "Quý I"), and reads the rules it keeps as `|`; on a clean page it reads them all. The rules
 * also say where the cells are, which the layout uses to cut a row into cells
 * (./ocr-layout.ts).
 *
 * A rule is a straight run of dark pixels far longer than any letter stroke: at least
 * 0.4 inch across, or 0.3 inch down (a Vietnamese capital with two marks stacked is under
 * 0.2 inch at 13 pt). Runs are looked for row by row and column by column, so a page skewed by
 * a degree or two still shows each rule as runs of about 1/sin(skew) pixels, long enough.
 */
import sharp from 'sharp';

/** A rule: vertical ones have x0 = x1 (roughly), horizontal ones y0 = y1; pixels. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

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
  const minAcross = Math.round(0.4 * dpi);
  const minDown = Math.round(0.3 * dpi);
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
  // Anti-aliased edges of a rule are lighter than INK: take the pixels around it too.
  for (const [x, y] of erase) {
    for (let dy = Math.max(0, y - 1); dy <= Math.min(height - 1, y + 1); dy++) {
      for (let dx = Math.max(0, x - 1); dx <= Math.min(width - 1, x + 1); dx++) pixels[dy * width + dx] = 255;
    }
  }
  const cleaned = await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return { png: cleaned, rules: { vertical: merge(vertical, 'x'), horizontal: merge(horizontal, 'y') } };
}

/** Runs of neighbouring pixel lines that touch are one rule (a rule is 2–3 pixels thick). */
function merge(runs: Rule[], axis: 'x' | 'y'): Rule[] {
  const out: Rule[] = [];
  const key = axis === 'x' ? (r: Rule) => r.x0 : (r: Rule) => r.y0;
  for (const r of [...runs].sort((a, b) => key(a) - key(b))) {
    const near = out.find((o) => Math.abs((axis === 'x' ? o.x1 : o.y1) - key(r)) <= 2
      && (axis === 'x' ? Math.min(o.y1, r.y1) > Math.max(o.y0, r.y0) - 2 : Math.min(o.x1, r.x1) > Math.max(o.x0, r.x0) - 2));
    if (near) {
      near.x0 = Math.min(near.x0, r.x0);
      near.x1 = Math.max(near.x1, r.x1);
      near.y0 = Math.min(near.y0, r.y0);
      near.y1 = Math.max(near.y1, r.y1);
    } else out.push({ ...r });
  }
  return out;
}
