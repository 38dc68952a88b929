/**
 * Lead tracking (招商线索): the office's workflow over chain gaps and their targets, kept in the
 * workspace file beside the accounts — not graph facts, so it works the same on the memory store
 * and on Neo4j. A lead follows one target enterprise for one gap's input product (TARGET), or a
 * gap with no target named yet (GAP); there is one lead per (product, target) pair. Each lead has
 * a status (未接触 / 接洽中 / 已签约 / 已落地 / 放弃), an owner, notes and a version; a change made
 * against an old version is refused (CONFLICT) as graph changes are. Every change is kept in
 * `lead_events` with the lead before and after: the lead's history, which outlives the lead.
 *
 * The ids a lead names are checked against the graph when it is made (`checkSubject`); later
 * the graph may lose them, and the API then shows the lead with its product or target null.
 * Each change is one transaction, answered once the workspace has it on the disk
 * (`Workspace.durable`), as graph changes are.
 */
import { LEAD_STATUSES } from '../domain/enums';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { GraphStore, StoredNode } from '../store/types';
import type { Workspace } from './workspace';

export { LEAD_STATUSES };
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export type LeadSubject = 'TARGET' | 'GAP';

export const MAX_NOTES = 4000;
export const MAX_LEADS = 500;
/** A person's name as the office writes it (张伟, alice, Li Wei): no control characters, at most 64. */
const OWNER = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._@'-]{0,63}$/u;
/** Line breaks and tabs are fine in notes; other control and format characters are not. */
const NOTES_CONTROL = /[\p{Cc}\p{Cf}]/u;
const NOTES_ALLOWED = new Set(['\n', '\r', '\t']);

export interface Lead {
  id: string;
  subject: LeadSubject;
  productId: string;
  targetId: string | null;
  homeZoneId: string;
  status: LeadStatus;
  owner: string;
  notes: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** When the lead took its current status. */
  statusSince: string;
  version: number;
  /** The nodes it names, when a listing loaded them together (else the API reads each). */
  nodes?: ReadonlyMap<string, StoredNode>;
}

export interface LeadEvent {
  id: string;
  leadId: string;
  at: string;
  user: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  /** The lead as JSON before and after (null: absent). */
  before: string | null;
  after: string | null;
}

export interface LeadFilter {
  status?: LeadStatus | null;
  owner?: string | null;
  productId?: string | null;
  targetId?: string | null;
  first: number;
}

/** A new lead: `targetId` absent for a gap lead; the home zone defaults to the dataset's. */
export interface NewLead {
  productId: string;
  targetId?: string | null;
  homeZoneId?: string | null;
  status?: LeadStatus | null;
  owner?: string | null;
  notes?: string | null;
}

export interface LeadPatch {
  status?: LeadStatus | null;
  owner?: string | null;
  notes?: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subject TEXT NOT NULL CHECK (subject IN ('TARGET','GAP')),
  product_id TEXT NOT NULL, target_id TEXT, home_zone_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('UNCONTACTED','CONTACTING','SIGNED','LANDED','ABANDONED')),
  owner TEXT NOT NULL, notes TEXT NOT NULL,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
  status_since TEXT NOT NULL, version INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS leads_pair ON leads (product_id, COALESCE(target_id, ''));
CREATE INDEX IF NOT EXISTS leads_owner ON leads (owner);
CREATE TABLE IF NOT EXISTS lead_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, lead_id INTEGER NOT NULL, at TEXT NOT NULL, user TEXT NOT NULL,
  action TEXT NOT NULL, before TEXT, after TEXT
);
CREATE INDEX IF NOT EXISTS lead_events_lead ON lead_events (lead_id, id);
`;

interface RawLead {
  id: number;
  subject: LeadSubject;
  product_id: string;
  target_id: string | null;
  home_zone_id: string;
  status: LeadStatus;
  owner: string;
  notes: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  status_since: string;
  version: number;
}

const toLead = (r: RawLead): Lead => ({
  id: String(r.id),
  subject: r.subject,
  productId: r.product_id,
  targetId: r.target_id,
  homeZoneId: r.home_zone_id,
  status: r.status,
  owner: r.owner,
  notes: r.notes,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  statusSince: r.status_since,
  version: r.version,
});

function checkOwner(owner: string): string {
  const name = owner.trim();
  if (!OWNER.test(name))
    throw new InvalidInputError(
      "owner: a name of letters, digits, spaces and . _ @ ' -, at most 64 characters 负责人姓名格式不对",
      'input.owner',
    );
  return name;
}

function checkNotes(notes: string): string {
  if (notes.length > MAX_NOTES)
    throw new InvalidInputError(`notes: at most ${MAX_NOTES} characters 备注过长`, 'input.notes');
  for (const ch of notes)
    if (NOTES_CONTROL.test(ch) && !NOTES_ALLOWED.has(ch))
      throw new InvalidInputError(
        `notes: control character U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} 备注含控制字符`,
        'input.notes',
      );
  return notes;
}

function checkStatus(status: string): LeadStatus {
  if (!(LEAD_STATUSES as readonly string[]).includes(status))
    throw new InvalidInputError(`status: one of ${LEAD_STATUSES.join(', ')}`, 'input.status');
  return status as LeadStatus;
}

/** The node an id names, when it is of the kind a lead needs there. */
async function needNode(store: GraphStore, id: string, kind: string, field: string, what: string): Promise<void> {
  const node = await store.node(id);
  if (!node)
    throw new InvalidInputError(`${field}: no ${kind.toLowerCase()} \`${id}\` ${what}不存在`, `input.${field}`);
  if (node.kind !== kind)
    throw new InvalidInputError(
      `${field}: \`${id}\` is a ${node.kind.toLowerCase()}, not a ${kind.toLowerCase()} ${what}类型不对`,
      `input.${field}`,
    );
}

/** A new lead's ids checked against the graph; the home zone filled in. */
export async function checkSubject(store: GraphStore, lead: NewLead): Promise<NewLead & { homeZoneId: string }> {
  await needNode(store, lead.productId, 'PRODUCT', 'productId', '产品');
  if (lead.targetId) await needNode(store, lead.targetId, 'ENTERPRISE', 'targetId', '目标企业');
  const homeZoneId = lead.homeZoneId ?? (await store.homeZoneId());
  if (!homeZoneId)
    throw new InvalidInputError('homeZoneId: the dataset names no home zone; give one 请指定本区', 'input.homeZoneId');
  await needNode(store, homeZoneId, 'ZONE', 'homeZoneId', '本区');
  return { ...lead, homeZoneId };
}

/** The statements a lead book runs, prepared once (a listing's filter is the one built per call). */
function statements(db: Workspace['db']) {
  return {
    get: db.prepare('SELECT * FROM leads WHERE id = ?'),
    history: db.prepare('SELECT * FROM lead_events WHERE lead_id = ? ORDER BY id DESC'),
    existing: db.prepare("SELECT id FROM leads WHERE product_id = ? AND COALESCE(target_id, '') = ?"),
    insert: db.prepare(
      `INSERT INTO leads (subject, product_id, target_id, home_zone_id, status, owner, notes,
         created_at, created_by, updated_at, updated_by, status_since, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ),
    update: db.prepare(
      `UPDATE leads SET status = ?, owner = ?, notes = ?, updated_at = ?, updated_by = ?, status_since = ?,
         version = ? WHERE id = ?`,
    ),
    delete: db.prepare('DELETE FROM leads WHERE id = ?'),
    event: db.prepare('INSERT INTO lead_events (lead_id, at, user, action, before, after) VALUES (?, ?, ?, ?, ?, ?)'),
  };
}

export class LeadBook {
  private readonly sql: ReturnType<typeof statements>;

  constructor(private readonly ws: Workspace) {
    ws.db.exec(SCHEMA);
    this.sql = statements(ws.db);
  }

  get(id: string): Lead | null {
    const row = this.sql.get.get(Number(id)) as RawLead | undefined;
    return row ? toLead(row) : null;
  }

  /** Most recently changed first. */
  list(filter: LeadFilter): Lead[] {
    if (filter.first > MAX_LEADS) throw new InvalidInputError(`first: at most ${MAX_LEADS}`, 'first');
    const where: string[] = [];
    const params: Record<string, unknown> = { first: Math.max(filter.first, 0) };
    for (const [key, column] of [
      ['status', 'status'],
      ['owner', 'owner'],
      ['productId', 'product_id'],
      ['targetId', 'target_id'],
    ] as const) {
      const value = filter[key];
      if (value) {
        where.push(`${column} = @${key}`);
        params[key] = value;
      }
    }
    const sql = `SELECT * FROM leads ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id DESC LIMIT @first`;
    return (this.ws.db.prepare(sql).all(params) as RawLead[]).map(toLead);
  }

  /** Newest first. */
  history(id: string): LeadEvent[] {
    const rows = this.sql.history.all(Number(id)) as (Omit<LeadEvent, 'id' | 'leadId'> & {
      id: number;
      lead_id: number;
    })[];
    return rows.map(({ lead_id, id: eventId, ...rest }) => ({ ...rest, id: String(eventId), leadId: String(lead_id) }));
  }

  /** A new lead (its ids checked by `checkSubject` first). */
  async create(lead: NewLead & { homeZoneId: string }, user: string): Promise<Lead> {
    const owner = checkOwner(lead.owner ?? user);
    const notes = checkNotes(lead.notes ?? '');
    const status = checkStatus(lead.status ?? 'UNCONTACTED');
    const now = new Date().toISOString();
    const made = this.ws.db.transaction(() => {
      const existing = this.sql.existing.get(lead.productId, lead.targetId ?? '') as { id: number } | undefined;
      if (existing)
        throw new InvalidInputError(
          `targetId: lead ${existing.id} follows this ${lead.targetId ? 'target for this product' : 'gap'} already 该线索已存在`,
          lead.targetId ? 'input.targetId' : 'input.productId',
        );
      const info = this.sql.insert.run(
        lead.targetId ? 'TARGET' : 'GAP',
        lead.productId,
        lead.targetId ?? null,
        lead.homeZoneId,
        status,
        owner,
        notes,
        now,
        user,
        now,
        user,
        now,
      );
      const made = this.get(String(info.lastInsertRowid)) as Lead;
      this.event(made.id, now, user, 'CREATE', null, made);
      return made;
    })();
    await this.ws.durable();
    return made;
  }

  /** Changes a lead made at `version`; CONFLICT (with the lead as it is) when it has moved on. */
  async update(id: string, version: number, patch: LeadPatch, user: string): Promise<Lead> {
    const owner = patch.owner === undefined || patch.owner === null ? undefined : checkOwner(patch.owner);
    const notes = patch.notes === undefined || patch.notes === null ? undefined : checkNotes(patch.notes);
    const status = patch.status === undefined || patch.status === null ? undefined : checkStatus(patch.status);
    const updated = this.ws.db.transaction(() => {
      const before = this.current(id, version);
      const now = new Date().toISOString();
      const after: Lead = {
        ...before,
        status: status ?? before.status,
        owner: owner ?? before.owner,
        notes: notes ?? before.notes,
        updatedAt: now,
        updatedBy: user,
        statusSince: status && status !== before.status ? now : before.statusSince,
        version: before.version + 1,
      };
      this.sql.update.run(
        after.status,
        after.owner,
        after.notes,
        now,
        user,
        after.statusSince,
        after.version,
        Number(id),
      );
      this.event(id, now, user, 'UPDATE', before, after);
      return after;
    })();
    await this.ws.durable();
    return updated;
  }

  /** Deletes a lead made at `version`; its history stays. */
  async delete(id: string, version: number, user: string): Promise<void> {
    this.ws.db.transaction(() => {
      const before = this.current(id, version);
      this.sql.delete.run(Number(id));
      this.event(id, new Date().toISOString(), user, 'DELETE', before, null);
    })();
    await this.ws.durable();
  }

  private current(id: string, version: number): Lead {
    const lead = /^\d+$/.test(id) ? this.get(id) : null;
    if (!lead) throw new NotFoundError('lead', id);
    if (lead.version !== version) throw new ConflictError(id, lead.version, lead);
    return lead;
  }

  private event(
    id: string,
    at: string,
    user: string,
    action: LeadEvent['action'],
    before: Lead | null,
    after: Lead | null,
  ) {
    this.sql.event.run(
      Number(id),
      at,
      user,
      action,
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
    );
  }
}
