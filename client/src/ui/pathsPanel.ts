/**
 * Paths tab: two node pickers, a lens, max hops and an option to leave out hubs; the k paths
 * listed and highlighted one by one. Settings are the state's (`paths`); results are the app's,
 * kept by the settings that produced them.
 */
import { enumLabel, t } from '../lib/i18n';
import { pathText } from '../lib/pathText';
import { LENSES, type Lens } from '../lib/types';
import { MAX_HOPS } from '../lib/urlState';
import { type App, pathsKey } from './app';
import { fill, h, options } from './dom';
import { findPaths, setPathEnd, showPath } from './panelEffects';
import { SearchBox } from './searchBox';

const DEFAULT_MAX_DEGREE = 20;

export function createPathsPanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const picker = (end: 'from' | 'to') =>
    new SearchBox({
      id: `path-${end}`,
      testid: `path-${end}`,
      labelKey: `paths.${end}`,
      placeholderKey: 'paths.pick',
      lang: () => app.lang,
      onPick: (n) => setPathEnd(app, end, n),
      onError: (e) => app.banner.error(e),
    });
  const from = picker('from');
  const to = picker('to');
  const patch = (p: Partial<ReturnType<() => typeof app.state.paths>>) =>
    app.dispatch({ type: 'paths', patch: { ...p, index: 0 } }, 'amend', 'none');

  const render = () => {
    const lang = app.lang;
    const s = app.state.paths;
    from.relabel();
    to.relabel();
    from.setNode(s.from ? (app.node(s.from) ?? null) : null);
    to.setNode(s.to ? (app.node(s.to) ?? null) : null);
    const lens = h(
      'select',
      {
        'data-testid': 'path-lens',
        onchange: (e: Event) => patch({ lens: (e.target as HTMLSelectElement).value as Lens }),
      },
      ...options(
        LENSES.map((l) => ({ value: l, label: enumLabel(lang, l) })),
        s.lens,
      ),
    );
    const hops = h('input', {
      type: 'number',
      min: 1,
      max: MAX_HOPS,
      value: s.maxHops,
      'data-testid': 'path-hops',
      onchange: (e: Event) => {
        const v = Number.parseInt((e.target as HTMLInputElement).value, 10);
        patch({ maxHops: Number.isFinite(v) ? Math.min(MAX_HOPS, Math.max(1, v)) : 4 });
      },
    });
    const avoid = h('input', {
      type: 'checkbox',
      'data-testid': 'path-avoid-hubs',
      checked: s.maxDegree !== null,
      onchange: (e: Event) => patch({ maxDegree: (e.target as HTMLInputElement).checked ? DEFAULT_MAX_DEGREE : null }),
    });
    const degree = h('input', {
      type: 'number',
      min: 1,
      value: s.maxDegree ?? DEFAULT_MAX_DEGREE,
      disabled: s.maxDegree === null,
      class: 'narrow-num',
      'aria-label': t(lang, 'paths.avoidHubs'),
      'data-testid': 'path-max-degree',
      onchange: (e: Event) => {
        const v = Number.parseInt((e.target as HTMLInputElement).value, 10);
        patch({ maxDegree: Number.isFinite(v) && v >= 1 ? v : DEFAULT_MAX_DEGREE });
      },
    });
    const found = app.results.paths.get(pathsKey(s));
    const results = found?.length
      ? h(
          'ol',
          { class: 'results', 'data-testid': 'path-results' },
          ...found.map((p, i) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: i === s.index ? 'result active' : 'result',
                  'aria-pressed': String(i === s.index),
                  'data-testid': `path-${i}`,
                  onclick: () => void showPath(app, i),
                },
                h('span', { class: 'muted' }, t(lang, 'paths.hops', { n: p.length })),
                ' ',
                pathText(p, lang),
              ),
            ),
          ),
        )
      : found
        ? h('p', { class: 'hint', 'data-testid': 'path-empty' }, t(lang, 'paths.none'))
        : null;
    fill(
      el,
      h('div', { class: 'field' }, h('span', { 'aria-hidden': 'true' }, t(lang, 'paths.from')), from.el),
      h('div', { class: 'field' }, h('span', { 'aria-hidden': 'true' }, t(lang, 'paths.to')), to.el),
      h(
        'div',
        { class: 'row' },
        h('label', { class: 'field' }, h('span', {}, t(lang, 'paths.lens')), lens),
        h('label', { class: 'field narrow' }, h('span', {}, t(lang, 'paths.maxHops')), hops),
      ),
      h(
        'div',
        { class: 'row hubs' },
        h('label', {}, avoid, ` ${t(lang, 'paths.avoidHubs')}`),
        degree,
        h('span', { class: 'muted' }, t(lang, 'paths.avoidHubsUnit')),
      ),
      h(
        'button',
        { type: 'button', class: 'primary wide', 'data-testid': 'path-find', onclick: () => void findPaths(app) },
        t(lang, 'paths.find'),
      ),
      results,
    );
  };
  return { el, render };
}
