/** Graph toolbar (fit, zoom, re-layout) and the status line with the visible counts. */
import { t } from '../lib/i18n';
import type { App, View } from './app';
import { h } from './dom';

export function createGraphToolbar(app: App, toolbar: HTMLElement, status: HTMLElement): View {
  const buttons = [
    { key: 'graph.fit', icon: '⤢', testid: 'fit', run: () => app.graph.fit() },
    { key: 'graph.zoomIn', icon: '+', testid: 'zoom-in', run: () => app.graph.zoom(1.25) },
    { key: 'graph.zoomOut', icon: '−', testid: 'zoom-out', run: () => app.graph.zoom(0.8) },
    { key: 'graph.relayout', icon: '⟳', testid: 'relayout', run: () => void app.graph.layout(true) },
    { key: 'graph.showAll', icon: '⊞', testid: 'show-all', run: () => void app.showAll() },
  ].map((b) => ({ ...b, el: h('button', { type: 'button', class: 'tool', 'data-testid': b.testid, onclick: b.run }) }));
  toolbar.replaceChildren(...buttons.map((b) => b.el));
  return {
    render() {
      const lang = app.lang;
      for (const b of buttons) {
        b.el.textContent = b.icon;
        b.el.title = t(lang, b.key);
        b.el.setAttribute('aria-label', t(lang, b.key));
      }
      const cy = app.graph.cy;
      const nodes = cy.nodes().not('.filtered').length;
      const edges = cy.edges().not('.filtered').length;
      const groups = app.drawn?.aggregates.length ?? 0;
      const cap = app.cap.toLocaleString('en-US');
      status.textContent = nodes
        ? t(lang, 'graph.counts', { nodes, edges }) + (groups ? t(lang, 'graph.aggregated', { groups, cap }) : '')
        : t(lang, 'graph.empty');
      if (app.capNotice) status.textContent += ` · ${t(lang, 'graph.capNotice')}`;
    },
  };
}
