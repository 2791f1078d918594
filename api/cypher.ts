/**
 * The API's Cypher, kept in `cypher/*.cypher` at the repository root so that no query text lives
 * in TypeScript. Each file is read from disk once, on first use, and cached for the life of the
 * process. Every query is parameterized: values travel as driver parameters, never as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read queries of the API, by file name without `.cypher`. */
export const QUERY_NAMES = ['document', 'search', 'lineage-up', 'lineage-down', 'lineage-both'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** `cypher/` at the repository root (this file is `api/cypher.ts`). */
export const CYPHER_DIR = fileURLToPath(new URL('../cypher/', import.meta.url));

const cache = new Map<QueryName, string>();

/**
 * The text of `cypher/<name>.cypher`, read once.
 * @throws Error when the file is missing or empty (a deployment fault, reported at first use).
 */
export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
    if (!text) throw new Error(`cypher/${name}.cypher is empty`);
    cache.set(name, text);
  }
  return text;
}

/** Read every query now, so that a missing file stops the server at start rather than a request. */
export function loadAllQueries(): void {
  for (const name of QUERY_NAMES) cypher(name);
}
