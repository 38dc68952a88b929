/** Explore tab: back to the overview, filters (kind, tier, zone, relationship, status), node size and the legend. */
import { defaultFilters, type FilterState, toggled } from '../lib/filters';
import { enumLabel, nodeName, t } from '../lib/i18n';
import { indicatorChoices } from '../lib/sizing';
import { type ApiNode, CLUSTER_TIERS, NODE_KINDS, REL_TYPES, STATUSES } from '../lib/types';
import type { SizeRule } from '../lib/urlState';
import type { App } from './app';
import { fill, h, options } from './dom';
import { legend } from './legend';
import { setSizeBy, showOverview } from './sceneEffects';

type ListKey = 'kinds' | 'tiers' | 'relTypes' | 'statuses';

export function createExplorePanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const setFilters = (f: FilterState) => app.dispatch({ type: 'filters', filters: f }, 'step', 'none');

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
              setFilters(f);
            },
          }),
          ` ${enumLabel(app.lang, v)}`,
        ),
      ),
    );

  const render = () => {
    const lang = app.lang;
    const s = app.state;
    const onCanvas = s.scene.nodes.map((id) => app.data.node(id)).filter((n): n is ApiNode => !!n);
    const zones = onCanvas.filter((n) => n.kind === 'ZONE').sort((a, b) => a.id.localeCompare(b.id));
    const zoneSelect = h(
      'select',
      {
        'data-testid': 'filter-zone',
        'aria-label': t(lang, 'explore.zones'),
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          setFilters({ ...s.filters, zones: v ? [v] : [] });
        },
      },
      ...options(
        zones.map((z) => ({ value: z.id, label: nodeName(lang, z) })),
        s.filters.zones[0] ?? null,
        t(lang, 'explore.allZones'),
      ),
    );
    const sizes: { value: SizeRule; label: string }[] = [
      { value: 'kind', label: t(lang, 'size.kind') },
      { value: 'degree', label: t(lang, 'size.degree') },
      ...indicatorChoices(onCanvas).map((i) => ({
        value: `indicator:${i.key}` as SizeRule,
        label: t(lang, 'size.indicator', { name: lang === 'zh' ? i.name : i.nameEn }),
      })),
    ];
    const sizeSelect = h(
      'select',
      {
        'data-testid': 'size-by',
        'aria-label': t(lang, 'explore.sizeBy'),
        onchange: (e: Event) => setSizeBy(app, (e.target as HTMLSelectElement).value as SizeRule),
      },
      ...options(sizes, s.sizeBy),
    );
    const base = s.scene.base;
    const chainNode = base.kind === 'chain' ? app.node(base.productId) : undefined;
    fill(
      el,
      base.kind === 'chain'
        ? h(
            'div',
            { class: 'chain-bar' },
            h('span', {}, t(lang, 'explore.chainOf'), chainNode ? nodeName(lang, chainNode) : base.productId),
            h(
              'button',
              { type: 'button', 'data-testid': 'back-overview', onclick: () => void showOverview(app) },
              t(lang, 'explore.backToOverview'),
            ),
          )
        : h(
            'button',
            { type: 'button', class: 'wide', 'data-testid': 'overview', onclick: () => void showOverview(app) },
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
        { type: 'button', 'data-testid': 'filters-reset', onclick: () => setFilters(defaultFilters()) },
        t(lang, 'explore.reset'),
      ),
      h('label', { class: 'field' }, h('span', {}, t(lang, 'explore.sizeBy')), sizeSelect),
      h('h3', {}, t(lang, 'explore.legend')),
      legend(lang),
    );
  };
  return { el, render };
}
