/**
 * The chain panorama (产业链全景图), shared by both stores: the chain's products laid out in
 * 上游 / 中游 / 下游 lanes, each with its local and outside producer counts, its gap and its 链主.
 *
 * Nodes: the roots (as chainGaps takes them) and their inputs up to `tiers` levels up; for one
 * product, also what it feeds up to `tiers` levels down. Past PANORAMA_NODES nodes the nearest
 * to the roots are kept (then by id) and `truncated` is set.
 * Tier: the longest INPUT_TO path within the panorama that ends at the node (0 = nothing in the
 * panorama feeds it). Lane: by tier over the deepest tier T — below T/3 UPSTREAM, above 2T/3
 * DOWNSTREAM, else MIDSTREAM (all MIDSTREAM when T is 0).
 * Gap: the kind of the first chain gap chainGaps gives for the product with the same arguments.
 * 链主 (chainLeader): of the local producers, the one making the most products of the panorama,
 * then the one supplying most enterprises, then by id.
 */
import { compareStrings } from '../order';
import type { ChainIndex } from './facts';
import { type ChainGapKind, type ChainScope, chainRoots, computeChainGaps } from './gaps';
import type { Locality } from './locality';

export const PANORAMA_NODES = 500;
export const LANES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Lane = (typeof LANES)[number];

export interface PanoramaNodeSkeleton {
  productId: string;
  lane: Lane;
  tier: number;
  localProducerCount: number;
  externalProducerCount: number;
  gap: ChainGapKind | null;
  chainLeader: string | null;
}

export interface PanoramaSkeleton {
  nodes: PanoramaNodeSkeleton[];
  truncated: boolean;
}

function walk(index: ChainIndex, roots: string[], tiers: number, up: boolean, distance: Map<string, number>) {
  let frontier = roots;
  for (let d = 1; d <= tiers && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const p of frontier)
      for (const { other } of (up ? index.inputsOf : index.usersOf).get(p) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    frontier = next;
  }
}

/** Longest-path tiers over INPUT_TO among `ids`; nodes on a cycle take one past their placed inputs. */
function tiersOf(index: ChainIndex, ids: string[]): Map<string, number> {
  const inSet = new Set(ids);
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const id of ids)
    for (const u of index.usersOf.get(id) ?? [])
      if (inSet.has(u.other)) indegree.set(u.other, (indegree.get(u.other) as number) + 1);
  const tier = new Map<string, number>();
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (const id of queue) tier.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const u of index.usersOf.get(id) ?? []) {
      if (!inSet.has(u.other)) continue;
      tier.set(u.other, Math.max(tier.get(u.other) ?? 0, (tier.get(id) as number) + 1));
      const left = (indegree.get(u.other) as number) - 1;
      indegree.set(u.other, left);
      if (left === 0) queue.push(u.other);
    }
  }
  for (const id of ids) {
    if (tier.has(id)) continue;
    const placed = (index.inputsOf.get(id) ?? []).map((i) => tier.get(i.other)).filter((t) => t !== undefined);
    tier.set(id, placed.length > 0 ? Math.max(...(placed as number[])) + 1 : 0);
  }
  return tier;
}

export function laneOf(tier: number, deepest: number): Lane {
  if (deepest === 0) return 'MIDSTREAM';
  if (tier * 3 < deepest) return 'UPSTREAM';
  if (tier * 3 > deepest * 2) return 'DOWNSTREAM';
  return 'MIDSTREAM';
}

export function computePanorama(loc: Locality, scope: ChainScope): PanoramaSkeleton {
  const { index } = loc;
  const roots = chainRoots(loc, scope);
  const distance = new Map(roots.map((r) => [r, 0]));
  walk(index, roots, scope.tiers, true, distance);
  if (scope.productId) walk(index, roots, scope.tiers, false, distance);
  const all = [...distance.keys()].filter((id) => index.product.has(id));
  all.sort((a, b) => (distance.get(a) as number) - (distance.get(b) as number) || compareStrings(a, b));
  const kept = all.slice(0, PANORAMA_NODES).sort(compareStrings);
  const tiers = tiersOf(index, kept);
  const deepest = Math.max(0, ...tiers.values());
  const gapOf = new Map<string, ChainGapKind>();
  for (const g of computeChainGaps(loc, scope)) if (!gapOf.has(g.productId)) gapOf.set(g.productId, g.kind);
  const inPanorama = new Set(kept);
  const nodes = kept.map((productId): PanoramaNodeSkeleton => {
    const local = loc.localProducers(productId);
    const tier = tiers.get(productId) ?? 0;
    return {
      productId,
      lane: laneOf(tier, deepest),
      tier,
      localProducerCount: local.length,
      externalProducerCount: loc.externalProducers(productId).length,
      gap: gapOf.get(productId) ?? null,
      chainLeader: leader(index, local, inPanorama),
    };
  });
  return { nodes, truncated: all.length > kept.length };
}

function leader(index: ChainIndex, local: string[], inPanorama: Set<string>): string | null {
  let best: { id: string; made: number; supplies: number } | null = null;
  for (const id of local) {
    const made = new Set(
      (index.productsOf.get(id) ?? []).filter((p) => inPanorama.has(p.product)).map((p) => p.product),
    ).size;
    const supplies = new Set((index.suppliesTo.get(id) ?? []).map((s) => s.other)).size;
    if (!best || made > best.made || (made === best.made && supplies > best.supplies)) best = { id, made, supplies };
  }
  return best?.id ?? null;
}
