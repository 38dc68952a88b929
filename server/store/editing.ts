/**
 * What a change to the graph is, the same for both stores: the operations (create, update and
 * delete a node, create and delete a relationship), the source every change carries, the audit
 * entry it leaves, and the rules that turn a request into the element a dataset file would hold
 * (ids made from kind and name, a patch merged into its node, the change's source added to the
 * element's sources). Validation itself is the dataset's (validateDataset), so the graph never
 * holds what a dataset file could not.
 */
import { isDeepStrictEqual } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { validateDataset } from '../dataset/validate';
import { ConflictError, ForbiddenError, InvalidInputError } from '../domain/errors';
import {
  edgeId,
  type GraphEdge,
  type GraphNode,
  ID_PREFIX,
  LABEL_CONTROL,
  type NodeKind,
  type RelType,
  type Source,
  type Status,
  TEXT_CONTROL,
} from '../domain/model';
import { nameSlug } from '../domain/slug';
import type { ChangeRow } from '../workspace/workspace';

/** Where a change comes from: a quote with its document and section, or a note with a URL and a date. */
export interface ChangeSource {
  quote?: string | null;
  document?: string | null;
  section?: string | null;
  note?: string | null;
  url?: string | null;
  date?: string | null;
  stated?: boolean | null;
}

export type NodeFields = Record<string, unknown> & { kind: NodeKind; name: string; id?: string | null };
export type NodePatchFields = Record<string, unknown>;

export interface EdgeFields {
  type: RelType;
  source: string;
  target: string;
  status?: Status | null;
  /** The relationship's own sources (the dataset's shape); the change's source is added. */
  sources?: Source[] | null;
}

export type ChangeOp =
  | { action: 'CREATE_NODE'; node: NodeFields }
  | { action: 'UPDATE_NODE'; id: string; version: number; patch: NodePatchFields }
  | { action: 'DELETE_NODE'; id: string; version: number }
  | { action: 'CREATE_EDGE'; edge: EdgeFields }
  | { action: 'UPDATE_EDGE'; id: string; version: number; patch: EdgePatchFields }
  | { action: 'DELETE_EDGE'; id: string; version: number };

/** What a relationship's update may change: its status (its type and ends are its identity). */
export interface EdgePatchFields {
  status?: Status | null;
}

/** What a store applies: a change, or (for a revert) an element put back as it was, or taken away. */
export type AppliedOp =
  | ChangeOp
  | { action: 'RESTORE_NODE'; node: GraphNode }
  | { action: 'RESTORE_EDGE'; edge: GraphEdge }
  | { action: 'REMOVE_NODE'; id: string }
  | { action: 'REMOVE_EDGE'; id: string };

/** What undoing one audited change of an element applies: put its `before` back, or remove what it created. */
export function undoOp(r: { elementKind: string; elementId: string; before: string | null }): AppliedOp {
  if (r.before === null)
    return r.elementKind === 'node'
      ? { action: 'REMOVE_NODE', id: r.elementId }
      : { action: 'REMOVE_EDGE', id: r.elementId };
  return r.elementKind === 'node'
    ? { action: 'RESTORE_NODE', node: JSON.parse(r.before) }
    : { action: 'RESTORE_EDGE', edge: JSON.parse(r.before) };
}

export const CHANGE_ACTIONS = [
  'CREATE_NODE',
  'UPDATE_NODE',
  'DELETE_NODE',
  'CREATE_EDGE',
  'UPDATE_EDGE',
  'DELETE_EDGE',
] as const;

/** An audit entry as the API shows it. */
export interface ChangeRecord {
  id: string;
  at: string;
  user: string;
  action: string;
  elementId: string;
  before: string | null;
  after: string | null;
  source: ChangeSource & { quote: string; section: string; stated: boolean };
  reverted: boolean;
  revertOf: string | null;
  /** The change this one came with (a relationship removed with its node). */
  causedBy: string | null;
  version: number;
}

export interface ChangeQuery {
  elementId?: string | null;
  user?: string | null;
  since?: string | null;
  first?: number | null;
}

/** The writing half of a store: every method checks, applies all or nothing, and audits. */
export interface EditableStore {
  applyChanges(ops: readonly ChangeOp[], source: ChangeSource, user: string): Promise<ChangeRecord[]>;
  revertChange(id: string, user: string, opts: { anyone: boolean }): Promise<ChangeRecord>;
  changes(query: ChangeQuery): Promise<ChangeRecord[]>;
  /** An element's version: 1 as loaded, one more on every change. */
  versionOf(element: Versioned): number | Promise<number>;
}

export const isEditable = (store: object): store is EditableStore =>
  typeof (store as Partial<EditableStore>).applyChanges === 'function';

export const MAX_CHANGES = 500;
export const MAX_CHANGES_LISTED = 500;

/** A change set checked (one to MAX_CHANGES changes), and its source checked. */
export function checkChangeSet(ops: readonly ChangeOp[], given: ChangeSource): ChangeSource & { stated: boolean } {
  if (ops.length === 0) throw new InvalidInputError('a change set needs at least one change', 'changes');
  if (ops.length > MAX_CHANGES)
    throw new InvalidInputError(`a change set holds at most ${MAX_CHANGES} changes (cap)`, 'changes');
  return checkSource(given);
}

/** An error in change `i` of a set, its message and argument naming the change. */
export function numbered(err: unknown, i: number): unknown {
  if (!(err instanceof InvalidInputError)) return err;
  return new InvalidInputError(
    `changes[${i}]: ${err.message}`,
    `changes.${i}${err.argument ? `.${err.argument}` : ''}`,
  );
}

/** How many entries a listing of changes returns (50 unless asked), checked. */
export function listedFirst(q: ChangeQuery): number {
  const first = q.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGES_LISTED)
    throw new InvalidInputError(`first must be between 1 and ${MAX_CHANGES_LISTED}`, 'first');
  return first;
}

/** Refuses to revert a change reverted already, one that came with another, or (unless `anyone`) another user's. */
export function checkRevertable(row: ChangeRow, id: string, user: string, anyone: boolean): void {
  if (row.reverted) throw new InvalidInputError(`change ${id} is reverted already`, 'id');
  if (row.cause !== null)
    throw new InvalidInputError(`change ${id} came with change ${row.cause}: revert that one`, 'id');
  if (!anyone && row.user !== user)
    throw new ForbiddenError(`only an admin reverts another user's change (${row.user}'s)`);
}

/**
 * Refuses to undo an audited change once its element has changed since (`now`: its version, 0
 * when absent) — unless it is again exactly as the change left it (a later change to it was
 * itself reverted), so that one's changes can be undone one after another, newest first.
 */
export function checkUndoable(r: ChangeRow, now: number, current: unknown): void {
  const expected = r.after === null ? 0 : r.version;
  if (now === expected) return;
  const asLeft =
    r.after !== null &&
    current !== null &&
    isDeepStrictEqual(JSON.parse(elementJson(current as object) as string), JSON.parse(r.after));
  if (!asLeft) throw new ConflictError(r.elementId, now, current);
}

/** A workspace or Neo4j audit row as the API shows it. */
export function toRecord(row: ChangeRow): ChangeRecord {
  return {
    id: String(row.id),
    at: row.at,
    user: row.user,
    action: row.action,
    elementId: row.elementId,
    before: row.before,
    after: row.after,
    source: shownSource(JSON.parse(row.source)),
    reverted: row.reverted,
    revertOf: row.revertOf === null ? null : String(row.revertOf),
    causedBy: row.cause === null ? null : String(row.cause),
    version: row.version,
  };
}
const MAX_TEXT = 2000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The source checked: a quote with its section or document, or a note with a URL or a date. */
export function checkSource(s: ChangeSource): ChangeSource & { stated: boolean } {
  const out: ChangeSource & { stated: boolean } = { stated: s.stated ?? true };
  for (const key of ['quote', 'document', 'section', 'note', 'url', 'date'] as const) {
    const value = s[key]?.trim();
    if (!value) continue;
    const control = key === 'quote' || key === 'url' || key === 'date' ? LABEL_CONTROL : TEXT_CONTROL;
    if (control.test(value))
      throw new InvalidInputError(`source field \`${key}\`: must not contain control characters`, `source.${key}`);
    if (value.length > MAX_TEXT)
      throw new InvalidInputError(`source field \`${key}\`: at most ${MAX_TEXT} characters`, `source.${key}`);
    out[key] = value;
  }
  if (out.url && !/^https?:\/\/\S+$/.test(out.url))
    throw new InvalidInputError('source field `url`: an http(s) address', 'source.url');
  if (out.date && !DATE.test(out.date))
    throw new InvalidInputError('source field `date`: a date like 2026-12-01', 'source.date');
  const quoted = out.quote && (out.section || out.document);
  const noted = out.note && (out.url || out.date);
  if (!quoted && !noted)
    throw new InvalidInputError(
      'every change needs a source: a quote with its document or section, or a note with a URL or a date',
      'source',
    );
  if (!out.stated && !out.note)
    throw new InvalidInputError('a source with stated: false needs a note saying why', 'source.note');
  return out;
}

/** The change's source as an element's source (the dataset's shape: quote, section, stated, note). */
export function elementSource(s: ChangeSource & { stated: boolean }): Source {
  const section = [s.document, s.section].filter(Boolean).join(' · ') || [s.url, s.date].filter(Boolean).join(' · ');
  const quote = s.quote ?? (s.note as string);
  const note = s.quote || !s.stated ? s.note : undefined;
  return { quote, section, stated: s.stated, ...(note ? { note } : {}) };
}

/** The source as the API shows it: the element's fields always set, the others where given. */
export function shownSource(s: ChangeSource & { stated: boolean }) {
  const e = elementSource(s);
  return { ...s, quote: e.quote, section: e.section, stated: e.stated };
}

/** `enterprise:harbin-new-auto`: from the English name, else the pinyin of the name. */
export function makeNodeId(kind: NodeKind, name: string, nameEn?: unknown): string {
  const fromEn = typeof nameEn === 'string' ? nameSlug(nameEn) : '';
  const base = fromEn || nameSlug(pinyin(name, { toneType: 'none', separator: '-' }));
  if (!base) throw new InvalidInputError('cannot make an id from this name: give `id`', 'node.id');
  return `${ID_PREFIX[kind]}:${base}`;
}

const withSource = (sources: Source[], source: Source) =>
  sources.some((s) => s.quote === source.quote && s.section === source.section) ? sources : [...sources, source];

/** Figures given without sources take the change's. */
const sourcedFigures = (indicators: unknown, source: Source) =>
  Array.isArray(indicators)
    ? indicators.map((i: Record<string, unknown>) => (i.sources ? i : { ...i, sources: [source] }))
    : indicators;

/** The node a create asks for, before validation: id made when absent, the change's source added. */
export function nodeFromInput(input: NodeFields, source: Source): Record<string, unknown> {
  const { id, sources, ...rest } = input;
  const given = Array.isArray(sources) ? (sources as Source[]) : [];
  const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined));
  if (clean.indicators) clean.indicators = sourcedFigures(clean.indicators, source);
  return {
    id: id || makeNodeId(input.kind, input.name, input.nameEn),
    ...clean,
    sources: withSource(given, source),
  };
}

/** The node with the patch applied (null clears an optional field), the change's source added. */
export function patchedNode(node: GraphNode, patch: NodePatchFields, source: Source): Record<string, unknown> {
  const out: Record<string, unknown> = { ...node };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'kind')
      throw new InvalidInputError(
        `patch field \`${key}\`: a node's ${key} cannot change (delete it and create another)`,
        `patch.${key}`,
      );
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = key === 'indicators' ? sourcedFigures(value, source) : value;
  }
  out.sources = withSource((out.sources as Source[] | undefined) ?? [], source);
  return out;
}

/** The relationship with the patch applied, the change's source added to its sources. */
export function patchedEdge(edge: GraphEdge, patch: EdgePatchFields, source: Source): GraphEdge {
  for (const key of Object.keys(patch))
    if (key !== 'status')
      throw new InvalidInputError(
        `patch field \`${key}\`: a relationship's ${key} cannot change (delete it and create another)`,
        `patch.${key}`,
      );
  return { ...edge, ...(patch.status ? { status: patch.status } : {}), sources: withSource(edge.sources, source) };
}

export function edgeFromInput(input: EdgeFields, source: Source): GraphEdge {
  const edge = { type: input.type, source: input.source, target: input.target, status: input.status ?? 'EXISTING' };
  return { id: edgeId(edge), ...edge, sources: withSource(input.sources ?? [], source) };
}

/** Refuses a change made against another version than the element's. */
export function checkVersion(id: string, given: number, current: number, element: unknown): void {
  if (given !== current) throw new ConflictError(id, current, element);
}

/** The element without what the stores add (degree), as an audit entry's JSON. */
export function elementJson(element: object | null): string | null {
  if (!element) return null;
  const { degree: _, ...rest } = element as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** Refuses what a dataset file could not hold (validateDataset on the element and its ends), naming the field. */
export function checkElements(nodes: unknown[], edges: unknown[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const result = validateDataset({ nodes, edges });
  if (!result.ok) {
    const issue = result.issues.find((i) => i.at.startsWith(edges.length > 0 ? 'edges' : 'nodes')) ?? result.issues[0];
    const field = issue?.field ? ` field \`${issue.field}\`` : '';
    throw new InvalidInputError(`${issue?.elementId ?? ''}${field}: ${issue?.message}`.trim(), issue?.field);
  }
  return result.dataset;
}

/** The two ends a derived relationship id names (`a-[TYPE]->b`), or null. */
export function endsOf(id: string): { source: string; target: string } | null {
  const m = /^(.+?)-\[([A-Z_]+)\]->(.+)$/.exec(id);
  return m ? { source: m[1] as string, target: m[3] as string } : null;
}

/** What the version resolver is given: a node, or a relationship with its ends. */
export interface Versioned {
  id: string;
  source?: string;
  target?: string;
}

/** The source of a revert: which change it takes back, and when. */
export function revertSource(changeId: number | string): ChangeSource & { stated: boolean } {
  return checkSource({
    note: `撤销变更 #${changeId} · revert of change #${changeId}`,
    date: new Date().toISOString().slice(0, 10),
  });
}
