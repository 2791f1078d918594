/**
 * `npm run bench:extract [-- --mb N]`: extraction throughput on one core, in MB/s of UTF-8 text,
 * over a generated input of at least N MB (default 50) for clean and for OCR-damaged text
 * separately. The input is the sample corpus with its numbers and dates varied (deterministic),
 * so the extractor sees realistic documents, not one string repeated. Each kind is timed after a
 * warm-up on 15 MB of other documents of that kind (steady-state throughput, see `measure`).
 */
import { Command } from 'commander';
import { extract } from '../ingest/extract.ts';
import { generate, sampleTexts } from './generate.ts';

/**
 * MB/s over `docs`, after a warm-up pass over `warmUp`: other documents of the same kind (another
 * seed), so that V8 has compiled the extractor before timing starts (its first few hundred
 * documents run 3-6x slower) while the measured documents are still new to it.
 */
function measure(label: string, docs: string[], warmUp: string[]): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of warmUp) extract(d);
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
    const clean = generate(sampleTexts('clean'), opts.mb, 1);
    const damaged = generate(sampleTexts('damaged'), opts.mb, 2);
    const warm = (kind: 'clean' | 'damaged') => generate(sampleTexts(kind), 15, 99);
    const result = { extract_mb_s_clean: measure('clean', clean, warm('clean')), extract_mb_s_damaged: measure('damaged', damaged, warm('damaged')) };
    console.log(JSON.stringify(result));
  })
  .parse();
