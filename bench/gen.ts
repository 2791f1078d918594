/**
 * `npm run gen -- --documents N --out <folder> [--seed S]`: a generated national-size corpus as
 * text files (bench/corpus/model.ts, render.ts), deterministic from the seed.
 * `npm run gen -- --documents N --direct`: the same graph written as rows straight to the database
 * (NEO4J_URI, or the local Neo4j), for sizes where text is the bottleneck.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { openDatabase } from '../neo4j/index.ts';
import { applySchema, writeBatch } from '../ingest/writer.ts';
import { generateCorpus } from './corpus/model.ts';
import { renderDocument } from './corpus/render.ts';
import { toFileRecords } from './corpus/rows.ts';

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function bar(total: number, what: string) {
  const b = new cliProgress.SingleBar({ format: `${what} |{bar}| {value}/{total}`, hideCursor: true, noTTYOutput: false }, cliProgress.Presets.shades_classic);
  if (process.stderr.isTTY) b.start(total, 0);
  return { tick: (n: number) => process.stderr.isTTY && b.update(n), stop: () => process.stderr.isTTY && b.stop() };
}

new Command()
  .name('npm run gen --')
  .description('Generate a realistic corpus of Vietnamese administrative documents (deterministic).')
  .requiredOption('--documents <n>', 'how many documents', positive)
  .option('--out <folder>', 'write text files here')
  .option('--direct', 'write the graph rows straight to the database instead of text files')
  .option('--seed <n>', 'random seed', positive, 1)
  .option('--batch-size <n>', 'documents per write transaction with --direct', positive, 500)
  .action(async (opts: { documents: number; out?: string; direct?: boolean; seed: number; batchSize: number }) => {
    if (!opts.out === !opts.direct) throw new InvalidArgumentError('give either --out <folder> or --direct');
    const started = Date.now();
    const docs = generateCorpus({ documents: opts.documents, seed: opts.seed });
    const citations = docs.reduce((n, d) => n + d.cites.length, 0);
    if (opts.out) {
      await mkdir(opts.out, { recursive: true });
      const progress = bar(docs.length, 'Ghi tệp');
      for (const d of docs) {
        await writeFile(join(opts.out, `gen-${String(d.id).padStart(7, '0')}.txt`), renderDocument(d));
        if (d.id % 100 === 0) progress.tick(d.id);
      }
      progress.stop();
    } else {
      const db = await openDatabase({ log: (line) => console.error(line) });
      try {
        await applySchema(db.driver);
        const progress = bar(docs.length, 'Ghi đồ thị');
        for (let i = 0; i < docs.length; i += opts.batchSize) {
          await writeBatch(db.driver, docs.slice(i, i + opts.batchSize).map(toFileRecords));
          progress.tick(Math.min(docs.length, i + opts.batchSize));
        }
        progress.stop();
      } finally {
        await db.close();
      }
    }
    console.log(`${docs.length} documents, ${citations} citations, ${docs.filter((d) => d.damaged).length} OCR-damaged, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  })
  .parseAsync()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
