/**
 * Vertical placement of a lineage: which row (layer, 0 = top) each document sits in.
 *
 * Two rules, the first one absolute:
 *  1. A document of a higher authority (smaller `level`) is never below one of a lower
 *     authority: each level present gets its own band of rows, in level order.
 *  2. Inside a band, a cited document sits above the documents citing it (edges point
 *     citing → cited), by longest path; a cycle is cut where it is met.
 * A document with no level takes the band of the highest-authority document citing it, or
 * else of the lowest-authority document it cites, or else a band of its own at the bottom.
 */

export interface LayerNode {
  key: string;
  level: number | null;
}

export interface LayerEdge {
  /** The citing document. */
  from: string;
  /** The cited document. */
  to: string;
}

export function assignLayers(nodes: readonly LayerNode[], edges: readonly LayerEdge[]): Map<string, number> {
  const keys = new Set(nodes.map((n) => n.key));
  const links = edges.filter((e) => keys.has(e.from) && keys.has(e.to) && e.from !== e.to);

  const level = effectiveLevels(nodes, links);

  // Cited documents of the same band, per citing document.
  const citedInBand = new Map<string, string[]>();
  for (const n of nodes) citedInBand.set(n.key, []);
  for (const e of links) {
    if (level.get(e.from) === level.get(e.to)) citedInBand.get(e.from)!.push(e.to);
  }

  // Longest path upwards inside the band; nodes on the DFS stack break cycles.
  const depth = new Map<string, number>();
  const onStack = new Set<string>();
  const depthOf = (key: string): number => {
    const known = depth.get(key);
    if (known !== undefined) return known;
    onStack.add(key);
    let d = 0;
    for (const up of citedInBand.get(key)!) {
      if (onStack.has(up)) continue;
      d = Math.max(d, depthOf(up) + 1);
    }
    onStack.delete(key);
    depth.set(key, d);
    return d;
  };

  const bandHeight = new Map<number, number>();
  for (const n of nodes) {
    const l = level.get(n.key)!;
    bandHeight.set(l, Math.max(bandHeight.get(l) ?? 0, depthOf(n.key) + 1));
  }
  const bandTop = new Map<number, number>();
  let row = 0;
  for (const l of [...bandHeight.keys()].sort((a, b) => a - b)) {
    bandTop.set(l, row);
    row += bandHeight.get(l)!;
  }

  const layers = new Map<string, number>();
  for (const n of nodes) layers.set(n.key, bandTop.get(level.get(n.key)!)! + depth.get(n.key)!);
  return layers;
}

/** Every node's level, filling in missing ones as described above. */
function effectiveLevels(nodes: readonly LayerNode[], links: readonly LayerEdge[]): Map<string, number> {
  const level = new Map<string, number | null>();
  for (const n of nodes) level.set(n.key, n.level ?? null);

  let changed = true;
  while (changed) {
    changed = false;
    for (const n of nodes) {
      if (level.get(n.key) != null) continue;
      const citing = links.filter((e) => e.to === n.key).map((e) => level.get(e.from)).filter(isNumber);
      const cited = links.filter((e) => e.from === n.key).map((e) => level.get(e.to)).filter(isNumber);
      const guess = citing.length ? Math.min(...citing) : cited.length ? Math.max(...cited) : null;
      if (guess != null) {
        level.set(n.key, guess);
        changed = true;
      }
    }
  }

  const known = [...level.values()].filter(isNumber);
  const bottom = known.length ? Math.max(...known) + 1 : 0;
  const result = new Map<string, number>();
  for (const [key, l] of level) result.set(key, l ?? bottom);
  return result;
}

function isNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export interface Placed {
  key: string;
  layer: number;
  /** Centre, as the layout engine put it. */
  x: number;
  width: number;
}

/**
 * Keeps the left-to-right order of each row but moves nodes apart so that no two overlap
 * (at least `gap` between boxes), then shifts the row back to its original centre.
 */
export function separateRows(placed: readonly Placed[], gap: number): Map<string, number> {
  const rows = new Map<number, Placed[]>();
  for (const p of placed) {
    const row = rows.get(p.layer) ?? [];
    row.push(p);
    rows.set(p.layer, row);
  }
  const xs = new Map<string, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x || a.key.localeCompare(b.key));
    const moved: number[] = [];
    row.forEach((p, i) => {
      if (i === 0) return moved.push(p.x);
      const prev = row[i - 1];
      const min = moved[i - 1] + prev.width / 2 + gap + p.width / 2;
      moved.push(Math.max(p.x, min));
    });
    const shift = row.reduce((s, p, i) => s + p.x - moved[i], 0) / row.length;
    row.forEach((p, i) => xs.set(p.key, moved[i] + shift));
  }
  return xs;
}
