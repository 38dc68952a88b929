/**
 * The 招商线索 dialog (toolbar 线): the leads, most recently changed first, filtered by status and
 * owner on the server; editors change status, owner and notes in place (and record a landed lead
 * in the graph when 暂不记录 was chosen as it was set), everyone with a session reads each lead's
 * history; the list shown exports as CSV (lib/leads.ts). Without a session it says to log in first.
 */
import { enumLabel, nameOrBlank, t } from '../lib/i18n';
import { describeEvent, LEAD_STATUSES, type Lead, type LeadStatus, leadsCsv, owners } from '../lib/leads';
import type { Result } from '../lib/queries';
import { gql } from './api';
import type { App } from './app';
import { fill, h, options } from './dom';
import { download, stamp } from './download';
import { offerToRecord } from './leadLanding';
import type { LeadBook } from './leads';
import { aboutLine } from './workbooks';

type History = NonNullable<Result<'leadHistory'>['lead']>['history'];

export class LeadsDialog {
  readonly el = h('section', {
    class: 'leads-dialog',
    role: 'dialog',
    hidden: true,
    'aria-modal': 'true',
    'aria-labelledby': 'leads-title',
    'data-testid': 'leads',
  });
  private shown: Lead[] = [];
  private status: LeadStatus | null = null;
  private owner: string | null = null;
  private histories = new Map<string, History>();
  private opener: HTMLElement | null = null;
  private loads = 0;

  constructor(
    private readonly app: App,
    private readonly leads: LeadBook,
  ) {
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !(e.target as HTMLElement).closest('[data-testid="lead-land"]')) this.close();
    });
  }

  toggle(): void {
    if (this.el.hidden) void this.open();
    else this.close();
  }

  async open(): Promise<void> {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.el.hidden = false;
    await this.load();
  }

  close(): void {
    this.el.hidden = true;
    this.opener?.focus();
  }

  /** The viewer and every lead (for the owner filter), then the filtered list. */
  private async load(): Promise<void> {
    // Filters changed quickly: only the latest answer is shown, whatever order they come in.
    const turn = ++this.loads;
    await this.app.run(async () => {
      await this.leads.refresh();
      const shown = this.leads.viewer
        ? (await gql('leads', { status: this.status, owner: this.owner, first: 500 })).leads
        : [];
      if (turn === this.loads) this.shown = shown;
    });
    if (turn === this.loads) this.render();
  }

  render(): void {
    if (this.el.hidden) return;
    this.leads.follow(() => void this.load());
    const lang = this.app.lang;
    const viewer = this.leads.viewer;
    const head = h(
      'header',
      { class: 'pano-head' },
      h('h2', { id: 'leads-title' }, t(lang, 'leads.title')),
      viewer ? this.filters() : null,
      viewer
        ? h('span', { class: 'muted', 'data-testid': 'leads-count' }, t(lang, 'leads.count', { n: this.shown.length }))
        : null,
      viewer && this.shown.length
        ? h(
            'button',
            { type: 'button', 'data-testid': 'leads-csv', onclick: () => this.exportCsv() },
            t(lang, 'leads.csv'),
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: 'tool',
          'data-testid': 'leads-close',
          'aria-label': t(lang, 'leads.close'),
          onclick: () => this.close(),
        },
        '✕',
      ),
    );
    const body = !viewer
      ? h(
          'p',
          { class: 'muted', 'data-testid': 'leads-login' },
          `${t(lang, 'leads.login')} · ${t(lang, 'leads.loginHint')}`,
        )
      : this.table();
    fill(
      this.el,
      head,
      viewer && !this.leads.canEdit ? h('p', { class: 'muted' }, t(lang, 'leads.readonly')) : null,
      h('div', { class: 'leads-scroll' }, body),
    );
  }

  private filters(): HTMLElement {
    const lang = this.app.lang;
    const everyOwner = owners(this.leads.all());
    if (this.owner && !everyOwner.includes(this.owner)) everyOwner.push(this.owner);
    return h(
      'span',
      { class: 'leads-filters' },
      h(
        'select',
        {
          'aria-label': t(lang, 'leads.status'),
          'data-testid': 'leads-status-filter',
          onchange: (e: Event) => {
            this.status = ((e.target as HTMLSelectElement).value || null) as LeadStatus | null;
            void this.load();
          },
        },
        ...options(
          LEAD_STATUSES.map((s) => ({ value: s, label: enumLabel(lang, s) })),
          this.status,
          t(lang, 'leads.anyStatus'),
        ),
      ),
      h(
        'select',
        {
          'aria-label': t(lang, 'leads.owner'),
          'data-testid': 'leads-owner-filter',
          onchange: (e: Event) => {
            this.owner = (e.target as HTMLSelectElement).value || null;
            void this.load();
          },
        },
        ...options(
          everyOwner.map((o) => ({ value: o, label: o })),
          this.owner,
          t(lang, 'leads.anyOwner'),
        ),
      ),
    );
  }

  private table(): HTMLElement {
    const lang = this.app.lang;
    if (this.shown.length === 0) return h('p', { class: 'muted', 'data-testid': 'leads-none' }, t(lang, 'leads.none'));
    const cols = ['status', 'product', 'target', 'owner', 'notes', 'updatedAt', ''];
    return h(
      'table',
      { class: 'leads-table', 'data-testid': 'leads-table' },
      h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {}, c ? t(lang, `leads.col.${c}`) : '')))),
      h('tbody', {}, ...this.shown.flatMap((l) => this.rows(l))),
    );
  }

  private rows(lead: Lead): HTMLElement[] {
    const lang = this.app.lang;
    const edit = this.leads.canEdit;
    const owner = h('input', {
      type: 'text',
      value: lead.owner,
      maxlength: 64,
      disabled: !edit,
      'aria-label': t(lang, 'leads.owner'),
      'data-testid': 'lead-owner',
    });
    const notes = h('textarea', {
      rows: 2,
      maxlength: 4000,
      disabled: !edit,
      'aria-label': t(lang, 'leads.notes'),
      'data-testid': 'lead-notes',
    });
    notes.value = lead.notes;
    const save = async () => {
      await this.app.run(() =>
        this.leads.save({ id: lead.id, version: lead.version, owner: owner.value, notes: notes.value }),
      );
      await this.load();
    };
    const status =
      this.leads.control(lead.productId, lead.targetId, () => void this.load()) ??
      h('span', {}, enumLabel(lang, lead.status));
    const history = this.histories.get(lead.id);
    const row = h(
      'tr',
      { 'data-testid': 'lead-row', 'data-id': lead.id, 'data-status': lead.status, 'data-owner': lead.owner },
      h('td', {}, status),
      h('td', {}, nameOrBlank(lang, lead.product) || lead.productId),
      h('td', {}, lead.targetId ? nameOrBlank(lang, lead.target) || lead.targetId : t(lang, 'leads.noTarget')),
      h('td', {}, owner),
      h('td', {}, notes),
      h('td', { class: 'muted' }, `${lead.updatedAt.slice(0, 10)} ${lead.updatedBy}`),
      h(
        'td',
        { class: 'leads-actions' },
        edit
          ? h(
              'button',
              { type: 'button', 'data-testid': 'lead-save', onclick: () => void save() },
              t(lang, 'leads.save'),
            )
          : null,
        edit && lead.status === 'LANDED'
          ? h(
              'button',
              {
                type: 'button',
                'data-testid': 'lead-record',
                title: t(lang, 'leads.land.title'),
                onclick: () => void this.record(lead),
              },
              t(lang, 'leads.record'),
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'lead-history',
            'aria-expanded': String(!!history),
            onclick: () => void this.toggleHistory(lead.id),
          },
          t(lang, 'leads.history'),
        ),
      ),
    );
    if (!history) return [row];
    return [
      row,
      h(
        'tr',
        { class: 'lead-history', 'data-testid': 'lead-history-row' },
        h(
          'td',
          { colspan: 7 },
          h(
            'ol',
            {},
            ...history.map((e) =>
              h('li', {}, `${e.at.slice(0, 16).replace('T', ' ')} ${e.user}: ${describeEvent(lang, e)}`),
            ),
          ),
        ),
      ),
    ];
  }

  /** 已落地 but not recorded when it was set (暂不记录): offered again. */
  private async record(lead: Lead): Promise<void> {
    if (await offerToRecord(this.app, lead)) await this.load();
  }

  private async toggleHistory(id: string): Promise<void> {
    if (this.histories.has(id)) this.histories.delete(id);
    else {
      const lead = (await this.app.run(() => gql('leadHistory', { id })))?.lead;
      if (lead) this.histories.set(id, lead.history);
    }
    this.render();
  }

  private exportCsv(): void {
    const lang = this.app.lang;
    const filter = [this.status ? enumLabel(lang, this.status) : '', this.owner ?? ''].filter(Boolean).join(' ');
    const about = aboutLine(this.app, t(lang, 'leads.csvTitle'), filter);
    download(`leads-${stamp()}.csv`, leadsCsv(this.shown, lang, about), 'text/csv');
  }
}
