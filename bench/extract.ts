/**
 * `npm run bench:extract [-- --mb N]`: extraction throughput on one core, in MB/s of UTF-8 text,
 * over a generated input of at least N MB (default 50) for clean and for OCR-damaged text
 * separately. The input is the sample corpus with its numbers and dates varied (deterministic),
 * so the extractor sees realistic documents, not one string repeated.
 */
import { Command } from 'commander';
import { extract } from '../ingest/extract.ts';
import { generate, sampleTexts } from './generate.ts';

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
    const clean = generate(sampleTexts('clean'), opts.mb, 1);
    const damaged = generate(sampleTexts('damaged'), opts.mb, 2);
    const result = { extract_mb_s_clean: measure('clean', clean), extract_mb_s_damaged: measure('damaged', damaged) };
    console.log(JSON.stringify(result));
  })
  .parse();
