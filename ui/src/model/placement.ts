/**
 * Positions for a layered drawing, computed without a layout engine: every node already has
 * a row (layering.ts: higher authority above), so what is left is the order inside each row
 * and the x of each node. This is the Sugiyama scheme's second and third steps, kept simple
 * enough to place 2,000 documents in a few milliseconds:
 *
 *  1. order: barycenter sweeps, down then up, a few times; each node moves to the mean
 *     relative position of its neighbours in the rows already swept (any distance away, so a
 *     long edge pulls too), which removes most crossings;
 *  2. x: each row packed in that order, then pulled towards the mean x of its neighbours while
 *     keeping the order and a gap between boxes;
 *  3. a row longer than `maxPerRow` is wrapped onto several lines, so that a wide lineage stays
 *     readable instead of becoming one very long strip.
 */

export interface PlaceNode {
  key: string;
  /** Row, 0 at the top. */
  layer: number;
  width: number;
  height: number;
}

export interface PlaceEdge {
  from: string;
  to: string;
}

export interface PlaceOptions {
  /** Horizontal space between neighbours. */
  gap: number;
  /** Vertical space between rows. */
  rowGap: number;
  /** Barycenter sweeps (each is one pass down and one up). */
  sweeps: number;
  /** Most nodes on one line; longer rows wrap. Default: max(12, 2·√n). */
  maxPerRow?: number;
}

export const DEFAULT_PLACE_OPTIONS: PlaceOptions = { gap: 28, rowGap: 64, sweeps: 4 };

/** Centre of each node. */
export type Positions = Map<string, { x: number; y: number }>;

/** Positions of `nodes`: rows top to bottom by layer, few crossings, no overlaps. */
export function placeLayers(nodes: readonly PlaceNode[], edges: readonly PlaceEdge[], options: Partial<PlaceOptions> = {}): Positions {
  const opt = { ...DEFAULT_PLACE_OPTIONS, ...options };
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.key, i));

  // Neighbours by node index, both ways; self-loops and unknown ends dropped.
  const neighbours: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || a === b || nodes[a].layer === nodes[b].layer) continue;
    neighbours[a].push(b);
    neighbours[b].push(a);
  }

  // Rows in layer order; initial order: as given (the API lists nodes breadth first).
  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const rowOf = new Map(layers.map((l, i) => [l, i]));
  const rows: number[][] = layers.map(() => []);
  nodes.forEach((n, i) => rows[rowOf.get(n.layer)!].push(i));

  // Relative position in its row, 0..1.
  const rel = new Float64Array(nodes.length);
  const setRel = (row: number[]) => row.forEach((n, i) => (rel[n] = (i + 0.5) / row.length));
  rows.forEach(setRel);

  const rowIndex = nodes.map((n) => rowOf.get(n.layer)!);
  const sweep = (r: number, fromAbove: boolean) => {
    const row = rows[r];
    const score = new Float64Array(nodes.length);
    for (const n of row) {
      let sum = 0;
      let count = 0;
      for (const m of neighbours[n]) {
        if (fromAbove ? rowIndex[m] < r : rowIndex[m] > r) {
          sum += rel[m];
          count++;
        }
      }
      score[n] = count ? sum / count : rel[n];
    }
    row.sort((a, b) => score[a] - score[b] || rel[a] - rel[b]);
    setRel(row);
  };
  for (let s = 0; s < opt.sweeps; s++) {
    for (let r = 1; r < rows.length; r++) sweep(r, true);
    for (let r = rows.length - 2; r >= 0; r--) sweep(r, false);
  }

  // x: packed rows, centred on 0, then pulled towards neighbours.
  const x = new Float64Array(nodes.length);
  for (const row of rows) {
    let left = 0;
    for (const n of row) {
      x[n] = left + nodes[n].width / 2;
      left += nodes[n].width + opt.gap;
    }
    const shift = (left - opt.gap) / 2;
    for (const n of row) x[n] -= shift;
  }
  const pull = (r: number) => {
    const row = rows[r];
    const want = row.map((n) => {
      const ns = neighbours[n];
      if (!ns.length) return x[n];
      let sum = 0;
      for (const m of ns) sum += x[m];
      return sum / ns.length;
    });
    keepApart(row, want, nodes, opt.gap).forEach((v, i) => (x[row[i]] = v));
  };
  for (let s = 0; s < 2; s++) {
    for (let r = 1; r < rows.length; r++) pull(r);
    for (let r = rows.length - 2; r >= 0; r--) pull(r);
  }

  // Wrap long rows onto lines of at most maxPerRow, then stack lines top to bottom.
  const maxPerRow = opt.maxPerRow ?? Math.max(12, Math.ceil(2 * Math.sqrt(nodes.length)));
  const positions: Positions = new Map();
  let top = 0;
  for (const row of rows) {
    const lines: number[][] = [];
    if (row.length <= maxPerRow) lines.push(row);
    else {
      const perLine = Math.ceil(row.length / Math.ceil(row.length / maxPerRow));
      for (let i = 0; i < row.length; i += perLine) lines.push(row.slice(i, i + perLine));
    }
    for (const line of lines) {
      const height = Math.max(...line.map((n) => nodes[n].height));
      let xs: number[];
      if (lines.length === 1) xs = line.map((n) => x[n]);
      else {
        // A wrapped line is packed and centred: its pulled x's belonged to the whole row.
        let left = 0;
        xs = line.map((n) => {
          const c = left + nodes[n].width / 2;
          left += nodes[n].width + opt.gap;
          return c;
        });
        const shift = (left - opt.gap) / 2;
        xs = xs.map((v) => v - shift);
      }
      line.forEach((n, i) => positions.set(nodes[n].key, { x: xs[i], y: top + height / 2 }));
      top += height + (lines.length > 1 ? opt.rowGap / 2 : opt.rowGap);
    }
    if (lines.length > 1) top += opt.rowGap / 2;
  }
  return positions;
}

/**
 * The x's closest to `want` that keep `row`'s order with `gap` between boxes: a forward pass
 * pushes right, a backward pass pushes left, and the two are averaged so neither side drifts.
 */
function keepApart(row: readonly number[], want: readonly number[], nodes: readonly PlaceNode[], gap: number): number[] {
  const n = row.length;
  const minDist = (i: number) => nodes[row[i - 1]].width / 2 + gap + nodes[row[i]].width / 2;
  const fwd = [...want];
  for (let i = 1; i < n; i++) fwd[i] = Math.max(fwd[i], fwd[i - 1] + minDist(i));
  const bwd = [...want];
  for (let i = n - 2; i >= 0; i--) bwd[i] = Math.min(bwd[i], bwd[i + 1] - minDist(i + 1));
  const mid = fwd.map((v, i) => (v + bwd[i]) / 2);
  // The average may overlap again where the passes disagreed: one more forward pass fixes it.
  for (let i = 1; i < n; i++) mid[i] = Math.max(mid[i], mid[i - 1] + minDist(i));
  return mid;
}

/** How many pairs of edges between adjacent rows cross (for tests and the benchmark). */
export function crossings(positions: Positions, layerOf: ReadonlyMap<string, number>, edges: readonly PlaceEdge[]): number {
  const spans = edges
    .filter((e) => positions.has(e.from) && positions.has(e.to) && layerOf.get(e.from) !== layerOf.get(e.to))
    .map((e) => {
      const [a, b] = layerOf.get(e.from)! < layerOf.get(e.to)! ? [e.from, e.to] : [e.to, e.from];
      return { la: layerOf.get(a)!, lb: layerOf.get(b)!, xa: positions.get(a)!.x, xb: positions.get(b)!.x };
    });
  let count = 0;
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const s = spans[i];
      const t = spans[j];
      if (s.la !== t.la || s.lb !== t.lb) continue;
      if ((s.xa - t.xa) * (s.xb - t.xb) < 0) count++;
    }
  }
  return count;
}
