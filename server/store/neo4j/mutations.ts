/**
 * Changes on Neo4j: each change (or change set) is one write transaction that takes the change
 * counter's lock first (so changes run one after the other and a version read is still true at
 * commit), reads each element, checks its version, validates the new element as a dataset file's
 * (server/store/editing.ts), writes it into the current generation through its own upsert
 * statements (`edit/upsert-*`, `edit/rel-*`: MERGE on (gen, id)), writes the audit entries as
 * `(:Change)` nodes in the same database and gives the graph a new version stamp (the cache token,
 * `edit/stamp`, taken right after the lock). An error anywhere rolls the whole transaction back.
 * Versions are `version` properties (absent: 1, as loaded).
 */
import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { GraphEdge, GraphNode, Source } from '../../domain/model';
import type { ChangeRow } from '../../workspace/workspace';
import {
  type AppliedOp,
  type ChangeOp,
  type ChangeQuery,
  type ChangeRecord,
  type ChangeSource,
  checkChangeSet,
  checkElements,
  checkRevertable,
  checkUndoable,
  checkVersion,
  edgeFromInput,
  elementJson,
  elementSource,
  endsOf,
  listedFirst,
  nodeFromInput,
  numbered,
  patchedEdge,
  patchedNode,
  revertSource,
  toRecord,
  undoOp,
  type Versioned,
} from '../editing';
import type { Executor, TxRun } from './executor';
import { NODE_UPSERT, REL_UPSERT } from './queries';
import { edgeRow, nodeProperties, toEdge, toNode } from './rows';

interface Pending {
  kind: 'node' | 'edge';
  action: string;
  id: string;
  before: object | null;
  after: object | null;
  version: number;
  cascaded: boolean;
}

const plainNode = (row: Parameters<typeof toNode>[0]): GraphNode => {
  const { degree: _, ...node } = toNode(row);
  return node as GraphNode;
};

function changeRow(c: Record<string, unknown>): ChangeRow {
  return {
    id: c.id as number,
    at: c.at as string,
    user: c.user as string,
    action: c.action as string,
    elementId: c.elementId as string,
    elementKind: c.elementKind as 'node' | 'edge',
    before: (c.before as string | undefined) ?? null,
    after: (c.after as string | undefined) ?? null,
    version: c.version as number,
    source: c.source as string,
    reverted: c.reverted === true,
    revertOf: (c.revertOf as number | undefined) ?? null,
    cause: (c.cause as number | undefined) ?? null,
  };
}

export class Neo4jEditor {
  constructor(private readonly db: Executor) {}

  async apply(ops: readonly ChangeOp[], given: ChangeSource, user: string): Promise<ChangeRecord[]> {
    const source = checkChangeSet(ops, given);
    return this.db.write((run) => this.run(run, ops, source, user, null, ops.length > 1));
  }

  async revert(id: string, user: string, anyone: boolean): Promise<ChangeRecord> {
    if (!/^\d{1,15}$/.test(id)) throw new NotFoundError('change', id);
    return this.db.write(async (run) => {
      await run('edit/lock', { count: 0 });
      const rows = (await run('edit/change', { id: Number(id) })).map((r) => changeRow(r.change));
      const row = rows.find((r) => r.id === Number(id));
      if (!row) throw new NotFoundError('change', id);
      checkRevertable(row, id, user, anyone);
      const ops: AppliedOp[] = [];
      for (const r of [row, ...rows.filter((c) => c.cause === row.id)]) {
        const current = r.elementKind === 'node' ? await readNode(run, r.elementId) : await readEdge(run, r.elementId);
        checkUndoable(r, current?.version ?? 0, current?.element ?? null);
        ops.push(undoOp(r));
      }
      const source = revertSource(row.id);
      const [first] = await this.run(run, ops, source, user, row.id, false);
      await run('edit/mark-reverted', { id: row.id });
      return first as ChangeRecord;
    });
  }

  async changes(q: ChangeQuery): Promise<ChangeRecord[]> {
    const rows = await this.db.read('edit/changes', {
      elementId: q.elementId ?? null,
      user: q.user ?? null,
      since: q.since ?? null,
      first: listedFirst(q),
    });
    return rows.map((r) => toRecord(changeRow(r.change)));
  }

  // Versions for the API, asked for many elements at once: gathered and read in one query each.
  private batch: { nodes: Map<string, ((v: number) => void)[]>; edges: Map<string, Versioned> } | null = null;
  private edgeWaiters = new Map<string, ((v: number) => void)[]>();

  versionOf(element: Versioned): Promise<number> {
    if (!this.batch) {
      this.batch = { nodes: new Map(), edges: new Map() };
      setImmediate(() => void this.flush());
    }
    const batch = this.batch;
    return new Promise((resolve) => {
      if (element.source !== undefined && element.target !== undefined) {
        batch.edges.set(element.id, element);
        const list = this.edgeWaiters.get(element.id) ?? [];
        list.push(resolve);
        this.edgeWaiters.set(element.id, list);
      } else {
        const list = batch.nodes.get(element.id) ?? [];
        list.push(resolve);
        batch.nodes.set(element.id, list);
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = null;
    if (!batch) return;
    const waiters = new Map(this.edgeWaiters);
    this.edgeWaiters.clear();
    const settle = (id: string, version: number, from: Map<string, ((v: number) => void)[]>) => {
      for (const resolve of from.get(id) ?? []) resolve(version);
      from.delete(id);
    };
    try {
      if (batch.nodes.size > 0)
        for (const r of await this.db.read('edit/node-versions', { ids: [...batch.nodes.keys()] }))
          settle(r.id, r.version, batch.nodes);
      if (batch.edges.size > 0) {
        const edges = [...batch.edges.values()].map((e) => ({
          id: e.id,
          source: e.source ?? '',
          target: e.target ?? '',
        }));
        for (const r of await this.db.read('edit/edge-versions', { edges })) settle(r.id, r.version, waiters);
      }
    } finally {
      // An element gone meanwhile: version 1 rather than a hanging request.
      for (const id of [...batch.nodes.keys()]) settle(id, 1, batch.nodes);
      for (const id of [...waiters.keys()]) settle(id, 1, waiters);
    }
  }

  private async run(
    run: TxRun,
    ops: readonly AppliedOp[],
    source: ChangeSource & { stated: boolean },
    user: string,
    revertOf: number | null,
    inSet: boolean,
  ): Promise<ChangeRecord[]> {
    await run('edit/lock', { count: 0 });
    // The new stamp first: it takes the version node's write lock, so a load's switch cannot
    // commit while this change reads and writes the current generation (docs/neo4j.md).
    await run('edit/stamp', { stamp: randomUUID() });
    const es = elementSource(source);
    const writes: Pending[] = [];
    const pending = new Map<string, number>();
    const next = async (id: string, current: number | null) =>
      (pending.get(id) ?? current ?? (await run('edit/last-version', { id }))[0]?.version ?? 0) + 1;
    for (const [i, op] of ops.entries()) {
      try {
        await this.one(run, op, es, pending, next, writes);
      } catch (err) {
        throw inSet ? numbered(err, i) : err;
      }
    }
    const [lock] = await run('edit/lock', { count: writes.length });
    const base = (lock?.first ?? 0) + 1;
    const at = new Date().toISOString();
    const sourceText = JSON.stringify(source);
    let lastNode = -1;
    const rows: ChangeRow[] = writes.map((w, i) => {
      if (w.kind === 'node') lastNode = i;
      return {
        id: base + i,
        at,
        user,
        action: w.action,
        elementId: w.id,
        elementKind: w.kind,
        before: elementJson(w.before),
        after: elementJson(w.after),
        version: w.version,
        source: sourceText,
        reverted: false,
        revertOf,
        cause: w.cascaded ? base + lastNode : null,
      };
    });
    const [written] = await run('edit/audit', { rows: rows as unknown as Record<string, unknown>[] });
    if (written?.written !== rows.length) throw new Error('audit: not every entry was written');
    return rows.map(toRecord);
  }

  private async one(
    run: TxRun,
    op: AppliedOp,
    source: Source,
    pending: Map<string, number>,
    next: (id: string, current: number | null) => Promise<number>,
    writes: Pending[],
  ): Promise<void> {
    const push = async (w: Omit<Pending, 'version'>, current: number | null) => {
      const version = await next(w.id, current);
      pending.set(w.id, version);
      writes.push({ ...w, version });
      return version;
    };
    const currentOf = (id: string, stored: number) => pending.get(id) ?? stored;
    switch (op.action) {
      case 'CREATE_NODE':
      case 'RESTORE_NODE': {
        const given = op.action === 'CREATE_NODE' ? nodeFromInput(op.node, source) : op.node;
        const id = String(given.id);
        const before = await readNode(run, id);
        if (before && op.action === 'CREATE_NODE')
          throw new InvalidInputError(`${id} field \`id\`: a node with this id exists already`, 'node.id');
        const [node] = checkElements([given], []).nodes as [GraphNode];
        if (before && (before.element as GraphNode).kind !== node.kind)
          throw new InvalidInputError(`${id} field \`kind\`: a node's kind cannot change`, 'kind');
        const version = await push(
          {
            kind: 'node',
            action: before ? 'UPDATE_NODE' : 'CREATE_NODE',
            id,
            before: before?.element ?? null,
            after: node,
            cascaded: false,
          },
          before ? currentOf(id, before.version) : null,
        );
        await writeNode(run, node, version);
        return;
      }
      case 'UPDATE_NODE': {
        const before = await readNode(run, op.id);
        if (!before) throw new NotFoundError('node', op.id);
        checkVersion(op.id, op.version, currentOf(op.id, before.version), before.element);
        const [node] = checkElements([patchedNode(before.element as GraphNode, op.patch, source)], []).nodes as [
          GraphNode,
        ];
        const version = await push(
          { kind: 'node', action: 'UPDATE_NODE', id: op.id, before: before.element, after: node, cascaded: false },
          currentOf(op.id, before.version),
        );
        await writeNode(run, node, version);
        return;
      }
      case 'DELETE_NODE':
      case 'REMOVE_NODE': {
        const before = await readNode(run, op.id);
        if (!before) throw new NotFoundError('node', op.id);
        if (op.action === 'DELETE_NODE')
          checkVersion(op.id, op.version, currentOf(op.id, before.version), before.element);
        const edges = (await run('edit/node-edges', { id: op.id })).map((r) => ({
          edge: toEdge(r.edge),
          version: r.edge.version,
        }));
        await push(
          { kind: 'node', action: 'DELETE_NODE', id: op.id, before: before.element, after: null, cascaded: false },
          currentOf(op.id, before.version),
        );
        for (const { edge, version } of edges)
          await push(
            { kind: 'edge', action: 'DELETE_EDGE', id: edge.id, before: edge, after: null, cascaded: true },
            currentOf(edge.id, version),
          );
        await run('edit/delete-node', { id: op.id });
        return;
      }
      case 'CREATE_EDGE':
      case 'UPDATE_EDGE':
      case 'RESTORE_EDGE': {
        // A new relationship; an update; or a revert putting back one deleted or updated since.
        const existing =
          op.action === 'CREATE_EDGE' ? null : await readEdge(run, op.action === 'UPDATE_EDGE' ? op.id : op.edge.id);
        if (op.action === 'UPDATE_EDGE') {
          if (!existing) throw new NotFoundError('relationship', op.id);
          checkVersion(op.id, op.version, currentOf(op.id, existing.version), existing.element);
        }
        const given =
          op.action === 'CREATE_EDGE'
            ? edgeFromInput(op.edge, source)
            : op.action === 'UPDATE_EDGE'
              ? patchedEdge(existing?.element as GraphEdge, op.patch, source)
              : op.edge;
        const ends = [await readNode(run, given.source), await readNode(run, given.target)]
          .filter((n) => n !== null)
          .map((n) => n.element);
        const [edge] = checkElements(ends, [given]).edges as [GraphEdge];
        if (op.action === 'CREATE_EDGE' && (await readEdge(run, edge.id)))
          throw new InvalidInputError(
            `${edge.id}: a second ${edge.type} edge between the same nodes; merge their sources into one edge`,
          );
        const version = await push(
          {
            kind: 'edge',
            action: existing ? 'UPDATE_EDGE' : 'CREATE_EDGE',
            id: edge.id,
            before: existing?.element ?? null,
            after: edge,
            cascaded: false,
          },
          existing ? currentOf(edge.id, existing.version) : null,
        );
        const [result] = await run(REL_UPSERT[edge.type], { rows: [{ ...edgeRow(edge), version }] });
        if (result?.written !== 1) throw new NotFoundError('node', `${edge.source} or ${edge.target}`);
        return;
      }
      case 'DELETE_EDGE':
      case 'REMOVE_EDGE': {
        const before = await readEdge(run, op.id);
        if (!before) throw new NotFoundError('relationship', op.id);
        const edge = before.element as GraphEdge;
        if (op.action === 'DELETE_EDGE') checkVersion(op.id, op.version, currentOf(op.id, before.version), edge);
        await push(
          { kind: 'edge', action: 'DELETE_EDGE', id: op.id, before: edge, after: null, cascaded: false },
          currentOf(op.id, before.version),
        );
        await run('edit/delete-edge', { id: edge.id, source: edge.source, target: edge.target });
        return;
      }
    }
  }
}

async function readNode(run: TxRun, id: string): Promise<{ element: object; version: number } | null> {
  const [row] = await run('edit/node', { id });
  return row ? { element: plainNode(row.node), version: row.node.version } : null;
}

async function readEdge(run: TxRun, id: string): Promise<{ element: object; version: number } | null> {
  const ends = endsOf(id);
  const [row] = ends ? await run('edit/edge', { id, ...ends }) : await run('edit/edge-any', { id });
  return row ? { element: toEdge(row.edge), version: row.edge.version } : null;
}

async function writeNode(run: TxRun, node: GraphNode, version: number): Promise<void> {
  const [result] = await run(NODE_UPSERT[node.kind], { rows: [{ ...nodeProperties(node), version }] });
  if (result?.written !== 1) throw new Error(`could not write node ${node.id}`);
}
