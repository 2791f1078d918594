/**
 * `npm run bench:extract [-- --mb N]`: extraction throughput on one core, in MB/s of UTF-8 text,
 * over a generated input of at least N MB (default 50) for clean and for OCR-damaged text
 * separately. The input is the sample corpus with its numbers and dates varied (deterministic),
 * so the extractor sees realistic documents, not one string repeated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Command } from 'commander';
import { extract } from '../ingest/extract.ts';

const CORPUS = new URL('../examples/corpus/', import.meta.url);
// Files 000 and 001 are OCR output without diacritics; the others are clean text.
const DAMAGED = ['000_f532567470d3b9ab.txt', '001_b1f1a5f37476054a.txt'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same input. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents of about `mb` MB in all, made from `sources` with their digits varied. */
function generate(sources: string[], mb: number, seed: number): string[] {
  const next = random(seed);
  const docs: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const doc = sources[i % sources.length].replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d));
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return docs;
}

function measure(label: string, docs: string[]): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of docs.slice(0, 20)) extract(d); // warm up the JIT
  let citations = 0;
  const started = process.hrtime.bigint();
  for (const d of docs) citations += extract(d).citations.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mbs = bytes / 1e6 / seconds;
  console.log(`${label}: ${(bytes / 1e6).toFixed(1)} MB in ${docs.length} documents, ${seconds.toFixed(2)} s → ${mbs.toFixed(1)} MB/s (${citations} citations)`);
  return mbs;
}

new Command()
  .name('npm run bench:extract --')
  .option('--mb <n>', 'MB of text for each kind', (v) => Number(v), 50)
  .action((opts: { mb: number }) => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    const read = (f: string) => readFileSync(new URL(f, CORPUS), 'utf8').normalize('NFC');
    const clean = generate(files.filter((f) => !DAMAGED.includes(f)).map(read), opts.mb, 1);
    const damaged = generate(DAMAGED.map(read), opts.mb, 2);
    const result = { extract_mb_s_clean: measure('clean', clean), extract_mb_s_damaged: measure('damaged', damaged) };
    console.log(JSON.stringify(result));
  })
  .parse();
