/**
 * The only place that knows Cytoscape. It draws element definitions made by the model
 * (ui/src/model/elements.ts), lays them out as a hierarchy with cited documents above the
 * documents citing them, and reports which document the user picks.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { GraphElement } from '../model/elements.ts';
import { separateRows } from '../model/layering.ts';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(dagre);
  registered = true;
}

/** What the drawing shows, for browser tests: `window.__cancu`. */
export interface DrawnNode {
  key: string;
  label: string;
  /** Centre in pixels, relative to the graph container's top-left corner. */
  x: number;
  y: number;
}
export interface DrawnEdge {
  from: string;
  to: string;
  relation: string;
}
export interface CancuTestHook {
  nodes(): DrawnNode[];
  edges(): DrawnEdge[];
  /** The focused document's key, null when nothing is drawn. */
  focus(): string | null;
}

declare global {
  interface Window {
    __cancu?: CancuTestHook;
  }
}

type SelectListener = (key: string | null) => void;

const FONT_FAMILY = 'system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif';
const FONT_SIZE = 14;
const LINE_HEIGHT = 1.3;
const NODE_PAD_X = 12;
const NODE_PAD_Y = 9;
const NODE_MIN_WIDTH = 84;
const TEXT_MAX_WIDTH = 176;
/** Vertical space between rows, room for an edge label. */
const ROW_GAP = 64;
/** Horizontal space between neighbours in a row. */
const NODE_GAP = 28;
const MAX_FIT_ZOOM = 1.4;
/** Distance of an edge's label from the cited document, along the edge. */
const EDGE_LABEL_OFFSET = 30;

const COLORS = {
  text: '#1f2933',
  border: '#35537a',
  ingestedFill: '#e6eef8',
  stubFill: '#ffffff',
  stubBorder: '#6b7280',
  focusFill: '#fde68a',
  focusBorder: '#b45309',
  selected: '#2563eb',
  edge: '#6b7a90',
  edgeText: '#243447',
};

const RELATION_COLORS: Record<string, string> = {
  based_on: '#35537a',
  implements: '#2f7d4f',
  guides: '#0f766e',
  amends: '#b45309',
  replaces: '#b91c1c',
  repeals: '#b91c1c',
  cites: '#8a94a6',
};

export class GraphController {
  private readonly cy: cytoscape.Core;
  private readonly container: HTMLElement;
  private readonly listeners = new Set<SelectListener>();
  private readonly resizeObserver: ResizeObserver | null;
  private readonly hook: CancuTestHook;
  private focusKey: string | null = null;
  private measureContext: CanvasRenderingContext2D | null = null;

  constructor(container: HTMLElement) {
    registerExtensions();
    this.container = container;
    this.cy = cytoscape({
      container,
      elements: [],
      style: this.stylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });

    this.cy.on('tap', 'node', (event) => this.emit(event.target.id() as string));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.emit(null);
    });

    this.resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            this.cy.resize();
          });
    this.resizeObserver?.observe(container);
    // Cytoscape caches where its container is on the page and only notices resizes and
    // scrolls; content above it that grows or shrinks would make taps land beside the nodes.
    container.addEventListener('pointerdown', this.refreshPlacement, { capture: true });

    this.hook = {
      nodes: () =>
        this.cy.nodes().map((n) => {
          const p = n.renderedPosition();
          return { key: n.id(), label: n.data('label') as string, x: p.x, y: p.y };
        }),
      edges: () =>
        this.cy
          .edges()
          .toArray()
          .flatMap((e) =>
            (e.data('relations') as string[]).map((relation) => ({
              from: (e as cytoscape.EdgeSingular).source().id(),
              to: (e as cytoscape.EdgeSingular).target().id(),
              relation,
            })),
          ),
      focus: () => (this.cy.nodes().length ? this.focusKey : null),
    };
    window.__cancu = this.hook;
  }

  /** Replaces the drawing. `focusKey` is the document the lineage was asked for. */
  setGraph(elements: readonly GraphElement[], focusKey: string | null): void {
    this.focusKey = focusKey;
    // The page may have moved the container since the last drawing: refresh Cytoscape's idea
    // of its size and place, which it uses to map pointer events.
    this.cy.resize();
    this.cy.batch(() => {
      this.cy.elements().remove();
      // Copies: Cytoscape keeps and mutates what it is given.
      this.cy.add(elements.map((e) => ({ group: e.group, data: structuredClone(e.data), classes: [...e.classes] })));
    });
    if (elements.length) this.layout();
  }

  /** Marks a document as selected, without reporting it back. */
  select(key: string | null): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (key) this.cy.getElementById(key).select();
    });
  }

  /** Calls `listener` with the key of a node the user taps, or null on the background. */
  onSelect(listener: SelectListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Brings the whole drawing into view. */
  fit(): void {
    if (!this.cy.nodes().length) return;
    this.cy.fit(undefined, 28);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  destroy(): void {
    this.listeners.clear();
    this.resizeObserver?.disconnect();
    this.container.removeEventListener('pointerdown', this.refreshPlacement, { capture: true });
    this.cy.destroy();
    if (window.__cancu === this.hook) delete window.__cancu;
  }

  private readonly refreshPlacement = (): void => {
    this.cy.resize();
  };

  private emit(key: string | null): void {
    for (const listener of this.listeners) listener(key);
  }

  /**
   * Dagre orders the nodes of each row (fewest crossings), with rankDir 'BT' since edges
   * point citing → cited and the cited must be on top. Rows come from the model's layers,
   * which keep higher authority above lower: an edge spans exactly its layer difference,
   * and edges going against it (a higher body citing a lower one) are left out of dagre.
   * Afterwards each node is put on its layer's row and rows are spread so nothing overlaps
   * (normally a no-op: dagre's ranks then equal the layers). Edges dagre laid out follow
   * its routes (class `routed`), so a long edge bends around the rows it crosses instead
   * of running behind a node.
   */
  private layout(): void {
    const layerOf = (n: cytoscape.NodeSingular) => n.data('layer') as number;
    const downward = this.cy.edges().filter((e) => layerOf(e.source()) > layerOf(e.target()));
    const options = {
      name: 'dagre',
      rankDir: 'BT',
      nodeSep: NODE_GAP,
      rankSep: ROW_GAP,
      edgeSep: 12,
      minLen: (e: cytoscape.EdgeSingular) => layerOf(e.source()) - layerOf(e.target()),
      useDagreEdgeControlPoints: true,
      automaticDagreEdgeStyle: false,
      fit: false,
      animate: false,
    } as cytoscape.LayoutOptions;
    this.cy.nodes().union(downward).layout(options).run();
    downward.forEach((e) => {
      if ((e.scratch('controlPointWeights') as number[] | undefined)?.length) e.addClass('routed');
    });

    const nodes = this.cy.nodes();
    const rowHeight = new Map<number, number>();
    nodes.forEach((n) => {
      const layer = layerOf(n);
      rowHeight.set(layer, Math.max(rowHeight.get(layer) ?? 0, n.outerHeight()));
    });
    const rowY = new Map<number, number>();
    let y = 0;
    for (const layer of [...rowHeight.keys()].sort((a, b) => a - b)) {
      const h = rowHeight.get(layer)!;
      rowY.set(layer, y + h / 2);
      y += h + ROW_GAP;
    }
    const xs = separateRows(
      nodes.map((n) => ({ key: n.id(), layer: layerOf(n), x: n.position('x'), width: n.outerWidth() })),
      NODE_GAP,
    );
    nodes.positions((n) => {
      const node = n as cytoscape.NodeSingular;
      return { x: xs.get(node.id()) ?? node.position('x'), y: rowY.get(layerOf(node))! };
    });
    this.fit();
  }

  /** Box size for a label: widest line (wrapped at TEXT_MAX_WIDTH) and number of lines. */
  private labelBox(label: string, bold: boolean): { width: number; height: number } {
    const ctx = this.measure();
    let widest = 0;
    let lines = 0;
    for (const line of label.split('\n')) {
      const w = ctx ? (ctx.font = fontCss(bold), ctx.measureText(line).width) : line.length * FONT_SIZE * 0.6;
      widest = Math.max(widest, Math.min(w, TEXT_MAX_WIDTH));
      lines += Math.max(1, Math.ceil(w / TEXT_MAX_WIDTH));
    }
    return {
      width: Math.max(NODE_MIN_WIDTH, Math.ceil(widest) + 2 * NODE_PAD_X),
      height: Math.ceil(lines * FONT_SIZE * LINE_HEIGHT) + 2 * NODE_PAD_Y,
    };
  }

  private measure(): CanvasRenderingContext2D | null {
    if (!this.measureContext) {
      this.measureContext = this.container.ownerDocument.createElement('canvas').getContext('2d');
    }
    return this.measureContext;
  }

  private stylesheet(): cytoscape.StylesheetJson {
    const box = (n: cytoscape.NodeSingular) => this.labelBox(n.data('label') as string, !!n.data('focus'));
    return [
      {
        selector: 'node',
        style: {
          shape: 'round-rectangle',
          label: 'data(label)',
          width: (n: cytoscape.NodeSingular) => box(n).width,
          height: (n: cytoscape.NodeSingular) => box(n).height,
          'font-family': FONT_FAMILY,
          'font-size': FONT_SIZE,
          'line-height': LINE_HEIGHT,
          color: COLORS.text,
          'text-wrap': 'wrap',
          'text-max-width': `${TEXT_MAX_WIDTH}px`,
          'text-valign': 'center',
          'text-halign': 'center',
          'background-color': COLORS.ingestedFill,
          'border-width': 1.5,
          'border-color': COLORS.border,
          'border-style': 'solid',
        },
      },
      {
        selector: 'node.stub',
        style: {
          'background-color': COLORS.stubFill,
          'border-style': 'dashed',
          'border-color': COLORS.stubBorder,
          'border-width': 1.5,
        },
      },
      {
        selector: 'node.focus',
        style: {
          'background-color': COLORS.focusFill,
          'border-color': COLORS.focusBorder,
          'border-width': 3,
          'font-weight': 'bold',
        },
      },
      {
        selector: 'node:selected',
        style: {
          'outline-width': 3,
          'outline-color': COLORS.selected,
          'outline-offset': 2,
          'outline-style': 'solid',
        },
      },
      {
        selector: 'edge',
        style: {
          'curve-style': 'bezier',
          'control-point-step-size': 36,
          width: 1.5,
          'line-color': COLORS.edge,
          'target-arrow-shape': 'triangle',
          'target-arrow-color': COLORS.edge,
          'arrow-scale': 1.1,
          // Near the arrow head: the middle of a long edge often runs between the nodes of a row.
          'target-label': 'data(label)',
          'target-text-offset': EDGE_LABEL_OFFSET,
          'font-family': FONT_FAMILY,
          'font-size': 11.5,
          color: COLORS.edgeText,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '2px',
          'text-background-shape': 'round-rectangle',
        },
      },
      ...Object.entries(RELATION_COLORS).map(([relation, color]) => ({
        selector: `edge.${relation}`,
        style: { 'line-color': color, 'target-arrow-color': color },
      })),
      { selector: 'edge.cites', style: { 'line-style': 'dashed' } },
      {
        selector: 'edge.routed',
        style: {
          'curve-style': 'unbundled-bezier',
          'control-point-weights': (e: cytoscape.EdgeSingular) => e.scratch('controlPointWeights') as number[],
          'control-point-distances': (e: cytoscape.EdgeSingular) => e.scratch('controlPointDistances') as number[],
          'edge-distances': 'node-position',
        },
      },
      { selector: 'edge:selected', style: { width: 3 } },
    ] as cytoscape.StylesheetJson;
  }
}

function fontCss(bold: boolean): string {
  return `${bold ? 'bold ' : ''}${FONT_SIZE}px ${FONT_FAMILY}`;
}
