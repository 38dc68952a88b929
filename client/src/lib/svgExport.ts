/**
 * A small SVG serializer for the visible graph: positions from the layout, colours and shapes
 * from the computed style, so the file matches the screen and stays editable in Illustrator or
 * Inkscape (cy.png only gives pixels).
 */
import type { Core } from 'cytoscape';
import { xmlEscape } from './exporters';
import { FONT_STACK } from './theme';

export interface SvgNode {
  x: number;
  y: number;
  w: number;
  h: number;
  shape: string;
  color: string;
  border: string;
  borderWidth: number;
  dashed: boolean;
  opacity: number;
  label: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed: boolean;
  /** An implied relationship (the plan does not state it). */
  dotted?: boolean;
  arrow: boolean;
  opacity: number;
}

function polygon(n: SvgNode, pts: readonly (readonly [number, number])[]): string {
  return pts.map(([px, py]) => `${(n.x + (px * n.w) / 2).toFixed(1)},${(n.y + (py * n.h) / 2).toFixed(1)}`).join(' ');
}

function shapeSvg(n: SvgNode, attrs: string): string {
  if (n.shape.includes('rectangle') || n.shape === 'barrel' || n.shape.includes('tag')) {
    const rx = n.shape.startsWith('round') ? 6 : 0;
    return `<rect x="${(n.x - n.w / 2).toFixed(1)}" y="${(n.y - n.h / 2).toFixed(1)}" width="${n.w}" height="${n.h}" rx="${rx}" ${attrs}/>`;
  }
  if (n.shape.includes('hexagon')) {
    const pts = [
      [-1, 0],
      [-0.5, -1],
      [0.5, -1],
      [1, 0],
      [0.5, 1],
      [-0.5, 1],
    ] as const;
    return `<polygon points="${polygon(n, pts)}" ${attrs}/>`;
  }
  if (n.shape.includes('diamond')) {
    return `<polygon points="${polygon(n, [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ])}" ${attrs}/>`;
  }
  if (n.shape.includes('triangle')) {
    return `<polygon points="${polygon(n, [
      [0, -1],
      [1, 1],
      [-1, 1],
    ])}" ${attrs}/>`;
  }
  return `<ellipse cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" rx="${n.w / 2}" ry="${n.h / 2}" ${attrs}/>`;
}

export function graphSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], padding = 30): string {
  const xs = nodes.flatMap((n) => [n.x - n.w / 2, n.x + n.w / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.h / 2, n.y + n.h / 2 + 18]);
  const minX = (xs.length ? Math.min(...xs) : 0) - padding;
  const minY = (ys.length ? Math.min(...ys) : 0) - padding;
  const w = (xs.length ? Math.max(...xs) : 0) + padding - minX;
  const h = (ys.length ? Math.max(...ys) : 0) + padding - minY;
  const colors = [...new Set(edges.filter((e) => e.arrow).map((e) => e.color))];
  const markers = colors.map(
    (c, i) =>
      `<marker id="a${i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
  );
  const edgeSvg = edges.map((e) => {
    const dash = e.dashed ? ' stroke-dasharray="6 4"' : e.dotted ? ' stroke-dasharray="2 4"' : '';
    const arrow = e.arrow ? ` marker-end="url(#a${colors.indexOf(e.color)})"` : '';
    return `<line x1="${e.x1.toFixed(1)}" y1="${e.y1.toFixed(1)}" x2="${e.x2.toFixed(1)}" y2="${e.y2.toFixed(1)}" stroke="${e.color}" stroke-width="${e.width}" opacity="${e.opacity}"${dash}${arrow}/>`;
  });
  const nodeSvg = nodes.map((n) => {
    const dash = n.dashed ? ' stroke-dasharray="4 3"' : '';
    const attrs = `fill="${n.color}" stroke="${n.border}" stroke-width="${n.borderWidth}" opacity="${n.opacity}"${dash}`;
    const label = `<text x="${n.x.toFixed(1)}" y="${(n.y + n.h / 2 + 13).toFixed(1)}" text-anchor="middle" opacity="${n.opacity}">${xmlEscape(n.label)}</text>`;
    return `<g>${shapeSvg(n, attrs)}${label}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(0)}" height="${h.toFixed(0)}" viewBox="${minX.toFixed(1)} ${minY.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}">`,
    `<defs>${markers.join('')}</defs>`,
    `<rect x="${minX.toFixed(1)}" y="${minY.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#ffffff"/>`,
    `<g font-family='${FONT_STACK}' font-size="11" fill="#1f2937">`,
    ...edgeSvg,
    ...nodeSvg,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Reads what is drawn (visible elements only) from a Cytoscape instance; works headless too. */
export function drawables(cy: Core): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const num = (v: unknown, d: number) => {
    const n = Number.parseFloat(String(v));
    return Number.isFinite(n) ? n : d;
  };
  const visible = cy.elements().not('.filtered');
  const nodes = visible.nodes().map((n) => ({
    x: n.position('x'),
    y: n.position('y'),
    w: num(n.style('width'), 30),
    h: num(n.style('height'), 30),
    shape: String(n.style('shape')),
    color: String(n.style('background-color')),
    border: String(n.style('border-color')),
    borderWidth: num(n.style('border-width'), 1),
    dashed: n.style('border-style') === 'dashed',
    opacity: num(n.style('opacity'), 1) * (n.data('status') === 'PLANNED' ? 0.6 : 1),
    label: String(n.data('label') ?? ''),
  }));
  const edges = visible.edges().map((e) => {
    // Stop the line at the target's rim so the arrowhead is not hidden under the node.
    const s = e.source().position();
    const t = e.target().position();
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const r = Math.min(len / 2, num(e.target().style('width'), 30) / 2 + 2);
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x - ((t.x - s.x) * r) / len,
      y2: t.y - ((t.y - s.y) * r) / len,
      color: String(e.style('line-color')),
      width: num(e.style('width'), 1.5),
      dashed: e.style('line-style') === 'dashed',
      dotted: e.style('line-style') === 'dotted',
      arrow: e.style('target-arrow-shape') !== 'none',
      opacity: num(e.style('opacity'), 1),
    };
  });
  return { nodes, edges };
}
