/**
 * The details panel: every property of the selected node or relationship, its provenance
 * (quote, plan section, stated or implied with the note) and, for clusters and zones, the
 * indicator chart. Actions (expand, supply chain, partners, path ends) call the App.
 */
import type { Aggregate } from '../lib/aggregate';
import { indicatorChartSvg } from '../lib/chart';
import { enumLabel, nodeName, t } from '../lib/i18n';
import type { ApiEdge, ApiNode, Source } from '../lib/types';
import type { App, View } from './app';
import { fill, h } from './dom';

export function createDetailsPanel(app: App, root: HTMLElement): View {
  const render = () => {
    const lang = app.lang;
    const id = app.state.selected;
    const el = id ? app.graph.cy.getElementById(id) : null;
    const heading = h('h2', { class: 'panel-title' }, t(lang, 'details.title'));
    if (!el || el.empty()) {
      fill(root, heading, h('p', { class: 'hint' }, t(lang, 'details.empty')));
      return;
    }
    const api: unknown = el.data('api');
    const agg = el.data('aggregateOf') as Aggregate | undefined;
    if (!api && !agg) {
      fill(root, heading, h('p', { class: 'hint' }, t(lang, 'details.aggregateHint')));
      return;
    }
    const body = agg
      ? aggregateDetails(app, agg, String(el.data('label')))
      : el.isNode()
        ? nodeDetails(app, api as ApiNode)
        : edgeDetails(app, api as ApiEdge);
    fill(root, heading, ...body);
  };
  return { render };
}

function row(label: string, value: Node | string | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

function nodeDetails(app: App, n: ApiNode): (HTMLElement | null)[] {
  const lang = app.lang;
  const btn = (key: string, testid: string, onclick: () => void, text?: string) =>
    h('button', { type: 'button', 'data-testid': testid, onclick }, text ?? t(lang, key));
  const more = app.truncation.get(n.id);
  const actions = h(
    'div',
    { class: 'actions' },
    btn('details.expand', 'expand', () => void app.expand(n.id)),
    n.kind === 'PRODUCT' ? btn('details.supplyChain', 'supply-chain', () => void app.showChain(n.id)) : null,
    n.kind === 'PRODUCT' ? btn('details.partners', 'find-partners', () => void app.loadPartners(n)) : null,
    btn('details.setStart', 'set-start', () => setEnd(app, 'from', n)),
    btn('details.setEnd', 'set-end', () => setEnd(app, 'to', n)),
  );
  const moreBtn = more
    ? h(
        'button',
        { type: 'button', class: 'link', 'data-testid': 'expand-more', onclick: () => void app.expand(n.id, true) },
        t(lang, 'details.more', { shown: more.shown, total: more.total }),
      )
    : null;
  const props = h(
    'dl',
    { class: 'props', 'data-testid': 'details-props' },
    ...row(t(lang, 'details.name'), n.name),
    ...row(t(lang, 'details.nameEn'), n.nameEn),
    ...row(t(lang, 'details.kind'), enumLabel(lang, n.kind)),
    ...row(t(lang, 'details.status'), enumLabel(lang, n.status)),
    ...row(t(lang, 'details.tier'), n.tier ? enumLabel(lang, n.tier) : null),
    ...row(t(lang, 'details.zoneKind'), n.zoneKind ? enumLabel(lang, n.zoneKind) : null),
    ...row(t(lang, 'details.institutionKind'), n.institutionKind ? enumLabel(lang, n.institutionKind) : null),
    ...row(t(lang, 'details.aliases'), n.aliases.join('、')),
    ...row(t(lang, 'details.degree'), n.degree === undefined ? null : String(n.degree)),
    ...row(t(lang, 'details.id'), h('code', {}, n.id)),
  );
  const chart = n.indicators?.length ? indicatorChartSvg(n.indicators, lang) : '';
  const chartBox = chart ? h('section', { class: 'indicators' }, h('h3', {}, t(lang, 'details.indicators'))) : null;
  if (chartBox) chartBox.insertAdjacentHTML('beforeend', chart); // built by lib/chart with every text escaped
  return [
    h(
      'div',
      { class: 'entity-head' },
      h('span', { class: `kind-dot kind-${n.kind}` }),
      h('strong', { 'data-testid': 'details-name' }, nodeName(lang, n)),
      h('span', { class: `badge status-${n.status}` }, enumLabel(lang, n.status)),
    ),
    actions,
    moreBtn,
    props,
    chartBox,
    sourcesList(app, n.sources),
  ];
}

function aggregateDetails(app: App, a: Aggregate, label: string): HTMLElement[] {
  const lang = app.lang;
  return [
    h(
      'div',
      { class: 'entity-head' },
      h('span', { class: `kind-dot kind-${a.kind}` }),
      h('strong', { 'data-testid': 'details-name' }, label),
      h('span', { class: 'badge' }, t(lang, 'details.aggregate')),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', 'data-testid': 'expand-aggregate', onclick: () => void app.openAggregate(a.id) },
        t(lang, 'details.openAggregate'),
      ),
    ),
    h('p', { class: 'hint' }, t(lang, 'details.aggregateHint')),
    h(
      'dl',
      { class: 'props', 'data-testid': 'details-props' },
      ...row(t(lang, 'details.kind'), enumLabel(lang, a.kind)),
      ...row(t(lang, 'details.members'), a.members.length.toLocaleString('en-US')),
      ...row(t(lang, 'details.id'), h('code', {}, a.anchor?.id ?? a.key)),
    ),
  ];
}

function edgeDetails(app: App, e: ApiEdge): HTMLElement[] {
  const lang = app.lang;
  const name = (id: string) => {
    const n = app.graph.cy.getElementById(id);
    return n.nonempty() ? nodeName(lang, n.data('api') as ApiNode) : id;
  };
  return [
    h(
      'div',
      { class: 'entity-head' },
      h('strong', { 'data-testid': 'details-name' }, enumLabel(lang, e.type)),
      h('span', { class: `badge status-${e.status}` }, enumLabel(lang, e.status)),
    ),
    h(
      'dl',
      { class: 'props', 'data-testid': 'details-props' },
      ...row(t(lang, 'details.type'), `${enumLabel(lang, e.type)} (${e.type})`),
      ...row(t(lang, 'details.source'), name(e.source)),
      ...row(t(lang, 'details.target'), name(e.target)),
      ...row(t(lang, 'details.status'), enumLabel(lang, e.status)),
      ...row(t(lang, 'details.id'), h('code', {}, e.id)),
    ),
    sourcesList(app, e.sources),
  ];
}

function sourcesList(app: App, sources: readonly Source[]): HTMLElement {
  const lang = app.lang;
  return h(
    'section',
    { class: 'sources', 'data-testid': 'details-sources' },
    h('h3', {}, t(lang, 'details.sources')),
    ...sources.map((s) =>
      h(
        'figure',
        { class: s.stated ? 'source stated' : 'source implied' },
        h('blockquote', {}, s.quote),
        h(
          'figcaption',
          {},
          h(
            'span',
            { class: s.stated ? 'badge stated' : 'badge implied' },
            t(lang, s.stated ? 'details.stated' : 'details.implied'),
          ),
          ` ${s.section}`,
          s.note ? h('div', { class: 'note' }, s.note) : null,
        ),
      ),
    ),
  );
}

function setEnd(app: App, end: 'from' | 'to', n: ApiNode): void {
  app.remember(n);
  app.state.paths[end] = n.id;
  app.state.paths.index = 0;
  app.paths = [];
  app.pathsSearched = false;
  app.setTab('paths');
}
