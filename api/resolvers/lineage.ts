/**
 * `Query.lineage(key, direction, depth)`: the documents reachable from `key` through citation
 * relations within `depth` hops, and the relations traversed to reach them.
 *
 * How the walk is done. Cypher cannot take the bound of a variable-length pattern
 * (`[*1..$depth]`, or a quantified path `{1,$depth}`) as a parameter, and splicing the number
 * into the query text would put query text in TypeScript. A variable-length pattern would also
 * enumerate every *path* up to the bound, which grows exponentially on a dense citation graph,
 * while the answer only needs each *node* once. So the walk is a breadth-first search done
 * hop by hop: one parameterized query per hop (cypher/lineage-{up,down,both}.cypher) over the
 * whole frontier, which expands each document once, so the cost is linear in the nodes and
 * relationships touched and there are at most `depth` (≤ 10) round trips. All hops run in one
 * read transaction, so they see one consistent state of the graph and share its timeout.
 */
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, type QueryName } from '../cypher.ts';
import { badUserInput, notFound } from '../errors.ts';
import type { Direction, Document, Edge, Graph, QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';
import { checkKey } from './document.ts';

export const DEFAULT_DEPTH = 3;
export const MAX_DEPTH = 10;
/** Most documents in one answer (the start included); the walk stops adding documents there. */
export const MAX_NODES = 5000;
/** Most relationship rows read in one hop, and most edges in one answer. */
export const MAX_EDGES = 20000;

const HOP_QUERY: Record<Direction, QueryName> = {
  UP: 'lineage-up',
  DOWN: 'lineage-down',
  BOTH: 'lineage-both',
};

/**
 * Resolve `lineage(key, direction, depth)`.
 *
 * UP follows citing → cited (towards the legal bases), DOWN cited → citing, BOTH either way.
 * Returns the start document and every document reached in at most `depth` hops (breadth first,
 * so each at its shortest distance), and the relations traversed: every relation from (UP), to
 * (DOWN) or at (BOTH) a document reached in fewer than `depth` hops, with `from` → `to` in the
 * stored direction (citing → cited). Several relations of one type between the same two
 * documents appear once, with the quote of the citing document's own statement if there is one.
 * At most {@link MAX_NODES} documents and {@link MAX_EDGES} edges: past that the walk stops and
 * the graph is cut there (only edges between returned documents are kept).
 *
 * @param direction null means UP; @param depth null means {@link DEFAULT_DEPTH}.
 * @throws BAD_USER_INPUT when depth is not between 1 and {@link MAX_DEPTH} or the key is too long;
 *   NOT_FOUND when no document has the key.
 */
export const lineage: NonNullable<QueryResolvers['lineage']> = async (_parent, args, context) => {
  const { key } = args;
  const direction: Direction = args.direction ?? 'UP';
  const depth = args.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw badUserInput(`depth must be between 1 and ${MAX_DEPTH}`, 'depth');
  }
  checkKey(key);

  const graph = await context.read((tx) => walk(tx, key, direction, depth));
  if (!graph) throw notFound(`No document has the key "${key}"`);
  return graph;
};

/** The breadth-first walk; null when the start document does not exist. Safe to retry. */
async function walk(tx: ManagedTransaction, key: string, direction: Direction, depth: number): Promise<Graph | null> {
  const start = await tx.run(cypher('document'), { key });
  const startRecord = start.records[0];
  if (!startRecord) return null;

  const nodes = new Map<string, Document>([[key, toDocument(startRecord.get('document'))]]);
  const edges = new Map<string, Edge>();
  let frontier = [key];

  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const result = await tx.run(cypher(HOP_QUERY[direction]), {
      frontier,
      visited: [...nodes.keys()],
      limit: neo4j.int(MAX_EDGES),
    });
    const next: string[] = [];
    let full = result.records.length >= MAX_EDGES;
    for (const record of result.records) {
      const reached: string = record.get('reached');
      if (!nodes.has(reached)) {
        const node = record.get('node') as Record<string, unknown> | null;
        if (!node || nodes.size >= MAX_NODES) {
          full = true;
          continue;
        }
        nodes.set(reached, toDocument(node));
        next.push(reached);
      }
      const from: string = record.get('fromKey');
      const to: string = record.get('toKey');
      const relation: string = record.get('relation');
      const id = `${from}\u0000${to}\u0000${relation}`;
      if (edges.has(id)) continue;
      if (edges.size >= MAX_EDGES) {
        full = true;
        continue;
      }
      const quote = record.get('quote');
      const confidence = record.get('confidence');
      edges.set(id, { from, to, relation, quote: typeof quote === 'string' ? quote : null, ocr: record.get('ocr') === true, confidence: typeof confidence === 'number' ? confidence : null });
    }
    if (full) break;
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
