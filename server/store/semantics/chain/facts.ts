/**
 * What the chain analyses (招商: chain gaps, targets, the panorama, what-if) read, as each store
 * gathers it — plain id tuples, no sources — and the index built on it once per version of
 * the graph. Everything here is ordered by id, so both stores' facts index alike whatever order
 * they come in.
 */
import type { Status } from '../../../domain/model';
import { compareStrings } from '../order';

export interface ChainFacts {
  /** The dataset's `meta.homeZoneId`. */
  homeZoneId: string | null;
  products: { id: string; name: string; nameEn: string; status: Status }[];
  zones: { id: string; name: string; nameEn: string }[];
  clusters: string[];
  enterprises: string[];
  /** [zone, the zone it is PART_OF] */
  partOf: [string, string][];
  /** [input, product, edge id]: INPUT_TO. */
  inputs: [string, string, string][];
  /** [enterprise, product, edge id, planned (the link or the enterprise is PLANNED)]: PRODUCES. */
  produces: [string, string, string, boolean][];
  /** [enterprise, institution or cluster, zone]: LOCATED_IN. */
  located: [string, string][];
  /** [enterprise or institution, cluster]: MEMBER_OF. */
  memberOf: [string, string][];
  /** [cluster, product]: FOCUSES_ON. */
  focuses: [string, string][];
  /** [supplier, customer, edge id]: SUPPLIES between enterprises. */
  supplies: [string, string, string][];
  /** [from, to, edge id]: COOPERATES_WITH between an enterprise and an institution, either way round. */
  cooperates: [string, string, string][];
}

export interface Link {
  other: string;
  edgeId: string;
}
export interface Production {
  enterprise: string;
  product: string;
  edgeId: string;
  planned: boolean;
}

const push = <V>(m: Map<string, V[]>, k: string, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};
const byOther = (a: Link, b: Link) => compareStrings(a.other, b.other) || compareStrings(a.edgeId, b.edgeId);

export class ChainIndex {
  readonly product = new Map<string, ChainFacts['products'][number]>();
  readonly zone = new Map<string, ChainFacts['zones'][number]>();
  readonly clusters: Set<string>;
  readonly enterprises: Set<string>;
  readonly parents = new Map<string, string[]>();
  readonly children = new Map<string, string[]>();
  /** product → its inputs (INPUT_TO into it). */
  readonly inputsOf = new Map<string, Link[]>();
  /** product → the products it is an input to. */
  readonly usersOf = new Map<string, Link[]>();
  readonly producersOf = new Map<string, Production[]>();
  readonly productsOf = new Map<string, Production[]>();
  readonly locatedIn = new Map<string, string[]>();
  readonly clustersOf = new Map<string, string[]>();
  readonly membersOf = new Map<string, string[]>();
  readonly focusOf = new Map<string, string[]>();
  readonly focusedBy = new Map<string, string[]>();
  readonly suppliesTo = new Map<string, Link[]>();
  /** Cooperation links, both ways. */
  readonly cooperatesWith = new Map<string, Link[]>();
  readonly productIds: string[];
  /** Derived lists kept with the index (a cluster's products). */
  readonly memo = new Map<string, string[]>();

  constructor(readonly facts: ChainFacts) {
    for (const p of facts.products) this.product.set(p.id, p);
    for (const z of facts.zones) this.zone.set(z.id, z);
    this.clusters = new Set(facts.clusters);
    this.enterprises = new Set(facts.enterprises);
    for (const [z, parent] of facts.partOf) {
      push(this.parents, z, parent);
      push(this.children, parent, z);
    }
    for (const [input, product, edgeId] of facts.inputs) {
      push(this.inputsOf, product, { other: input, edgeId });
      push(this.usersOf, input, { other: product, edgeId });
    }
    for (const [enterprise, product, edgeId, planned] of facts.produces) {
      const p = { enterprise, product, edgeId, planned };
      push(this.producersOf, product, p);
      push(this.productsOf, enterprise, p);
    }
    for (const [n, z] of facts.located) push(this.locatedIn, n, z);
    for (const [n, c] of facts.memberOf) {
      push(this.clustersOf, n, c);
      push(this.membersOf, c, n);
    }
    for (const [c, p] of facts.focuses) {
      push(this.focusOf, c, p);
      push(this.focusedBy, p, c);
    }
    for (const [a, b, edgeId] of facts.supplies) push(this.suppliesTo, a, { other: b, edgeId });
    for (const [a, b, edgeId] of facts.cooperates) {
      push(this.cooperatesWith, a, { other: b, edgeId });
      push(this.cooperatesWith, b, { other: a, edgeId });
    }
    for (const m of [this.parents, this.children, this.locatedIn, this.clustersOf, this.membersOf]) sortAll(m);
    for (const m of [this.focusOf, this.focusedBy]) sortAll(m);
    for (const m of [this.inputsOf, this.usersOf, this.suppliesTo, this.cooperatesWith])
      for (const list of m.values()) list.sort(byOther);
    for (const list of this.producersOf.values())
      list.sort((a, b) => compareStrings(a.enterprise, b.enterprise) || compareStrings(a.edgeId, b.edgeId));
    for (const list of this.productsOf.values())
      list.sort((a, b) => compareStrings(a.product, b.product) || compareStrings(a.edgeId, b.edgeId));
    this.productIds = [...this.product.keys()].sort(compareStrings);
  }
}

function sortAll(m: Map<string, string[]>) {
  for (const [k, list] of m) m.set(k, [...new Set(list)].sort(compareStrings));
}
