/**
 * The API's read queries, by name. The text lives in `cypher/<name>.cypher` (loaded once by
 * cypher/index.ts, the loader the writer uses too); every query is parameterized.
 */
import { loadCypher } from '../cypher/index.ts';

/** The read queries of the API, by file name without `.cypher`. */
export const QUERY_NAMES = [
  'document',
  'documents',
  'documents-count',
  'search',
  'lineage-up',
  'lineage-down',
  'lineage-both',
  'citations',
  'cited-by',
  'same-as',
  'source-text',
  'documents-by-key',
  'path-up',
  'path-down',
  'path-both',
  'compare-provinces',
  'provinces',
  'stats',
  'stats-provinces',
  'stats-issuers',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/**
 * The text of `cypher/<name>.cypher`, read once.
 * @throws Error when the file is missing or empty (a deployment fault).
 */
export function cypher(name: QueryName): string {
  return loadCypher(name);
}

/** Read every query now, so that a missing file stops the server at start rather than a request. */
export function loadAllQueries(): void {
  for (const name of QUERY_NAMES) cypher(name);
}
