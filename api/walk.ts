/**
 * The breadth-first walk over citation relations that `lineage` and `authorityChain` share.
 *
 * How the walk is done. Cypher cannot take the bound of a variable-length pattern
 * (`[*1..$depth]`, or a quantified path `{1,$depth}`) as a parameter, and splicing the number
 * into the query text would put query text in TypeScript. A variable-length pattern would also
 * enumerate every *path* up to the bound, which grows exponentially on a dense citation graph,
 * while the answer only needs each *node* once. So the walk is a breadth-first search done
 * hop by hop: one parameterized query per hop (cypher/lineage-{up,down,both}.cypher) over the
 * whole frontier, which expands each document once, so the cost is linear in the nodes and
 * relationships touched and there are at most `depth` (≤ 10) round trips. The caller runs all
 * hops in one read transaction, so they see one consistent state of the graph and share its
 * timeout.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher, type QueryName } from './cypher.ts';
import type { Direction, Edge, Relation } from './generated/types.ts';
import { toDocument, type DocumentRecord } from './mapping.ts';

/** Every citation relation, in the order of DOMAIN.md §4 (also the order of priority). */
export const ALL_RELATIONS: readonly Relation[] = ['BASED_ON', 'IMPLEMENTS', 'GUIDES', 'AMENDS', 'REPLACES', 'REPEALS', 'CITES'];

/** Deepest walk any query may ask for. */
export const MAX_DEPTH = 10;
/** Most documents in one walk (the start included); the walk stops adding documents there. */
export const MAX_NODES = 5000;
/** Most relationship rows read in one hop, and most edges in one walk. */
export const MAX_EDGES = 20000;

const HOP_QUERY: Record<Direction, QueryName> = {
  UP: 'lineage-up',
  DOWN: 'lineage-down',
  BOTH: 'lineage-both',
};

export interface WalkOptions {
  direction: Direction;
  /** Most hops, 1..{@link MAX_DEPTH}. */
  depth: number;
  /** Relation types to follow; never empty. */
  relations: readonly Relation[];
}

export interface Walk {
  /** Documents in the order reached, the start first. */
  nodes: Map<string, DocumentRecord>;
  /** Hops from the start at which each document was first reached. */
  depths: Map<string, number>;
  /**
   * Relations traversed, one per (from, to, relation), `from` → `to` in the stored direction;
   * the citing document's own quote is kept when a third document also states the relation.
   */
  edges: Edge[];
  /** Documents whose relations were read (those reached in fewer than `depth` hops, unless cut). */
  expanded: Set<string>;
  /** True when {@link MAX_NODES} or {@link MAX_EDGES} stopped the walk. */
  truncated: boolean;
}

/**
 * Walk from `key`: the start document and every document reached in at most `depth` hops
 * (breadth first, so each at its shortest distance), and every relation from (UP), to (DOWN) or
 * at (BOTH) a document reached in fewer than `depth` hops. Past {@link MAX_NODES} documents or
 * {@link MAX_EDGES} edges the walk stops and the graph is cut there (only edges between
 * returned documents are kept), with `truncated` set.
 *
 * @returns null when no document has the key. Safe to retry (no side effects).
 */
export async function walk(tx: ManagedTransaction, key: string, { direction, depth, relations }: WalkOptions): Promise<Walk | null> {
  const start = await tx.run(cypher('document'), { key });
  const startRecord = start.records[0];
  if (!startRecord) return null;

  const nodes = new Map<string, DocumentRecord>([[key, toDocument(startRecord.get('document'))]]);
  const depths = new Map<string, number>([[key, 0]]);
  const edges = new Map<string, Edge>();
  const expanded = new Set<string>();
  let truncated = false;
  let frontier = [key];

  for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
    const result = await tx.run(cypher(HOP_QUERY[direction]), {
      frontier,
      visited: [...nodes.keys()],
      relations: [...relations],
      limit: neo4j.int(MAX_EDGES),
    });
    for (const k of frontier) expanded.add(k);
    const next: string[] = [];
    if (result.records.length >= MAX_EDGES) truncated = true;
    for (const record of result.records) {
      const reached: string = record.get('reached');
      if (!nodes.has(reached)) {
        const node = record.get('node') as Record<string, unknown> | null;
        if (!node || nodes.size >= MAX_NODES) {
          truncated = true;
          continue;
        }
        nodes.set(reached, toDocument(node));
        depths.set(reached, hop);
        next.push(reached);
      }
      const from: string = record.get('fromKey');
      const to: string = record.get('toKey');
      const relation: string = record.get('relation');
      const id = `${from}\u0000${to}\u0000${relation}`;
      if (edges.has(id)) continue;
      if (edges.size >= MAX_EDGES) {
        truncated = true;
        continue;
      }
      const quote = record.get('quote');
      edges.set(id, { from, to, relation, quote: typeof quote === 'string' ? quote : null });
    }
    frontier = next;
  }
  return { nodes, depths, edges: [...edges.values()], expanded, truncated };
}
