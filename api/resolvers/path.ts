/**
 * `Query.path(from, to, direction, relations)`: the shortest citation path between two documents
 * (cypher/path-{up,down,both}.cypher, Neo4j's shortestPath, at most 10 hops).
 */
import { checkKey, checkRelations } from '../arguments.ts';
import { cypher, type QueryName } from '../cypher.ts';
import { notFound } from '../errors.ts';
import type { Direction, Edge, QueryResolvers } from '../generated/types.ts';
import { toDocument } from '../mapping.ts';
import { ALL_RELATIONS } from '../walk.ts';

const PATH_QUERY: Record<Direction, QueryName> = { UP: 'path-up', DOWN: 'path-down', BOTH: 'path-both' };

/**
 * Resolve `path`.
 * @param direction UP: `from` cites `to` (through others); DOWN: `to` cites `from`; BOTH (null):
 *   each hop either way. @param relations null means every relation.
 * @returns the path (length 0 when from = to), or null when there is none within 10 hops.
 * @throws NOT_FOUND when either document does not exist (the message names which);
 *   BAD_USER_INPUT for an empty relations list or a too long key.
 */
export const path: NonNullable<QueryResolvers['path']> = async (_parent, args, context) => {
  checkKey(args.from, 'from');
  checkKey(args.to, 'to');
  const relations = checkRelations(args.relations, ALL_RELATIONS);
  const direction: Direction = args.direction ?? 'BOTH';
  return context.read(async (tx) => {
    const ends = [];
    for (const key of [args.from, args.to]) {
      const found = await tx.run(cypher('document'), { key });
      if (!found.records[0]) throw notFound(`No document has the key "${key}"`);
      ends.push(toDocument(found.records[0].get('document')));
    }
    if (args.from === args.to) return { length: 0, documents: [ends[0]], edges: [] };
    const result = await tx.run(cypher(PATH_QUERY[direction]), { from: args.from, to: args.to, relations });
    const record = result.records[0];
    if (!record) return null;
    const edges = (record.get('edges') as Edge[]).map((e) => ({ ...e, quote: e.quote ?? null }));
    return {
      length: edges.length,
      documents: (record.get('documents') as Record<string, unknown>[]).map(toDocument),
      edges,
    };
  });
};
