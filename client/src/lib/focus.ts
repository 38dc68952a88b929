/**
 * Focus and highlight by classes: the stylesheet fades `.faded` and paints `.hl`; these helpers
 * only decide which elements get which class. Cytoscape restyles every element handed to
 * addClass, removeClass or toggleClass, whether its classes change or not, so they hand over
 * only the elements that change: restyling the whole graph on each click is the slow part.
 */
import type { Core } from 'cytoscape';

export function clearFocus(cy: Core): void {
  cy.batch(() => {
    cy.elements('.faded, .hl').removeClass('faded hl');
  });
}

/** Fades everything not connected to the element `id` (a node's closed neighbourhood, an edge's ends). */
export function focusOn(cy: Core, id: string): void {
  const el = cy.getElementById(id);
  if (el.empty()) {
    clearFocus(cy);
    return;
  }
  // An edge keeps itself and its two ends.
  const node = cy.nodes().getElementById(id);
  const keep = node.nonempty() ? node.closedNeighborhood() : el.union(el.connectedNodes());
  cy.batch(() => {
    cy.elements('.hl').removeClass('hl');
    cy.elements().not(keep).not('.faded').addClass('faded');
    keep.filter('.faded').removeClass('faded');
  });
}

/** Paints `ids` as highlighted and fades everything else (a path, a partner's justification). */
export function highlight(cy: Core, ids: readonly string[]): void {
  const set = new Set(ids);
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const on = set.has(el.id());
      if (el.hasClass('hl') !== on) el.toggleClass('hl', on);
      if (el.hasClass('faded') === on) el.toggleClass('faded', !on);
    });
  });
}
