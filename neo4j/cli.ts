/**
 * `npm run db`: runs the local Neo4j 5.26 in the foreground until Ctrl-C / SIGTERM.
 *
 * Settings: NEO4J_PORT (default 7687), NEO4J_DATA_DIR (default <repo>/data/neo4j). Errors are
 * printed as one line on stderr (exit code 1).
 */
import path from 'node:path';
import { DatabaseError, REPO_ROOT, startLocalNeo4j, type LocalNeo4j } from './local.ts';
import { parsePort } from './index.ts';

function log(line: string): void {
  console.error(line);
}

/** The data directory as the user would type it: relative to the current directory if inside it. */
function displayPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  if (relative === '') return '.';
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return `.${path.sep}${relative}`;
  return dir;
}


async function main(): Promise<number> {
  const port = parsePort(process.env.NEO4J_PORT);
  const dataDir = process.env.NEO4J_DATA_DIR?.trim()
    ? path.resolve(process.env.NEO4J_DATA_DIR.trim())
    : path.join(REPO_ROOT, 'data', 'neo4j');
  if (process.env.NEO4J_URI) {
    log(`Note: NEO4J_URI is set (${process.env.NEO4J_URI}); npm run db starts the local Neo4j regardless.`);
  }

  const neo4j: LocalNeo4j = await startLocalNeo4j({ port, dataDir, log });
  let stopRequested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopRequested) return;
    stopRequested = true;
    log(`${signal === 'SIGINT' ? '\n' : ''}Stopping Neo4j…`);
    void neo4j.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  console.log(`Neo4j 5.26 listening on ${neo4j.uri} (data: ${displayPath(dataDir)}). Ctrl-C stops it.`);

  // The JVM does not keep this process alive by itself: hold the event loop until it exits.
  const keepAlive = setInterval(() => {}, 1 << 30);
  const { code, signal } = await neo4j.exited;
  clearInterval(keepAlive);

  if (stopRequested) {
    log('Neo4j stopped.');
    return 0;
  }
  log(`Neo4j stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); see ${path.join(displayPath(dataDir), 'logs', 'debug.log')}.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof DatabaseError) {
      console.error(err.message);
    } else {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    }
    process.exit(1);
  },
);
