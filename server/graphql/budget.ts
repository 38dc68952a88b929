/**
 * The response budget: an operation whose estimated answer (response-size.ts) is over
 * MAX_RESPONSE_MB is refused before it runs, with BAD_USER_INPUT naming the largest fields and
 * the estimate. The graph's sizes come from `overview()`, kept per cache token (one read per
 * version of the data); the data-sized root fields are asked of the request's store, which then
 * hands the resolvers the same answers.
 */
import { type FieldNode, type GraphQLObjectType, type GraphQLSchema, getArgumentValues } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { GraphStore, Overview } from '../store/types';
import { RefusedError } from './errors';
import { MEASURED_FIELDS, type PreparedOperation } from './operations';
import { betweenArgs, gapsArgs, supplyChainArgs } from './resolvers';
import { estimateResponse, type GraphSizes, type Measured, type SizeEstimate } from './response-size';

export class GraphSizeCache {
  private kept: { token: string | null; at: number; sizes: Promise<GraphSizes> } | undefined;

  /** Without a token (a store that cannot tell when it changes) the sizes are kept for a minute. */
  sizes(store: GraphStore, token: string | null): Promise<GraphSizes> {
    const now = Date.now();
    const fresh = this.kept && (token !== null ? this.kept.token === token : now - this.kept.at < 60_000);
    if (!this.kept || !fresh) {
      // A store that counts cheaply (the memory store) is asked for the counts alone.
      const counted = store as GraphStore & { counts?: () => Promise<Omit<Overview, 'indicators'>> };
      const sizes = (counted.counts ? counted.counts() : store.overview()).then((o) => ({
        nodes: o.nodeCount,
        edges: o.edgeCount,
        nodesByKind: Object.fromEntries(o.nodesByKind.map((k) => [k.kind, k.count])),
        edgesByType: Object.fromEntries(o.edgesByType.map((t) => [t.type, t.count])),
      }));
      // A failed read (the store is down) is not kept: the next request asks again.
      sizes.catch(() => {
        if (this.kept?.sizes === sizes) this.kept = undefined;
      });
      this.kept = { token, at: now, sizes };
    }
    return this.kept.sizes;
  }
}

/** Asks the store for the root fields only the data can size; a refusal there is execution's to report. */
export async function measureRoots(
  schema: GraphQLSchema,
  prepared: Pick<PreparedOperation, 'operation' | 'fragments'>,
  variables: Record<string, unknown>,
  store: GraphStore,
): Promise<Measured> {
  const query = schema.getQueryType() as GraphQLObjectType;
  const measured = new Map<string, { nodes: number; edges: number } | { count: number }>();
  const asks: Promise<void>[] = [];
  for (const [key, nodes] of collectFields(
    schema,
    prepared.fragments,
    variables,
    query,
    prepared.operation.selectionSet,
  )) {
    const node = nodes[0] as FieldNode;
    if (!MEASURED_FIELDS.has(node.name.value)) continue;
    const def = query.getFields()[node.name.value];
    if (!def) continue;
    const args = getArgumentValues(def, node, variables);
    const subgraph = (s: { nodes: unknown[]; edges: unknown[] }) => ({ nodes: s.nodes.length, edges: s.edges.length });
    const ask =
      node.name.value === 'gaps'
        ? store.gaps(gapsArgs(args)).then((g) => ({ count: g.length }))
        : node.name.value === 'between'
          ? store.between(args.ids as string[], betweenArgs(args)).then(subgraph)
          : store.supplyChain(String(args.productId), supplyChainArgs(args)).then(subgraph);
    asks.push(
      ask.then(
        (size) => void measured.set(key, size),
        () => undefined,
      ),
    );
  }
  await Promise.all(asks);
  return measured;
}

export interface BudgetLimits {
  /** Answers estimated over this are refused. */
  maxBytes: number;
  /** Answers estimated over this count against the concurrency caps (admission.ts). */
  expensiveBytes: number;
}

const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** The refusal for an estimate over the budget, or null. */
export function overBudget(estimate: SizeEstimate, limits: BudgetLimits): RefusedError | null {
  if (estimate.bytes <= limits.maxBytes) return null;
  const largest = estimate.fields.slice(0, 3);
  const named = largest
    .map((f) => `\`${f.key === f.field ? f.key : `${f.key}: ${f.field}`}\` ≈ ${mb(f.bytes)}`)
    .join(', ');
  return new RefusedError(
    `预计回答约 ${mb(estimate.bytes)}，超过上限 ${mb(limits.maxBytes)}（MAX_RESPONSE_MB）：${named}。请减少字段、加过滤条件或降低 limit/first. ` +
      `The answer would be about ${mb(estimate.bytes)}, over the response budget of ${mb(limits.maxBytes)} ` +
      `(MAX_RESPONSE_MB); largest: ${named}. Ask for fewer fields, filter, or lower limit/first.`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        field: largest[0]?.key,
        ...(largest[0]?.nodes !== undefined ? { estimatedNodes: largest[0].nodes } : {}),
        estimatedBytes: estimate.bytes,
        budgetBytes: limits.maxBytes,
        http: { status: 400 },
      },
    },
  );
}

/** Estimates kept per prepared operation: the same variables on the same data estimate the same. */
const KEPT_ESTIMATES = 32;

/**
 * The estimate for one request: the graph's sizes and the measured roots, then the walk. With
 * `memo` (the data version and the variables, as text) a repeat is looked up, not walked again.
 */
export async function estimateFor(
  schema: GraphQLSchema,
  prepared: Pick<PreparedOperation, 'operation' | 'fragments' | 'measures'> &
    Partial<Pick<PreparedOperation, 'estimates'>>,
  variables: Record<string, unknown>,
  store: GraphStore,
  sizes: GraphSizes,
  memo?: string,
): Promise<SizeEstimate> {
  const kept = memo === undefined ? undefined : prepared.estimates?.get(memo);
  if (kept) return kept;
  const measured = prepared.measures ? await measureRoots(schema, prepared, variables, store) : undefined;
  const estimate = estimateResponse(schema, prepared.operation, prepared.fragments, variables, sizes, measured);
  if (memo !== undefined && prepared.estimates) {
    if (prepared.estimates.size >= KEPT_ESTIMATES)
      prepared.estimates.delete(prepared.estimates.keys().next().value as string);
    prepared.estimates.set(memo, estimate);
  }
  return estimate;
}
