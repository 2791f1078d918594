/**
 * A GraphQL `Graph` as element definitions for the drawing: plain objects in the shape
 * Cytoscape accepts, with no dependency on it.
 */
import { documentName, nodeLabel } from './format.ts';
import type { Lang } from './i18n.ts';
import { RELATION_LABELS, relationLabel } from './labels.ts';
import { assignLayers } from './layering.ts';
import { colorScale, shapeOf, type ColorBy, type ColorEntry, type Shape } from './style.ts';
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
    /** Shape by document type (style.ts). */
    shape: Shape;
    /** Fill and border by province or level (style.ts). */
    fill: string;
    border: string;
    /** Province, type and date, for the tooltip and the node list. */
    type: string | null;
    province: string | null;
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
    /** True when an audit finding is about this citation. */
    finding: boolean;
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

/** How to draw: colour by province or level, which citations have findings, the language. */
export interface ElementOptions {
  colorBy: ColorBy;
  /** `edgeId(citing, cited)` of every citation with an audit finding. */
  findings: ReadonlySet<string>;
  lang: Lang;
  words: { central: string; unknown: string };
}

const DEFAULT_OPTIONS: ElementOptions = {
  colorBy: 'level',
  findings: new Set(),
  lang: 'vi',
  words: { central: 'Trung ương', unknown: 'Không rõ' },
};

/** The elements and the colour legend that goes with them. */
export interface Drawing {
  elements: GraphElement[];
  colors: ColorEntry[];
}

/**
 * Nodes first, then edges. Edges whose ends are not in the graph and self-loops are left
 * out; the relations between one citing and one cited document share one edge.
 * Classes: `doc`, `ingested` or `stub`, `focus` on the focused document; on edges `rel`,
 * the strongest relation in lower case (`based_on`), and `finding` when audited.
 */
export function toElements(graph: Graph, focusKey: string | null, options: Partial<ElementOptions> = {}): GraphElement[] {
  return toDrawing(graph, focusKey, options).elements;
}

/** {@link toElements} with the colour legend. */
export function toDrawing(graph: Graph, focusKey: string | null, options: Partial<ElementOptions> = {}): Drawing {
  const opt = { ...DEFAULT_OPTIONS, ...options };
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
  const scale = colorScale(nodes, opt.colorBy, opt.lang, opt.words);
  const swatches = new Map(scale.entries.map((e) => [e.key, e.swatch]));

  const nodeElements: NodeElement[] = nodes.map((n) => {
    const focus = n.key === focusKey;
    const swatch = swatches.get(scale.keyOf(n))!;
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
        shape: shapeOf(n.type),
        fill: swatch.fill,
        border: swatch.border,
        type: n.type,
        province: n.province,
      },
      classes: ['doc', n.ingested ? 'ingested' : 'stub', ...(focus ? ['focus'] : [])],
    };
  });
  const edgeElements: EdgeElement[] = edges.map((e) => {
    const relations = [...e.relations].sort((a, b) => relationRank(a) - relationRank(b));
    const id = edgeId(e.from, e.to);
    const finding = opt.findings.has(id);
    return {
      group: 'edges',
      data: {
        id,
        source: e.from,
        target: e.to,
        relations,
        label: relations.map((r) => relationLabel(r, opt.lang)).join(' · '),
        finding,
      },
      classes: ['rel', relations[0].toLowerCase(), ...(finding ? ['finding'] : [])],
    };
  });
  return { elements: [...nodeElements, ...edgeElements], colors: scale.entries };
}
