/**
 * The details panel: every property of the selected node or relationship, its provenance
 * (quote, plan section, stated or implied with the note) and, for clusters and zones, the
 * indicator chart. Its actions (expand, the expand menu, collapse, pin, hide, supply chain,
 * partners, path ends) dispatch or call the effects; it reads only the state and the data.
 */
import { selectedIds } from '../lib/actions';
import type { Aggregate } from '../lib/aggregate';
import { aggregateLabel } from '../lib/elements';
import { enumLabel, listOf, nodeName, t } from '../lib/i18n';
import type { ApiEdge, ApiNode, Source } from '../lib/types';
import type { App, View } from './app';
import { fill, h } from './dom';
import { confirmDelete, historySection, openEdgeForm, openNodeForm, startLink } from './editor';
import { printUrl } from './gapsPanel';
import { choosePartnersProduct, setPathEnd } from './panelEffects';
import { expand, isExpanded, moreOf, openAggregate, showChain } from './sceneEffects';
import { canEdit } from './session';

export interface DetailsHooks {
  openMenu(id: string, at: { x: number; y: number }): void;
}

export function createDetailsPanel(app: App, root: HTMLElement, hooks: DetailsHooks): View {
  const render = () => {
    const lang = app.lang;
    const id = app.state.selected;
    const heading = h('h2', { class: 'panel-title' }, t(lang, 'details.title'));
    const agg = id ? app.drawn?.display.aggregates.find((a) => a.id === id) : undefined;
    const node = id && app.state.scene.nodes.includes(id) ? app.data.node(id) : undefined;
    const edge = id && !node ? app.data.edge(id) : undefined;
    if (!agg && !node && !edge) {
      fill(root, heading, h('p', { class: 'hint' }, t(lang, 'details.empty')));
      return;
    }
    const count = selectedIds(app.state).length;
    const body = agg
      ? aggregateDetails(app, agg, aggregateLabel(lang, agg))
      : node
        ? nodeDetails(app, node, hooks)
        : edgeDetails(app, edge as ApiEdge);
    fill(
      root,
      heading,
      count > 1
        ? h('p', { class: 'muted', 'data-testid': 'selection-count' }, t(lang, 'details.selection', { n: count }))
        : null,
      ...body,
    );
  };
  return { render };
}

function row(label: string, value: Node | string | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

function nodeDetails(app: App, n: ApiNode, hooks: DetailsHooks): (HTMLElement | null)[] {
  const lang = app.lang;
  const btn = (key: string, testid: string, onclick: (e: Event) => void, text?: string) =>
    h('button', { type: 'button', 'data-testid': testid, onclick }, text ?? t(lang, key));
  const more = moreOf(app, n.id);
  const pinned = app.state.scene.pinned.includes(n.id);
  const actions = h(
    'div',
    { class: 'actions' },
    btn('details.expand', 'expand', () => void expand(app, n.id)),
    btn('details.expandMenu', 'expand-menu', (e) => {
      const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
      hooks.openMenu(n.id, { x: r.left, y: r.bottom + 4 });
    }),
    isExpanded(app.state.scene, n.id)
      ? btn('details.collapse', 'collapse', () => app.dispatch({ type: 'collapse', id: n.id }))
      : null,
    btn(pinned ? 'details.unpin' : 'details.pin', 'pin', () =>
      app.dispatch({ type: 'pin', ids: [n.id], on: !pinned }, 'step', 'none'),
    ),
    btn('details.hide', 'hide', () => app.dispatch({ type: 'hide', ids: [n.id] }, 'step', 'none')),
    n.kind === 'CLUSTER'
      ? h(
          'a',
          {
            class: 'button-link',
            href: printUrl(lang, { report: 'cluster', id: n.id }),
            target: '_blank',
            rel: 'noopener',
            'data-testid': 'cluster-print',
          },
          t(lang, 'print.profile'),
        )
      : null,
    n.kind === 'PRODUCT' ? btn('details.supplyChain', 'supply-chain', () => void showChain(app, n.id)) : null,
    n.kind === 'PRODUCT' ? btn('details.partners', 'find-partners', () => void choosePartnersProduct(app, n)) : null,
    btn('details.setStart', 'set-start', () => setEnd(app, 'from', n)),
    btn('details.setEnd', 'set-end', () => setEnd(app, 'to', n)),
  );
  const moreBtn = more
    ? h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-testid': 'expand-more',
          onclick: () => {
            const last = [...app.state.scene.expansions].reverse().find((e) => e.id === n.id);
            void expand(app, n.id, { relTypes: last?.relTypes ?? null, kinds: last?.kinds ?? null, all: true });
          },
        },
        t(lang, 'details.more', { shown: more.shown, total: more.total }),
      )
    : null;
  const props = h(
    'dl',
    { class: 'props', 'data-testid': 'details-props' },
    ...row(t(lang, 'details.name'), n.name),
    ...row(
      t(lang, 'details.nameEn'),
      n.nameEn && n.nameEnStated === false
        ? h(
            'span',
            { 'data-testid': 'name-en-pinyin' },
            n.nameEn,
            ' ',
            h('small', { class: 'muted' }, t(lang, 'details.nameEnPinyin')),
          )
        : n.nameEn,
    ),
    ...row(t(lang, 'details.kind'), enumLabel(lang, n.kind)),
    ...row(t(lang, 'details.status'), enumLabel(lang, n.status)),
    ...row(t(lang, 'details.tier'), n.tier ? enumLabel(lang, n.tier) : null),
    ...row(t(lang, 'details.zoneKind'), n.zoneKind ? enumLabel(lang, n.zoneKind) : null),
    ...row(t(lang, 'details.institutionKind'), n.institutionKind ? enumLabel(lang, n.institutionKind) : null),
    ...row(t(lang, 'details.aliases'), listOf(lang, n.aliases)),
    ...row(t(lang, 'details.degree'), n.degree === undefined ? null : String(n.degree)),
    ...row(t(lang, 'details.id'), h('code', {}, n.id)),
  );
  const chartBox = n.indicators?.length
    ? h(
        'section',
        { class: 'indicators' },
        h('h3', {}, t(lang, 'details.indicators')),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'open-dashboard',
            onclick: () => {
              app.dispatch({ type: 'indicators', subject: n.id }, 'step', 'none');
              app.dispatch({ type: 'tab', tab: 'indicators' }, 'amend', 'none');
            },
          },
          t(lang, 'dash.open'),
          ` (${n.indicators.length})`,
        ),
      )
    : null;
  return [
    h(
      'div',
      { class: 'entity-head' },
      h('span', { class: `kind-dot kind-${n.kind}` }),
      h('strong', { 'data-testid': 'details-name' }, nodeName(lang, n)),
      h('span', { class: `badge status-${n.status}` }, enumLabel(lang, n.status)),
    ),
    actions,
    editActions(app, { node: n }),
    moreBtn,
    props,
    chartBox,
    sourcesList(app, n.sources),
    historySection(app, n.id),
  ];
}

/** An editor's actions on the element: edit, draw a link from it, delete it (each asks for its source). */
function editActions(app: App, el: { node: ApiNode } | { edge: ApiEdge }): HTMLElement | null {
  if (!canEdit(app.viewer)) return null;
  const lang = app.lang;
  const btn = (key: string, testid: string, onclick: () => void, cls?: string) =>
    h('button', { type: 'button', 'data-testid': testid, onclick, class: cls }, t(lang, key));
  return h(
    'div',
    { class: 'actions edit-actions', 'data-testid': 'edit-actions' },
    'node' in el
      ? btn('edit.edit', 'edit-node', () => void openNodeForm(app, el.node))
      : btn('edit.edit', 'edit-edge', () => void openEdgeForm(app, el.edge)),
    'node' in el ? btn('edit.link', 'draw-link', () => startLink(app, el.node.id)) : null,
    btn('edit.delete', 'delete-element', () => void confirmDelete(app, el), 'danger-outline'),
  );
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
        { type: 'button', 'data-testid': 'expand-aggregate', onclick: () => openAggregate(app, a.id) },
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

function edgeDetails(app: App, e: ApiEdge): (HTMLElement | null)[] {
  const lang = app.lang;
  const name = (id: string) => {
    const n = app.node(id);
    return n ? nodeName(lang, n) : id;
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
      ...row(t(lang, 'details.type'), enumLabel(lang, e.type)),
      ...row(t(lang, 'details.source'), name(e.source)),
      ...row(t(lang, 'details.target'), name(e.target)),
      ...row(t(lang, 'details.status'), enumLabel(lang, e.status)),
      ...row(t(lang, 'details.id'), h('code', {}, e.id)),
    ),
    editActions(app, { edge: e }),
    sourcesList(app, e.sources),
    historySection(app, e.id),
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
  setPathEnd(app, end, n);
  app.dispatch({ type: 'tab', tab: 'paths' }, 'amend', 'none');
}
