/**
 * Saved views: name the current view and save it, reopen or delete a saved one, export all of
 * them as a JSON file and import such a file (kept in this browser until accounts exist). A
 * non-modal dialog next to the toolbar; Escape closes it and gives focus back.
 */
import { t } from '../lib/i18n';
import type { App } from './app';
import { fill, h } from './dom';
import { download, stamp } from './download';
import { openSavedView, savedViews, saveView } from './panelEffects';

export class ViewsDialog {
  readonly el = h('section', {
    class: 'views-dialog',
    role: 'dialog',
    hidden: true,
    'aria-modal': 'false',
    'data-testid': 'views-dialog',
  });
  private opener: HTMLElement | null = null;

  constructor(private readonly app: App) {
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  toggle(): void {
    if (this.el.hidden) this.open();
    else this.close();
  }

  open(): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.el.hidden = false;
    this.render();
    this.el.querySelector<HTMLInputElement>('input[name="view-name"]')?.focus();
  }

  close(): void {
    this.el.hidden = true;
    this.opener?.focus();
  }

  render(): void {
    if (this.el.hidden) return;
    const app = this.app;
    const lang = app.lang;
    const views = savedViews().list();
    const name = h('input', {
      name: 'view-name',
      type: 'text',
      maxlength: 80,
      'aria-label': t(lang, 'views.name'),
      placeholder: t(lang, 'views.name'),
      'data-testid': 'view-name',
    });
    const save = () => {
      const v = name.value.trim();
      if (!v) return name.focus();
      saveView(app, v);
      app.banner.info(t(lang, 'views.saved', { name: v }));
      this.render();
    };
    name.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') save();
    });
    const file = h('input', {
      type: 'file',
      accept: 'application/json,.json',
      hidden: true,
      'data-testid': 'views-file',
    });
    file.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      const result = savedViews().importFile(await f.text());
      if ('error' in result) app.banner.info(t(lang, 'views.bad', { reason: result.error }));
      else app.banner.info(t(lang, 'views.imported', { n: result.imported }));
      this.render();
    });
    const rows = views.map((v) =>
      h(
        'li',
        { 'data-testid': `view-${v.name}` },
        h('span', { class: 'view-name' }, v.name),
        h('span', { class: 'muted' }, v.savedAt.slice(0, 16).replace('T', ' ')),
        h(
          'button',
          {
            type: 'button',
            'data-testid': `view-open-${v.name}`,
            onclick: async () => {
              if (!(await openSavedView(app, v.id))) app.banner.info(t(lang, 'views.damaged'));
              else this.close();
            },
          },
          t(lang, 'views.open'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            'data-testid': `view-delete-${v.name}`,
            onclick: () => {
              if (!confirm(t(lang, 'views.confirmDelete', { name: v.name }))) return;
              savedViews().remove(v.id);
              this.render();
            },
          },
          t(lang, 'views.delete'),
        ),
      ),
    );
    fill(
      this.el,
      h(
        'div',
        { class: 'row between' },
        h('h2', { class: 'panel-title' }, t(lang, 'views.title')),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.close() }, t(lang, 'views.close')),
      ),
      h(
        'div',
        { class: 'row' },
        name,
        h(
          'button',
          { type: 'button', class: 'primary', 'data-testid': 'view-save', onclick: save },
          t(lang, 'views.save'),
        ),
      ),
      rows.length ? h('ul', { class: 'view-list' }, ...rows) : h('p', { class: 'hint' }, t(lang, 'views.none')),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'views-export',
            disabled: views.length === 0,
            onclick: () =>
              download(`cluster-graph-views-${stamp()}.json`, savedViews().exportFile(), 'application/json'),
          },
          t(lang, 'views.export'),
        ),
        h(
          'button',
          { type: 'button', 'data-testid': 'views-import', onclick: () => file.click() },
          t(lang, 'views.import'),
        ),
        file,
      ),
    );
  }
}
