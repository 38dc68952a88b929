/**
 * 上传表格: an editor uploads a registry export or the planner's sheets and reviews the change set
 * before anything is written — counts of 新增 / 修改 / 删除 / 错误, a table of each with the rows
 * they come from, errors in red. The set applies only without errors, or once the editor asks to
 * skip the bad rows (previewed again); applying sends the previewed set, all or nothing, and a
 * graph changed in between is a conflict that applies nothing. Only editors see the button.
 */
import { t } from '../lib/i18n';
import {
  blockedBy,
  type ImportPreview,
  problemRow,
  type ReviewRow,
  type RowEntry,
  reviewRows,
  toBase64,
  uploadCounts,
} from '../lib/upload';
import { ApiQueryError, gql } from './api';
import type { App } from './app';
import { fill, h } from './dom';
import { commitChanges } from './editor';
import { canEdit } from './session';

type Message = { tone: 'error' | 'ok'; text: string } | null;

export class UploadDialog {
  readonly el = h('section', {
    class: 'upload-dialog',
    role: 'dialog',
    hidden: true,
    'aria-modal': 'true',
    'aria-labelledby': 'upload-title',
    'data-testid': 'upload-dialog',
  });
  private readonly input = h('input', {
    type: 'file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    multiple: true,
    'data-testid': 'upload-file',
    onchange: () => void this.preview(),
  });
  private answer: ImportPreview | null = null;
  private skip = false;
  private mode: 'MERGE' | 'REPLACE' = 'MERGE';
  private message: Message = null;
  /** The set was refused as stale: it applies only once previewed again. */
  private stale = false;
  private working = false;
  private opener: HTMLElement | null = null;

  constructor(private readonly app: App) {
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
  }

  /** Editors and admins upload; the button shows only for them (ui/session.ts knows who is logged in). */
  get allowed(): boolean {
    return canEdit(this.app.viewer);
  }

  toggle(): void {
    if (this.el.hidden) this.open();
    else this.close();
  }

  open(): void {
    if (!this.allowed) return;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.el.hidden = false;
    this.render();
    this.input.focus();
  }

  close(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.opener?.focus();
  }

  private async preview(): Promise<void> {
    const files = [...(this.input.files ?? [])];
    this.answer = null;
    this.message = null;
    this.stale = false;
    if (files.length === 0) return this.render();
    this.working = true;
    this.render();
    try {
      const encoded = await Promise.all(
        files.map(async (f) => ({ name: f.name, content: toBase64(new Uint8Array(await f.arrayBuffer())) })),
      );
      this.answer = (
        await gql('previewImport', { files: encoded, skipBadRows: this.skip, mode: this.mode })
      ).previewImport;
    } catch (e) {
      this.message = { tone: 'error', text: `${t(this.app.lang, 'upload.failed')}${(e as Error).message}` };
    } finally {
      this.working = false;
      this.render();
    }
  }

  private async apply(): Promise<void> {
    const p = this.answer;
    if (!p || blockedBy(p) || this.stale) return;
    this.working = true;
    this.render();
    try {
      // The loaded graph takes the result, the panels drop their answers, new nodes join the canvas.
      const made = await commitChanges(this.app, JSON.parse(p.changes), p.source);
      this.answer = null;
      this.input.value = '';
      this.message = { tone: 'ok', text: t(this.app.lang, 'upload.applied', { n: made.length }) };
    } catch (e) {
      const conflict = e instanceof ApiQueryError && e.code === 'CONFLICT';
      this.stale = conflict;
      this.message = {
        tone: 'error',
        text: conflict
          ? t(this.app.lang, 'upload.conflict')
          : `${t(this.app.lang, 'upload.failed')}${(e as Error).message}`,
      };
    } finally {
      this.working = false;
      this.render();
    }
  }

  render(): void {
    // Logged out (or never an editor): the dialog closes with the button gone.
    if (!this.allowed) this.close();
    if (this.el.hidden) return;
    const lang = this.app.lang;
    const p = this.answer;
    const blocked = p ? blockedBy(p) : null;
    const skip = h('input', {
      type: 'checkbox',
      'data-testid': 'upload-skip',
      checked: this.skip,
      onchange: (e: Event) => {
        this.skip = (e.target as HTMLInputElement).checked;
        void this.preview();
      },
    });
    const mode = h(
      'select',
      {
        'data-testid': 'upload-mode',
        onchange: (e: Event) => {
          this.mode = (e.target as HTMLSelectElement).value === 'REPLACE' ? 'REPLACE' : 'MERGE';
          void this.preview();
        },
      },
      h('option', { value: 'MERGE', selected: this.mode === 'MERGE' }, t(lang, 'upload.merge')),
      h('option', { value: 'REPLACE', selected: this.mode === 'REPLACE' }, t(lang, 'upload.replace')),
    );
    const apply = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-testid': 'upload-apply',
        disabled: !p || !!blocked || this.stale || this.working,
        onclick: () => void this.apply(),
      },
      t(lang, 'upload.apply'),
    );
    fill(
      this.el,
      h(
        'div',
        { class: 'upload-head' },
        h('h2', { id: 'upload-title' }, t(lang, 'upload.title')),
        h(
          'button',
          { type: 'button', class: 'tool', 'aria-label': t(lang, 'upload.cancel'), onclick: () => this.close() },
          '✕',
        ),
      ),
      h('p', { class: 'upload-hint' }, t(lang, 'upload.hint')),
      h(
        'div',
        { class: 'upload-controls' },
        h('label', {}, `${t(lang, 'upload.file')} `, this.input),
        h('label', {}, `${t(lang, 'upload.mode')} `, mode),
        h('label', {}, skip, ` ${t(lang, 'upload.skip')}`),
      ),
      this.working ? h('p', { class: 'upload-working' }, t(lang, 'upload.reading')) : null,
      this.message
        ? h('p', { class: `upload-message ${this.message.tone}`, 'data-testid': 'upload-message' }, this.message.text)
        : null,
      p ? this.review(p) : null,
      h(
        'div',
        { class: 'upload-foot' },
        p
          ? h('span', { class: 'upload-source', 'data-testid': 'upload-source' }, t(lang, 'upload.source', p.source))
          : null,
        blocked && p
          ? h('span', { class: 'upload-blocked', 'data-testid': 'upload-blocked' }, t(lang, blocked.key, blocked.vars))
          : null,
        this.stale
          ? h(
              'button',
              { type: 'button', 'data-testid': 'upload-again', onclick: () => void this.preview() },
              t(lang, 'upload.again'),
            )
          : null,
        apply,
        h(
          'button',
          { type: 'button', 'data-testid': 'upload-cancel', onclick: () => this.close() },
          t(lang, 'upload.cancel'),
        ),
      ),
    );
  }

  private review(p: ImportPreview): HTMLElement {
    const lang = this.app.lang;
    const counts = uploadCounts(p);
    const rows = reviewRows(p, lang);
    const count = (key: keyof typeof counts) =>
      h(
        'span',
        { class: `upload-count count-${key}`, 'data-testid': `upload-count-${key}` },
        `${t(lang, `upload.${key}`)} `,
        h('b', {}, String(counts[key])),
      );
    return h(
      'div',
      { class: 'upload-review', 'data-testid': 'upload-review' },
      h(
        'div',
        { class: 'upload-counts' },
        h('span', { class: 'upload-kind' }, `${t(lang, `upload.kind.${p.kind}`)} · ${p.files.join(', ')}`),
        count('added'),
        count('changed'),
        count('removed'),
        count('errors'),
      ),
      p.errors.length > 0 ? this.problems('errors', p.errors, p.files) : null,
      this.table('added', rows.added),
      this.table('changed', rows.changed),
      this.table('removed', rows.removed),
      p.notices.length > 0 ? this.problems('notices', p.notices, p.files) : null,
    );
  }

  private table(key: 'added' | 'changed' | 'removed', rows: ReviewRow[]): HTMLElement {
    const lang = this.app.lang;
    return h(
      'section',
      { class: 'upload-section', 'data-testid': `upload-${key}` },
      h('h3', {}, `${t(lang, `upload.${key}`)} (${rows.length})`),
      rows.length === 0
        ? h('p', { class: 'muted' }, t(lang, 'upload.none'))
        : h(
            'table',
            { class: 'upload-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['row', 'what', 'name', 'detail'].map((c) => h('th', { scope: 'col' }, t(lang, `upload.${c}`))),
              ),
            ),
            h(
              'tbody',
              {},
              ...rows.map((r) =>
                h(
                  'tr',
                  { 'data-id': r.id },
                  h('td', { class: 'num' }, r.row),
                  h('td', {}, r.what),
                  h('td', {}, r.name),
                  h('td', { class: 'detail' }, r.detail),
                ),
              ),
            ),
          ),
    );
  }

  private problems(key: 'errors' | 'notices', entries: RowEntry[], files: readonly string[]): HTMLElement {
    const lang = this.app.lang;
    return h(
      'section',
      { class: `upload-section upload-${key}`, 'data-testid': `upload-${key}` },
      h('h3', {}, `${t(lang, `upload.${key}`)} (${entries.length})`),
      h(
        'table',
        { class: 'upload-table' },
        h(
          'thead',
          {},
          h('tr', {}, ...['row', 'field', 'message'].map((c) => h('th', { scope: 'col' }, t(lang, `upload.${c}`)))),
        ),
        h(
          'tbody',
          {},
          ...entries.map((e) => {
            const r = problemRow(e, files);
            return h(
              'tr',
              { class: key === 'errors' ? 'bad-row' : 'notice-row' },
              h('td', { class: 'num' }, r.row),
              h('td', {}, r.field),
              h('td', { class: 'detail' }, r.message),
            );
          }),
        ),
      ),
    );
  }
}
