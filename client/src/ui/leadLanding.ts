/**
 * 已落地 → 记录为本区企业: when an editor sets a lead to 已落地, a modal form (ui/modal.ts) offers
 * to record it in the graph. A target enterprise gets LOCATED_IN the home zone; a bare gap asks
 * for the new enterprise's name and English name and makes it with PRODUCES and LOCATED_IN. Both
 * are one applyChangeSet (lib/leads.ts builds them) whose source names the lead; the chain gap
 * follows. A refused change is shown in the form, nothing typed lost.
 */
import { nodeName, t } from '../lib/i18n';
import { type ChangeSet, enterpriseId, type Lead, landedTargetChanges, newEnterpriseChanges } from '../lib/leads';
import { ApiQueryError, gql } from './api';
import type { App } from './app';
import { h } from './dom';
import { commitChanges, today } from './editor';
import { field, openModal } from './modal';

/** Asks the editor; true when the record was made. */
export async function offerToRecord(app: App, lead: Lead): Promise<boolean> {
  const lang = app.lang;
  const zone = (await app.run(() => gql('nodes', { ids: [lead.homeZoneId] })))?.nodes[0];
  const zoneName = zone ? nodeName(lang, zone) : lead.homeZoneId;
  const productName = lead.product ? nodeName(lang, lead.product) : lead.productId;
  const isGap = !lead.targetId;
  const name = h('input', { name: 'name', type: 'text', maxlength: 200, 'data-testid': 'lead-land-name' });
  const nameEn = h('input', { name: 'nameEn', type: 'text', maxlength: 200, 'data-testid': 'lead-land-name-en' });
  const text = isGap
    ? t(lang, 'leads.land.gap', { product: productName, zone: zoneName })
    : t(lang, 'leads.land.target', {
        name: lead.target ? nodeName(lang, lead.target) : (lead.targetId ?? ''),
        zone: zoneName,
      });
  return new Promise<boolean>((resolve) => {
    let recorded = false;
    openModal({
      title: t(lang, 'leads.land.title'),
      testid: 'lead-land',
      body: [
        h('p', {}, text),
        ...(isGap ? [field(t(lang, 'leads.land.name'), name), field(t(lang, 'leads.land.nameEn'), nameEn)] : []),
      ],
      submitLabel: t(lang, 'leads.land.record'),
      cancelLabel: t(lang, 'leads.land.skip'),
      onClose: () => resolve(recorded),
      submit: async () => {
        let vars: ChangeSet;
        if (isGap) {
          const made = { name: name.value.trim(), nameEn: nameEn.value.trim() };
          if (!made.name) return { field: 'name', text: t(lang, 'leads.land.needName') };
          if (!made.nameEn) return { field: 'nameEn', text: t(lang, 'leads.land.needName') };
          vars = newEnterpriseChanges(lead, { ...made, id: enterpriseId(made.nameEn, lead.id) }, today());
        } else vars = landedTargetChanges(lead, today());
        try {
          // The loaded graph and the gap answers follow the record (the panorama reloads itself).
          await commitChanges(app, vars.changes, vars.source);
        } catch (e) {
          return { text: e instanceof ApiQueryError ? e.message : t(lang, 'error.api') };
        }
        recorded = true;
        return null;
      },
    });
  });
}
