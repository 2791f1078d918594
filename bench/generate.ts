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

/** Endless variants of `sources`: each digit changed with probability 0.3. */
export function* variants(sources: string[], seed: number): Generator<string> {
  const next = random(seed);
  for (let i = 0; ; i++) {
    yield sources[i % sources.length].replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d));
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
