/**
 * Partners of a product, found by short walks from it, one walk per role's rule. Scores and
 * orders are those of the shared semantics (`scoreFor`, `compareRanked`, `toMatch`), worked out
 * on node and edge numbers while walking: only the best walk per (partner, role) is kept, and
 * only the matches returned get their path objects and reasons.
 *
 * PRODUCER          enterprise -PRODUCES-> product
 * SUPPLIER          enterprise -PRODUCES-> input -INPUT_TO-> product (and one tier further up),
 *                   or enterprise -SUPPLIES-> a producer
 * CUSTOMER          product -INPUT_TO-> output <-PRODUCES- enterprise, or a producer -SUPPLIES-> enterprise
 * RESEARCH_PARTNER  institution -RESEARCHES-> product, or an institution linked (RESEARCHES,
 *                   COOPERATES_WITH, MEMBER_OF) to a cluster focusing on it or to a producer
 * HOST_ZONE         a zone a producer, or a cluster focusing on the product, is LOCATED_IN
 */
import type { NodeKind, RelType } from '../../domain/model';
import { scoreFor, toMatch } from '../semantics/partners';
import { PARTNER_ROLES, type PartnerMatch, type PartnerRole, type Path } from '../types';
import { type IndexedGraph, kindMask, typeMask } from './graph';

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

/** The rules as bit masks, worked out once. */
const COMPILED = PARTNER_RULES.map((rule) => ({
  role: rule.role,
  roleIndex: PARTNER_ROLES.indexOf(rule.role),
  hops: rule.hops.map((hop) => ({ types: typeMask(hop.types), dir: hop.dir, kinds: kindMask(hop.kinds) })),
}));

/** A walk held as the best so far for its (partner, role). */
interface Held {
  role: PartnerRole;
  roleIndex: number;
  score: number;
  nodes: number[];
  edges: number[];
}

/** Shortest first, then by node sequence, then edge sequence: `comparePaths` on numbers. */
function compareWalks(g: IndexedGraph, a: Held, b: Held): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.nodes.length; i++)
    if (a.nodes[i] !== b.nodes[i]) return g.compareNodes(a.nodes[i] as number, b.nodes[i] as number);
  for (let i = 0; i < a.edges.length; i++)
    if (a.edges[i] !== b.edges[i]) return g.compareEdges(a.edges[i] as number, b.edges[i] as number);
  return 0;
}

export function partnersForProduct(g: IndexedGraph, productId: string, first: number): PartnerMatch[] {
  const start = g.numberOf(productId);
  const { rowStart, rowEnd, adjOther, adjEdge, kindBits } = g;
  const best = new Map<number, Held>();
  const nodes = [start];
  const edges: number[] = [];
  for (const rule of COMPILED) {
    const walk = (at: number, i: number, planned: number): void => {
      const hop = rule.hops[i];
      if (!hop) {
        const partner = at;
        if (partner === start) return;
        const score = scoreFor(edges.length, planned + (g.at(partner).status === 'PLANNED' ? 1 : 0));
        const key = rule.roleIndex * g.order + partner;
        const held = best.get(key);
        if (held && score < held.score) return;
        const walkNow: Held = { role: rule.role, roleIndex: rule.roleIndex, score, nodes, edges };
        if (held && score === held.score && compareWalks(g, walkNow, held) >= 0) return;
        best.set(key, { ...walkNow, nodes: nodes.slice(), edges: edges.slice() });
        return;
      }
      const end = rowEnd[at] as number;
      for (let k = rowStart[at] as number; k < end; k++) {
        const step = adjEdge[k] as number;
        if (hop.dir !== 'both' && step < 0 === (hop.dir === 'out')) continue;
        const e = step < 0 ? ~step : step;
        if ((g.typeBitOf(e) & hop.types) === 0) continue;
        const v = adjOther[k] as number;
        if (((kindBits[v] as number) & hop.kinds) === 0 || nodes.includes(v)) continue;
        nodes.push(v);
        edges.push(e);
        walk(v, i + 1, planned + (g.planned(e) ? 1 : 0));
        nodes.pop();
        edges.pop();
      }
    };
    walk(start, 0, 0);
  }
  // `compareRanked` (the shared order), on numbers: they sort as the ids do.
  const ranked = [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      a.roleIndex - b.roleIndex ||
      g.compareNodes(a.nodes[a.nodes.length - 1] as number, b.nodes[b.nodes.length - 1] as number) ||
      compareWalks(g, a, b),
  );
  return ranked.slice(0, first).map((held) => {
    const path: Path = {
      nodes: held.nodes.map((u) => g.at(u)),
      edges: held.edges.map((e) => g.edgeAt(e)),
      length: held.edges.length,
    };
    return toMatch({ role: held.role, path });
  });
}
