/**
 * The lineage as a standalone SVG file, written from the positions and styles of the drawing
 * (no Cytoscape export plugin: the permissive ones are gone, cytoscape-svg is GPL-3.0). Edges
 * are straight segments between the points where Cytoscape ends them, with an arrow head.
 */
import type { Shape } from './style.ts';

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  shape: Shape;
  fill: string;
  border: string;
  borderWidth: number;
  dashed: boolean;
  bold: boolean;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'vee' | 'tee';
  label: string;
}

const FONT = 'system-ui, Segoe UI, Noto Sans, DejaVu Sans, Arial, sans-serif';

/** XML-escapes text and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** The outline of a node's shape as an SVG path, centred on (x, y). */
export function shapePath(shape: Shape, x: number, y: number, w: number, h: number): string {
  const l = x - w / 2;
  const r = x + w / 2;
  const t = y - h / 2;
  const b = y + h / 2;
  const poly = (pts: Array<[number, number]>) => `M${pts.map(([px, py]) => `${f(px)},${f(py)}`).join(' L')} Z`;
  const c = Math.min(10, h / 4);
  switch (shape) {
    case 'rectangle':
      return poly([[l, t], [r, t], [r, b], [l, b]]);
    case 'cut-rectangle':
      return poly([[l + c, t], [r - c, t], [r, t + c], [r, b - c], [r - c, b], [l + c, b], [l, b - c], [l, t + c]]);
    case 'hexagon': {
      const k = Math.min(w / 4, h / 2);
      return poly([[l + k, t], [r - k, t], [r, y], [r - k, b], [l + k, b], [l, y]]);
    }
    case 'octagon': {
      const k = Math.min(w, h) * 0.29;
      return poly([[l + k, t], [r - k, t], [r, t + k], [r, b - k], [r - k, b], [l + k, b], [l, b - k], [l, t + k]]);
    }
    case 'barrel': {
      const k = Math.min(12, w / 8);
      return `M${f(l + k)},${f(t)} L${f(r - k)},${f(t)} Q${f(r)},${f(y)} ${f(r - k)},${f(b)} L${f(l + k)},${f(b)} Q${f(l)},${f(y)} ${f(l + k)},${f(t)} Z`;
    }
    case 'round-tag': {
      const k = Math.min(14, w / 6);
      return `M${f(l + 6)},${f(t)} L${f(r - k)},${f(t)} L${f(r)},${f(y)} L${f(r - k)},${f(b)} L${f(l + 6)},${f(b)} Q${f(l)},${f(b)} ${f(l)},${f(b - 6)} L${f(l)},${f(t + 6)} Q${f(l)},${f(t)} ${f(l + 6)},${f(t)} Z`;
    }
    case 'round-rectangle':
    default: {
      const k = Math.min(8, h / 4);
      return `M${f(l + k)},${f(t)} L${f(r - k)},${f(t)} Q${f(r)},${f(t)} ${f(r)},${f(t + k)} L${f(r)},${f(b - k)} Q${f(r)},${f(b)} ${f(r - k)},${f(b)} L${f(l + k)},${f(b)} Q${f(l)},${f(b)} ${f(l)},${f(b - k)} L${f(l)},${f(t + k)} Q${f(l)},${f(t)} ${f(l + k)},${f(t)} Z`;
    }
  }
}

function arrowHead(e: SvgEdge): string {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 8 + e.width * 1.5;
  const bx = e.x2 - ux * size;
  const by = e.y2 - uy * size;
  const px = -uy * size * 0.5;
  const py = ux * size * 0.5;
  if (e.arrow === 'tee') {
    return `<path d="M${f(e.x2 + px)},${f(e.y2 + py)} L${f(e.x2 - px)},${f(e.y2 - py)}" stroke="${e.color}" stroke-width="${f(e.width + 1.5)}"/>`;
  }
  const notch = e.arrow === 'vee' ? ` L${f(e.x2 - ux * size * 0.6)},${f(e.y2 - uy * size * 0.6)}` : '';
  return `<path d="M${f(e.x2)},${f(e.y2)} L${f(bx + px)},${f(by + py)}${notch} L${f(bx - px)},${f(by - py)} Z" fill="${e.color}"/>`;
}

/** A complete SVG document of the drawing, with a white background and `title` as its <title>. */
export function drawingToSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string, fontSize = 14): string {
  const pad = 24;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.width / 2);
    maxX = Math.max(maxX, n.x + n.width / 2);
    minY = Math.min(minY, n.y - n.height / 2);
    maxY = Math.max(maxY, n.y + n.height / 2);
  }
  if (!nodes.length) minX = minY = maxX = maxY = 0;
  const width = maxX - minX + 2 * pad;
  const height = maxY - minY + 2 * pad;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="${f(minX - pad)} ${f(minY - pad)} ${f(width)} ${f(height)}" font-family="${xmlEscape(FONT)}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<rect x="${f(minX - pad)}" y="${f(minY - pad)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    '<g class="edges" fill="none">',
  ];
  for (const e of edges) {
    const dash = e.line === 'dashed' ? ' stroke-dasharray="6 4"' : e.line === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    out.push(`<g><path d="M${f(e.x1)},${f(e.y1)} L${f(e.x2)},${f(e.y2)}" stroke="${e.color}" stroke-width="${f(e.width)}"${dash}/>${arrowHead(e)}<title>${xmlEscape(e.label)}</title></g>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of nodes) {
    const dash = n.dashed ? ' stroke-dasharray="5 3"' : '';
    const lines = n.label.split('\n');
    const lh = fontSize * 1.3;
    const top = n.y - ((lines.length - 1) * lh) / 2;
    const text = lines
      .map((line, i) => `<tspan x="${f(n.x)}" y="${f(top + i * lh)}">${xmlEscape(line)}</tspan>`)
      .join('');
    out.push(
      `<g><path d="${shapePath(n.shape, n.x, n.y, n.width, n.height)}" fill="${n.fill}" stroke="${n.border}" stroke-width="${f(n.borderWidth)}"${dash}/>` +
        `<text text-anchor="middle" dominant-baseline="central" font-size="${fontSize}" fill="#1f2933"${n.bold ? ' font-weight="bold"' : ''}>${text}</text></g>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
