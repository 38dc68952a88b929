/**
 * List tab: the nodes on the graph as a listbox, the keyboard's (and a screen reader's) way to
 * the canvas. It is synchronised with the graph both ways: selecting here selects there (and
 * centres it), and what is selected there is marked here. Arrow keys, Home and End move; Enter
 * selects; Space adds to or removes from the selection; Delete hides; the context-menu key (or
 * Shift+F10) opens the expand menu.
 */
import { selectedIds } from '../lib/actions';
import { hiddenIds } from '../lib/filters';
import { enumLabel, nodeName, t } from '../lib/i18n';
import { type ApiNode, NODE_KINDS } from '../lib/types';
import type { App } from './app';
import { fill, h } from './dom';
import { select } from './sceneEffects';

export interface ListPanelHooks {
  openMenu(id: string, at: { x: number; y: number }): void;
}

export function createListPanel(app: App, hooks: ListPanelHooks): { el: HTMLElement; render(): void } {
  const el = h('section', {});
  let active: string | null = null;

  const visibleNodes = (): ApiNode[] => {
    const s = app.state;
    const nodes = s.scene.nodes.map((id) => app.data.node(id)).filter((n): n is ApiNode => !!n);
    const hidden = hiddenIds(nodes, app.data.edgesAmong(new Set(s.scene.nodes)), s.filters);
    return nodes
      .filter((n) => !hidden.has(n.id))
      .sort(
        (a, b) =>
          NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind) ||
          nodeName(s.lang, a).localeCompare(nodeName(s.lang, b), s.lang === 'zh' ? 'zh' : 'en'),
      );
  };

  const render = () => {
    const lang = app.lang;
    const nodes = visibleNodes();
    const chosen = new Set(selectedIds(app.state));
    if (!active || !nodes.some((n) => n.id === active)) active = app.state.selected ?? nodes[0]?.id ?? null;
    const optionId = (id: string) => `list-opt-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
    const list = h('ul', {
      role: 'listbox',
      tabindex: 0,
      class: 'node-list',
      'aria-multiselectable': 'true',
      'aria-label': t(lang, 'list.title'),
      'data-testid': 'node-list',
      ...(active ? { 'aria-activedescendant': optionId(active) } : {}),
    });
    for (const n of nodes) {
      list.append(
        h(
          'li',
          {
            id: optionId(n.id),
            role: 'option',
            'data-id': n.id,
            'aria-selected': String(chosen.has(n.id)),
            class: n.id === active ? 'active' : '',
            onclick: (e: Event) => {
              active = n.id;
              pick(n.id, (e as MouseEvent).shiftKey || (e as MouseEvent).ctrlKey);
            },
          },
          h('span', { class: `kind-dot kind-${n.kind}` }),
          h('span', { class: 'sugg-name' }, nodeName(lang, n)),
          h('span', { class: 'sugg-kind' }, enumLabel(lang, n.kind)),
        ),
      );
    }
    list.addEventListener('keydown', (e) => onKey(e, nodes, list));
    const hadFocus = el.contains(document.activeElement);
    fill(
      el,
      h('p', { class: 'hint' }, t(lang, 'list.hint')),
      h('p', { class: 'muted', 'data-testid': 'list-count' }, t(lang, 'list.count', { n: nodes.length })),
      nodes.length ? list : h('p', { class: 'hint' }, t(lang, 'list.empty')),
    );
    if (hadFocus) list.focus();
    list.querySelector('li.active')?.scrollIntoView({ block: 'nearest' });
  };

  const pick = (id: string, additive: boolean) => {
    select(app, id, additive);
    if (!additive) app.graph.center(id);
  };

  const onKey = (e: KeyboardEvent, nodes: ApiNode[], list: HTMLElement) => {
    const i = Math.max(
      0,
      nodes.findIndex((n) => n.id === active),
    );
    const move = (to: number) => {
      e.preventDefault();
      active = nodes[Math.max(0, Math.min(nodes.length - 1, to))]?.id ?? null;
      render();
    };
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(nodes.length - 1);
    else if (active && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      pick(active, e.key === ' ');
    } else if (active && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      app.dispatch({ type: 'hide', ids: [active] });
    } else if (active && (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) {
      e.preventDefault();
      const r = list.querySelector('li.active')?.getBoundingClientRect();
      hooks.openMenu(active, { x: r?.right ?? 0, y: r?.top ?? 0 });
    }
  };

  return { el, render };
}
