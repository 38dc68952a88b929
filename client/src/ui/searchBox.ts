/**
 * Type-ahead node search: `<input type="search">` (role searchbox) with a listbox of suggestions.
 * Debounced, out-of-order replies dropped; arrow keys move, Enter picks, Escape closes.
 */
import { debounce, latestOnly } from '../lib/async';
import { enumLabel, nodeName, t } from '../lib/i18n';
import type { ApiNode, Lang, NodeKind } from '../lib/types';
import { gql } from './api';
import { h } from './dom';

export interface SearchBoxOptions {
  id: string;
  testid: string;
  labelKey: string;
  placeholderKey: string;
  kinds?: NodeKind[];
  lang: () => Lang;
  onPick(node: ApiNode): void;
  onError(e: unknown): void;
}

export class SearchBox {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly label: HTMLLabelElement;
  private results: ApiNode[] = [];
  private active = -1;
  private readonly search = latestOnly((text: string) =>
    gql('search', { text, first: 10, kinds: this.opts.kinds ?? null }),
  );

  constructor(private readonly opts: SearchBoxOptions) {
    const listId = `${opts.id}-list`;
    this.label = h('label', { for: opts.id, class: 'visually-hidden' });
    this.input = h('input', {
      id: opts.id,
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-controls': listId,
      'data-testid': opts.testid,
    });
    this.list = h('ul', {
      id: listId,
      role: 'listbox',
      class: 'suggestions',
      hidden: true,
      'data-testid': `${opts.testid}-list`,
    });
    this.el = h('div', { class: 'searchbox' }, this.label, this.input, this.list);
    const run = debounce(() => void this.query(), 200);
    this.input.addEventListener('input', run);
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.relabel();
  }

  relabel(): void {
    const lang = this.opts.lang();
    this.label.textContent = t(lang, this.opts.labelKey);
    this.input.placeholder = t(lang, this.opts.placeholderKey);
    this.input.setAttribute('aria-label', t(lang, this.opts.labelKey));
  }

  /** Shows a chosen node's name in the box (paths and partners pickers). */
  setNode(node: ApiNode | null): void {
    this.input.value = node ? nodeName(this.opts.lang(), node) : '';
  }

  private async query(): Promise<void> {
    const text = this.input.value.trim();
    if (!text) return this.close();
    try {
      const data = await this.search(text);
      if (data) this.show(data.search);
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private show(results: ApiNode[]): void {
    const lang = this.opts.lang();
    this.results = results;
    this.active = results.length ? 0 : -1;
    const items = results.map((n, i) =>
      h(
        'li',
        {
          id: `${this.opts.id}-opt-${i}`,
          role: 'option',
          'data-id': n.id,
          'aria-selected': i === this.active ? 'true' : 'false',
          onmousedown: (e: Event) => {
            e.preventDefault(); // keep focus in the input so blur does not close first
            this.pick(i);
          },
        },
        h('span', { class: `kind-dot kind-${n.kind}` }),
        h('span', { class: 'sugg-name' }, nodeName(lang, n)),
        h('span', { class: 'sugg-kind' }, enumLabel(lang, n.kind)),
      ),
    );
    if (!items.length) items.push(h('li', { class: 'sugg-empty', 'aria-disabled': 'true' }, t(lang, 'search.none')));
    this.list.replaceChildren(...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.markActive();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.results.length;
      if (n) this.active = (this.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.markActive();
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.pick(this.active);
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private markActive(): void {
    this.list.querySelectorAll('[role=option]').forEach((li, i) => {
      li.setAttribute('aria-selected', i === this.active ? 'true' : 'false');
    });
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.opts.id}-opt-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(i: number): void {
    const node = this.results[i];
    if (!node) return;
    this.close();
    this.setNode(node);
    this.opts.onPick(node);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
