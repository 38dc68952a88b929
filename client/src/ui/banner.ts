/**
 * The message banner. A connection failure is shown in both languages at once: the user may
 * not have switched language yet, and the message must never be a blank page.
 */
import { t } from '../lib/i18n';
import type { Lang } from '../lib/types';
import { ApiQueryError, ApiUnavailableError } from './api';
import { fill, h } from './dom';

export class Banner {
  constructor(
    private readonly el: HTMLElement,
    public lang: () => Lang,
  ) {}

  error(e: unknown, retry?: () => void): void {
    const both = (key: string) => `${t('zh', key)} / ${t('en', key)}`;
    let text: string;
    if (e instanceof ApiQueryError) text = `${t(this.lang(), 'error.query')}${e.message}`;
    else if (e instanceof ApiUnavailableError || e instanceof TypeError) text = both('error.api');
    else text = `${t(this.lang(), 'error.query')}${e instanceof Error ? e.message : String(e)}`;
    const lang = this.lang();
    fill(
      this.el,
      h('span', { class: 'banner-text', 'data-testid': 'error-text' }, text),
      retry && !(e instanceof ApiQueryError)
        ? h('button', { type: 'button', onclick: () => retry(), 'data-testid': 'retry' }, t(lang, 'error.retry'))
        : null,
      h('button', { type: 'button', class: 'ghost', onclick: () => this.hide() }, t(lang, 'error.dismiss')),
    );
    this.el.hidden = false;
  }

  info(text: string): void {
    fill(this.el, h('span', { class: 'banner-text' }, text));
    this.el.classList.add('info');
    this.el.hidden = false;
    setTimeout(() => {
      this.el.classList.remove('info');
      this.hide();
    }, 2500);
  }

  hide(): void {
    this.el.hidden = true;
  }
}
