/**
 * The change set that turns the graph as it is into what an import made of it: nodes and
 * relationships added, changed (field by field, before → after) and removed, and the operations
 * applyChangeSet takes for them (ChangeInput's shape, with the versions read now, in the order
 * they apply: deletions, then nodes, then relationships; a relationship whose status alone changes
 * is updated, one whose sources change too is deleted and made again). What a change set cannot carry
 * (lint acknowledgements, a relationship id of its own) is a problem of the element's
 * row, and the element is left out of the set, with the relationships that need it.
 */
import { EDGE_COLUMNS, NODE_COLUMNS } from '../dataset/formats';
import { edgeId, type GraphEdge, type GraphNode, type Source } from '../domain/model';
import { checkSource } from '../store/editing';

export interface Origin {
  file: string;
  line: number;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

interface Entry {
  id: string;
  file: string | null;
  line: number | null;
  fields: FieldChange[];
}
export type NodeEntry = Entry & { kind: GraphNode['kind']; name: string };
export type EdgeEntry = Entry &
  Pick<GraphEdge, 'type' | 'source' | 'target' | 'status'> & {
    sourceName: string;
    targetName: string;
  };

export interface RowProblem {
  file: string;
  line: number | null;
  field: string | null;
  elementId: string | null;
  message: string;
}

/** One change as GraphQL's ChangeInput holds it (sources as SourceInput). */
export type ChangeJson = Record<string, unknown> & { action: string };

export interface ChangeSetDiff {
  addedNodes: NodeEntry[];
  changedNodes: NodeEntry[];
  removedNodes: NodeEntry[];
  addedEdges: EdgeEntry[];
  changedEdges: EdgeEntry[];
  removedEdges: EdgeEntry[];
  changes: ChangeJson[];
  problems: RowProblem[];
}

export interface DiffInput {
  base: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] };
  merged: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] };
  /** The row an element of the import comes from. */
  origin: (id: string) => Origin | null;
  /** The file a problem of no row is reported against. */
  file: string;
  version: (element: { id: string; source?: string; target?: string }) => number | Promise<number>;
  /** The lint acknowledgements the import read (`id` or `nodeId#indicatorKey`): a change set has no field for them. */
  acks?: ReadonlyMap<string, unknown>;
}

/** What NodePatch (and NodeInput, with id and kind) can set: a node's dataset columns but its id and kind. */
const NODE_FIELDS: readonly string[] = NODE_COLUMNS.filter((c) => c !== 'id' && c !== 'kind');
const EDGE_FIELDS: readonly string[] = EDGE_COLUMNS.filter((c) => c !== 'id');
const CLI = '(the command line can: `npm run cli -- import`) 请用命令行导入';

/** A change set with nothing in it. */
export function emptyDiff(): ChangeSetDiff {
  return {
    addedNodes: [],
    changedNodes: [],
    removedNodes: [],
    addedEdges: [],
    changedEdges: [],
    removedEdges: [],
    changes: [],
    problems: [],
  };
}

export async function diffDatasets(input: DiffInput): Promise<ChangeSetDiff> {
  const { base, merged, origin } = input;
  const out = emptyDiff();
  const deletions: ChangeJson[] = [];
  const nodeDeletions: ChangeJson[] = [];
  const creations: ChangeJson[] = [];
  const updates: ChangeJson[] = [];
  const edgeCreations: ChangeJson[] = [];
  const baseNodes = new Map(base.nodes.map((n) => [n.id, n]));
  const mergedNodes = new Map(merged.nodes.map((n) => [n.id, n]));
  const nameOf = (id: string) => (mergedNodes.get(id) ?? baseNodes.get(id))?.name ?? id;
  const at = (id: string) => {
    const o = origin(id);
    return { file: o?.file ?? null, line: o?.line ?? null };
  };
  const problem = (id: string, field: string | null, message: string) => {
    const o = origin(id);
    out.problems.push({ file: o?.file ?? input.file, line: o?.line ?? null, field, elementId: id, message });
  };
  /** Nodes the set cannot create: the relationships that need them are left out too. */
  const leftOut = new Set<string>();
  const acked = new Set([...(input.acks?.keys() ?? [])].map((key) => key.split('#')[0] as string));

  for (const node of merged.nodes) {
    const before = baseNodes.get(node.id);
    const entry: NodeEntry = { id: node.id, kind: node.kind, name: node.name, ...at(node.id), fields: [] };
    const fields = changedFields(before ?? {}, node);
    if (before && fields.length === 0) continue;
    const unsupported = fields.filter((f) => !NODE_FIELDS.includes(f) && !(before === undefined && f === 'kind'));
    if (acked.has(node.id)) unsupported.push('lint');
    const badSource = sourceProblem([...node.sources, ...indicatorsOf(node).flatMap((i) => i.sources)]);
    for (const f of unsupported)
      problem(
        node.id,
        f,
        f === 'kind'
          ? `节点类型不能修改 / a node's kind cannot change (${before?.kind} → ${node.kind}): delete it and create another`
          : f === 'lint'
            ? `检查确认（lint）不能上传 / lint acknowledgements cannot be uploaded ${CLI}`
            : `上传不能设置 \`${f}\` / \`${f}\` cannot be set by an upload in the explorer ${CLI}`,
      );
    if (badSource) problem(node.id, 'sources', badSource);
    if (unsupported.length > 0 || badSource) {
      if (!before) leftOut.add(node.id);
      continue;
    }
    if (!before) {
      out.addedNodes.push(entry);
      creations.push({ action: 'CREATE_NODE', node: nodeInput(node) });
      continue;
    }
    entry.fields = fields.map((f) => fieldChange(f, before, node));
    out.changedNodes.push(entry);
    const patch = Object.fromEntries(fields.map((f) => [f, patchValue(f, node)]));
    updates.push({ action: 'UPDATE_NODE', id: node.id, version: await input.version(node), patch });
  }
  for (const node of base.nodes) {
    if (mergedNodes.has(node.id)) continue;
    out.removedNodes.push({ id: node.id, kind: node.kind, name: node.name, file: null, line: null, fields: [] });
    nodeDeletions.push({ action: 'DELETE_NODE', id: node.id, version: await input.version(node) });
  }

  const baseEdges = new Map(base.edges.map((e) => [e.id, e]));
  const mergedEdges = new Set(merged.edges.map((e) => e.id));
  const edgeEntry = (e: GraphEdge, fields: FieldChange[] = []): EdgeEntry => ({
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    status: e.status,
    sourceName: nameOf(e.source),
    targetName: nameOf(e.target),
    ...at(e.id),
    fields,
  });
  for (const edge of merged.edges) {
    const before = baseEdges.get(edge.id);
    const fields = changedFields(before ?? {}, edge);
    if (before && fields.length === 0) continue;
    const unsupported = fields.filter((f) => f !== 'id' && !EDGE_FIELDS.includes(f));
    if (acked.has(edge.id)) unsupported.push('lint');
    const end = [edge.source, edge.target].find((id) => leftOut.has(id));
    const badSource = sourceProblem(edge.sources);
    for (const f of unsupported)
      problem(
        edge.id,
        f,
        f === 'lint'
          ? `检查确认（lint）不能上传 / lint acknowledgements cannot be uploaded ${CLI}`
          : `上传不能设置 \`${f}\` / \`${f}\` cannot be set by an upload in the explorer ${CLI}`,
      );
    if (edge.id !== edgeId(edge))
      problem(
        edge.id,
        'id',
        `关系标识由类型和两端生成 / a relationship's id is made from its type and ends (${edgeId(edge)}) ${CLI}`,
      );
    if (badSource) problem(edge.id, 'sources', badSource);
    if (end)
      problem(
        edge.id,
        end === edge.source ? 'source' : 'target',
        `一端 ${end} 未导入 / its end ${end} is left out of the set`,
      );
    if (unsupported.length > 0 || edge.id !== edgeId(edge) || badSource || end) continue;
    const create = { action: 'CREATE_EDGE', edge: edgeInput(edge) };
    if (!before) {
      out.addedEdges.push(edgeEntry(edge));
      edgeCreations.push(create);
      continue;
    }
    out.changedEdges.push(
      edgeEntry(
        edge,
        fields.map((f) => fieldChange(f, before, edge)),
      ),
    );
    const version = await input.version(before);
    // Its status is what an update changes; with other sources it is deleted and made again, in the same set.
    if (fields.length === 1 && fields[0] === 'status')
      edgeCreations.push({ action: 'UPDATE_EDGE', id: edge.id, version, edgePatch: { status: edge.status } });
    else {
      deletions.push({ action: 'DELETE_EDGE', id: edge.id, version });
      edgeCreations.push(create);
    }
  }
  const removedNode = new Set(out.removedNodes.map((n) => n.id));
  for (const edge of base.edges) {
    if (mergedEdges.has(edge.id)) continue;
    out.removedEdges.push(edgeEntry(edge));
    // Deleting a node deletes its relationships with it.
    if (!removedNode.has(edge.source) && !removedNode.has(edge.target))
      deletions.push({ action: 'DELETE_EDGE', id: edge.id, version: await input.version(edge) });
  }
  out.changes = [...deletions, ...nodeDeletions, ...creations, ...updates, ...edgeCreations];
  return out;
}

/** The fields whose values differ (an absent list and an empty one are the same). */
function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('id');
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...keys].filter((k) => comparable(b[k]) !== comparable(a[k]));
}

const comparable = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0) ? null : JSON.stringify(v);

/** A patch's value: null clears an optional field the import left out. */
function patchValue(field: string, node: GraphNode): unknown {
  const v = (node as Record<string, unknown>)[field];
  if (field === 'sources') return node.sources.map(sourceInput);
  if (field === 'indicators') return indicatorsOf(node).map(indicatorInput);
  return v === undefined ? null : v;
}

function nodeInput(node: GraphNode): Record<string, unknown> {
  const out: Record<string, unknown> = { id: node.id, kind: node.kind };
  for (const f of NODE_FIELDS) if ((node as Record<string, unknown>)[f] !== undefined) out[f] = patchValue(f, node);
  return out;
}

function edgeInput(edge: GraphEdge): Record<string, unknown> {
  return {
    type: edge.type,
    source: edge.source,
    target: edge.target,
    status: edge.status,
    sources: edge.sources.map(sourceInput),
  };
}

type Indicator = NonNullable<Extract<GraphNode, { kind: 'CLUSTER' }>['indicators']>[number];

const indicatorsOf = (node: GraphNode): Indicator[] => ('indicators' in node ? (node.indicators ?? []) : []);

/** A figure as IndicatorInput takes it (lint acknowledgements are not on it: the validator keeps them apart). */
const indicatorInput = ({ sources, ...rest }: Indicator) => ({ ...rest, sources: sources.map(sourceInput) });

const sourceInput = (s: Source) => ({
  quote: s.quote,
  section: s.section,
  stated: s.stated,
  ...(s.note ? { note: s.note } : {}),
});

/** Why applyChangeSet would refuse one of these sources (a quote past its length, say), or null. */
function sourceProblem(sources: readonly Source[]): string | null {
  for (const [i, s] of sources.entries()) {
    try {
      checkSource(sourceInput(s));
    } catch (err) {
      return `source ${i + 1}: ${(err as Error).message}`;
    }
  }
  return null;
}

function fieldChange(field: string, before: object, after: object): FieldChange {
  const b = (before as Record<string, unknown>)[field];
  const a = (after as Record<string, unknown>)[field];
  if (field === 'sources') {
    const was = (b as Source[] | undefined) ?? [];
    const now = (a as Source[] | undefined) ?? [];
    const key = (s: Source) => JSON.stringify([s.quote, s.section]);
    const had = new Set(was.map(key));
    const added = now.filter((s) => !had.has(key(s))).map((s) => `+ ${s.quote}（${s.section}）`);
    return {
      field,
      before: `${was.length} 条来源 sources`,
      after: [`${now.length} 条来源 sources`, ...added].join('\n'),
    };
  }
  if (field === 'indicators') {
    const was = (b as Indicator[] | undefined) ?? [];
    const now = (a as Indicator[] | undefined) ?? [];
    const had = new Set(was.map((i) => JSON.stringify(i)));
    const figure = (i: Indicator) =>
      `${i.name} ${i.value}${i.valueMax === undefined ? '' : `–${i.valueMax}`}${i.unit}（${i.period}）`;
    const changed = now.filter((i) => !had.has(JSON.stringify(i))).map((i) => `+ ${figure(i)}`);
    const gone = was.filter((i) => !now.some((n) => n.key === i.key)).map((i) => `− ${figure(i)}`);
    return {
      field,
      before: `${was.length} 项指标 figures`,
      after: [`${now.length} 项指标 figures`, ...changed, ...gone].join('\n'),
    };
  }
  return { field, before: shown(b), after: shown(a) };
}

function shown(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.length === 0 ? null : v.join(' | ');
  return JSON.stringify(v);
}
