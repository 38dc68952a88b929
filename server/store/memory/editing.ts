/**
 * Changes on the embedded store: each operation is applied to the compact graph's overlay
 * (overlay.ts, which checks it as a dataset element), its inverse remembered; then the whole
 * set is written to the workspace in one SQLite transaction with its audit entries. Any refusal
 * — a bad row, a stale version, the disk — replays the inverses, so the index and the file
 * change together or not at all. Everything here is synchronous: no other request runs between
 * the check of a version and the commit.
 */
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { GraphEdge, GraphNode, Source } from '../../domain/model';
import type { Workspace, Write } from '../../workspace/workspace';
import {
  type AppliedOp,
  type ChangeOp,
  type ChangeQuery,
  type ChangeRecord,
  type ChangeSource,
  checkChangeSet,
  checkRevertable,
  checkUndoable,
  checkVersion,
  edgeFromInput,
  elementJson,
  elementSource,
  listedFirst,
  nodeFromInput,
  numbered,
  patchedEdge,
  patchedNode,
  revertSource,
  toRecord,
  undoOp,
} from '../editing';
import type { StoredNode } from '../types';
import type { IndexedGraph } from './graph';
import * as overlay from './overlay';

const plain = (n: StoredNode): GraphNode => {
  const { degree: _, ...node } = n;
  return node as GraphNode;
};

/** The relationships of a node, each once. */
function edgesOf(g: IndexedGraph, id: string): GraphEdge[] {
  const u = g.numberOf(id);
  const seen = new Set<number>();
  const out: GraphEdge[] = [];
  for (let k = g.rowStart[u] as number; k < (g.rowEnd[u] as number); k++) {
    const step = g.adjEdge[k] as number;
    const e = step < 0 ? ~step : step;
    if (!seen.has(e)) {
      seen.add(e);
      out.push(g.edgeAt(e));
    }
  }
  return out;
}

export class MemoryEditor {
  /** Versions other than 1, deleted elements included (a re-created id goes on counting). */
  private readonly versions: Map<string, number>;

  constructor(
    private readonly graph: () => IndexedGraph,
    readonly workspace: Workspace,
  ) {
    this.versions = workspace.versions();
  }

  versionOf(id: string): number {
    return this.versions.get(id) ?? 1;
  }

  /** The dataset was replaced (`load`): the workspace is seeded with it, every version 1 again. */
  reseed(nodes: GraphNode[], edges: GraphEdge[], from: string): void {
    this.workspace.seed({ nodes, edges }, from);
    this.versions.clear();
  }

  apply(ops: readonly ChangeOp[], given: ChangeSource, user: string): ChangeRecord[] {
    return this.run(ops, checkChangeSet(ops, given), user, null, ops.length > 1);
  }

  revert(id: string, user: string, anyone: boolean): ChangeRecord {
    const row = /^\d{1,15}$/.test(id) ? this.workspace.change(Number(id)) : null;
    if (!row) throw new NotFoundError('change', id);
    checkRevertable(row, id, user, anyone);
    const rows = [row, ...this.workspace.caused(row.id)];
    const g = this.graph();
    for (const r of rows) {
      const node = r.elementKind === 'node' ? g.node(r.elementId) : null;
      const current = node ? plain(node) : r.elementKind === 'edge' ? this.edge(g, r.elementId) : null;
      checkUndoable(r, current ? this.versionOf(r.elementId) : 0, current);
    }
    const ops: AppliedOp[] = [];
    // The node first, then the relationships removed with it.
    for (const r of rows) ops.push(undoOp(r));
    const source = revertSource(row.id);
    const [first] = this.run(ops, source, user, row.id, false);
    return first as ChangeRecord;
  }

  changes(q: ChangeQuery): ChangeRecord[] {
    const first = listedFirst(q);
    return this.workspace
      .changes({ elementId: q.elementId ?? null, user: q.user ?? null, since: q.since ?? null, first })
      .map(toRecord);
  }

  private edge(g: IndexedGraph, id: string): GraphEdge | null {
    const e = overlay.findEdge(g, id);
    return e < 0 ? null : g.edgeAt(e);
  }

  private run(
    ops: readonly AppliedOp[],
    source: ChangeSource & { stated: boolean },
    user: string,
    revertOf: number | null,
    inSet: boolean,
  ): ChangeRecord[] {
    const g = this.graph();
    const undo: (() => void)[] = [];
    const writes: Write[] = [];
    const pending = new Map<string, number>();
    const version = (id: string) => pending.get(id) ?? this.versions.get(id) ?? 1;
    const at = new Date().toISOString();
    const sourceText = JSON.stringify(source);
    const es = elementSource(source);
    let lastNode = -1;
    const write: WriteFn = (kind, action, id, before, after, cascaded = false) => {
      // A deleted element keeps counting: one created again with its id starts past its last version.
      const current = pending.get(id) ?? this.versions.get(id) ?? (before === null ? 0 : 1);
      const stored = current + 1;
      pending.set(id, stored);
      const json = elementJson(after);
      if (kind === 'node') lastNode = writes.length;
      writes.push({
        kind,
        id,
        version: stored,
        json,
        change: {
          at,
          user,
          action,
          before: elementJson(before),
          after: json,
          source: sourceText,
          revertOf,
          ...(cascaded ? { causeIndex: lastNode } : {}),
        },
      });
    };
    try {
      ops.forEach((op, i) => {
        try {
          this.one(g, op, es, version, write, undo);
        } catch (err) {
          throw inSet ? numbered(err, i) : err;
        }
      });
      const ids = this.workspace.commit(writes, revertOf);
      for (const [id, v] of pending) this.versions.set(id, v);
      return writes.map((w, i) =>
        toRecord({
          id: ids[i] as number,
          at,
          user,
          action: w.change.action,
          elementId: w.id,
          elementKind: w.kind,
          before: w.change.before,
          after: w.change.after,
          version: w.version,
          source: sourceText,
          reverted: false,
          revertOf,
          cause: w.change.causeIndex === undefined ? null : (ids[w.change.causeIndex] ?? null),
        }),
      );
    } catch (err) {
      for (const u of undo.reverse()) u();
      throw err;
    }
  }

  private one(
    g: IndexedGraph,
    op: AppliedOp,
    source: Source,
    version: (id: string) => number,
    write: WriteFn,
    undo: (() => void)[],
  ): void {
    switch (op.action) {
      case 'CREATE_NODE':
      case 'RESTORE_NODE': {
        const node = op.action === 'CREATE_NODE' ? nodeFromInput(op.node, source) : op.node;
        const id = String(node.id);
        const before = g.node(id);
        if (before && op.action === 'CREATE_NODE')
          throw new InvalidInputError(`${id} field \`id\`: a node with this id exists already`, 'node.id');
        const after = overlay.upsertNode(g, node);
        undo.push(before ? () => overlay.upsertNode(g, plain(before)) : () => overlay.removeNode(g, id));
        write('node', before ? 'UPDATE_NODE' : 'CREATE_NODE', id, before ? plain(before) : null, plain(after));
        return;
      }
      case 'UPDATE_NODE': {
        const before = g.node(op.id);
        if (!before) throw new NotFoundError('node', op.id);
        checkVersion(op.id, op.version, version(op.id), plain(before));
        const after = overlay.upsertNode(g, patchedNode(plain(before), op.patch, source));
        undo.push(() => overlay.upsertNode(g, plain(before)));
        write('node', 'UPDATE_NODE', op.id, plain(before), plain(after));
        return;
      }
      case 'DELETE_NODE':
      case 'REMOVE_NODE': {
        const before = g.node(op.id);
        if (!before) throw new NotFoundError('node', op.id);
        if (op.action === 'DELETE_NODE') checkVersion(op.id, op.version, version(op.id), plain(before));
        const edges = edgesOf(g, op.id);
        overlay.removeNode(g, op.id);
        undo.push(() => {
          overlay.upsertNode(g, plain(before));
          for (const e of edges) overlay.addEdge(g, e);
        });
        write('node', 'DELETE_NODE', op.id, plain(before), null);
        // The relationships removed with it: audit entries caused by the node's.
        for (const e of edges) write('edge', 'DELETE_EDGE', e.id, e, null, true);
        return;
      }
      case 'CREATE_EDGE': {
        const after = overlay.addEdge(g, edgeFromInput(op.edge, source));
        undo.push(() => overlay.removeEdge(g, after.id));
        write('edge', 'CREATE_EDGE', after.id, null, after);
        return;
      }
      case 'UPDATE_EDGE':
      case 'RESTORE_EDGE': {
        // An update, or a revert putting back a relationship that was deleted or updated since.
        const id = op.action === 'UPDATE_EDGE' ? op.id : op.edge.id;
        const before = this.edge(g, id);
        if (op.action === 'UPDATE_EDGE') {
          if (!before) throw new NotFoundError('relationship', op.id);
          checkVersion(op.id, op.version, version(op.id), before);
        }
        const wanted = op.action === 'UPDATE_EDGE' ? patchedEdge(before as GraphEdge, op.patch, source) : op.edge;
        if (before) overlay.removeEdge(g, id);
        let after: GraphEdge;
        try {
          after = overlay.addEdge(g, wanted);
        } catch (err) {
          if (before) overlay.addEdge(g, before);
          throw err;
        }
        undo.push(() => {
          overlay.removeEdge(g, after.id);
          if (before) overlay.addEdge(g, before);
        });
        write('edge', before ? 'UPDATE_EDGE' : 'CREATE_EDGE', after.id, before, after);
        return;
      }
      case 'DELETE_EDGE':
      case 'REMOVE_EDGE': {
        const before = this.edge(g, op.id);
        if (!before) throw new NotFoundError('relationship', op.id);
        if (op.action === 'DELETE_EDGE') checkVersion(op.id, op.version, version(op.id), before);
        overlay.removeEdge(g, op.id);
        undo.push(() => overlay.addEdge(g, before));
        write('edge', 'DELETE_EDGE', op.id, before, null);
        return;
      }
    }
  }
}

type WriteFn = (
  kind: 'node' | 'edge',
  action: string,
  id: string,
  before: object | null,
  after: object | null,
  cascaded?: boolean,
) => void;
