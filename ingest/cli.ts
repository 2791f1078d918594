/**
 * `npm run ingest -- <files|folders>`: ingest into the graph without serving, print a summary.
 * `npm run ingest -- --delete <key>`: remove what a document asserted (kept as a stub while
 * others cite it). Uses NEO4J_URI when set, else starts the local Neo4j and stops it at the end.
 */
import { Command, InvalidArgumentError } from 'commander';
import { openDatabase, DatabaseError, DatabaseStartError } from '../neo4j/index.ts';
import { applySchema, deleteDocument, ingestPaths } from './index.ts';
import { formatSummary, terminalProgress } from './progress.ts';

const program = new Command()
  .name('npm run ingest --')
  .description('Ingest Vietnamese administrative documents (.txt, .md, .docx, PDF with text) into the citation graph.')
  .argument('[paths...]', 'files or folders to ingest')
  .option('--max-bytes <n>', 'refuse files larger than this', positive, 20 * 1024 * 1024)
  .option('--batch-size <n>', 'files per write transaction', positive, 50)
  .option('--delete <key...>', 'remove what these documents asserted (e.g. vn/khanh-hoa/ubnd/qd/2020/489)')
  .action(async (paths: string[], opts: { maxBytes: number; batchSize: number; delete?: string[] }) => {
    if (!paths.length && !opts.delete) program.error('error: give files or folders to ingest, or --delete <key>');
    const db = await openDatabase({ log: (line) => console.error(line) });
    try {
      await applySchema(db.driver);
      for (const key of opts.delete ?? []) {
        const result = await deleteDocument(db.driver, key);
        if (!result.found) {
          console.error(`No document has the key ${key}.`);
          process.exitCode = 1;
        } else {
          console.log(result.keptAsStub ? `Deleted what ${key} asserted; kept as a stub, other documents cite it.` : `Deleted ${key}.`);
        }
      }
      if (!paths.length) return;
      const progress = terminalProgress();
      const started = Date.now();
      const summary = await ingestPaths(db.driver, paths, { ...opts, onProgress: progress.onProgress });
      progress.stop();
      for (const line of formatSummary(summary, (Date.now() - started) / 1000)) console.log(line);
      if (summary.files === 0) process.exitCode = 1;
    } finally {
      await db.close();
    }
  });

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DatabaseError || error instanceof DatabaseStartError) console.error(error.message);
  else console.error(error instanceof Error ? `Ingest failed: ${error.message}` : error);
  process.exit(1);
});
