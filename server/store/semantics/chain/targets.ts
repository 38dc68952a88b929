/**
 * Whom to attract for a chain gap (招商目标), shared by both stores: the outside producers of the
 * input, each scored by reasons it can show.
 *
 *   makes the input                                  +1    (+0.5 when the link or it is PLANNED)
 *   already supplies a local enterprise (SUPPLIES)   +0.5
 *   also makes a neighbouring input (another input
 *     of a product the gap's input feeds)            +0.25
 *   cooperates with a local institution              +0.25
 *   its region: shares a zone with the home zone     +0.2 / (steps from home up to that zone)
 *
 * Order: score (rounded to 4 places), then id. The path starts at a product the input feeds
 * (when the input feeds one directly) and ends at the target: dependent ←投入— input ←生产— target.
 */
import { compareStrings } from '../order';
import type { ChainGapSkeleton } from './gaps';
import type { Locality, Region } from './locality';

export type TargetReason =
  | { code: 'MAKES'; product: string; planned: boolean }
  | { code: 'SUPPLIES_LOCAL'; enterprise: string; count: number }
  | { code: 'NEIGHBOUR_INPUT'; product: string; dependent: string }
  | { code: 'LOCAL_INSTITUTION'; institution: string }
  | { code: 'REGION'; region: Region };

export interface TargetSkeleton {
  node: string;
  zone: string | null;
  score: number;
  reasons: TargetReason[];
  /** Node ids and edge ids from the gap's side to the target. */
  pathNodes: string[];
  pathEdges: string[];
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export function rankTargets(loc: Locality, gap: ChainGapSkeleton, first: number): TargetSkeleton[] {
  if (first <= 0 || gap.externalProducers.length === 0) return [];
  const { index } = loc;
  const input = gap.productId;
  const dependents = new Set(gap.dependents);
  // The dependent the path starts from: the first one the input feeds directly.
  const use = (index.usersOf.get(input) ?? []).find((u) => dependents.has(u.other));
  // Neighbouring inputs: other inputs of the products the input feeds directly (in the chain).
  const neighbours = new Map<string, string>();
  for (const u of index.usersOf.get(input) ?? []) {
    if (!dependents.has(u.other)) continue;
    for (const sibling of index.inputsOf.get(u.other) ?? [])
      if (sibling.other !== input && !neighbours.has(sibling.other)) neighbours.set(sibling.other, u.other);
  }
  const out: TargetSkeleton[] = [];
  const outside = new Set(gap.externalProducers);
  let last = '';
  for (const made of index.producersOf.get(input) ?? []) {
    // Producers come by enterprise id: the first link of each outside one.
    const t = made.enterprise;
    if (t === last || !outside.has(t)) continue;
    last = t;
    const reasons: TargetReason[] = [{ code: 'MAKES', product: input, planned: made.planned }];
    let score = made.planned ? 0.5 : 1;
    const customers = (index.suppliesTo.get(t) ?? []).filter((s) => loc.isLocal(s.other));
    if (customers[0]) {
      const distinct = new Set(customers.map((c) => c.other)).size;
      reasons.push({ code: 'SUPPLIES_LOCAL', enterprise: customers[0].other, count: distinct });
      score += 0.5;
    }
    const neighbour = (index.productsOf.get(t) ?? []).find((p) => neighbours.has(p.product));
    if (neighbour) {
      reasons.push({
        code: 'NEIGHBOUR_INPUT',
        product: neighbour.product,
        dependent: neighbours.get(neighbour.product) as string,
      });
      score += 0.25;
    }
    const institution = (index.cooperatesWith.get(t) ?? []).find(
      (c) => c.other.startsWith('institution:') && loc.isLocal(c.other),
    );
    if (institution) {
      reasons.push({ code: 'LOCAL_INSTITUTION', institution: institution.other });
      score += 0.25;
    }
    const region = loc.region(t);
    reasons.push({ code: 'REGION', region });
    if (region.common) score += 0.2 / region.common.distance;
    out.push({
      node: t,
      zone: region.zone,
      score: round(score),
      reasons,
      pathNodes: use ? [use.other, input, t] : [input, t],
      pathEdges: use ? [use.edgeId, made.edgeId] : [made.edgeId],
    });
  }
  return out.sort((a, b) => b.score - a.score || compareStrings(a.node, b.node)).slice(0, first);
}
