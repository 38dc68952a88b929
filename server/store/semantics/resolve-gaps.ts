/**
 * Turning gap skeletons into API gaps: resolving nodes and finding suggested partners, through
 * a few store primitives so that both stores suggest the same partners.
 *
 * Product gaps suggest the product's own partners (customers, research partners, host zones);
 * SINGLE_ZONE suggests the nearest other zones; NO_RESEARCH_PARTNER the nearest institutions.
 */
import type { NodeKind } from '../../domain/model';
import type { Gap, PartnerMatch, PartnerRole, Path, StoredNode } from '../types';
import type { GapSkeleton } from './gaps';
import { compareStrings } from './order';
import { toMatch } from './partners';

export const SUGGESTIONS = 5;
const SUGGEST_HOPS = 3;

export interface GapOps {
  nodes(ids: readonly string[]): Promise<StoredNode[]>;
  partners(productId: string, args: { first: number }): Promise<PartnerMatch[]>;
  /** Nodes of a kind within maxHops of `from` (any relationship, either way) with their distance. */
  nearest(from: string, kind: NodeKind, maxHops: number): Promise<{ id: string; distance: number }[]>;
  /** The first shortest path under the ALL lens (same order as `paths`). */
  firstPath(from: string, to: string, maxHops: number): Promise<Path | null>;
}

export async function resolveGaps(skeletons: GapSkeleton[], ops: GapOps): Promise<Gap[]> {
  const ids = new Set<string>();
  for (const g of skeletons) {
    for (const id of [g.productId, g.clusterId, g.zoneId, ...g.clusterIds, ...g.zoneIds]) if (id) ids.add(id);
  }
  const byId = new Map((await ops.nodes([...ids])).map((n) => [n.id, n]));
  const get = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  const out: Gap[] = [];
  for (const g of skeletons) {
    out.push({
      id: g.id,
      kind: g.kind,
      severity: g.severity,
      product: get(g.productId),
      cluster: get(g.clusterId),
      zone: get(g.zoneId),
      clusters: g.clusterIds.map(get).filter((n): n is StoredNode => n !== null),
      zones: g.zoneIds.map(get).filter((n): n is StoredNode => n !== null),
      explanation: g.explanation,
      explanationEn: g.explanationEn,
      suggestedPartners: await suggest(g, ops),
    });
  }
  return out;
}

async function suggest(g: GapSkeleton, ops: GapOps): Promise<PartnerMatch[]> {
  if (g.productId) return ops.partners(g.productId, { first: SUGGESTIONS });
  if (!g.clusterId) return [];
  if (g.kind === 'SINGLE_ZONE') return nearestMatches(ops, g.clusterId, 'ZONE', 'HOST_ZONE', new Set(g.zoneIds));
  return nearestMatches(ops, g.clusterId, 'INSTITUTION', 'RESEARCH_PARTNER', new Set());
}

async function nearestMatches(
  ops: GapOps,
  from: string,
  kind: NodeKind,
  role: PartnerRole,
  exclude: Set<string>,
): Promise<PartnerMatch[]> {
  const candidates = (await ops.nearest(from, kind, SUGGEST_HOPS))
    .filter((c) => !exclude.has(c.id))
    .sort((a, b) => a.distance - b.distance || compareStrings(a.id, b.id))
    .slice(0, SUGGESTIONS);
  const matches: PartnerMatch[] = [];
  for (const c of candidates) {
    const path = await ops.firstPath(from, c.id, SUGGEST_HOPS);
    if (path) matches.push(toMatch({ role, path }));
  }
  return matches;
}
