/**
 * `npm run ingest -- <files|folders>`: ingest into the graph without serving, print a summary.
 * Uses NEO4J_URI when set, else starts the local Neo4j and stops it at the end.
 */
import { Command } from 'commander';
import { openDatabase, DatabaseError, DatabaseStartError } from '../neo4j/index.ts';
import { applySchema, ingestPaths } from './index.ts';
import { formatSummary, terminalProgress } from './progress.ts';

const program = new Command()
  .name('npm run ingest --')
  .description('Ingest Vietnamese administrative documents (.txt, .md, .docx, PDF with text) into the citation graph.')
  .argument('<paths...>', 'files or folders to ingest')
  .option('--max-bytes <n>', 'refuse files larger than this', (v) => Number(v), 20 * 1024 * 1024)
  .option('--batch-size <n>', 'files per write transaction', (v) => Number(v), 50)
  .action(async (paths: string[], opts: { maxBytes: number; batchSize: number }) => {
    const db = await openDatabase({ log: (line) => console.error(line) });
    try {
      await applySchema(db.driver);
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

program.parseAsync().catch((error: unknown) => {
  if (error instanceof DatabaseError || error instanceof DatabaseStartError) console.error(error.message);
  else console.error(error instanceof Error ? `Ingest failed: ${error.message}` : error);
  process.exit(1);
});
