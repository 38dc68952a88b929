/**
 * The explorer's 招商线索: the leads as the server has them for whoever is logged in (app.viewer,
 * ui/session.ts: leads need a session, changing them the editor role), keyed by product and
 * target, and the one way a status is
 * set — from the panorama's gap and target lists or from the leads dialog. Setting a lead to
 * 已落地 offers to record it in the graph (ui/leadLanding.ts) through applyChangeSet.
 */

import type { LeadInput } from '../lib/generated';
import { enumLabel, t } from '../lib/i18n';
import { LEAD_STATUSES, type Lead, type LeadStatus, leadKey, leadsByKey } from '../lib/leads';
import { ApiQueryError, gql } from './api';
import type { App } from './app';
import { h } from './dom';
import { offerToRecord } from './leadLanding';
import { canEdit, type Viewer } from './session';

export class LeadBook {
  private byKey = new Map<string, Lead>();
  /** Whose leads `byKey` holds (null: nobody's). */
  private loadedFor: string | null = null;
  private following: string | null = null;

  constructor(private readonly app: App) {}

  get viewer(): Viewer | null {
    return this.app.viewer;
  }

  get canEdit(): boolean {
    return canEdit(this.app.viewer);
  }

  /** Someone logged in or out since the leads were loaded. */
  get stale(): boolean {
    return (this.app.viewer?.name ?? null) !== this.loadedFor;
  }

  /** Every lead loaded, most recently changed first. */
  all(): Lead[] {
    return [...this.byKey.values()].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
    );
  }

  find(productId: string, targetId: string | null): Lead | undefined {
    return this.byKey.get(leadKey(productId, targetId));
  }

  /**
   * When someone logged in or out since the leads were loaded, loads them again (once per
   * change of viewer, so a failing request is not repeated on every render) and then runs `then`.
   */
  follow(then: () => void): void {
    const viewer = this.app.viewer?.name ?? null;
    if (!this.stale || this.following === viewer) return;
    this.following = viewer;
    void this.app.run(() => this.refresh()).then(then);
  }

  /** With a session, every lead (at most 500). */
  async refresh(): Promise<void> {
    const viewer = this.app.viewer?.name ?? null;
    this.byKey = viewer ? leadsByKey((await gql('leads', { first: 500 })).leads) : new Map();
    this.loadedFor = viewer;
  }

  /** Creates or updates a lead; a conflict reloads the leads before it is reported. */
  async save(input: LeadInput): Promise<Lead> {
    try {
      const lead = (await gql('saveLead', { input })).saveLead;
      this.byKey.set(leadKey(lead.productId, lead.targetId), lead);
      return lead;
    } catch (e) {
      if (e instanceof ApiQueryError && e.code === 'CONFLICT') await this.refresh();
      throw e;
    }
  }

  /**
   * Sets the status of the lead for a product and target (made when there is none). For 已落地 the
   * editor is offered to record it; true when the graph changed.
   */
  async setStatus(productId: string, targetId: string | null, status: LeadStatus): Promise<boolean> {
    const lead = this.find(productId, targetId);
    const saved = await this.save(
      lead ? { id: lead.id, version: lead.version, status } : { productId, ...(targetId ? { targetId } : {}), status },
    );
    if (status !== 'LANDED' || lead?.status === 'LANDED') return false;
    return offerToRecord(this.app, saved);
  }

  /**
   * The status control of one gap or target: a select for editors, the status for viewers,
   * nothing without a session. `changed(recorded)` runs after a change.
   */
  control(productId: string, targetId: string | null, changed: (recorded: boolean) => void): HTMLElement | null {
    if (!this.viewer || this.stale) return null;
    const lang = this.app.lang;
    const lead = this.find(productId, targetId);
    const label = t(lang, targetId ? 'leads.lead' : 'leads.gapLead');
    if (!this.canEdit)
      return h(
        'span',
        { class: `lead-badge status-${lead?.status ?? 'NONE'}`, 'data-testid': 'lead-status', title: label },
        lead ? enumLabel(lang, lead.status) : t(lang, 'leads.noLead'),
      );
    const select = h(
      'select',
      {
        class: `lead-select status-${lead?.status ?? 'NONE'}`,
        'data-testid': 'lead-status',
        'aria-label': label,
        title: lead ? t(lang, 'leads.by', { owner: lead.owner, date: lead.statusSince.slice(0, 10) }) : label,
        onchange: () => {
          const status = select.value as LeadStatus;
          void this.app
            .run(() => this.setStatus(productId, targetId, status))
            .then((recorded) => changed(recorded ?? false));
        },
      },
      ...(lead ? [] : [h('option', { value: '', selected: true, disabled: true }, t(lang, 'leads.noLead'))]),
      ...LEAD_STATUSES.map((s) => h('option', { value: s, selected: lead?.status === s }, enumLabel(lang, s))),
    );
    return select;
  }
}
