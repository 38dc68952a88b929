/**
 * Validation on the good path, element by element as a file is read: the allocation-free checks
 * of accept.ts (zod for an element they are unsure of), then the graph rules validate.ts states
 * (unique ids, id prefixes, existing ends, allowed end kinds, no loops, one edge per triple),
 * worked out on numbers. It never reports a problem: at the first doubt it gives up (`failed`)
 * and the caller runs `validateDataset`, whose issues (and messages) are the only ones shown.
 */
import {
  EdgeSchema,
  edgeId,
  type GraphNode,
  ID_PREFIX,
  NODE_KINDS,
  NodeSchema,
  REL_ENDPOINTS,
  REL_TYPES,
} from '../domain/model';
import { acceptEdge, acceptNode, isDerivedId } from './accept';
import { type AckIndex, detachEdgeAcks, detachNodeAcks } from './lint/acks';
import type { DatasetSink } from './sink';

const TYPE_INDEX = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));
const KIND_INDEX = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const mask = (kinds: readonly string[] | null) =>
  kinds ? kinds.reduce((m, k) => m | (1 << (KIND_INDEX.get(k) as number)), 0) : -1;
const FROM = REL_TYPES.map((t) => mask(REL_ENDPOINTS[t].from));
const TO = REL_TYPES.map((t) => mask(REL_ENDPOINTS[t].to));

export class FastValidator<T> {
  failed = false;
  /** Whether the last element passed the allocation-free checks (its key count is then known). */
  fast = false;
  private readonly nodeList: GraphNode[] = [];
  private readonly index = new Map<string, number>();
  private kinds = new Uint8Array(1024);
  private triples = new Float64Array(1024);
  private edgeCount = 0;
  private readonly customIds = new Set<string>();
  private nodesSent = false;
  private readonly acks: AckIndex = new Map();
  private homeZoneId: unknown;

  constructor(private readonly sink: DatasetSink<T>) {}

  meta(meta: unknown): void {
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) this.failed = true;
    else {
      this.homeZoneId = (meta as Record<string, unknown>).homeZoneId;
      this.sink.meta(meta as Record<string, unknown>);
    }
  }

  node(raw: unknown): void {
    this.fast = false;
    if (!this.failed && !this.takeNode(raw)) this.failed = true;
  }

  edge(raw: unknown): void {
    this.fast = false;
    if (!this.failed && !this.takeEdge(raw)) this.failed = true;
  }

  private takeNode(raw: unknown): boolean {
    if (this.nodesSent) return false;
    let node = acceptNode(raw);
    this.fast = node !== null;
    if (!node) {
      const parsed = NodeSchema.safeParse(raw);
      if (!parsed.success || !parsed.data.id.startsWith(`${ID_PREFIX[parsed.data.kind]}:`)) return false;
      node = parsed.data;
    }
    if (this.index.has(node.id) || !uniqueIndicatorKeys(node)) return false;
    detachNodeAcks(this.acks, node);
    const i = this.nodeList.length;
    this.index.set(node.id, i);
    if (i >= this.kinds.length) this.kinds = grow(this.kinds);
    this.kinds[i] = KIND_INDEX.get(node.kind) as number;
    this.nodeList.push(node);
    return true;
  }

  private takeEdge(raw: unknown): boolean {
    this.sendNodes();
    let edge = acceptEdge(raw);
    this.fast = edge !== null;
    if (!edge) {
      const parsed = EdgeSchema.safeParse(raw);
      if (!parsed.success) return false;
      edge = { ...parsed.data, id: parsed.data.id ?? edgeId(parsed.data) };
    }
    const s = this.index.get(edge.source);
    const t = this.index.get(edge.target);
    const type = TYPE_INDEX.get(edge.type) as number;
    if (s === undefined || t === undefined || s === t) return false;
    if (((1 << (this.kinds[s] as number)) & (FROM[type] as number)) === 0) return false;
    if (((1 << (this.kinds[t] as number)) & (TO[type] as number)) === 0) return false;
    if (!isDerivedId(edge)) {
      if (this.customIds.has(edge.id)) return false;
      this.customIds.add(edge.id);
    }
    if (this.edgeCount >= this.triples.length) this.triples = grow(this.triples);
    // (source, type, target) as one number, exact below 2^53 for any graph that fits in memory.
    this.triples[this.edgeCount++] = (s * REL_TYPES.length + type) * this.nodeList.length + t;
    detachEdgeAcks(this.acks, edge);
    this.sink.edge(edge, s, t);
    return true;
  }

  /** The sink's result, or null when anything was doubtful (then ask `validateDataset`). */
  finish(): T | null {
    if (this.failed) return null;
    this.sendNodes();
    // The home zone must be a zone of the file (validateDataset says why when it is not).
    if (this.homeZoneId !== undefined) {
      const at = typeof this.homeZoneId === 'string' ? this.index.get(this.homeZoneId) : undefined;
      if (at === undefined || this.kinds[at] !== KIND_INDEX.get('ZONE')) return null;
    }
    const triples = this.triples.subarray(0, this.edgeCount).sort();
    for (let i = 1; i < triples.length; i++) if (triples[i] === triples[i - 1]) return null;
    // A custom id that reads as another edge's derived id repeats that id: leave it to the full check.
    for (const id of this.customIds) if (/-\[[A-Z_]+\]->/.test(id)) return null;
    if (this.acks.size > 0) this.sink.lintAcks(this.acks);
    return this.sink.finish();
  }

  private sendNodes(): void {
    if (this.nodesSent) return;
    this.nodesSent = true;
    this.sink.nodes(this.nodeList);
  }
}

function uniqueIndicatorKeys(node: GraphNode): boolean {
  if (!('indicators' in node) || node.indicators.length < 2) return true;
  const keys = new Set<string>();
  for (const i of node.indicators) {
    if (keys.has(i.key)) return false;
    keys.add(i.key);
  }
  return true;
}

function grow<A extends Uint8Array | Float64Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

/** `FastValidator` over parsed data (any layout, YAML too): the sink's result, or null to ask `validateDataset`. */
export function validateFast<T>(data: unknown, sink: DatasetSink<T>): T | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { meta, nodes, edges, ...rest } = data as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !Array.isArray(nodes) || !Array.isArray(edges)) return null;
  const validator = new FastValidator(sink);
  if (meta !== undefined) validator.meta(meta);
  for (const node of nodes) validator.node(node);
  for (const edge of edges) validator.edge(edge);
  return validator.finish();
}
