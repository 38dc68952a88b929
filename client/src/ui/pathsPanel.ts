/** Paths tab: two node pickers, a lens and max hops; the k paths listed and highlighted one by one. */
import { enumLabel, t } from '../lib/i18n';
import { pathText } from '../lib/pathText';
import { LENSES, type Lens } from '../lib/types';
import { MAX_HOPS } from '../lib/urlState';
import type { App } from './app';
import { fill, h, options } from './dom';
import { SearchBox } from './searchBox';

export function createPathsPanel(app: App): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  const picker = (end: 'from' | 'to') =>
    new SearchBox({
      id: `path-${end}`,
      testid: `path-${end}`,
      labelKey: `paths.${end}`,
      placeholderKey: 'paths.pick',
      lang: () => app.lang,
      onPick: (n) => {
        app.remember(n);
        app.state.paths[end] = n.id;
        app.state.paths.index = 0;
        app.paths = [];
        app.pathsSearched = false;
        app.persist();
      },
      onError: (e) => app.banner.error(e),
    });
  const from = picker('from');
  const to = picker('to');

  const render = () => {
    const lang = app.lang;
    const s = app.state.paths;
    from.relabel();
    to.relabel();
    from.setNode(s.from ? (app.known.get(s.from) ?? null) : null);
    to.setNode(s.to ? (app.known.get(s.to) ?? null) : null);
    const lens = h(
      'select',
      {
        'data-testid': 'path-lens',
        onchange: (e: Event) => {
          s.lens = (e.target as HTMLSelectElement).value as Lens;
          app.persist();
        },
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
        s.maxHops = Number.isFinite(v) ? Math.min(MAX_HOPS, Math.max(1, v)) : 4;
        app.persist();
      },
    });
    const results = app.paths.length
      ? h(
          'ol',
          { class: 'results', 'data-testid': 'path-results' },
          ...app.paths.map((p, i) =>
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
                  onclick: () => app.highlightPath(i),
                },
                h('span', { class: 'muted' }, t(lang, 'paths.hops', { n: p.length })),
                ' ',
                pathText(p, lang),
              ),
            ),
          ),
        )
      : app.pathsSearched
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
        'button',
        { type: 'button', class: 'primary wide', 'data-testid': 'path-find', onclick: () => void app.findPaths() },
        t(lang, 'paths.find'),
      ),
      results,
    );
  };
  return { el, render };
}
