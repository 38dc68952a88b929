/**
 * Validation of a parsed dataset: the zod schema per element, then the graph rules no schema
 * can say (unique ids, edge ends that exist, endpoint kinds, one edge per triple). It collects
 * every problem rather than stopping at the first, so a user fixes a file in one pass.
 */
import type { z } from 'zod';
import type { DatasetIssue } from '../domain/errors';
import {
  type Dataset,
  DatasetSchema,
  EdgeSchema,
  edgeId,
  type GraphEdge,
  type GraphNode,
  ID_PREFIX,
  NODE_KINDS,
  NodeSchema,
  REL_ENDPOINTS,
} from '../domain/model';
import { type AckIndex, detachEdgeAcks, detachNodeAcks } from './lint/acks';
import type { Locate } from './parse';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

const MAX_ISSUES = 200;

export function validateDataset(data: unknown, locate: Locate = () => undefined): ValidationResult {
  const issues: DatasetIssue[] = [];
  const top = DatasetSchema.safeParse(data);
  if (!top.success) {
    for (const i of top.error.issues) {
      issues.push({
        at: 'file',
        field: i.path.join('.'),
        message: i.message,
        line: locate(i.path as (string | number)[]),
      });
    }
    return { ok: false, issues };
  }
  const nodes: GraphNode[] = [];
  const byId = new Map<string, GraphNode>();
  const acks: AckIndex = new Map();
  top.data.nodes.forEach((raw, index) => {
    const at = `nodes[${index}]`;
    const id = idOf(raw);
    const parsed = NodeSchema.safeParse(raw);
    if (!parsed.success) {
      pushZodIssues(issues, parsed.error, at, id, ['nodes', index], locate, raw);
      return;
    }
    const node = parsed.data;
    const line = () => locate(['nodes', index]);
    if (!node.id.startsWith(`${ID_PREFIX[node.kind]}:`)) {
      issues.push({
        at,
        elementId: node.id,
        field: 'id',
        line: line(),
        message: `id of a ${node.kind} must start with \`${ID_PREFIX[node.kind]}:\``,
      });
    }
    if (byId.has(node.id)) {
      issues.push({ at, elementId: node.id, field: 'id', line: line(), message: 'duplicate node id' });
      return;
    }
    if ('indicators' in node) {
      const keys = new Set<string>();
      node.indicators.forEach((ind, k) => {
        if (keys.has(ind.key)) {
          issues.push({
            at,
            elementId: node.id,
            field: `indicators.${k}.key`,
            line: locate(['nodes', index, 'indicators', k]),
            message: `duplicate indicator key \`${ind.key}\``,
          });
        }
        keys.add(ind.key);
      });
    }
    detachNodeAcks(acks, node);
    byId.set(node.id, node);
    nodes.push(node);
  });

  const edges: GraphEdge[] = [];
  const edgeIds = new Set<string>();
  const triples = new Set<string>();
  top.data.edges.forEach((raw, index) => {
    const at = `edges[${index}]`;
    const parsed = EdgeSchema.safeParse(raw);
    if (!parsed.success) {
      pushZodIssues(issues, parsed.error, at, idOf(raw), ['edges', index], locate, raw);
      return;
    }
    const edge: GraphEdge = { ...parsed.data, id: parsed.data.id ?? edgeId(parsed.data) };
    const line = (field?: string) => locate(field ? ['edges', index, field] : ['edges', index]);
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from)
      issues.push({
        at,
        elementId: edge.id,
        field: 'source',
        line: line('source'),
        message: `dangling edge: no node with id \`${edge.source}\``,
      });
    if (!to)
      issues.push({
        at,
        elementId: edge.id,
        field: 'target',
        line: line('target'),
        message: `dangling edge: no node with id \`${edge.target}\``,
      });
    if (edge.source === edge.target)
      issues.push({
        at,
        elementId: edge.id,
        field: 'target',
        line: line(),
        message: 'an edge may not join a node to itself',
      });
    const allowed = REL_ENDPOINTS[edge.type];
    if (from && allowed.from && !allowed.from.includes(from.kind)) {
      issues.push({
        at,
        elementId: edge.id,
        field: 'source',
        line: line('source'),
        message: `${edge.type} cannot start at a ${from.kind} (allowed: ${allowed.from.join(', ')})`,
      });
    }
    if (to && allowed.to && !allowed.to.includes(to.kind)) {
      issues.push({
        at,
        elementId: edge.id,
        field: 'target',
        line: line('target'),
        message: `${edge.type} cannot end at a ${to.kind} (allowed: ${allowed.to.join(', ')})`,
      });
    }
    if (edgeIds.has(edge.id))
      issues.push({ at, elementId: edge.id, field: 'id', line: line(), message: 'duplicate edge id' });
    const triple = `${edge.source}\u0000${edge.type}\u0000${edge.target}`;
    if (triples.has(triple))
      issues.push({
        at,
        elementId: edge.id,
        line: line(),
        message: `a second ${edge.type} edge between the same nodes; merge their sources into one edge`,
      });
    edgeIds.add(edge.id);
    triples.add(triple);
    detachEdgeAcks(acks, edge);
    edges.push(edge);
  });

  const home = homeZoneIssue(top.data.meta, byId);
  if (home) issues.push({ at: 'meta', field: 'homeZoneId', line: locate(['meta', 'homeZoneId']), message: home });

  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  const dataset: Dataset = { nodes, edges };
  if (top.data.meta) dataset.meta = top.data.meta;
  if (acks.size > 0) dataset.lintAcks = acks;
  return { ok: true, dataset };
}

/**
 * `meta.homeZoneId` names the zone local and external are relative to (chainGaps, the panorama):
 * when given it must be the id of a ZONE of the file.
 */
export function homeZoneIssue(
  meta: Record<string, unknown> | undefined,
  byId: { get(id: string): { kind: string } | undefined },
): string | null {
  const home = meta?.homeZoneId;
  if (home === undefined) return null;
  if (typeof home !== 'string') return '`homeZoneId` must be the id of a zone (a string)';
  const node = byId.get(home);
  if (!node) return `\`homeZoneId\` names no node: \`${home}\``;
  if (node.kind !== 'ZONE') return `\`homeZoneId\` must name a ZONE, not a ${node.kind}: \`${home}\``;
  return null;
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  if (raw && typeof raw === 'object' && 'source' in raw && 'type' in raw && 'target' in raw) {
    const { source, type, target } = raw as Record<string, unknown>;
    if (typeof source === 'string' && typeof type === 'string' && typeof target === 'string')
      return `${source}-[${type}]->${target}`;
  }
  return undefined;
}

function pushZodIssues(
  issues: DatasetIssue[],
  error: z.ZodError,
  at: string,
  elementId: string | undefined,
  base: (string | number)[],
  locate: Locate,
  raw: unknown,
): void {
  for (const i of error.issues) {
    const path = i.path as (string | number)[];
    let message = i.message.endsWith('received undefined') ? 'required field is missing' : i.message;
    if (i.code === 'invalid_union' && path.length === 0 && raw && typeof raw === 'object') {
      message = `unknown kind \`${String((raw as { kind?: unknown }).kind)}\` (expected one of ${NODE_KINDS.join(', ')})`;
    }
    const issue: DatasetIssue = { at, message, line: locate([...base, ...path]) };
    if (elementId !== undefined) issue.elementId = elementId;
    if (path.length > 0) issue.field = path.join('.');
    else if (i.code === 'invalid_union') issue.field = 'kind';
    issues.push(issue);
  }
}
