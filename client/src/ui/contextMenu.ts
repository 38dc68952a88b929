/**
 * The node menu (right-click on the canvas, the details panel's "expand by type…", the list's
 * context-menu key): the neighbours by relationship type and kind with their counts — expand one
 * type, or all of them up to the cap, or the rest of a cut expand — then collapse, pin, hide and
 * keep-only. A menu in the ARIA sense: arrow keys, Home, End, Enter, Escape (focus goes back).
 */
import { selectedIds } from '../lib/actions';
import { expandEntries } from '../lib/expandMenu';
import { enumLabel, nodeName, t } from '../lib/i18n';
import type { App } from './app';
import { h } from './dom';
import { neighborCounts } from './panelEffects';
import { EXPAND_LIMIT, expand, isExpanded, moreOf } from './sceneEffects';

export class NodeMenu {
  readonly el = h('div', { role: 'menu', class: 'node-menu', hidden: true, 'data-testid': 'node-menu' });
  private returnFocus: HTMLElement | null = null;
  private seq = 0;

  constructor(private readonly app: App) {
    document.body.append(this.el);
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('pointerdown', (e) => {
      if (!this.el.hidden && !this.el.contains(e.target as Node)) this.close(false);
    });
    window.addEventListener('blur', () => this.close(false));
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  async show(id: string, at: { x: number; y: number }): Promise<void> {
    const app = this.app;
    const node = app.data.node(id);
    if (!node) return;
    const seq = ++this.seq;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const lang = app.lang;
    this.el.setAttribute('aria-label', t(lang, 'menu.label'));
    this.el.replaceChildren(
      h('div', { class: 'menu-head' }, t(lang, 'menu.title', { name: nodeName(lang, node) })),
      h('div', { class: 'menu-note', 'data-testid': 'menu-loading' }, t(lang, 'menu.loading')),
    );
    this.place(at);
    this.el.hidden = false;
    const counts = await neighborCounts(app, id);
    if (seq !== this.seq || this.el.hidden) return;
    const onCanvas = new Set(app.state.scene.nodes);
    const entries = expandEntries(
      id,
      counts ?? [],
      app.data.edgesAmong(onCanvas),
      onCanvas,
      (x) => app.data.node(x)?.kind,
    );
    const item = (label: string, testid: string, run: () => void, extra?: string) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          tabindex: -1,
          'data-testid': testid,
          onclick: () => {
            this.close(true);
            run();
          },
        },
        h('span', {}, label),
        extra ? h('span', { class: 'menu-count' }, extra) : null,
      );
    const chosen = selectedIds(app.state).filter((x) => onCanvas.has(x));
    const group = chosen.includes(id) ? chosen : [id];
    const more = moreOf(app, id);
    const pinned = app.state.scene.pinned.includes(id);
    const sep = () => h('div', { role: 'separator', class: 'menu-sep' });
    const items = [
      ...entries.map((e) =>
        item(
          `${enumLabel(lang, e.type)} · ${enumLabel(lang, e.kind)}`,
          `expand-${e.type}-${e.kind}`,
          () => void expand(app, id, { relTypes: [e.type], kinds: [e.kind] }),
          e.shown ? `${e.shown}/${e.count}` : String(e.count),
        ),
      ),
      entries.length
        ? item(t(lang, 'menu.all', { n: EXPAND_LIMIT }), 'expand-all', () => void expand(app, id))
        : h('div', { class: 'menu-note' }, t(lang, 'menu.none')),
      more
        ? item(t(lang, 'menu.more', { n: more.total - more.shown }), 'expand-more-menu', () => {
            const last = [...app.state.scene.expansions].reverse().find((e) => e.id === id);
            void expand(app, id, { relTypes: last?.relTypes ?? null, kinds: last?.kinds ?? null, all: true });
          })
        : null,
      sep(),
      isExpanded(app.state.scene, id)
        ? item(t(lang, 'menu.collapse'), 'menu-collapse', () => app.dispatch({ type: 'collapse', id }))
        : null,
      item(t(lang, pinned ? 'menu.unpin' : 'menu.pin'), 'menu-pin', () =>
        app.dispatch({ type: 'pin', ids: group, on: !pinned }, 'step', 'none'),
      ),
      item(
        group.length > 1 ? t(lang, 'menu.hideSelected', { n: group.length }) : t(lang, 'menu.hide'),
        'menu-hide',
        () => app.dispatch({ type: 'hide', ids: group }, 'step', 'none'),
      ),
      item(t(lang, 'menu.keepOnly', { n: group.length }), 'menu-keep-only', () =>
        app.dispatch({ type: 'keepOnly', ids: group }, 'step', 'all'),
      ),
    ];
    this.el.replaceChildren(
      h('div', { class: 'menu-head' }, t(lang, 'menu.title', { name: nodeName(lang, node) })),
      ...items.filter((x) => x !== null),
    );
    this.place(at);
    this.items()[0]?.focus();
  }

  private items(): HTMLButtonElement[] {
    return [...this.el.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  /** Keeps the menu inside the window. */
  private place(at: { x: number; y: number }): void {
    const r = this.el.getBoundingClientRect();
    const x = Math.max(4, Math.min(at.x, window.innerWidth - (r.width || 240) - 4));
    const y = Math.max(4, Math.min(at.y, window.innerHeight - (r.height || 200) - 4));
    this.el.style.left = `${x}px`;
    this.el.style.top = `${y}px`;
  }

  close(keepFocus: boolean): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.seq++;
    if (!keepFocus) this.returnFocus?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const items = this.items();
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (to: number) => {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close(false);
    } else if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Tab') this.close(false);
  }
}
