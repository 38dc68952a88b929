/**
 * Gaps tab: the 补链/强链 report — one entry per product, cluster or zone with every reason it is
 * a gap — filterable by kind and severity, and by cluster and zone (every cluster and every zone
 * and park; the server knows which parks lie in a zone). An entry focuses its gap on the graph;
 * each suggested partner shows itself and the path that links it. Exportable as CSV.
 */
import { filterGaps, type GapEntry, mergeGaps } from '../lib/gaps';
import { enumLabel, labelled, listOf, nodeName, paren, t } from '../lib/i18n';
import { type ApiNode, GAP_KINDS, type GapKind, SEVERITIES, type Severity } from '../lib/types';
import type { App } from './app';
import { fill, h, options } from './dom';
import { focusGap, gapsFor, listOfKind, showGapPartner } from './panelEffects';
import { exportGapsCsv, exportGapsXlsx } from './workbooks';

export function createGapsPanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const setFilter = (patch: Partial<typeof app.state.gaps>) =>
    app.dispatch({ type: 'gaps', patch: { ...patch, gap: null } }, 'step', 'none');

  const render = () => {
    const lang = app.lang;
    const f = app.state.gaps;
    const report = gapsFor(app, f.cluster, f.zone);
    const entries = report ? mergeGaps(report) : null;
    const shown = entries ? filterGaps(entries, f) : [];
    const clusters = listOfKind(app, 'CLUSTER');
    const zones = listOfKind(app, 'ZONE');
    const select = (
      testid: string,
      labelKey: string,
      items: { value: string; label: string }[],
      value: string | null,
      set: (v: string | null) => void,
    ) =>
      h(
        'label',
        { class: 'field' },
        h('span', {}, t(lang, labelKey)),
        h(
          'select',
          { 'data-testid': testid, onchange: (e: Event) => set((e.target as HTMLSelectElement).value || null) },
          ...options(items, value, t(lang, 'gaps.any')),
        ),
      );
    const named = (nodes: ApiNode[]) => nodes.map((n) => ({ value: n.id, label: nodeName(lang, n) }));
    const filters = h(
      'div',
      { class: 'grid2' },
      select(
        'gap-kind',
        'gaps.kind',
        GAP_KINDS.map((k) => ({ value: k, label: enumLabel(lang, k) })),
        f.kind,
        (v) => setFilter({ kind: v as GapKind | null }),
      ),
      select(
        'gap-severity',
        'gaps.severity',
        SEVERITIES.map((s) => ({ value: s, label: enumLabel(lang, s) })),
        f.severity,
        (v) => setFilter({ severity: v as Severity | null }),
      ),
      select('gap-cluster', 'gaps.cluster', named(clusters), f.cluster, (v) => setFilter({ cluster: v })),
      select('gap-zone', 'gaps.zone', named(zones), f.zone, (v) => setFilter({ zone: v })),
    );
    const items = shown.map((g) => entry(app, g));
    /** The filter in words, for the exports (what produced the list). */
    const filterText = () => {
      const parts = [
        f.kind ? enumLabel(lang, f.kind) : null,
        f.severity ? enumLabel(lang, f.severity) : null,
        f.cluster ? nodeName(lang, clusters.find((c) => c.id === f.cluster) ?? ({ name: f.cluster } as ApiNode)) : null,
        f.zone ? nodeName(lang, zones.find((z) => z.id === f.zone) ?? ({ name: f.zone } as ApiNode)) : null,
      ].filter((x): x is string => !!x);
      return parts.length ? listOf(lang, parts) : t(lang, 'gaps.any');
    };
    fill(
      el,
      filters,
      h(
        'div',
        { class: 'row between' },
        h('span', { class: 'muted', 'data-testid': 'gap-count' }, t(lang, 'gaps.count', { n: shown.length })),
        h(
          'a',
          {
            class: 'button-link',
            href: printUrl(lang, { report: 'gaps', cluster: f.cluster, zone: f.zone }),
            target: '_blank',
            rel: 'noopener',
            'data-testid': 'gaps-print',
          },
          t(lang, 'print.open'),
        ),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'gaps-xlsx',
            disabled: shown.length === 0,
            onclick: () => void exportGapsXlsx(app, shown, filterText()),
          },
          t(lang, 'export.xlsx'),
        ),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'gaps-csv',
            disabled: shown.length === 0,
            onclick: () => void exportGapsCsv(app, shown, filterText()),
          },
          t(lang, 'export.csv'),
        ),
      ),
      items.length
        ? h('ul', { class: 'gap-list', 'data-testid': 'gap-list' }, ...items)
        : h('p', { class: 'hint' }, entries ? t(lang, 'gaps.none') : t(lang, 'graph.loading')),
    );
  };
  return { el, render };
}

/** The print view's address for a report (print.html), in the current language. */
export function printUrl(lang: 'zh' | 'en', q: Record<string, string | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  if (lang === 'en') p.set('lang', 'en');
  return `print.html?${p.toString()}`;
}

function entry(app: App, g: GapEntry): HTMLElement {
  const lang = app.lang;
  const active = g.id === app.state.gaps.gap;
  const subject = g.product ?? g.cluster ?? g.zone;
  return h(
    'li',
    { class: active ? 'gap-item active' : 'gap-item' },
    h(
      'button',
      {
        type: 'button',
        class: active ? 'gap active' : 'gap',
        'aria-pressed': String(active),
        'data-testid': `gap-${g.id}`,
        onclick: () => void focusGap(app, g),
      },
      h(
        'span',
        { class: 'gap-head' },
        h('span', { class: `badge sev-${g.severity}` }, enumLabel(lang, g.severity)),
        h(
          'span',
          { class: 'gap-kind' },
          listOf(
            lang,
            g.kinds.map((k) => enumLabel(lang, k)),
          ),
        ),
        subject ? h('strong', {}, nodeName(lang, subject)) : null,
      ),
      h('span', { class: 'gap-text' }, lang === 'zh' ? g.explanation : g.explanationEn),
    ),
    g.suggestedPartners.length
      ? h(
          'div',
          { class: 'gap-partners' },
          labelled(lang, t(lang, 'gaps.suggested')),
          ...g.suggestedPartners.slice(0, 5).map((m) =>
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-testid': `gap-partner-${m.node.id}`,
                title: t(lang, 'gaps.showPartner', { name: nodeName(lang, m.node) }),
                onclick: () => void showGapPartner(app, g, m),
              },
              paren(lang, nodeName(lang, m.node), enumLabel(lang, m.role)),
            ),
          ),
        )
      : null,
  );
}
