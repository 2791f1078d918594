/**
 * The only place that knows Cytoscape. It draws element definitions made by the model
 * (ui/src/model/elements.ts) at positions the model computes (model/placement.ts: rows by
 * authority, barycenter order), and reports what the user picks or double-clicks.
 *
 * Why no layout engine: dagre took ~15 s and ELK ~3 s on 1,000 nodes here, while every node
 * already has its row; the model's placement does the rest in milliseconds and Cytoscape only
 * draws (`preset`). Large drawings switch to cheaper styles: straight "haystack" edges without
 * labels, and node labels hidden below a readable on-screen size.
 */
import cytoscape from 'cytoscape';
import { edgeId, type GraphElement } from '../model/elements.ts';
import { placeLayers } from '../model/placement.ts';
import { DEFAULT_RELATION_STYLE, FINDING_COLOR, FOCUS_BORDER, RELATION_STYLES, TEXT_COLOR } from '../model/style.ts';
import { drawingToSvg, type SvgEdge, type SvgNode } from '../model/svg.ts';

/** What the drawing shows, for browser tests and the benchmark: `window.__cancu`. */
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
  finding: boolean;
}
export interface CancuTestHook {
  nodes(): DrawnNode[];
  edges(): DrawnEdge[];
  /** The focused document's key, null when nothing is drawn. */
  focus(): string | null;
  /** Selected element ids (node keys, or "from -> to" for an edge). */
  selected(): string[];
  /** How many drawings were made, and how long the last took (ms, from setGraph to the first frame). */
  draws: number;
  lastDrawMs: number | null;
  /** The last drawing's phases in ms: place (measure labels, layered placement), add, fit, render. */
  phases: Record<string, number>;
}

declare global {
  interface Window {
    __cancu?: CancuTestHook;
  }
}

type SelectListener = (id: string | null) => void;

const FONT_FAMILY = 'system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif';
const FONT_SIZE = 14;
const LINE_HEIGHT = 1.3;
const NODE_PAD_X = 14;
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
/** From this many elements on, the cheaper styles apply. */
const LARGE = 400;
const SELECTED = '#2563eb';
const SLANTED = new Set(['round-tag', 'hexagon', 'octagon', 'barrel']);

export class GraphController {
  private readonly cy: cytoscape.Core;
  private readonly container: HTMLElement;
  private readonly selectListeners = new Set<SelectListener>();
  private readonly expandListeners = new Set<(key: string) => void>();
  private readonly resizeObserver: ResizeObserver | null;
  private readonly hook: CancuTestHook;
  private focusKey: string | null = null;
  private measureContext: CanvasRenderingContext2D | null = null;
  private large = false;

  constructor(container: HTMLElement) {
    this.container = container;
    this.cy = cytoscape({
      container,
      elements: [],
      style: this.stylesheet(false),
      minZoom: 0.02,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Pan and zoom move a bitmap of the drawing rather than redrawing every frame.
      textureOnViewport: true,
    });

    this.cy.on('tap', 'node, edge', (event) => this.emit(event.target.id() as string));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.emit(null);
    });
    this.cy.on('dbltap', 'node', (event) => {
      for (const l of this.expandListeners) l(event.target.id() as string);
    });

    this.resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.cy.resize());
    this.resizeObserver?.observe(container);
    // Cytoscape caches where its container is on the page and only notices resizes and
    // scrolls; content above it that grows or shrinks would make taps land beside the nodes.
    container.addEventListener('pointerdown', this.refreshPlacement, { capture: true });

    const cy = this.cy;
    this.hook = {
      nodes: () =>
        cy.nodes().map((n) => {
          const p = n.renderedPosition();
          return { key: n.id(), label: n.data('label') as string, x: p.x, y: p.y };
        }),
      edges: () =>
        cy
          .edges()
          .toArray()
          .flatMap((e) =>
            (e.data('relations') as string[]).map((relation) => ({
              from: (e as cytoscape.EdgeSingular).source().id(),
              to: (e as cytoscape.EdgeSingular).target().id(),
              relation,
              finding: !!e.data('finding'),
            })),
          ),
      focus: () => (cy.nodes().length ? this.focusKey : null),
      selected: () => cy.elements(':selected').map((e) => e.id()),
      draws: 0,
      lastDrawMs: null,
      phases: {},
    };
    window.__cancu = this.hook;
  }

  /** Replaces the drawing. `focusKey` is the document the lineage was asked for. */
  setGraph(elements: readonly GraphElement[], focusKey: string | null): void {
    const started = performance.now();
    this.focusKey = focusKey;
    // The page may have moved the container since the last drawing: refresh Cytoscape's idea
    // of its size and place, which it uses to map pointer events.
    this.cy.resize();
    const large = elements.length >= LARGE;
    if (large !== this.large) {
      this.large = large;
      this.cy.style(this.stylesheet(large));
    }
    const { positions, sizes } = this.place(elements);
    const placed = performance.now();
    this.cy.batch(() => {
      this.cy.elements().remove();
      // Copies: Cytoscape keeps and mutates what it is given.
      this.cy.add(
        elements.map((e) => {
          const data = structuredClone(e.data) as Record<string, unknown>;
          if (e.group === 'nodes') {
            const p = positions.get(e.data.id)!;
            const size = sizes.get(e.data.id)!;
            // Sizes as data: the stylesheet reads numbers instead of measuring labels again.
            data.w = size.width;
            data.h = size.height;
            return { group: e.group, data, classes: [...e.classes], position: { x: p.x, y: p.y } };
          }
          return { group: e.group, data, classes: [...e.classes] };
        }),
      );
    });
    const added = performance.now();
    if (!elements.length) return;
    this.fit();
    const fitted = performance.now();
    this.hook.phases = { place: placed - started, add: added - placed, fit: fitted - added };
    this.cy.one('render', () => {
      this.hook.phases.render = performance.now() - fitted;
      this.hook.lastDrawMs = performance.now() - started;
      // A mark on the page's timeline, for the benchmark's "from navigation" figure.
      performance.mark('cancu-drawn');
      this.hook.draws++;
    });
  }

  /** Marks a node (key) or an edge ("from -> to") as selected and brings it into view, without reporting it back. */
  select(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
    const el = id ? this.cy.getElementById(id) : null;
    if (el && el.nonempty() && !this.visible(el)) this.cy.center(el);
  }

  /** Calls `listener` with the id of a node or edge the user taps, or null on the background. */
  onSelect(listener: SelectListener): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  /** Calls `listener` with the key of a node the user double-clicks. */
  onExpand(listener: (key: string) => void): () => void {
    this.expandListeners.add(listener);
    return () => this.expandListeners.delete(listener);
  }

  /**
   * Brings the whole drawing into view. The box comes from the nodes' positions and sizes
   * rather than Cytoscape's fit(), which measures every label and edge first: on 2,000 nodes
   * that alone took over a second.
   */
  fit(): void {
    const nodes = this.cy.nodes();
    if (!nodes.length) return;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    nodes.forEach((n) => {
      const p = n.position();
      const w = (n.data('w') as number) / 2;
      const h = (n.data('h') as number) / 2;
      x1 = Math.min(x1, p.x - w);
      x2 = Math.max(x2, p.x + w);
      y1 = Math.min(y1, p.y - h);
      y2 = Math.max(y2, p.y + h);
    });
    this.fitBox(x1, y1, x2, y2);
  }

  private fitBox(x1: number, y1: number, x2: number, y2: number): void {
    const pad = 28;
    const width = this.cy.width();
    const height = this.cy.height();
    const zoom = Math.max(
      this.cy.minZoom(),
      Math.min(MAX_FIT_ZOOM, (width - 2 * pad) / Math.max(1, x2 - x1), (height - 2 * pad) / Math.max(1, y2 - y1)),
    );
    this.cy.viewport({ zoom, pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) } });
  }

  /** Zooms in (factor > 1) or out around the centre of the view. */
  zoomBy(factor: number): void {
    const { w, h } = { w: this.cy.width(), h: this.cy.height() };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  /** The whole drawing as a PNG at twice the screen resolution, on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
  }

  /** The whole drawing as an SVG document (model/svg.ts), titled `title`. */
  svg(title: string): string {
    const nodes: SvgNode[] = this.cy.nodes().map((n) => {
      const p = n.position();
      return {
        x: p.x,
        y: p.y,
        width: n.width(),
        height: n.height(),
        label: n.data('label') as string,
        shape: n.data('shape'),
        fill: n.hasClass('stub') ? '#ffffff' : (n.data('fill') as string),
        border: n.hasClass('focus') ? FOCUS_BORDER : (n.data('border') as string),
        borderWidth: n.hasClass('focus') ? 3.5 : 1.5,
        dashed: n.hasClass('stub'),
        bold: n.hasClass('focus'),
      };
    });
    const edges: SvgEdge[] = this.cy.edges().map((e) => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const style = RELATION_STYLES[(e.data('relations') as string[])[0]] ?? DEFAULT_RELATION_STYLE;
      const finding = !!e.data('finding');
      return {
        x1: s.x,
        y1: s.y,
        x2: t.x,
        y2: t.y,
        color: finding ? FINDING_COLOR : style.color,
        width: finding ? 4 : 1.5,
        line: style.line,
        arrow: style.arrow,
        label: e.data('label') as string,
      };
    });
    return drawingToSvg(nodes, edges, title, FONT_SIZE);
  }

  destroy(): void {
    this.selectListeners.clear();
    this.expandListeners.clear();
    this.resizeObserver?.disconnect();
    this.container.removeEventListener('pointerdown', this.refreshPlacement, { capture: true });
    this.cy.destroy();
    if (window.__cancu === this.hook) delete window.__cancu;
  }

  private readonly refreshPlacement = (): void => {
    this.cy.resize();
  };

  private emit(id: string | null): void {
    for (const listener of this.selectListeners) listener(id);
  }

  private visible(el: cytoscape.CollectionReturnValue): boolean {
    const box = el.renderedBoundingBox();
    return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= this.cy.width() && box.y2 <= this.cy.height();
  }

  /** Node sizes from their labels, then the model's layered placement. */
  private place(elements: readonly GraphElement[]) {
    const nodes = [];
    const edges = [];
    const sizes = new Map<string, { width: number; height: number }>();
    for (const e of elements) {
      if (e.group === 'nodes') {
        const box = this.labelBox(e.data.label, e.data.focus, e.data.shape);
        sizes.set(e.data.id, box);
        nodes.push({ key: e.data.id, layer: e.data.layer, width: box.width, height: box.height });
      } else edges.push({ from: e.data.source, to: e.data.target });
    }
    return { positions: placeLayers(nodes, edges, { gap: NODE_GAP, rowGap: ROW_GAP }), sizes };
  }

  /** Box size for a label: widest line (wrapped at TEXT_MAX_WIDTH) and number of lines. */
  private labelBox(label: string, bold: boolean, shape: string): { width: number; height: number } {
    const ctx = this.measure();
    if (ctx) ctx.font = fontCss(bold);
    let widest = 0;
    let lines = 0;
    for (const line of label.split('\n')) {
      const w = ctx ? ctx.measureText(line).width : line.length * FONT_SIZE * 0.6;
      widest = Math.max(widest, Math.min(w, TEXT_MAX_WIDTH));
      lines += Math.max(1, Math.ceil(w / TEXT_MAX_WIDTH));
    }
    return {
      // Pointed and cut shapes lose width at their sides: room so the text stays inside.
      width: Math.max(NODE_MIN_WIDTH, Math.ceil(widest) + 2 * NODE_PAD_X + (SLANTED.has(shape) ? 28 : 0)),
      height: Math.ceil(lines * FONT_SIZE * LINE_HEIGHT) + 2 * NODE_PAD_Y,
    };
  }

  private measure(): CanvasRenderingContext2D | null {
    if (!this.measureContext) {
      this.measureContext = this.container.ownerDocument.createElement('canvas').getContext('2d');
    }
    return this.measureContext;
  }

  private stylesheet(large: boolean): cytoscape.StylesheetJson {
    const relationStyles = Object.entries(RELATION_STYLES).map(([relation, s]) => ({
      selector: `edge.${relation.toLowerCase()}`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line, 'target-arrow-shape': s.arrow },
    }));
    return [
      {
        selector: 'node',
        style: {
          shape: 'data(shape)',
          label: large ? '' : 'data(label)',
          width: 'data(w)',
          height: 'data(h)',
          'font-family': FONT_FAMILY,
          'font-size': FONT_SIZE,
          'line-height': LINE_HEIGHT,
          color: TEXT_COLOR,
          'text-wrap': 'wrap',
          'text-max-width': `${TEXT_MAX_WIDTH}px`,
          'text-valign': 'center',
          'text-halign': 'center',
          'background-color': 'data(fill)',
          'border-width': 1.5,
          'border-color': 'data(border)',
          'border-style': 'solid',
          // Labels smaller than this on screen are not drawn: a zoomed-out large lineage stays fast.
          'min-zoomed-font-size': large ? 9 : 0,
        },
      },
      {
        // Hollow: a stub is known only from citations; its border keeps the colour.
        selector: 'node.stub',
        style: { 'background-color': '#ffffff', 'border-style': 'dashed', 'border-width': 2 },
      },
      {
        selector: 'node.focus',
        style: { 'border-color': FOCUS_BORDER, 'border-width': 3.5, 'font-weight': 'bold' },
      },
      {
        selector: 'node:selected',
        style: { 'outline-width': 3, 'outline-color': SELECTED, 'outline-offset': 3, 'outline-style': 'solid' },
      },
      {
        selector: 'edge',
        style: large
          ? {
              'curve-style': 'haystack',
              'haystack-radius': 0,
              width: 1,
              'line-color': DEFAULT_RELATION_STYLE.color,
              opacity: 0.7,
            }
          : {
              'curve-style': 'bezier',
              'control-point-step-size': 36,
              width: 1.5,
              'line-color': DEFAULT_RELATION_STYLE.color,
              'target-arrow-shape': 'triangle',
              'target-arrow-color': DEFAULT_RELATION_STYLE.color,
              'arrow-scale': 1.1,
              // Near the arrow head: the middle of a long edge often runs between the nodes of a row.
              'target-label': 'data(label)',
              'target-text-offset': EDGE_LABEL_OFFSET,
              'font-family': FONT_FAMILY,
              'font-size': 11.5,
              color: '#243447',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.9,
              'text-background-padding': '2px',
              'text-background-shape': 'round-rectangle',
            },
      },
      ...(large ? relationStyles.map((r) => ({ selector: r.selector, style: { 'line-color': r.style['line-color'] } })) : relationStyles),
      {
        selector: 'edge.finding',
        style: {
          width: large ? 3 : 4,
          'line-color': FINDING_COLOR,
          'target-arrow-color': FINDING_COLOR,
          ...(large ? {} : { label: '!', 'font-weight': 'bold', color: '#ffffff', 'text-background-color': FINDING_COLOR, 'text-background-opacity': 1, 'text-background-shape': 'round-rectangle', 'text-background-padding': '3px' }),
        },
      },
      { selector: 'edge:selected', style: { width: 5, 'line-color': SELECTED, 'target-arrow-color': SELECTED } },
    ] as cytoscape.StylesheetJson;
  }
}

/** The id of the edge of a citation, for select(). */
export { edgeId };

function fontCss(bold: boolean): string {
  return `${bold ? 'bold ' : ''}${FONT_SIZE}px ${FONT_FAMILY}`;
}
