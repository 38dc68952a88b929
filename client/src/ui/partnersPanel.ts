/** Partners tab: pick a product, read the ranked table, click a row to see its justifying path. */
import { enumLabel, nodeName, t } from '../lib/i18n';
import type { App } from './app';
import { fill, h } from './dom';
import { choosePartnersProduct, showPartner } from './panelEffects';
import { SearchBox } from './searchBox';
import { exportPartnersCsv, exportPartnersXlsx } from './workbooks';

export function createPartnersPanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const picker = new SearchBox({
    id: 'partner-product',
    testid: 'partner-product',
    labelKey: 'partners.product',
    placeholderKey: 'partners.pick',
    kinds: ['PRODUCT'],
    lang: () => app.lang,
    onPick: (n) => void choosePartnersProduct(app, n),
    onError: (e) => app.banner.error(e),
  });

  const render = () => {
    const lang = app.lang;
    const productId = app.state.partners.product;
    const product = productId ? (app.node(productId) ?? null) : null;
    const partners = productId ? (app.results.partners.get(productId) ?? []) : [];
    picker.relabel();
    picker.setNode(product);
    const rows = partners.map((m, i) => {
      const active = app.state.partners.row === i;
      return h(
        'tr',
        {
          tabindex: 0,
          class: active ? 'active' : '',
          'aria-selected': String(active),
          'data-testid': `partner-row-${i}`,
          onclick: () => void showPartner(app, i),
          onkeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
              e.preventDefault();
              void showPartner(app, i);
            }
          },
        },
        h('td', {}, h('span', { class: `role role-${m.role}` }, enumLabel(lang, m.role))),
        h('td', {}, h('span', { class: `kind-dot kind-${m.node.kind}` }), nodeName(lang, m.node)),
        h('td', { class: 'num' }, m.score.toFixed(2)),
        h('td', { class: 'reason' }, lang === 'zh' ? m.reason : m.reasonEn),
      );
    });
    const table = rows.length
      ? h(
          'table',
          { class: 'grid', 'data-testid': 'partners-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['partners.role', 'partners.partner', 'partners.score', 'partners.reason'].map((k) =>
                h('th', { scope: 'col' }, t(lang, k)),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        )
      : h('p', { class: 'hint' }, t(lang, product ? 'partners.none' : 'partners.hint'));
    fill(
      el,
      h('div', { class: 'field' }, h('span', { 'aria-hidden': 'true' }, t(lang, 'partners.product')), picker.el),
      rows.length && product
        ? h(
            'button',
            {
              type: 'button',
              'data-testid': 'partners-csv',
              onclick: () => void exportPartnersCsv(app, product, partners),
            },
            t(lang, 'export.csv'),
          )
        : null,
      rows.length && product
        ? h(
            'button',
            {
              type: 'button',
              'data-testid': 'partners-xlsx',
              onclick: () => void exportPartnersXlsx(app, product, partners),
            },
            t(lang, 'export.xlsx'),
          )
        : null,
      table,
    );
  };
  return { el, render };
}
