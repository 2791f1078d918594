/**
 * A GraphQL `Graph` as element definitions for the drawing: plain objects in the shape
 * Cytoscape accepts, with no dependency on it.
 */
import { documentName, nodeLabel } from './format.ts';
import { RELATION_LABELS, relationLabel } from './labels.ts';
import { assignLayers } from './layering.ts';
import type { Graph } from './types.ts';

export interface NodeElement {
  group: 'nodes';
  data: {
    id: string;
    key: string;
    /** Name, new line, short type: "18/QĐ-BQL\nQĐ". */
    label: string;
    /** Số ký hiệu, or the shortened title when there is none. */
    name: string;
    level: number | null;
    /** Row in the drawing, 0 at the top (see layering.ts). */
    layer: number;
    ingested: boolean;
    focus: boolean;
  };
  classes: string[];
}

/** One arrow per (citing, cited) pair, carrying every relation between the two. */
export interface EdgeElement {
  group: 'edges';
  data: {
    id: string;
    /** The citing document. */
    source: string;
    /** The cited document. */
    target: string;
    /** The relations, strongest first (see {@link RELATION_ORDER}). */
    relations: string[];
    /** The relations in Vietnamese, joined: "Căn cứ · Thực hiện". */
    label: string;
  };
  classes: string[];
}

/** Strongest first: the order of DOMAIN.md section 4; unknown relations come last. */
export const RELATION_ORDER: readonly string[] = Object.keys(RELATION_LABELS);

function relationRank(relation: string): number {
  const i = RELATION_ORDER.indexOf(relation);
  return i < 0 ? RELATION_ORDER.length : i;
}

export type GraphElement = NodeElement | EdgeElement;

export function edgeId(from: string, to: string): string {
  return `${from} -> ${to}`;
}

/**
 * Nodes first, then edges. Edges whose ends are not in the graph and self-loops are left
 * out; the relations between one citing and one cited document share one edge.
 * Classes: `doc`, `ingested` or `stub`, `focus` on the focused document; on edges `rel`
 * and the strongest relation in lower case (`based_on`).
 */
export function toElements(graph: Graph, focusKey: string | null): GraphElement[] {
  const keys = new Set<string>();
  const nodes = graph.nodes.filter((n) => !keys.has(n.key) && keys.add(n.key));
  const pairs = new Map<string, { from: string; to: string; relations: string[] }>();
  for (const e of graph.edges) {
    if (!keys.has(e.from) || !keys.has(e.to) || e.from === e.to) continue;
    const id = edgeId(e.from, e.to);
    const pair = pairs.get(id) ?? { from: e.from, to: e.to, relations: [] };
    if (!pair.relations.includes(e.relation)) pair.relations.push(e.relation);
    pairs.set(id, pair);
  }
  const edges = [...pairs.values()];
  const layers = assignLayers(nodes, edges);

  const nodeElements: NodeElement[] = nodes.map((n) => {
    const focus = n.key === focusKey;
    return {
      group: 'nodes',
      data: {
        id: n.key,
        key: n.key,
        label: nodeLabel(n),
        name: documentName(n),
        level: n.level,
        layer: layers.get(n.key)!,
        ingested: n.ingested,
        focus,
      },
      classes: ['doc', n.ingested ? 'ingested' : 'stub', ...(focus ? ['focus'] : [])],
    };
  });
  const edgeElements: EdgeElement[] = edges.map((e) => {
    const relations = [...e.relations].sort((a, b) => relationRank(a) - relationRank(b));
    return {
      group: 'edges',
      data: {
        id: edgeId(e.from, e.to),
        source: e.from,
        target: e.to,
        relations,
        label: relations.map(relationLabel).join(' · '),
      },
      classes: ['rel', relations[0].toLowerCase()],
    };
  });
  return [...nodeElements, ...edgeElements];
}
