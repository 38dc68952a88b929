/**
 * Chain gaps relative to the home zone (缺链 / 断链 / 弱链), shared by both stores.
 *
 * The chain in question is a set of root products — the home chain (a local enterprise makes
 * it, a local cluster focuses on it, or it is PLANNED), or the part of it a cluster makes or
 * focuses on, or one product asked about — and their inputs up to `tiers` INPUT_TO levels up.
 * For each such input, its dependents are the roots it reaches within `tiers` levels:
 *
 * ABSENT           no producer anywhere in the graph (断链)
 * MISSING_LOCALLY  no local producer, at least one outside (缺链: whom to attract)
 * SINGLE_LOCAL     exactly one local producer (弱链)
 * UNFILLED_TARGET  a PLANNED product of the chain nobody produces (as the `gaps` report says)
 *
 * Severity comes from what depends on it: HIGH when an input without a local maker feeds
 * existing local production (an EXISTING local enterprise making a dependent), MEDIUM when it
 * feeds only planned or focused-on products; a single local maker is one step lower (MEDIUM,
 * LOW); an unfilled target is HIGH when the chain's products depend on it, MEDIUM otherwise.
 * Order: severity, then kind (as listed), then the product's id.
 */
import type { Severity } from '../../../domain/enums';
import { compareStrings } from '../order';
import type { ChainIndex } from './facts';
import type { Locality } from './locality';

export const CHAIN_GAP_KINDS = ['MISSING_LOCALLY', 'ABSENT', 'SINGLE_LOCAL', 'UNFILLED_TARGET'] as const;
export type ChainGapKind = (typeof CHAIN_GAP_KINDS)[number];

export interface ChainScope {
  clusterId: string | null;
  productId: string | null;
  tiers: number;
}

export interface ChainGapSkeleton {
  id: string;
  kind: ChainGapKind;
  severity: Severity;
  productId: string;
  dependents: string[];
  localProducers: string[];
  externalProducers: string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** The products a cluster makes (through its members) or focuses on. */
export function clusterProducts(index: ChainIndex, clusterId: string): string[] {
  let kept = index.memo.get(clusterId);
  if (!kept) {
    kept = workOutClusterProducts(index, clusterId);
    index.memo.set(clusterId, kept);
  }
  return kept;
}

function workOutClusterProducts(index: ChainIndex, clusterId: string): string[] {
  const out = new Set(index.focusOf.get(clusterId) ?? []);
  for (const m of index.membersOf.get(clusterId) ?? [])
    for (const p of index.productsOf.get(m) ?? []) out.add(p.product);
  return [...out].sort(compareStrings);
}

/** The roots of the chain in question, by id. */
export function chainRoots(loc: Locality, scope: Pick<ChainScope, 'clusterId' | 'productId'>): string[] {
  const { index } = loc;
  if (scope.productId) {
    if (scope.clusterId && !clusterProducts(index, scope.clusterId).includes(scope.productId)) return [];
    return [scope.productId];
  }
  const candidates = scope.clusterId ? clusterProducts(index, scope.clusterId) : index.productIds;
  return candidates.filter((p) => loc.inHomeChain(p));
}

/** Every input within `tiers` levels up of the roots, with the roots it reaches (input → dependents). */
export function upstreamOf(index: ChainIndex, roots: readonly string[], tiers: number): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const root of roots) {
    const seen = new Set([root]);
    let frontier = [root];
    for (let d = 1; d <= tiers && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const p of frontier)
        for (const { other } of index.inputsOf.get(p) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          next.push(other);
          const list = dependents.get(other);
          if (list) list.push(root);
          else dependents.set(other, [root]);
        }
      frontier = next;
    }
  }
  for (const list of dependents.values()) list.sort(compareStrings);
  return dependents;
}

export function computeChainGaps(loc: Locality, scope: ChainScope): ChainGapSkeleton[] {
  const { index } = loc;
  const roots = chainRoots(loc, scope);
  const dependents = upstreamOf(index, roots, scope.tiers);
  const gaps: ChainGapSkeleton[] = [];
  for (const [input, deps] of dependents) {
    const gap = inputGap(loc, input, deps);
    if (gap) gaps.push(gap);
  }
  const inChain = new Set([...roots, ...dependents.keys()]);
  for (const p of inChain) {
    const product = index.product.get(p);
    if (product?.status !== 'PLANNED' || (index.producersOf.get(p)?.length ?? 0) > 0) continue;
    const deps = dependents.get(p) ?? [];
    gaps.push({
      id: `UNFILLED_TARGET:${p}`,
      kind: 'UNFILLED_TARGET',
      severity: deps.length > 0 ? 'HIGH' : 'MEDIUM',
      productId: p,
      dependents: deps,
      localProducers: [],
      externalProducers: [],
    });
  }
  return sortGaps(gaps);
}

/** The gap an input of the chain is, with the roots it feeds (`deps`), or null. */
export function inputGap(loc: Locality, input: string, deps: string[]): ChainGapSkeleton | null {
  if (!loc.index.product.has(input)) return null;
  const local = loc.localProducers(input);
  if (local.length > 1) return null;
  const external = loc.externalProducers(input);
  const kind: ChainGapKind = local.length === 1 ? 'SINGLE_LOCAL' : external.length > 0 ? 'MISSING_LOCALLY' : 'ABSENT';
  const feedsProduction = deps.some((d) => loc.madeHereNow(d));
  const severity: Severity =
    kind === 'SINGLE_LOCAL' ? (feedsProduction ? 'MEDIUM' : 'LOW') : feedsProduction ? 'HIGH' : 'MEDIUM';
  return {
    id: `${kind}:${input}`,
    kind,
    severity,
    productId: input,
    dependents: deps,
    localProducers: local,
    externalProducers: external,
  };
}

/** Severity, then kind, then the product's id. */
export function sortGaps(gaps: ChainGapSkeleton[]): ChainGapSkeleton[] {
  return gaps.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      CHAIN_GAP_KINDS.indexOf(a.kind) - CHAIN_GAP_KINDS.indexOf(b.kind) ||
      compareStrings(a.productId, b.productId),
  );
}
