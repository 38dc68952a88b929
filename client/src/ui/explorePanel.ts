/** Explore tab: back-to-overview, filters (kind, tier, zone, relationship, status) and the legend. */
import { defaultFilters, type FilterState, toggled } from '../lib/filters';
import { enumLabel, nodeName, t } from '../lib/i18n';
import { type ApiNode, CLUSTER_TIERS, NODE_KINDS, REL_TYPES, STATUSES } from '../lib/types';
import type { App } from './app';
import { fill, h, options } from './dom';
import { legend } from './legend';

type ListKey = 'kinds' | 'tiers' | 'relTypes' | 'statuses';

export function createExplorePanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});

  const group = (key: ListKey, titleKey: string, values: readonly string[]) =>
    h(
      'fieldset',
      { class: 'checks' },
      h('legend', {}, t(app.lang, titleKey)),
      ...values.map((v) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            'data-testid': `filter-${key}-${v}`,
            checked: (app.state.filters[key] as readonly string[]).includes(v),
            onchange: (e: Event) => {
              const f: FilterState = { ...app.state.filters };
              (f[key] as string[]) = toggled(f[key] as string[], v, (e.target as HTMLInputElement).checked);
              app.setFilters(f);
            },
          }),
          ` ${enumLabel(app.lang, v)}`,
        ),
      ),
    );

  const render = () => {
    const lang = app.lang;
    const zones = app.graph.cy
      .nodes('[kind = "ZONE"][api]')
      .map((n) => n.data('api') as ApiNode)
      .sort((a, b) => a.id.localeCompare(b.id));
    const zoneSelect = h(
      'select',
      {
        'data-testid': 'filter-zone',
        'aria-label': t(lang, 'explore.zones'),
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          app.setFilters({ ...app.state.filters, zones: v ? [v] : [] });
        },
      },
      ...options(
        zones.map((z) => ({ value: z.id, label: nodeName(lang, z) })),
        app.state.filters.zones[0] ?? null,
        t(lang, 'explore.allZones'),
      ),
    );
    const chainNode = app.state.chain ? app.graph.cy.getElementById(app.state.chain) : null;
    fill(
      el,
      app.state.chain
        ? h(
            'div',
            { class: 'chain-bar' },
            h(
              'span',
              {},
              t(lang, 'explore.chainOf'),
              chainNode?.nonempty() ? nodeName(lang, chainNode.data('api') as ApiNode) : app.state.chain,
            ),
            h(
              'button',
              { type: 'button', 'data-testid': 'back-overview', onclick: () => void app.showChain(null) },
              t(lang, 'explore.backToOverview'),
            ),
          )
        : h(
            'button',
            { type: 'button', class: 'wide', 'data-testid': 'overview', onclick: () => resetOverview(app) },
            t(lang, 'explore.overview'),
          ),
      h('h3', {}, t(lang, 'explore.filters')),
      group('kinds', 'explore.kinds', NODE_KINDS),
      group('tiers', 'explore.tiers', CLUSTER_TIERS),
      h('label', { class: 'field' }, h('span', {}, t(lang, 'explore.zones')), zoneSelect),
      group('statuses', 'explore.statuses', STATUSES),
      group('relTypes', 'explore.relTypes', REL_TYPES),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'filters-reset',
          onclick: () => {
            app.setFilters(defaultFilters());
            render();
          },
        },
        t(lang, 'explore.reset'),
      ),
      h('h3', {}, t(lang, 'explore.legend')),
      legend(lang),
    );
  };
  return { el, render };
}

/** Back to the plain overview: no expansions, no selection. */
function resetOverview(app: App): void {
  app.state.expanded = [];
  app.state.selected = null;
  app.truncation.clear();
  void app.showChain(null);
}
