/**
 * The workspace: the store of record of the embedded default, one SQLite file (better-sqlite3)
 * holding the current graph (one row per node and relationship, with its version), the audit
 * log of every change, the accounts and their sessions. WAL journal, synchronous=NORMAL with the
 * WAL synced before a change is acknowledged (`durable`): a change
 * set is one transaction, so a crash (even kill -9) leaves the file as it was before the set or
 * with all of it. The memory store's index is built from it at start and updated in place on
 * each committed change (server/store/memory/editing.ts); nothing else writes to it.
 *
 * Backup: `backup(file)` (VACUUM INTO) writes a consistent copy while the server runs; a copy of
 * the file taken while the server is stopped is one too.
 */
import { mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Dataset, GraphEdge, GraphNode } from '../domain/model';

export type ElementKind = 'node' | 'edge';

/** One audit entry as stored. */
export interface ChangeRow {
  id: number;
  at: string;
  user: string;
  action: string;
  elementId: string;
  elementKind: ElementKind;
  before: string | null;
  after: string | null;
  /** The element's version after the change (0 when it was deleted). */
  version: number;
  source: string;
  reverted: boolean;
  /** The change this one reverts, if it is a revert. */
  revertOf: number | null;
  /** The change that caused this one (a relationship removed with its node). */
  cause: number | null;
}

export interface ChangeFilter {
  elementId?: string | null;
  user?: string | null;
  since?: string | null;
  first: number;
}

/** What a commit writes: each element's new state (null = deleted) and its audit entry. */
export interface Write {
  kind: ElementKind;
  id: string;
  version: number;
  json: string | null;
  change: Omit<ChangeRow, 'id' | 'reverted' | 'cause' | 'elementKind' | 'elementId' | 'version'> & {
    /** Index of the causing write in the same commit. */
    causeIndex?: number;
  };
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS elements (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('node','edge')),
  version INTEGER NOT NULL, json TEXT, seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
  element_id TEXT NOT NULL, element_kind TEXT NOT NULL, before TEXT, after TEXT, version INTEGER NOT NULL,
  source TEXT NOT NULL, reverted INTEGER NOT NULL DEFAULT 0, revert_of INTEGER, cause INTEGER
);
CREATE INDEX IF NOT EXISTS elements_seq ON elements (seq);
CREATE INDEX IF NOT EXISTS changes_element ON changes (element_id, id);
CREATE INDEX IF NOT EXISTS changes_cause ON changes (cause) WHERE cause IS NOT NULL;
CREATE INDEX IF NOT EXISTS changes_user ON changes (user, id);
CREATE TABLE IF NOT EXISTS accounts (
  name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('VIEWER','EDITOR','ADMIN')),
  hash TEXT NOT NULL, created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY, name TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
  expires INTEGER NOT NULL
);
`;

export const DEFAULT_WORKSPACE = 'workspace/cluster-graph.sqlite';

interface RawChange {
  id: number;
  at: string;
  user: string;
  action: string;
  element_id: string;
  element_kind: ElementKind;
  before: string | null;
  after: string | null;
  version: number;
  source: string;
  reverted: number;
  revert_of: number | null;
  cause: number | null;
}

const toChange = (r: RawChange): ChangeRow => ({
  id: r.id,
  at: r.at,
  user: r.user,
  action: r.action,
  elementId: r.element_id,
  elementKind: r.element_kind,
  before: r.before,
  after: r.after,
  version: r.version,
  source: r.source,
  reverted: r.reverted === 1,
  revertOf: r.revert_of,
  cause: r.cause,
});

export class Workspace {
  readonly db: Database.Database;

  private constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    // NORMAL: a commit writes the WAL without waiting for the disk (a 5 ms fsync that would stop
    // the server's one thread, and every read with it, once per change); `durable()` then syncs
    // the WAL in the thread pool, and a change is acknowledged only after it (docs below).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  static open(file: string): Workspace {
    return new Workspace(file);
  }

  get seeded(): boolean {
    return this.meta('seeded') !== null;
  }

  meta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  /** Writes the dataset as version 1 of every element, in one transaction; `from` names where it came from. */
  seed(dataset: Dataset, from: string): void {
    const insert = this.db.prepare('INSERT INTO elements (id, kind, version, json, seq) VALUES (?, ?, 1, ?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM elements');
      let seq = 0;
      for (const node of dataset.nodes) insert.run(node.id, 'node', JSON.stringify(node), seq++);
      for (const edge of dataset.edges) insert.run(edge.id, 'edge', JSON.stringify(edge), seq++);
      if (dataset.meta) this.setMeta('dataset-meta', JSON.stringify(dataset.meta));
      this.setMeta('seeded', JSON.stringify({ from, at: new Date().toISOString() }));
      this.db.exec('DELETE FROM changes');
    })();
  }

  /** The current graph, nodes and edges in the order they were written (the file's, then additions). */
  dataset(): Dataset {
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const rows = this.db.prepare('SELECT kind, json FROM elements WHERE json IS NOT NULL ORDER BY seq').iterate();
    for (const row of rows as Iterable<{ kind: ElementKind; json: string }>) {
      if (row.kind === 'node') nodes.push(JSON.parse(row.json));
      else edges.push(JSON.parse(row.json));
    }
    const meta = this.meta('dataset-meta');
    return meta ? { meta: JSON.parse(meta), nodes, edges } : { nodes, edges };
  }

  /** Versions of the elements changed since the seed (every other element is at version 1). */
  versions(): Map<string, number> {
    const out = new Map<string, number>();
    const rows = this.db.prepare('SELECT id, version FROM elements WHERE version <> 1').all() as {
      id: string;
      version: number;
    }[];
    for (const r of rows) out.set(r.id, r.version);
    return out;
  }

  /** Writes every element and audit entry of one commit in one transaction; the entries' ids. */
  commit(writes: readonly Write[], revertOf: number | null = null): number[] {
    const upsert = this.db.prepare(
      `INSERT INTO elements (id, kind, version, json, seq) VALUES (@id, @kind, @version, @json,
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM elements))
       ON CONFLICT(id) DO UPDATE SET version = excluded.version, json = excluded.json`,
    );
    const audit = this.db.prepare(
      `INSERT INTO changes (at, user, action, element_id, element_kind, before, after, version, source, revert_of, cause)
       VALUES (@at, @user, @action, @elementId, @kind, @before, @after, @version, @source, @revertOf, @cause)`,
    );
    const markReverted = this.db.prepare('UPDATE changes SET reverted = 1 WHERE id = ? OR cause = ?');
    return this.db.transaction(() => {
      const ids: number[] = [];
      for (const w of writes) {
        upsert.run({ id: w.id, kind: w.kind, version: w.version, json: w.json });
        const cause = w.change.causeIndex === undefined ? null : (ids[w.change.causeIndex] ?? null);
        const info = audit.run({
          at: w.change.at,
          user: w.change.user,
          action: w.change.action,
          elementId: w.id,
          kind: w.kind,
          before: w.change.before,
          after: w.change.after,
          version: w.version,
          source: w.change.source,
          revertOf: w.change.revertOf,
          cause,
        });
        ids.push(Number(info.lastInsertRowid));
      }
      if (revertOf !== null) markReverted.run(revertOf, revertOf);
      return ids;
    })();
  }

  changeCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM changes').get() as { n: number }).n;
  }

  change(id: number): ChangeRow | null {
    const row = this.db.prepare('SELECT * FROM changes WHERE id = ?').get(id) as RawChange | undefined;
    return row ? toChange(row) : null;
  }

  /** The changes a change caused (the relationships removed with a node). */
  caused(id: number): ChangeRow[] {
    return (this.db.prepare('SELECT * FROM changes WHERE cause = ? ORDER BY id').all(id) as RawChange[]).map(toChange);
  }

  /** Newest first. */
  changes(filter: ChangeFilter): ChangeRow[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { first: filter.first };
    if (filter.elementId) {
      where.push('element_id = @elementId');
      params.elementId = filter.elementId;
    }
    if (filter.user) {
      where.push('user = @user');
      params.user = filter.user;
    }
    if (filter.since) {
      where.push('at >= @since');
      params.since = filter.since;
    }
    const sql = `SELECT * FROM changes ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @first`;
    return (this.db.prepare(sql).all(params) as RawChange[]).map(toChange);
  }

  /** A consistent copy of the workspace, made while it is in use (VACUUM INTO). */
  backup(file: string): void {
    this.db.prepare('VACUUM INTO ?').run(file);
  }

  /** Commits made durable so far, of those `durable()` was asked for. */
  private committed = 0;
  private synced = 0;
  private syncing: Promise<void> | null = null;

  /**
   * Resolves once every transaction committed before the call is on the disk: one fsync of the
   * WAL file (in libuv's thread pool, so the event loop and the reads it serves go on) covers
   * every commit made before it started; a commit made during one waits for the next. With this,
   * WAL and synchronous=NORMAL keep what FULL promised for acknowledged changes: a crash, even of
   * the machine, loses no change the API answered as made; and, as before, a transaction is in
   * the file whole or not at all.
   */
  async durable(): Promise<void> {
    if (this.file === ':memory:') return;
    const want = ++this.committed;
    while (this.synced < want) await this.sync();
  }

  private sync(): Promise<void> {
    if (!this.syncing) {
      const covers = this.committed;
      this.syncing = (async () => {
        // Opened each time: SQLite may have made the WAL anew since (after the last connection closed).
        const wal = await open(`${this.file}-wal`, 'r+').catch(() => null);
        try {
          await wal?.sync();
        } finally {
          await wal?.close();
        }
        this.synced = Math.max(this.synced, covers);
      })().finally(() => {
        this.syncing = null;
      });
    }
    return this.syncing;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
