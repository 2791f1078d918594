/**
 * `Query.lineage(key, direction, depth, relations)`: the documents reachable from `key` through
 * citation relations within `depth` hops, and the relations traversed to reach them
 * (the walk is api/walk.ts).
 */
import { badUserInput, notFound } from '../errors.ts';
import type { Direction, QueryResolvers } from '../generated/types.ts';
import { ALL_RELATIONS, MAX_DEPTH, walk } from '../walk.ts';
import { checkKey, checkRelations } from '../arguments.ts';

export { MAX_DEPTH, MAX_EDGES, MAX_NODES } from '../walk.ts';
export const DEFAULT_DEPTH = 3;

/**
 * Resolve `lineage(key, direction, depth, relations)`.
 *
 * UP follows citing → cited (towards the legal bases), DOWN cited → citing, BOTH either way,
 * through `relations` only when given. Returns the start document and every document reached in
 * at most `depth` hops with the hop at which each was reached (`depths`), and the relations
 * traversed (see api/walk.ts); `truncated` when a size limit cut the graph.
 *
 * @param direction null means UP; @param depth null means {@link DEFAULT_DEPTH};
 * @param relations null means every relation.
 * @throws BAD_USER_INPUT when depth is not between 1 and {@link MAX_DEPTH}, relations is empty
 *   or the key is too long; NOT_FOUND when no document has the key.
 */
export const lineage: NonNullable<QueryResolvers['lineage']> = async (_parent, args, context) => {
  const { key } = args;
  const direction: Direction = args.direction ?? 'UP';
  const depth = args.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw badUserInput(`depth must be between 1 and ${MAX_DEPTH}`, 'depth');
  }
  const relations = checkRelations(args.relations, ALL_RELATIONS);
  checkKey(key);

  const found = await context.read((tx) => walk(tx, key, { direction, depth, relations }));
  if (!found) throw notFound(`No document has the key "${key}"`);
  return {
    nodes: [...found.nodes.values()],
    edges: found.edges,
    depths: [...found.depths].map(([k, d]) => ({ key: k, depth: d })),
    truncated: found.truncated,
  };
};
