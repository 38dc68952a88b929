/** Gathering the facts `computeGaps` needs from the in-memory graph. */

import { englishName } from '../../domain/english-name';
import type { ClusterNode, GraphNode, Status } from '../../domain/model';
import type { FactNode, GapFacts } from '../semantics/gaps';
import type { IndexedGraph } from './graph';

const fact = (n: GraphNode): FactNode => ({
  id: n.id,
  name: n.name,
  nameEn: englishName(n),
  status: n.status,
  ...(n.kind === 'CLUSTER' ? { tier: (n as ClusterNode).tier } : {}),
});

export function gapFacts(g: IndexedGraph): GapFacts {
  const all: GraphNode[] = g.liveNodeList();
  const ofKind = (k: GraphNode['kind']) => all.filter((n) => n.kind === k);
  const products = ofKind('PRODUCT');
  const clusters = ofKind('CLUSTER');
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);

  const inputs: [string, string][] = [];
  const producers = new Map<string, Status[]>();
  const productClusters = new Map<string, string[]>();
  const productZones = new Map<string, string[]>();
  for (const p of products) {
    for (const s of g.stepsBy(p.id, ['INPUT_TO'], 'out')) inputs.push([p.id, s.other]);
    for (const s of g.stepsBy(p.id, ['PRODUCES'], 'in')) {
      const producer = g.mustNode(s.other);
      push(
        producers as Map<string, string[]>,
        p.id,
        s.edge.status === 'PLANNED' || producer.status === 'PLANNED' ? 'PLANNED' : 'EXISTING',
      );
      for (const z of g.related(s.other, 'LOCATED_IN', 'out')) push(productZones, p.id, z);
      for (const c of g.related(s.other, 'MEMBER_OF', 'out')) push(productClusters, p.id, c);
    }
    for (const c of g.related(p.id, 'FOCUSES_ON', 'in')) push(productClusters, p.id, c);
  }

  const clusterZones = new Map<string, string[]>();
  const researchedClusters = new Set<string>();
  const isInstitution = (id: string) => g.mustNode(id).kind === 'INSTITUTION';
  for (const c of clusters) {
    const members = g.related(c.id, 'MEMBER_OF', 'in');
    for (const holder of [c.id, ...members])
      for (const z of g.related(holder, 'LOCATED_IN', 'out')) push(clusterZones, c.id, z);
    const direct = g.stepsBy(c.id, ['RESEARCHES', 'COOPERATES_WITH', 'MEMBER_OF']).some((s) => isInstitution(s.other));
    const viaProducts = g
      .related(c.id, 'FOCUSES_ON', 'out')
      .some((p) => g.stepsBy(p, ['RESEARCHES'], 'in').some((s) => isInstitution(s.other)));
    const viaMembers = members.some((m) => g.stepsBy(m, ['COOPERATES_WITH']).some((s) => isInstitution(s.other)));
    if (direct || viaProducts || viaMembers) researchedClusters.add(c.id);
  }

  const zoneAncestors = new Map<string, string[]>();
  for (const z of ofKind('ZONE')) {
    const seen: string[] = [];
    let frontier = [z.id];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((u) => g.related(u, 'PART_OF', 'out')).filter((v) => v !== z.id && !seen.includes(v));
      seen.push(...frontier);
    }
    zoneAncestors.set(z.id, seen);
  }

  return {
    products: products.map(fact),
    clusters: clusters.map(fact),
    zones: ofKind('ZONE').map(fact),
    inputs,
    producers,
    productClusters,
    productZones,
    clusterZones,
    researchedClusters,
    zoneAncestors,
  };
}
