/** Gaps tab: the 补链/强链 report, filterable, each gap focusable on the graph, exportable as CSV. */
import { gapsCsv } from '../lib/exporters';
import { filterGaps, gapFacets } from '../lib/gaps';
import { enumLabel, nodeName, t } from '../lib/i18n';
import { GAP_KINDS, type GapKind, SEVERITIES, type Severity } from '../lib/types';
import type { App } from './app';
import { fill, h, options } from './dom';
import { download, stamp } from './download';

export function createGapsPanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});

  const render = () => {
    const lang = app.lang;
    const f = app.state.gaps;
    const all = app.gaps ?? [];
    const { clusters, zones } = gapFacets(all);
    const shown = filterGaps(all, f);
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
          {
            'data-testid': testid,
            onchange: (e: Event) => {
              set((e.target as HTMLSelectElement).value || null);
              app.persist();
              render();
            },
          },
          ...options(items, value, t(lang, 'gaps.any')),
        ),
      );
    const filters = h(
      'div',
      { class: 'grid2' },
      select(
        'gap-kind',
        'gaps.kind',
        GAP_KINDS.map((k) => ({ value: k, label: enumLabel(lang, k) })),
        f.kind,
        (v) => (f.kind = v as GapKind | null),
      ),
      select(
        'gap-severity',
        'gaps.severity',
        SEVERITIES.map((s) => ({ value: s, label: enumLabel(lang, s) })),
        f.severity,
        (v) => (f.severity = v as Severity | null),
      ),
      select(
        'gap-cluster',
        'gaps.cluster',
        clusters.map((c) => ({ value: c.id, label: nodeName(lang, c) })),
        f.cluster,
        (v) => (f.cluster = v),
      ),
      select(
        'gap-zone',
        'gaps.zone',
        zones.map((z) => ({ value: z.id, label: nodeName(lang, z) })),
        f.zone,
        (v) => (f.zone = v),
      ),
    );
    const items = shown.map((g) => {
      const subject = g.product ?? g.cluster ?? g.zone;
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: g.id === f.gap ? 'gap active' : 'gap',
            'aria-pressed': String(g.id === f.gap),
            'data-testid': `gap-${g.id}`,
            onclick: () => app.focusGap(g),
          },
          h(
            'span',
            { class: 'gap-head' },
            h('span', { class: `badge sev-${g.severity}` }, enumLabel(lang, g.severity)),
            h('span', { class: 'gap-kind' }, enumLabel(lang, g.kind)),
            subject ? h('strong', {}, nodeName(lang, subject)) : null,
          ),
          h('span', { class: 'gap-text' }, lang === 'zh' ? g.explanation : g.explanationEn),
          g.suggestedPartners.length
            ? h(
                'span',
                { class: 'gap-partners' },
                `${t(lang, 'gaps.suggested')}：`,
                g.suggestedPartners
                  .slice(0, 5)
                  .map((m) => `${nodeName(lang, m.node)}（${enumLabel(lang, m.role)}）`)
                  .join('、'),
              )
            : null,
        ),
      );
    });
    fill(
      el,
      filters,
      h(
        'div',
        { class: 'row between' },
        h('span', { class: 'muted', 'data-testid': 'gap-count' }, t(lang, 'gaps.count', { n: shown.length })),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'gaps-csv',
            disabled: shown.length === 0,
            onclick: () => download(`gaps-${stamp()}.csv`, gapsCsv(shown, lang), 'text/csv'),
          },
          t(lang, 'export.csv'),
        ),
      ),
      items.length
        ? h('ul', { class: 'gap-list', 'data-testid': 'gap-list' }, ...items)
        : h('p', { class: 'hint' }, app.gaps ? t(lang, 'gaps.none') : t(lang, 'graph.loading')),
    );
  };
  return { el, render };
}
