import { describe, expect, it } from 'vitest';
import { clearFocus, focusOn, highlight } from '../../client/src/lib/focus';
import { miniCy } from './fixtures';

const ids = (cy: ReturnType<typeof miniCy>, sel: string) =>
  cy
    .elements(sel)
    .map((e) => e.id())
    .sort();

describe('focus and highlight', () => {
  it('fades everything outside a node’s closed neighbourhood', () => {
    const cy = miniCy();
    focusOn(cy, 'product:engine');
    const kept = cy.elements().not('.faded');
    expect(
      kept
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['enterprise:dongan-engine', 'product:engine', 'product:minicar']);
    expect(cy.getElementById('institution:hit').hasClass('faded')).toBe(true);
  });

  it('keeps an edge and its two ends when an edge is focused', () => {
    const cy = miniCy();
    const id = 'institution:hit-[COOPERATES_WITH]->enterprise:hafei-auto';
    focusOn(cy, id);
    expect(
      cy
        .elements()
        .not('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual([id, 'enterprise:hafei-auto', 'institution:hit'].sort());
  });

  it('highlights exactly the given ids and fades the rest, and clears', () => {
    const cy = miniCy();
    const path = [
      'institution:hit',
      'enterprise:hafei-auto',
      'institution:hit-[COOPERATES_WITH]->enterprise:hafei-auto',
    ];
    highlight(cy, path);
    expect(ids(cy, '.hl')).toEqual([...path].sort());
    expect(cy.elements('.faded')).toHaveLength(cy.elements().length - path.length);
    clearFocus(cy);
    expect(cy.elements('.faded, .hl')).toHaveLength(0);
  });

  it('hands Cytoscape only the elements whose classes change (each one is restyled)', () => {
    const cy = miniCy();
    focusOn(cy, 'product:engine');
    const restyled = new Set<string>();
    cy.on('class', (e) => {
      restyled.add(e.target.id());
    });
    focusOn(cy, 'product:engine');
    highlight(
      cy,
      cy
        .elements()
        .not('.faded')
        .map((e) => e.id()),
    );
    expect([...restyled].sort()).toEqual(ids(cy, '.hl'));
    restyled.clear();
    clearFocus(cy);
    clearFocus(cy);
    expect(restyled.size).toBe(cy.elements().length);
  });

  it('clears instead of fading everything for an unknown id', () => {
    const cy = miniCy();
    focusOn(cy, 'enterprise:nope');
    expect(cy.elements('.faded')).toHaveLength(0);
  });
});
