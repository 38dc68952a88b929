/**
 * What the explorer's editing forms send, and what they make of the answers, without the DOM:
 * a form's source as the API's SourceInput (checked as the server checks it, so the form can say
 * what is missing before anything is sent), a new node and its location as one change set, the
 * patch an edit makes, a refusal's argument as the form field it names, and which of one's own
 * changes "undo my last change" takes back.
 */
import { nameSlug } from '../../../server/domain/slug';
import type * as G from './generated';
import type { ApiNode, NodeKind, RelType } from './types';

export type Change = G.ChangeFieldsFragment;

/** What the source fieldset holds: a quote with its document or section, or a note with a URL or a date. */
export interface SourceForm {
  quote: string;
  document: string;
  section: string;
  note: string;
  url: string;
  date: string;
  stated: boolean;
}

export const emptySource = (today: string): SourceForm => ({
  quote: '',
  document: '',
  section: '',
  note: '',
  url: '',
  date: today,
  stated: true,
});

/** A problem a form shows next to a field: its i18n key. */
export interface FieldProblem {
  field: string;
  key: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The source as sent, or the first thing missing (the server's own rules, server/store/editing.ts checkSource). */
export function sourceInput(f: SourceForm): { source: G.SourceInput } | { problem: FieldProblem } {
  const v = (s: string) => s.trim() || null;
  const source: G.SourceInput = {
    quote: v(f.quote),
    document: v(f.document),
    section: v(f.section),
    note: v(f.note),
    url: v(f.url),
    date: v(f.date),
    stated: f.stated,
  };
  if (source.url && !/^https?:\/\/\S+$/.test(source.url)) return { problem: { field: 'url', key: 'edit.err.url' } };
  if (source.date && !DATE.test(source.date)) return { problem: { field: 'date', key: 'edit.err.date' } };
  const quoted = source.quote && (source.section || source.document);
  const noted = source.note && (source.url || source.date);
  if (!quoted && !noted) return { problem: { field: source.quote ? 'document' : 'quote', key: 'edit.err.source' } };
  if (!f.stated && !source.note) return { problem: { field: 'note', key: 'edit.err.impliedNote' } };
  return { source };
}

/** What the node form holds. */
export interface NodeForm {
  kind: NodeKind;
  name: string;
  nameEn: string;
  status: G.Status;
  aliases: string;
  tier: G.ClusterTier | '';
  zoneKind: G.ZoneKind | '';
  institutionKind: G.InstitutionKind | '';
  /** Create only: the zone it is LOCATED_IN (enterprises and institutions), or PART_OF (zones). */
  zone: string;
}

export function nodeForm(n: ApiNode | null, defaults: { kind?: NodeKind; zone?: string } = {}): NodeForm {
  return {
    kind: n?.kind ?? defaults.kind ?? 'ENTERPRISE',
    name: n?.name ?? '',
    nameEn: n?.nameEn ?? '',
    status: n?.status ?? 'EXISTING',
    aliases: n?.aliases.join('、') ?? '',
    tier: n?.tier ?? '',
    zoneKind: n?.zoneKind ?? '',
    institutionKind: n?.institutionKind ?? '',
    zone: n ? '' : (defaults.zone ?? ''),
  };
}

const splitAliases = (text: string) =>
  text
    .split(/[、,，;；\n]/)
    .map((a) => a.trim())
    .filter(Boolean);

/** `enterprise:harbin-new-auto` from the English name: the server's rule (makeNodeId), so a change set can link it. */
export function newNodeId(kind: NodeKind, nameEn: string): string | null {
  const slug = nameSlug(nameEn);
  return slug ? `${kind.toLowerCase()}:${slug}` : null;
}

/** Which relationship ties a new node of `kind` to a zone: where it is (LOCATED_IN), or what it is part of. */
export function zoneLink(kind: NodeKind): RelType | null {
  if (kind === 'ENTERPRISE' || kind === 'INSTITUTION') return 'LOCATED_IN';
  if (kind === 'ZONE') return 'PART_OF';
  return null;
}

function kindFields(f: NodeForm) {
  return {
    ...(f.kind === 'CLUSTER' && f.tier ? { tier: f.tier } : {}),
    ...(f.kind === 'ZONE' && f.zoneKind ? { zoneKind: f.zoneKind } : {}),
    ...(f.kind === 'INSTITUTION' && f.institutionKind ? { institutionKind: f.institutionKind } : {}),
  };
}

/** The change set a new node makes: the node, and its zone link when a zone is chosen. */
export function createChanges(f: NodeForm): { changes: G.ChangeInput[]; id: string } | { problem: FieldProblem } {
  if (!f.name.trim()) return { problem: { field: 'name', key: 'edit.err.name' } };
  if (!f.nameEn.trim()) return { problem: { field: 'nameEn', key: 'edit.err.nameEn' } };
  const id = newNodeId(f.kind, f.nameEn);
  if (!id) return { problem: { field: 'nameEn', key: 'edit.err.nameEnSlug' } };
  const node: G.NodeInput = {
    id,
    kind: f.kind,
    name: f.name.trim(),
    nameEn: f.nameEn.trim(),
    status: f.status,
    aliases: splitAliases(f.aliases),
    ...kindFields(f),
  };
  const changes: G.ChangeInput[] = [{ action: 'CREATE_NODE', node }];
  const link = zoneLink(f.kind);
  if (link && f.zone)
    changes.push({ action: 'CREATE_EDGE', edge: { type: link, source: id, target: f.zone, status: f.status } });
  return { changes, id };
}

/** The fields an edit changes (null when none does). */
export function patchOf(n: ApiNode, f: NodeForm): G.NodePatch | null {
  const patch: G.NodePatch = {};
  if (!f.name.trim()) return null;
  if (f.name.trim() !== n.name) patch.name = f.name.trim();
  if (f.nameEn.trim() && f.nameEn.trim() !== (n.nameEn ?? '')) patch.nameEn = f.nameEn.trim();
  if (f.status !== n.status) patch.status = f.status;
  const aliases = splitAliases(f.aliases);
  if (aliases.join('\u0000') !== n.aliases.join('\u0000')) patch.aliases = aliases;
  const kf = kindFields(f);
  if (kf.tier && kf.tier !== n.tier) patch.tier = kf.tier;
  if (kf.zoneKind && kf.zoneKind !== n.zoneKind) patch.zoneKind = kf.zoneKind;
  if (kf.institutionKind && kf.institutionKind !== n.institutionKind) patch.institutionKind = kf.institutionKind;
  return Object.keys(patch).length ? patch : null;
}

/**
 * The form field a refusal names: the server's `argument` is a path like `changes.0.node.nameEn`,
 * `source.url` or `nameEn`; its last part is the field (a source's fields keep their name).
 */
export function fieldOf(argument: string | undefined | null): string | null {
  if (!argument) return null;
  const parts = argument.split('.').filter((p) => !/^\d+$/.test(p) && p !== 'changes');
  const last = parts.at(-1);
  if (!last || last === 'node' || last === 'edge' || last === 'patch') return null;
  return last === 'source' ? 'quote' : last;
}

/**
 * The changes "undo my last change" takes back: the newest change set of `user` (one time, one
 * source) still standing, without the entries that came with another (reverting that one
 * reverts them) and without reverts (undoing an undo is not "my last change").
 */
export function lastOwnSet(changes: readonly Change[], user: string): Change[] {
  const own = changes.filter((c) => c.user === user && !c.revertOf);
  const newest = own.find((c) => !c.reverted);
  if (!newest) return [];
  return own.filter((c) => c.at === newest.at && !c.reverted && !c.causedBy);
}

/** Whether a change is a node's or a relationship's (an edge id reads `a-[TYPE]->b`). */
export const isEdgeChange = (c: Pick<Change, 'elementId'>) => c.elementId.includes('-[');

/** What a committed change means for the loaded graph: nodes and relationships to load again, and gone. */
export function touched(changes: readonly Change[]): { nodes: string[]; edgeEnds: string[]; removed: string[] } {
  const nodes = new Set<string>();
  const ends = new Set<string>();
  const removed = new Set<string>();
  for (const c of changes) {
    if (c.after === null) removed.add(c.elementId);
    else removed.delete(c.elementId);
    if (isEdgeChange(c)) {
      const e = JSON.parse(c.after ?? c.before ?? '{}') as { source?: string; target?: string };
      for (const end of [e.source, e.target]) if (end) ends.add(end);
    } else if (c.after !== null) nodes.add(c.elementId);
  }
  // A relationship's ends change too (their degree).
  for (const id of ends) nodes.add(id);
  for (const id of removed) nodes.delete(id);
  return { nodes: [...nodes], edgeEnds: [...ends], removed: [...removed] };
}
