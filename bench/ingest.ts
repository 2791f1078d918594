/**
 * `npm run bench:ingest [-- --citations N --per-row M]`: graph write throughput, in citations
 * per second, of the batched writer (ingest/writer.ts: one transaction of UNWIND statements per
 * batch of files) and of the plain one-transaction-per-citation writer, measured in one run on a
 * fresh local Neo4j (port BENCH_NEO4J_PORT, default 7689; data in data/neo4j-bench).
 * The input is the sample corpus with its digits varied (bench/generate.ts), extracted once
 * before timing, so only the writes are measured; both writers are timed after a warm-up on
 * other documents (5,000 citations batched, 200 one by one), deleted before timing.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../cypher/index.ts';
import { clearBenchDatabase } from './clear.ts';
import { REPO_ROOT, startLocalNeo4j } from '../neo4j/local.ts';
import { extract } from '../ingest/extract.ts';
import { toRecords, type FileRecords } from '../ingest/records.ts';
import { applySchema, writeBatch } from '../ingest/writer.ts';
import { sampleTexts, variants } from './generate.ts';

/** File records holding at least `citations` citations in all, from the variants of `seed`. */
function corpus(citations: number, seed = 3, prefix = 'gen'): FileRecords[] {
  const files: FileRecords[] = [];
  let total = 0;
  let i = 0;
  for (const text of variants(sampleTexts('all'), seed)) {
    if (total >= citations) break;
    const records = toRecords(`${prefix}-${i++}.txt`, extract(text), `${prefix}-hash-${i}`);
    files.push(records);
    total += records.citations.length;
  }
  return files;
}

async function batched(driver: Driver, files: FileRecords[], batchSize: number): Promise<number> {
  let written = 0;
  for (let i = 0; i < files.length; i += batchSize) written += await writeBatch(driver, files.slice(i, i + batchSize));
  return written;
}

async function perRow(driver: Driver, files: FileRecords[], limit: number): Promise<number> {
  const session = driver.session();
  let written = 0;
  try {
    for (const f of files) {
      const docs = new Map([f.self, ...f.cited].map((d) => [d.key, d]));
      for (const { from, to, relation, ...props } of f.citations) {
        if (written >= limit) return written;
        const { searchText: _a, ...fromDoc } = docs.get(from) ?? { key: from, searchText: '' };
        const { searchText: _b, ...toDoc } = docs.get(to) ?? { key: to, searchText: '' };
        await session.executeWrite((tx) => tx.run(loadCypher('write-citation-row'), { from: fromDoc, to: toDoc, relation, props }));
        written++;
      }
    }
    return written;
  } finally {
    await session.close();
  }
}

new Command()
  .name('npm run bench:ingest --')
  .option('--citations <n>', 'citations for the batched writer', (v) => Number(v), 100_000)
  .option('--per-row <n>', 'citations for the one-transaction-per-citation writer', (v) => Number(v), 5_000)
  .option('--batch-size <n>', 'files per transaction of the batched writer', (v) => Number(v), 50)
  .action(async (opts: { citations: number; perRow: number; batchSize: number }) => {
    const port = Number(process.env.BENCH_NEO4J_PORT || 7689);
    const dataDir = path.join(REPO_ROOT, 'data', 'neo4j-bench');
    await rm(dataDir, { recursive: true, force: true });
    const db = await startLocalNeo4j({ port, dataDir, log: (line) => console.error(line) });
    const driver = neo4j.driver(db.uri);
    try {
      await applySchema(driver);
      const started = Date.now();
      const files = corpus(opts.citations);
      const citations = files.reduce((n, f) => n + f.citations.length, 0);
      console.log(`input: ${files.length} documents, ${citations} citations (extracted in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

      // Both writers are timed after a warm-up on other documents, written and then deleted: a
      // fresh JVM's first batch takes seconds (query planning, JIT), which a short run would
      // otherwise count against the batched writer alone, since the per-row one runs second.
      const warm = corpus(Math.min(5_000, opts.citations), 4, 'warm');
      await batched(driver, warm, opts.batchSize);
      await perRow(driver, warm, Math.min(200, opts.perRow));
      await clearBenchDatabase(driver);

      let t = process.hrtime.bigint();
      const written = await batched(driver, files, opts.batchSize);
      let seconds = Number(process.hrtime.bigint() - t) / 1e9;
      const batchedRate = written / seconds;
      console.log(`batched writer (${opts.batchSize} files per transaction): ${written} citations in ${seconds.toFixed(1)} s → ${batchedRate.toFixed(0)} citations/s`);

      await clearBenchDatabase(driver);
      t = process.hrtime.bigint();
      const rows = await perRow(driver, files, opts.perRow);
      seconds = Number(process.hrtime.bigint() - t) / 1e9;
      const rowRate = rows / seconds;
      console.log(`one transaction per citation: ${rows} citations in ${seconds.toFixed(1)} s → ${rowRate.toFixed(0)} citations/s`);
      console.log(`ratio: ${(batchedRate / rowRate).toFixed(1)}×`);
      console.log(JSON.stringify({ ingest_citations_s: Math.round(batchedRate), ingest_per_row_citations_s: Math.round(rowRate) }));
    } finally {
      await driver.close();
      await db.stop();
    }
  })
  .parseAsync();
