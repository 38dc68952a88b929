import { describe, expect, it } from 'vitest';
import { drawables, graphSvg } from '../../client/src/lib/svgExport';
import { KIND_STYLE, TIER_COLOR } from '../../client/src/lib/theme';
import { miniCy, miniEdges, miniNodes } from './fixtures';

describe('SVG export', () => {
  it('reads positions, colours and dashes from the styled graph', () => {
    const cy = miniCy();
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 100, y: (i % 3) * 80 });
    });
    const d = drawables(cy);
    expect(d.nodes).toHaveLength(miniNodes.length);
    expect(d.edges).toHaveLength(miniEdges.length);
    const auto = d.nodes.find((n) => n.label === '汽车及配套企业集群');
    expect(auto?.shape).toBe(KIND_STYLE.CLUSTER.shape);
    expect(auto?.color).toBe(hexToRgb(TIER_COLOR.ESTABLISHED));
    expect(d.nodes.find((n) => n.label === '汽车电子')?.dashed).toBe(true);
    expect(d.edges.filter((e) => e.dashed)).toHaveLength(miniEdges.filter((e) => e.status === 'PLANNED').length);
  });

  it('leaves filtered elements out', () => {
    const cy = miniCy();
    cy.getElementById('institution:hit').addClass('filtered');
    cy.getElementById('institution:hit').connectedEdges().addClass('filtered');
    expect(drawables(cy).nodes).toHaveLength(miniNodes.length - 1);
  });

  it('writes a standalone SVG with one shape and label per node and one line per edge', () => {
    const svg = graphSvg(
      [
        {
          x: 0,
          y: 0,
          w: 40,
          h: 40,
          shape: 'ellipse',
          color: '#f00',
          border: '#fff',
          borderWidth: 1,
          dashed: false,
          opacity: 1,
          label: 'A & B',
        },
        {
          x: 100,
          y: 50,
          w: 40,
          h: 40,
          shape: 'hexagon',
          color: '#0f0',
          border: '#fff',
          borderWidth: 1,
          dashed: true,
          opacity: 0.6,
          label: '园区',
        },
      ],
      [{ x1: 0, y1: 0, x2: 80, y2: 40, color: '#999', width: 2, dashed: false, arrow: true, opacity: 1 }],
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('<polygon');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('marker-end="url(#a0)"');
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('stroke-dasharray="4 3"');
  });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
