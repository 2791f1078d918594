/**
 * A lineage grown by double-clicks: the first graph plus one more hop around each expanded
 * document, merged without duplicates (first occurrence wins, so the start stays first).
 */
import type { Graph } from './types.ts';

/** The union of `graphs`: nodes by key, edges by (from, to, relation); truncated if any was. */
export function mergeGraphs(graphs: readonly Graph[]): Graph {
  const nodes = new Map<string, Graph['nodes'][number]>();
  const edges = new Map<string, Graph['edges'][number]>();
  let truncated = false;
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
    for (const e of g.edges) {
      const id = `${e.from}\u0000${e.to}\u0000${e.relation}`;
      if (!edges.has(id)) edges.set(id, e);
    }
    truncated ||= !!g.truncated;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
