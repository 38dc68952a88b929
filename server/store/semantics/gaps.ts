/**
 * Supply-chain gaps (补链/强链), shared by both stores. A store gathers `GapFacts` its own way;
 * this file decides which gaps exist, how severe they are, which clusters and zones they
 * concern and how they explain themselves.
 *
 * MISSING_SUPPLIER  an input of a product the zone makes or targets, with no producer
 * FRAGILE_SUPPLIER  such an input with exactly one producer
 * UNFILLED_TARGET   a PLANNED product nobody produces
 * SINGLE_ZONE       a cluster whose own and whose members' locations are one zone
 * NO_RESEARCH_PARTNER a cluster no institution is linked to (directly, via its products or members)
 */
import type { ClusterTier, Status } from '../../domain/model';
import type { GapKind, Severity } from '../types';
import { compareStrings } from './order';

export interface FactNode {
  id: string;
  name: string;
  nameEn: string;
  status: Status;
  tier?: ClusterTier;
}

export interface GapFacts {
  products: FactNode[];
  clusters: FactNode[];
  zones: FactNode[];
  /** [input, product]: INPUT_TO edges. */
  inputs: [string, string][];
  /** product id → producers' statuses (one entry per PRODUCES edge, PLANNED if edge or producer is). */
  producers: Map<string, Status[]>;
  /** product id → clusters that focus on it or have a member producing it. */
  productClusters: Map<string, string[]>;
  /** product id → zones its producers sit in. */
  productZones: Map<string, string[]>;
  /** cluster id → zones the cluster or its members sit in (direct LOCATED_IN). */
  clusterZones: Map<string, string[]>;
  /** clusters some institution is linked to. */
  researchedClusters: Set<string>;
  /** zone id → every zone it is PART_OF, transitively. */
  zoneAncestors: Map<string, string[]>;
}

export interface GapSkeleton {
  id: string;
  kind: GapKind;
  severity: Severity;
  productId: string | null;
  clusterId: string | null;
  zoneId: string | null;
  clusterIds: string[];
  zoneIds: string[];
  explanation: string;
  explanationEn: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const KIND_ORDER: Record<GapKind, number> = {
  MISSING_SUPPLIER: 0,
  FRAGILE_SUPPLIER: 1,
  UNFILLED_TARGET: 2,
  SINGLE_ZONE: 3,
  NO_RESEARCH_PARTNER: 4,
};

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort(compareStrings);
const listZh = (names: string[]) => names.join('、');
const listEn = (names: string[]) => names.join(', ');

export function computeGaps(f: GapFacts): GapSkeleton[] {
  const product = new Map(f.products.map((p) => [p.id, p]));
  const zoneWithAncestors = (ids: Iterable<string>) =>
    sorted([...ids].flatMap((z) => [z, ...(f.zoneAncestors.get(z) ?? [])]));
  const producerCount = (id: string) => f.producers.get(id)?.length ?? 0;
  const hasExistingProducer = (id: string) => (f.producers.get(id) ?? []).includes('EXISTING');
  // "Made or targeted": someone produces it, a cluster focuses on it, or the plan lists it as PLANNED.
  const targeted = (id: string) =>
    producerCount(id) > 0 || (f.productClusters.get(id)?.length ?? 0) > 0 || product.get(id)?.status === 'PLANNED';
  const scope = (productIds: string[]) => {
    const clusterIds = sorted(productIds.flatMap((p) => f.productClusters.get(p) ?? []));
    const zoneIds = zoneWithAncestors([
      ...productIds.flatMap((p) => f.productZones.get(p) ?? []),
      ...clusterIds.flatMap((c) => f.clusterZones.get(c) ?? []),
    ]);
    return { clusterIds, zoneIds, clusterId: clusterIds[0] ?? null };
  };

  const gaps: GapSkeleton[] = [];
  const downstream = new Map<string, string[]>();
  for (const [input, out] of f.inputs) {
    if (!targeted(out)) continue;
    downstream.set(input, [...(downstream.get(input) ?? []), out]);
  }
  for (const [inputId, outs] of [...downstream].sort(([a], [b]) => compareStrings(a, b))) {
    const input = product.get(inputId);
    if (!input) continue;
    const count = producerCount(inputId);
    if (count > 1) continue;
    const users = sorted(outs)
      .map((o) => product.get(o))
      .filter((p): p is FactNode => p !== undefined);
    const feedsExisting = users.some((u) => hasExistingProducer(u.id));
    const kind: GapKind = count === 0 ? 'MISSING_SUPPLIER' : 'FRAGILE_SUPPLIER';
    const s = scope([inputId, ...users.map((u) => u.id)]);
    gaps.push({
      id: `${kind}:${inputId}`,
      kind,
      severity: count === 0 ? (feedsExisting ? 'HIGH' : 'MEDIUM') : feedsExisting ? 'MEDIUM' : 'LOW',
      productId: inputId,
      zoneId: null,
      ...s,
      explanation:
        count === 0
          ? `${input.name} 是 ${listZh(users.map((u) => u.name))} 的投入，但区内没有企业生产它（补链）`
          : `${input.name} 是 ${listZh(users.map((u) => u.name))} 的投入，区内只有一家企业生产它（强链）`,
      explanationEn:
        count === 0
          ? `${input.nameEn} is an input to ${listEn(users.map((u) => u.nameEn))}, but no enterprise in the graph produces it`
          : `${input.nameEn} is an input to ${listEn(users.map((u) => u.nameEn))}, and only one enterprise produces it`,
    });
  }

  for (const p of [...f.products].sort((a, b) => compareStrings(a.id, b.id))) {
    if (p.status !== 'PLANNED' || producerCount(p.id) > 0) continue;
    const feeds = f.inputs.some(([input]) => input === p.id);
    gaps.push({
      id: `UNFILLED_TARGET:${p.id}`,
      kind: 'UNFILLED_TARGET',
      severity: feeds ? 'HIGH' : 'MEDIUM',
      productId: p.id,
      zoneId: null,
      ...scope([p.id]),
      explanation: `规划目标 ${p.name} 尚无企业生产${feeds ? '，且它是其他产品的投入' : ''}`,
      explanationEn: `The planned ${p.nameEn} has no producer yet${feeds ? ', and other products depend on it' : ''}`,
    });
  }

  for (const c of [...f.clusters].sort((a, b) => compareStrings(a.id, b.id))) {
    const zones = sorted(f.clusterZones.get(c.id) ?? []);
    const zone = zones.length === 1 ? f.zones.find((z) => z.id === zones[0]) : undefined;
    if (zone) {
      gaps.push({
        id: `SINGLE_ZONE:${c.id}`,
        kind: 'SINGLE_ZONE',
        severity: 'MEDIUM',
        productId: null,
        clusterId: c.id,
        zoneId: zone.id,
        clusterIds: [c.id],
        zoneIds: zoneWithAncestors([zone.id]),
        explanation: `${c.name} 只局限于单一园区（${zone.name}），尚未形成跨园区的规模发展`,
        explanationEn: `${c.nameEn} is confined to a single zone (${zone.nameEn}) and has not scaled beyond it`,
      });
    }
    if (!f.researchedClusters.has(c.id)) {
      gaps.push({
        id: `NO_RESEARCH_PARTNER:${c.id}`,
        kind: 'NO_RESEARCH_PARTNER',
        severity: c.tier === 'HIGH_TECH' ? 'HIGH' : c.tier === 'TERTIARY' ? 'LOW' : 'MEDIUM',
        productId: null,
        clusterId: c.id,
        zoneId: null,
        clusterIds: [c.id],
        zoneIds: zoneWithAncestors(f.clusterZones.get(c.id) ?? []),
        explanation: `${c.name} 没有关联的高校、科研院所或孵化机构（产学研缺口）`,
        explanationEn: `${c.nameEn} has no university, research institute or incubator linked to it`,
      });
    }
  }
  return gaps.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareStrings(a.id, b.id),
  );
}

export function filterGaps(
  gaps: GapSkeleton[],
  args: { clusterId: string | null; zoneId: string | null; kinds: readonly GapKind[] | null },
): GapSkeleton[] {
  return gaps.filter(
    (g) =>
      (!args.kinds || args.kinds.includes(g.kind)) &&
      (!args.clusterId || g.clusterIds.includes(args.clusterId)) &&
      (!args.zoneId || g.zoneIds.includes(args.zoneId)),
  );
}
