import { describe, expect, it } from 'vitest';
import { CHEAP_ABOVE, chainLayout, DRAFT_ABOVE, forceLayout, layoutSpec } from '../../client/src/lib/layouts';
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

  it('sizes nodes by their data, so a styling rule changes data, not the sheet', () => {
    const cy = miniCy();
    const hafei = cy.getElementById('enterprise:hafei-auto');
    expect(hafei.width()).toBe(KIND_STYLE.ENTERPRISE.size);
    hafei.data('size', 60);
    expect(hafei.width()).toBe(60);
  });

  it('draws implied relationships dotted and lighter than stated ones', () => {
    const cy = miniCy();
    const stated = cy.edges('[!implied]').first();
    const implied = cy.edges('[?implied]').first();
    expect(implied.nonempty()).toBe(true);
    expect(implied.style('line-style')).toBe('dotted');
    expect(Number(implied.style('opacity'))).toBeLessThan(Number(stated.style('opacity')));
    expect(stated.style('line-style')).not.toBe('dotted');
  });

  it('outlines pinned nodes', () => {
    const cy = miniCy();
    const hafei = cy.getElementById('enterprise:hafei-auto');
    expect(Number.parseFloat(hafei.style('outline-width'))).toBe(0);
    hafei.addClass('pinned');
    expect(Number.parseFloat(hafei.style('outline-width'))).toBeGreaterThan(0);
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
  it('drafts past their thresholds, and a very big graph gets a cheap layout', () => {
    expect(forceLayout(50)).toMatchObject({ name: 'fcose', quality: 'default', randomize: true });
    expect(forceLayout(DRAFT_ABOVE + 1)).toMatchObject({ quality: 'draft', numIter: 1000 });
    expect(chainLayout(10)).toMatchObject({ name: 'dagre', rankDir: 'LR' });
    expect(layoutSpec('chain', 10).name).toBe('dagre');
    expect(layoutSpec('force', CHEAP_ABOVE + 1).name).toBe('concentric');
  });
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
