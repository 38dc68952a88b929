/** Indicators tab (the sidebar side of the dashboard): the zone and every cluster and zone with figures. */
import { nodeName, t } from '../lib/i18n';
import type { ApiNode } from '../lib/types';
import type { App } from './app';
import type { Dashboard } from './dashboard';
import { fill, h } from './dom';

export function createIndicatorsPanel(app: App, dashboard: Dashboard): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const render = () => {
    const lang = app.lang;
    const current = dashboard.subject()?.node.id;
    const items = dashboard.all().map((s) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: s.node.id === current ? 'result active' : 'result',
            'aria-pressed': String(s.node.id === current),
            'data-testid': `dash-subject-${s.node.id}`,
            onclick: () => app.dispatch({ type: 'indicators', subject: s.node.id }, 'step', 'none'),
          },
          h('span', { class: `kind-dot kind-${s.node.kind}` }),
          ` ${nodeName(lang, s.node as ApiNode)} `,
          h('span', { class: 'muted' }, t(lang, 'dash.count', { n: s.figures.length })),
        ),
      ),
    );
    fill(
      el,
      h('p', { class: 'hint' }, t(lang, 'dash.hint')),
      items.length ? h('ul', { class: 'results', 'data-testid': 'dash-subjects' }, ...items) : null,
    );
  };
  return { el, render };
}
