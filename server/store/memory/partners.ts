/**
 * Partner candidates for a product, found by short walks from it. Each walk is one role's
 * rule; `rankPartners` (shared with Neo4j) scores and orders them.
 *
 * PRODUCER          enterprise -PRODUCES-> product
 * SUPPLIER          enterprise -PRODUCES-> input -INPUT_TO-> product (and one tier further up),
 *                   or enterprise -SUPPLIES-> a producer
 * CUSTOMER          product -INPUT_TO-> output <-PRODUCES- enterprise, or a producer -SUPPLIES-> enterprise
 * RESEARCH_PARTNER  institution -RESEARCHES-> product, or an institution linked (RESEARCHES,
 *                   COOPERATES_WITH, MEMBER_OF) to a cluster focusing on it or to a producer
 * HOST_ZONE         a zone a producer, or a cluster focusing on the product, is LOCATED_IN
 */
import type { GraphEdge, NodeKind, RelType } from '../../domain/model';
import type { PartnerCandidate } from '../semantics/partners';
import type { PartnerRole, Path } from '../types';
import type { IndexedGraph } from './graph';

/** One hop of a rule: which type, which way, and what kind of node it must reach. */
interface Hop {
  types: RelType[];
  dir: 'out' | 'in' | 'both';
  kinds: NodeKind[];
}

const h = (types: RelType[], dir: Hop['dir'], kinds: NodeKind[]): Hop => ({ types, dir, kinds });

export const PARTNER_RULES: { role: PartnerRole; hops: Hop[] }[] = [
  { role: 'PRODUCER', hops: [h(['PRODUCES'], 'in', ['ENTERPRISE'])] },
  { role: 'SUPPLIER', hops: [h(['INPUT_TO'], 'in', ['PRODUCT']), h(['PRODUCES'], 'in', ['ENTERPRISE'])] },
  {
    role: 'SUPPLIER',
    hops: [
      h(['INPUT_TO'], 'in', ['PRODUCT']),
      h(['INPUT_TO'], 'in', ['PRODUCT']),
      h(['PRODUCES'], 'in', ['ENTERPRISE']),
    ],
  },
  { role: 'SUPPLIER', hops: [h(['PRODUCES'], 'in', ['ENTERPRISE']), h(['SUPPLIES'], 'in', ['ENTERPRISE'])] },
  { role: 'CUSTOMER', hops: [h(['INPUT_TO'], 'out', ['PRODUCT']), h(['PRODUCES'], 'in', ['ENTERPRISE'])] },
  { role: 'CUSTOMER', hops: [h(['PRODUCES'], 'in', ['ENTERPRISE']), h(['SUPPLIES'], 'out', ['ENTERPRISE'])] },
  { role: 'RESEARCH_PARTNER', hops: [h(['RESEARCHES'], 'in', ['INSTITUTION'])] },
  {
    role: 'RESEARCH_PARTNER',
    hops: [
      h(['FOCUSES_ON'], 'in', ['CLUSTER']),
      h(['RESEARCHES', 'COOPERATES_WITH', 'MEMBER_OF'], 'both', ['INSTITUTION']),
    ],
  },
  {
    role: 'RESEARCH_PARTNER',
    hops: [h(['PRODUCES'], 'in', ['ENTERPRISE']), h(['COOPERATES_WITH'], 'both', ['INSTITUTION'])],
  },
  { role: 'HOST_ZONE', hops: [h(['PRODUCES'], 'in', ['ENTERPRISE']), h(['LOCATED_IN'], 'out', ['ZONE'])] },
  { role: 'HOST_ZONE', hops: [h(['FOCUSES_ON'], 'in', ['CLUSTER']), h(['LOCATED_IN'], 'out', ['ZONE'])] },
];

export function partnerCandidates(g: IndexedGraph, productId: string): PartnerCandidate[] {
  const out: PartnerCandidate[] = [];
  const start = g.mustNode(productId);
  for (const rule of PARTNER_RULES) {
    const walk = (at: string, i: number, nodes: string[], edges: GraphEdge[]): void => {
      const hop = rule.hops[i];
      if (!hop) {
        const path: Path = { nodes: [start, ...nodes.slice(1).map((n) => g.mustNode(n))], edges, length: edges.length };
        out.push({ role: rule.role, path });
        return;
      }
      for (const s of g.stepsBy(at, hop.types, hop.dir)) {
        if (nodes.includes(s.other)) continue;
        if (!hop.kinds.includes(g.graph.getNodeAttribute(s.other, 'node').kind)) continue;
        walk(s.other, i + 1, [...nodes, s.other], [...edges, s.edge]);
      }
    };
    walk(productId, 0, [productId], []);
  }
  return out;
}
