/**
 * 招商线索 in the explorer, the pure part (tests/client/leads.test.ts): the statuses in their
 * order, a lead's key (its product and target), the leads list as a CSV, and the change sets
 * that record a landed lead as a local enterprise — LOCATED_IN the home zone for a target that
 * is in the graph already, a new enterprise with PRODUCES and LOCATED_IN for a bare gap — each
 * with a source that names the lead. They go through the graph's own applyChangeSet.
 */
import { toCsv } from '../../../server/domain/csv';
import { newNodeId } from './editing';
import type { ChangeInput, LeadFieldsFragment, LeadStatus, SourceInput } from './generated';
import { enumLabel, nameOrBlank, t } from './i18n';
import type { Lang } from './types';

export type Lead = LeadFieldsFragment;
/** What the RecordLanded mutation takes. */
export interface ChangeSet {
  changes: ChangeInput[];
  source: SourceInput;
}
export { LEAD_STATUSES } from './types';
export type { LeadStatus };

/** One lead per (product, target): the key the panorama finds a gap's or a target's lead by. */
export const leadKey = (productId: string, targetId: string | null | undefined) => `${productId}|${targetId ?? ''}`;

export function leadsByKey(leads: readonly Lead[]): Map<string, Lead> {
  return new Map(leads.map((l) => [leadKey(l.productId, l.targetId), l]));
}

/** The owners of the listed leads, sorted, for the owner filter. */
export function owners(leads: readonly Lead[]): string[] {
  return [...new Set(leads.map((l) => l.owner))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The columns, in order (the README lists them). */
const COLUMNS = [
  'id',
  'subject',
  'status',
  'statusSince',
  'product',
  'productId',
  'target',
  'targetId',
  'homeZoneId',
  'owner',
  'notes',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'version',
] as const;

export function leadsCsv(leads: readonly Lead[], lang: Lang, about: string): string {
  return toCsv([
    [`# ${about}`],
    COLUMNS.map((c) => t(lang, `leads.col.${c}`)),
    ...leads.map((l) => [
      l.id,
      t(lang, `leads.subject.${l.subject}`),
      enumLabel(lang, l.status),
      l.statusSince,
      nameOrBlank(lang, l.product),
      l.productId,
      nameOrBlank(lang, l.target),
      l.targetId ?? '',
      l.homeZoneId,
      l.owner,
      l.notes,
      l.createdAt,
      l.createdBy,
      l.updatedAt,
      l.updatedBy,
      l.version,
    ]),
  ]);
}

/** The source of a landed lead's record: what the lead says, when, that it is a stated fact. */
function landedSource(lead: Lead, today: string): SourceInput {
  const notes = lead.notes.trim();
  return {
    note: notes ? `招商线索 已落地 Landed lead: ${notes}` : '招商线索 已落地 Landed lead',
    document: `招商线索 lead ${lead.id}`,
    date: today,
    stated: true,
  };
}

/** A TARGET lead landed: the enterprise (in the graph already) comes to sit in the home zone. */
export function landedTargetChanges(lead: Lead, today: string): ChangeSet {
  if (!lead.targetId) throw new Error('a gap lead has no target: use newEnterpriseChanges');
  const changes: ChangeInput[] = [
    { action: 'CREATE_EDGE', edge: { type: 'LOCATED_IN', source: lead.targetId, target: lead.homeZoneId } },
  ];
  return { changes, source: landedSource(lead, today) };
}

/** A GAP lead landed: a new enterprise that makes the gap's product, in the home zone, in one set. */
export function newEnterpriseChanges(
  lead: Lead,
  enterprise: { id: string; name: string; nameEn: string },
  today: string,
): ChangeSet {
  const changes: ChangeInput[] = [
    {
      action: 'CREATE_NODE',
      node: { id: enterprise.id, kind: 'ENTERPRISE', name: enterprise.name, nameEn: enterprise.nameEn },
    },
    { action: 'CREATE_EDGE', edge: { type: 'PRODUCES', source: enterprise.id, target: lead.productId } },
    { action: 'CREATE_EDGE', edge: { type: 'LOCATED_IN', source: enterprise.id, target: lead.homeZoneId } },
  ];
  return { changes, source: landedSource(lead, today) };
}

/**
 * An id for a new enterprise from its English name, as the server makes one when none is given
 * (the change set needs it up front: its relationships name it); from the lead when the name has
 * no Latin letters.
 */
export function enterpriseId(nameEn: string, leadId: string): string {
  return newNodeId('ENTERPRISE', nameEn) ?? `enterprise:lead-${leadId}`;
}

/** One history entry in words: what changed, field by field. */
export function describeEvent(lang: Lang, e: { action: string; before: string | null; after: string | null }): string {
  const before = e.before ? (JSON.parse(e.before) as Partial<Lead>) : null;
  const after = e.after ? (JSON.parse(e.after) as Partial<Lead>) : null;
  if (!before && after) return t(lang, 'leads.ev.create', { status: enumLabel(lang, after.status ?? '') });
  if (before && !after) return t(lang, 'leads.ev.delete');
  const parts: string[] = [];
  if (before?.status !== after?.status)
    parts.push(`${enumLabel(lang, before?.status ?? '')} → ${enumLabel(lang, after?.status ?? '')}`);
  if (before?.owner !== after?.owner)
    parts.push(t(lang, 'leads.ev.owner', { from: before?.owner ?? '', to: after?.owner ?? '' }));
  if (before?.notes !== after?.notes) parts.push(t(lang, 'leads.ev.notes'));
  return parts.join('; ') || t(lang, 'leads.ev.none');
}
