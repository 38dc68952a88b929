/**
 * The print view (print.html): the gap report, or a cluster's profile — its members, products,
 * partners, zones, gaps and indicators — as an A4 page an office can put in a briefing, in the
 * bundled Noto Sans SC. `?report=gaps[&cluster=…&zone=…]` or `?report=cluster&id=cluster:auto`,
 * `&lang=en` for English. It reads only through the GraphQL API, like the explorer.
 */
import './styles/print.css';
import { figureText, periodLabel } from './lib/dashboard';
import { mergeGaps } from './lib/gaps';
import { enumLabel, listOf, nodeName, paren, t } from './lib/i18n';
import type { ApiNode, Gap, Lang } from './lib/types';
import { gql } from './ui/api';
import { fill, h } from './ui/dom';

const params = new URLSearchParams(location.search);
const lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh';
const root = document.getElementById('report') as HTMLElement;
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

const meta = () =>
  h(
    'p',
    { class: 'meta' },
    `${new Date().toISOString().slice(0, 10)} · ${t(lang, 'app.title')} · ${t(lang, 'app.subtitle')} · ${t(lang, 'app.source')}`,
  );
const toolbar = () =>
  h(
    'div',
    { class: 'toolbar' },
    h('button', { type: 'button', onclick: () => window.print() }, t(lang, 'print.print')),
  );
const table = (head: string[], rows: (string | Node)[][], testid: string) =>
  h(
    'table',
    { 'data-testid': testid },
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, c))))),
  );

function gapRows(gaps: readonly Gap[]): (string | Node)[][] {
  return mergeGaps(gaps).map((g) => [
    h('span', { class: `sev-${g.severity}` }, enumLabel(lang, g.severity)),
    listOf(
      lang,
      g.kinds.map((k) => enumLabel(lang, k)),
    ),
    (g.product ?? g.cluster ?? g.zone) ? nodeName(lang, (g.product ?? g.cluster ?? g.zone) as ApiNode) : '',
    lang === 'zh' ? g.explanation : g.explanationEn,
    listOf(
      lang,
      g.suggestedPartners.slice(0, 5).map((m) => paren(lang, nodeName(lang, m.node), enumLabel(lang, m.role))),
    ),
  ]);
}

const gapHead = () => [
  t(lang, 'gaps.severity'),
  t(lang, 'gaps.kind'),
  t(lang, 'print.subject'),
  t(lang, 'print.why'),
  t(lang, 'gaps.suggested'),
];

async function gapReport(): Promise<void> {
  const clusterId = params.get('cluster');
  const zoneId = params.get('zone');
  const { gaps } = await gql('gaps', { clusterId, zoneId });
  const named = [clusterId, zoneId].filter((x): x is string => !!x);
  const { nodes } = named.length ? await gql('nodes', { ids: named }) : { nodes: [] as ApiNode[] };
  const filter = nodes.map((n) => nodeName(lang, n));
  const rows = gapRows(gaps);
  document.title = t(lang, 'print.gapsTitle');
  fill(
    root,
    toolbar(),
    h('h1', { 'data-testid': 'report-title' }, t(lang, 'print.gapsTitle')),
    meta(),
    h(
      'p',
      {},
      filter.length ? t(lang, 'print.filter', { filter: listOf(lang, filter) }) : t(lang, 'print.allGaps'),
      ' · ',
      t(lang, 'gaps.count', { n: rows.length }),
    ),
    table(gapHead(), rows, 'report-gaps'),
  );
}

async function clusterProfile(id: string): Promise<void> {
  const [{ nodes }, { neighborhood }, { gaps }] = await Promise.all([
    gql('nodes', { ids: [id] }),
    gql('neighborhood', { id, depth: 1, limit: 500 }),
    gql('gaps', { clusterId: id }),
  ]);
  const cluster: ApiNode | undefined = nodes[0];
  if (!cluster) throw new Error(`no such cluster: ${id}`);
  const byId = new Map(neighborhood.nodes.map((n) => [n.id, n as ApiNode]));
  const linked = (type: string, dir: 'in' | 'out') =>
    neighborhood.edges
      .filter((e) => e.type === type && (dir === 'in' ? e.target === id : e.source === id))
      .map((e) => byId.get(dir === 'in' ? e.source : e.target))
      .filter((n): n is ApiNode => !!n);
  const rows = (list: ApiNode[]) =>
    list.map((n) => [nodeName(lang, n), enumLabel(lang, n.kind), enumLabel(lang, n.status), n.sources[0]?.quote ?? '']);
  const head = [
    t(lang, 'details.name'),
    t(lang, 'details.kind'),
    t(lang, 'details.status'),
    t(lang, 'details.sources'),
  ];
  const partners = [
    ...linked('RESEARCHES', 'in'),
    ...linked('COOPERATES_WITH', 'in'),
    ...linked('COOPERATES_WITH', 'out'),
  ];
  const section = (key: string, list: ApiNode[], testid: string) =>
    list.length ? [h('h2', {}, `${t(lang, key)}（${list.length}）`), table(head, rows(list), testid)] : [];
  const indicators = (cluster.indicators ?? []).map((f) => [
    lang === 'zh' ? f.name : f.nameEn,
    periodLabel(f, lang),
    h('span', { class: 'num' }, figureText(f)),
  ]);
  document.title = nodeName(lang, cluster);
  fill(
    root,
    toolbar(),
    h('h1', { 'data-testid': 'report-title' }, t(lang, 'print.profileTitle', { name: nodeName(lang, cluster) })),
    meta(),
    h('p', { class: 'quote' }, cluster.sources.map((s) => `“${s.quote}”（${s.section}）`).join(' ')),
    ...section('print.members', linked('MEMBER_OF', 'in'), 'report-members'),
    ...section('print.products', linked('FOCUSES_ON', 'out'), 'report-products'),
    ...section('print.partners', partners, 'report-partners'),
    ...section('print.zones', linked('LOCATED_IN', 'out'), 'report-zones'),
    ...(gaps.length
      ? [
          h('h2', {}, `${t(lang, 'tab.gaps')}（${mergeGaps(gaps).length}）`),
          table(gapHead(), gapRows(gaps), 'report-gaps'),
        ]
      : []),
    ...(indicators.length
      ? [
          h('h2', {}, t(lang, 'details.indicators')),
          table(
            [t(lang, 'dash.measure'), t(lang, 'print.period'), t(lang, 'print.value')],
            indicators,
            'report-indicators',
          ),
        ]
      : []),
  );
}

const report = params.get('report');
const work = report === 'cluster' ? clusterProfile(params.get('id') ?? '') : gapReport();
work
  .then(() => document.fonts.ready)
  .then(() => root.setAttribute('data-ready', 'true'))
  .catch((e: unknown) => fill(root, h('p', { role: 'alert' }, e instanceof Error ? e.message : String(e))));
