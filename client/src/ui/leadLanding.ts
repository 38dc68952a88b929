/**
 * 已落地 → 记录为本区企业: when an editor sets a lead to 已落地, a small modal offers to record it
 * in the graph. A target enterprise gets LOCATED_IN the home zone; a bare gap asks for the new
 * enterprise's name and English name and makes it with PRODUCES and LOCATED_IN. Both are one
 * applyChangeSet (lib/leads.ts builds them) whose source names the lead; the chain gap follows.
 */
import { nodeName, t } from '../lib/i18n';
import { type ChangeSet, enterpriseId, type Lead, landedTargetChanges, newEnterpriseChanges } from '../lib/leads';
import { gql } from './api';
import type { App } from './app';
import { h } from './dom';

const today = () => new Date().toISOString().slice(0, 10);

/** Asks the editor; true when the record was made. */
export async function offerToRecord(app: App, lead: Lead): Promise<boolean> {
  const lang = app.lang;
  const [zone] = (await gql('nodes', { ids: [lead.homeZoneId] })).nodes;
  const zoneName = zone ? nodeName(lang, zone) : lead.homeZoneId;
  const productName = lead.product ? nodeName(lang, lead.product) : lead.productId;
  const name = h('input', { type: 'text', 'data-testid': 'lead-land-name', maxlength: 200, required: true });
  const nameEn = h('input', { type: 'text', 'data-testid': 'lead-land-name-en', maxlength: 200, required: true });
  const problem = h('p', { class: 'lead-land-problem', role: 'alert', 'data-testid': 'lead-land-problem' });
  const isGap = !lead.targetId;
  for (const input of [name, nameEn]) input.addEventListener('input', () => (problem.textContent = ''));
  return new Promise<boolean>((resolve) => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const finish = (recorded: boolean) => {
      modal.remove();
      opener?.focus();
      resolve(recorded);
    };
    const record = async () => {
      let vars: ChangeSet;
      if (isGap) {
        if (!name.value.trim() || !nameEn.value.trim()) {
          problem.textContent = t(lang, 'leads.land.needName');
          return;
        }
        const made = { name: name.value.trim(), nameEn: nameEn.value.trim() };
        vars = newEnterpriseChanges(lead, { ...made, id: enterpriseId(made.nameEn, lead.id) }, today());
      } else vars = landedTargetChanges(lead, today());
      const done = await app.run(() => gql('recordLanded', vars));
      if (done) finish(true);
    };
    const modal = h(
      'section',
      {
        class: 'lead-land',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'lead-land-title',
        'data-testid': 'lead-land',
        onkeydown: (e: Event) => {
          if ((e as KeyboardEvent).key === 'Escape') {
            e.stopPropagation();
            finish(false);
          }
        },
      },
      h('h3', { id: 'lead-land-title' }, t(lang, 'leads.land.title')),
      h(
        'p',
        {},
        isGap
          ? t(lang, 'leads.land.gap', { product: productName, zone: zoneName })
          : t(lang, 'leads.land.target', {
              name: lead.target ? nodeName(lang, lead.target) : (lead.targetId ?? ''),
              zone: zoneName,
            }),
      ),
      isGap ? h('label', {}, t(lang, 'leads.land.name'), name) : null,
      isGap ? h('label', {}, t(lang, 'leads.land.nameEn'), nameEn) : null,
      problem,
      h(
        'div',
        { class: 'lead-land-buttons' },
        h(
          'button',
          { type: 'button', class: 'primary', 'data-testid': 'lead-land-record', onclick: () => void record() },
          t(lang, 'leads.land.record'),
        ),
        h(
          'button',
          { type: 'button', 'data-testid': 'lead-land-skip', onclick: () => finish(false) },
          t(lang, 'leads.land.skip'),
        ),
      ),
    );
    document.body.append(modal);
    (isGap ? name : (modal.querySelector('[data-testid="lead-land-record"]') as HTMLElement)).focus();
  });
}
