/**
 * `npm start [-- <folder>]`: the main job. Opens the database (NEO4J_URI, or the local Neo4j it
 * starts itself), applies the schema, ingests `<folder>` if given — or the sample corpus when
 * the graph holds no documents — then serves the GraphQL API and the page until Ctrl-C.
 */
import { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { openDatabase, DatabaseError, DatabaseStartError, type Database } from '../neo4j/index.ts';
import { applySchema, countDocuments, ingestPaths } from '../ingest/index.ts';
import { formatSummary, terminalProgress } from '../ingest/progress.ts';
import { startServer, type RunningServer } from './server.ts';

/** The sample corpus shipped with the repository. */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../examples/corpus/', import.meta.url));

async function ingestWithProgress(db: Database, paths: string[]): Promise<void> {
  const progress = terminalProgress();
  const started = Date.now();
  const summary = await ingestPaths(db.driver, paths, { onProgress: progress.onProgress, onOcrProgress: progress.onOcrProgress });
  progress.stop();
  for (const line of formatSummary(summary, (Date.now() - started) / 1000)) console.log(line);
}

async function main(folder: string | undefined): Promise<void> {
  const started = Date.now();
  const db = await openDatabase({ log: (line) => console.error(line) });
  let server: RunningServer | null = null;
  const shutdown = async (code: number) => {
    await server?.close().catch(() => {});
    await db.close().catch(() => {});
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(130));
  process.once('SIGTERM', () => void shutdown(143));
  try {
    await applySchema(db.driver);
    if (folder) await ingestWithProgress(db, [folder]);
    else if ((await countDocuments(db.driver)).documents === 0) {
      console.log('The graph is empty: ingesting the sample corpus (examples/corpus).');
      await ingestWithProgress(db, [SAMPLE_CORPUS]);
    }
    server = await startServer({ driver: db.driver });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Căn cứ is ready in ${seconds} s: page ${server.url} · GraphQL ${server.url}graphql (${db.local ? 'local Neo4j' : db.uri}). Ctrl-C stops.`);
}

new Command()
  .name('npm start --')
  .description('Serve the citation graph explorer; ingest <folder> first when given.')
  .argument('[folder]', 'a folder (or file) of documents to ingest before serving')
  .action(main)
  .parseAsync()
  .catch((error: unknown) => {
    if (error instanceof DatabaseError || error instanceof DatabaseStartError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`Port ${process.env.PORT ?? 4000} is taken: set PORT to another port.`);
    } else console.error(error instanceof Error ? `Căn cứ could not start: ${error.message}` : error);
    process.exit(1);
  });
