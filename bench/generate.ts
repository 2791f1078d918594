/**
 * Deterministic benchmark input made from the sample corpus: the five real documents with their
 * digits varied, so the extractor and the writer see realistic documents (their numbers, dates
 * and keys differ from copy to copy), not one string repeated.
 */
import { readFileSync, readdirSync } from 'node:fs';

const CORPUS = new URL('../examples/corpus/', import.meta.url);
/** Files 000 and 001 are OCR output without diacritics; the others are clean text. */
export const DAMAGED = ['000_f532567470d3b9ab.txt', '001_b1f1a5f37476054a.txt'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same input. */
export function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample documents (NFC text), clean or OCR-damaged ones. */
export function sampleTexts(kind: 'clean' | 'damaged' | 'all'): string[] {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))
    .filter((f) => kind === 'all' || DAMAGED.includes(f) === (kind === 'damaged'));
  return files.map((f) => readFileSync(new URL(f, CORPUS), 'utf8').normalize('NFC'));
}

// A date as the samples print it, numeric ("19/3/2022", "04.3.2016") or in words ("19 tháng 3
// năm 2022", OCR'd "24 thang 3 nam 2021"); a year; any other run of digits.
const DATE_OR_DIGITS = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{1,2})(\s+th\S{1,4}ng\s+)(\d{1,2})(\s*,?\s+n\S{1,3}m\s+)((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})(?!\d)|\d+/g;

/**
 * Endless variants of `sources`: every date becomes another real calendar day of 2000-2024
 * (written as it was: separators, leading zeros), every other year another year of 2000-2024,
 * and every digit of other numbers changes with probability 0.3. Within one variant the same
 * printed date or number always becomes the same one, so a document that names a document twice
 * still names one document. Dates stay dates, as in any real document: a digit changed at
 * random in one made "49/3/2092", which no document prints.
 */
export function* variants(sources: string[], seed: number): Generator<string> {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const like = (shown: string, value: number) => String(value).padStart(shown.length, '0');
  const year = () => String(2000 + pick(25));
  const vary = (m: string, g: Array<string | undefined>): string => {
    if (g[0] !== undefined) return `${like(g[0], 1 + pick(28))}${g[1]}${like(g[2]!, 1 + pick(12))}${g[1]}${year()}`;
    if (g[4] !== undefined) return `${like(g[4], 1 + pick(28))}${g[5]}${like(g[6]!, 1 + pick(12))}${g[7]}${year()}`;
    if (g[9] !== undefined) return year();
    return m.replace(/\d/g, (d) => (next() < 0.3 ? String(pick(10)) : d));
  };
  for (let i = 0; ; i++) {
    const chosen = new Map<string, string>();
    yield sources[i % sources.length].replace(DATE_OR_DIGITS, (m: string, ...g: Array<string | undefined>) => {
      let to = chosen.get(m);
      if (to === undefined) chosen.set(m, (to = vary(m, g.slice(0, 10))));
      return to;
    });
  }
}

/** Documents of about `mb` MB (UTF-8) in all, made from `sources`. */
export function generate(sources: string[], mb: number, seed: number): string[] {
  const docs: string[] = [];
  let bytes = 0;
  for (const doc of variants(sources, seed)) {
    if (bytes >= mb * 1e6) break;
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return docs;
}
