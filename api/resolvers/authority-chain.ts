/**
 * `Query.authorityChain(key, relations)`: where a document's authority comes from — the paths
 * from it up through its bases to the top-most ones, the documents that rest on nothing further.
 *
 * The documents above are gathered by the walk of api/walk.ts (UP, 10 hops, the given relations);
 * the paths are then listed in TypeScript, breadth first, so shorter paths come first. Every
 * simple path to every top-most basis is listed (a basis reached two ways shows both ways), up to
 * {@link MAX_PATHS} paths and {@link MAX_PATH_STEPS} steps of the listing.
 */
import { checkKey, checkRelations } from '../arguments.ts';
import { notFound } from '../errors.ts';
import type { Edge, QueryResolvers, Relation } from '../generated/types.ts';
import type { DocumentRecord } from '../mapping.ts';
import { MAX_DEPTH, walk } from '../walk.ts';

/** The relations that carry authority: a legal basis, an act carried out, a document guided. */
export const AUTHORITY_RELATIONS: readonly Relation[] = ['BASED_ON', 'IMPLEMENTS', 'GUIDES'];
/** Most paths in one answer. */
export const MAX_PATHS = 500;
/** Most partial paths extended while listing (bounds the work on dense graphs). */
export const MAX_PATH_STEPS = 100_000;

export interface ChainPath {
  length: number;
  documents: DocumentRecord[];
  edges: Edge[];
}

/**
 * Resolve `authorityChain`.
 * @param relations null means {@link AUTHORITY_RELATIONS}; their order is also the order of
 *   preference when two documents are linked by several relations (one edge per hop is shown).
 * @returns the document, its top-most bases, and the paths to them: shortest first, then by the
 *   basis (higher authority, then older, then key); `truncated` when a limit cut the chain.
 * @throws BAD_USER_INPUT for an empty relations list or a too long key; NOT_FOUND for an
 *   unknown key.
 */
export const authorityChain: NonNullable<QueryResolvers['authorityChain']> = async (_parent, args, context) => {
  const { key } = args;
  checkKey(key);
  const relations = checkRelations(args.relations, AUTHORITY_RELATIONS);
  const found = await context.read((tx) => walk(tx, key, { direction: 'UP', depth: MAX_DEPTH, relations }));
  if (!found) throw notFound(`No document has the key "${key}"`);

  // One edge per (from, to): the most preferred relation between them.
  const rank = new Map(relations.map((r, i) => [r as string, i]));
  const best = new Map<string, Edge>();
  for (const edge of found.edges) {
    const id = `${edge.from}\u0000${edge.to}`;
    const held = best.get(id);
    if (!held || (rank.get(edge.relation) ?? 99) < (rank.get(held.relation) ?? 99)) best.set(id, edge);
  }
  const out = new Map<string, Edge[]>();
  for (const edge of best.values()) {
    if (!out.has(edge.from)) out.set(edge.from, []);
    out.get(edge.from)!.push(edge);
  }

  // A basis is top-most when its relations were read and lead nowhere. A document whose relations
  // were not read (the walk stopped at 10 hops or at a size cap) may go further: truncated.
  const isBase = (k: string) => k !== key && found.expanded.has(k) && !out.has(k);
  let truncated = found.truncated || [...found.nodes.keys()].some((k) => !found.expanded.has(k));

  const listed = listPaths(key, out, isBase);
  truncated ||= listed.truncated;
  const doc = (k: string) => found.nodes.get(k)!;
  const paths: ChainPath[] = listed.paths.map((edges) => ({
    length: edges.length,
    documents: [doc(key), ...edges.map((e) => doc(e.to))],
    edges,
  }));
  paths.sort((a, b) => a.length - b.length || compareBases(a.documents.at(-1)!, b.documents.at(-1)!));
  const bases = [...new Map(paths.map((p) => [p.documents.at(-1)!.key, p.documents.at(-1)!])).values()];
  return { document: doc(key), paths, bases, truncated };
};

/** Simple paths from `start` to bases, breadth first (so by length), within the limits. */
function listPaths(start: string, out: Map<string, Edge[]>, isBase: (key: string) => boolean): { paths: Edge[][]; truncated: boolean } {
  const paths: Edge[][] = [];
  let queue: { at: string; edges: Edge[]; seen: Set<string> }[] = [{ at: start, edges: [], seen: new Set([start]) }];
  let steps = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const partial of queue) {
      for (const edge of out.get(partial.at) ?? []) {
        if (partial.seen.has(edge.to)) continue;
        if (++steps > MAX_PATH_STEPS) return { paths, truncated: true };
        const edges = [...partial.edges, edge];
        if (isBase(edge.to)) {
          paths.push(edges);
          if (paths.length >= MAX_PATHS) return { paths, truncated: true };
        } else {
          next.push({ at: edge.to, edges, seen: new Set([...partial.seen, edge.to]) });
        }
      }
    }
    queue = next;
  }
  return { paths, truncated: false };
}

/** Higher authority (smaller level; none last), then older (undated last), then key. */
function compareBases(a: DocumentRecord, b: DocumentRecord): number {
  const level = (a.level ?? 99) - (b.level ?? 99);
  if (level !== 0) return level;
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
