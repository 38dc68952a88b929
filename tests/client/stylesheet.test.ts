import { describe, expect, it } from 'vitest';
import {
  ANIMATE_MAX,
  CHEAP_ABOVE,
  chainLayout,
  DRAFT_ABOVE,
  layoutPlan,
  overviewLayout,
  WORKER_ABOVE,
} from '../../client/src/lib/layouts';
import { KIND_STYLE, REL_COLOR } from '../../client/src/lib/theme';
import { NODE_KINDS } from '../../client/src/lib/types';
import { miniCy } from './fixtures';

describe('stylesheet', () => {
  it('shapes nodes by kind', () => {
    const cy = miniCy();
    for (const k of NODE_KINDS) {
      const n = cy.nodes(`[kind = "${k}"]`).first();
      expect(n.style('shape')).toBe(KIND_STYLE[k].shape);
    }
  });

  it('draws PLANNED nodes and edges dashed, EXISTING solid', () => {
    const cy = miniCy();
    expect(cy.getElementById('product:auto-electronics').style('border-style')).toBe('dashed');
    expect(cy.getElementById('product:minicar').style('border-style')).toBe('solid');
    expect(cy.getElementById('cluster:auto-[FOCUSES_ON]->product:auto-electronics').style('line-style')).toBe('dashed');
    expect(cy.getElementById('cluster:auto-[FOCUSES_ON]->product:minicar').style('line-style')).toBe('solid');
  });

  it('colours edges by type and lets classes drive focus, highlight and filters', () => {
    const cy = miniCy();
    const supplies = cy.edges('[type = "SUPPLIES"]').first();
    expect(supplies.style('line-color')).toBe(rgb(REL_COLOR.SUPPLIES));
    const hafei = cy.getElementById('enterprise:hafei-auto');
    hafei.addClass('faded');
    expect(Number(hafei.style('opacity'))).toBeLessThan(0.5);
    hafei.removeClass('faded').addClass('filtered');
    expect(hafei.style('display')).toBe('none');
  });

  it('draws no label on a quiet node at any zoom, aggregates included, and restores it after', () => {
    const cy = miniCy();
    const hafei = cy.getElementById('enterprise:hafei-auto');
    const readable = Number.parseFloat(hafei.style('min-zoomed-font-size'));
    hafei.addClass('quiet');
    expect(Number.parseFloat(hafei.style('min-zoomed-font-size'))).toBeGreaterThan(1000);
    hafei.removeClass('quiet');
    expect(Number.parseFloat(hafei.style('min-zoomed-font-size'))).toBe(readable);
    const agg = cy.add({ group: 'nodes', data: { id: 'agg:x', label: 'x', aggregate: true, count: 3 } });
    agg.addClass('quiet');
    expect(Number.parseFloat(agg.style('min-zoomed-font-size'))).toBeGreaterThan(1000);
  });
});

describe('layouts', () => {
  it('stops animating and drafts past their thresholds', () => {
    expect(overviewLayout(10, false).animate).toBe(true);
    // A fresh layout does not animate: nodes flying in from random places only delay the view.
    expect(overviewLayout(10, true).animate).toBe(false);
    expect(overviewLayout(ANIMATE_MAX + 1, false).animate).toBe(false);
    expect(overviewLayout(DRAFT_ABOVE + 1)).toMatchObject({ quality: 'draft', numIter: 1000 });
    expect(overviewLayout(50, false).randomize).toBe(false);
    expect(chainLayout(10)).toMatchObject({ name: 'dagre', rankDir: 'LR' });
    expect(chainLayout(ANIMATE_MAX + 1).animate).toBe(false);
  });

  it('runs big layouts in the worker and very big ones with a cheap layout', () => {
    expect(layoutPlan(WORKER_ABOVE, 'overview', true).where).toBe('main');
    // A follow-up layout keeps the main thread free for drawing what was just added.
    expect(layoutPlan(10, 'overview', false).where).toBe('worker');
    expect(layoutPlan(1000, 'overview', true)).toMatchObject({ where: 'worker', spec: { name: 'fcose' } });
    expect(layoutPlan(1000, 'chain', true)).toMatchObject({ where: 'worker', spec: { name: 'dagre' } });
    expect(layoutPlan(CHEAP_ABOVE + 1, 'overview', true).spec.name).toBe('concentric');
  });
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
