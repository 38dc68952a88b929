/** Top bar: brand, the main search box, the account area (login, undo of one's last change), new node, the language switch and the export menu. */
import { edgesCsv, nodesCsv, toGraphml, toInterchangeJson } from '../lib/exporters';
import { enumLabel, listOf, t } from '../lib/i18n';
import { viewTitle } from '../lib/report';
import { CLUSTER_TIERS, NODE_KINDS, REL_TYPES, STATUSES } from '../lib/types';
import type { App, View } from './app';
import { h } from './dom';
import { download, stamp } from './download';
import { openNodeForm, undoLast } from './editor';
import { reportPng, reportSvg } from './imageExport';
import { setLang, showNode } from './sceneEffects';
import { SearchBox } from './searchBox';
import { accountArea, canEdit } from './session';
import { aboutLine } from './workbooks';

type ExportKind = 'png' | 'svg' | 'json' | 'csvNodes' | 'csvEdges' | 'graphml' | 'link';
const EXPORTS: ExportKind[] = ['png', 'svg', 'json', 'csvNodes', 'csvEdges', 'graphml', 'link'];

export function createTopbar(app: App, root: HTMLElement): View {
  const title = h('h1', { class: 'brand' });
  const search = new SearchBox({
    id: 'search',
    testid: 'search',
    labelKey: 'search.label',
    placeholderKey: 'search.placeholder',
    lang: () => app.lang,
    onPick: (n) => void showNode(app, n),
    onError: (e) => app.banner.error(e),
  });
  const langBtn = h('button', {
    type: 'button',
    class: 'ghost',
    'data-testid': 'lang-switch',
    onclick: () => setLang(app, app.lang === 'zh' ? 'en' : 'zh'),
  });
  const menuBtn = h('button', {
    type: 'button',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': 'export-menu',
    'data-testid': 'export-menu',
  });
  const menu = h('div', { id: 'export-menu', role: 'menu', class: 'menu', hidden: true });
  const items = EXPORTS.map((k) =>
    h('button', {
      type: 'button',
      role: 'menuitem',
      tabindex: -1,
      'data-testid': `export-${k}`,
      onclick: () => {
        close();
        runExport(app, k);
      },
    }),
  );
  menu.append(...items);
  const open = () => {
    menu.hidden = false;
    menuBtn.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  };
  const close = () => {
    menu.hidden = true;
    menuBtn.setAttribute('aria-expanded', 'false');
  };
  menuBtn.addEventListener('click', () => (menu.hidden ? open() : close()));
  menu.addEventListener('keydown', (e) => {
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      close();
      menuBtn.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== menuBtn) close();
  });
  const account = accountArea(app, () => void undoLast(app));
  const newNode = h('button', {
    type: 'button',
    class: 'ghost',
    'data-testid': 'new-node',
    onclick: () => void openNodeForm(app, null),
  });
  root.replaceChildren(
    title,
    h('div', { class: 'search-wrap' }, search.el),
    h('div', { class: 'top-actions' }, newNode, account.el, langBtn, h('div', { class: 'menu-wrap' }, menuBtn, menu)),
  );

  return {
    render() {
      const lang = app.lang;
      title.replaceChildren(t(lang, 'app.title'), h('small', {}, t(lang, 'app.subtitle')));
      document.title = `${t(lang, 'app.title')} · ${t(lang, 'app.subtitle')}`;
      search.relabel();
      account.render();
      newNode.hidden = !canEdit(app.viewer);
      newNode.textContent = t(lang, 'edit.newNode');
      newNode.title = t(lang, 'edit.newNodeTitle');
      langBtn.textContent = t(lang, 'lang.switch');
      langBtn.setAttribute('aria-label', t(lang, 'lang.switchLabel'));
      langBtn.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
      menuBtn.textContent = `${t(lang, 'export.menu')} ▾`;
      items.forEach((b, i) => {
        b.textContent = t(lang, `export.${EXPORTS[i]}`);
      });
    },
  };
}

function runExport(app: App, kind: ExportKind): void {
  const lang = app.lang;
  if (kind === 'link') {
    void navigator.clipboard?.writeText(location.href).then(
      () => app.banner.info(t(lang, 'export.linkCopied')),
      () => app.banner.info(location.href),
    );
    return;
  }
  const base = `cluster-graph-${stamp()}`;
  const content = () => app.graph.content();
  const about = () =>
    aboutLine(
      app,
      viewTitle(app.state, (id) => app.node(id)),
      filterLine(app),
    );
  // Built lazily: only the chosen format is serialised.
  if (kind === 'png') {
    void reportPng(app).then(
      (png) => download(`${base}.png`, png, 'image/png'),
      (e) => app.banner.error(e),
    );
    return;
  }
  const files: Record<Exclude<ExportKind, 'link' | 'png'>, () => [string, Blob | string, string]> = {
    svg: () => [`${base}.svg`, reportSvg(app), 'image/svg+xml'],
    json: () => [`${base}.json`, toInterchangeJson(content()), 'application/json'],
    csvNodes: () => [`${base}-nodes.csv`, nodesCsv(content(), lang, { about: about() }), 'text/csv'],
    csvEdges: () => [`${base}-edges.csv`, edgesCsv(content(), lang, { about: about() }), 'text/csv'],
    graphml: () => [`${base}.graphml`, toGraphml(content()), 'application/xml'],
  };
  download(...files[kind]());
}

/** The explore filters in words (empty when nothing is filtered out). */
function filterLine(app: App): string {
  const f = app.state.filters;
  const lang = app.lang;
  const off = [
    ...NODE_KINDS.filter((k) => !f.kinds.includes(k)),
    ...REL_TYPES.filter((r) => !f.relTypes.includes(r)),
    ...STATUSES.filter((x) => !f.statuses.includes(x)),
    ...CLUSTER_TIERS.filter((x) => !f.tiers.includes(x)),
  ].map((v) => enumLabel(lang, v));
  const parts = [
    off.length ? `${t(lang, 'export.hidden')}${listOf(lang, off)}` : '',
    ...f.zones.map((z) => app.node(z)?.name ?? z),
  ];
  return parts.filter(Boolean).join(' · ');
}
