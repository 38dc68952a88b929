/**
 * Resolvers translate arguments and call the store; every rule lives in the store and its
 * shared semantics, so both stores answer the same way.
 */
import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, getNamedType, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { englishName } from '../domain/english-name';
import { targetsFirst } from '../store/args';
import type { BetweenArgs, GapsArgs, SupplyChainArgs } from '../store/types';
import type { QueryBetweenArgs, QueryGapsArgs, QuerySupplyChainArgs, Resolvers } from './generated';
import { leadResolvers } from './leads';
import { editingResolvers } from './mutations';

const TYPENAME = {
  CLUSTER: 'Cluster',
  ZONE: 'Zone',
  ENTERPRISE: 'Enterprise',
  INSTITUTION: 'Institution',
  PRODUCT: 'Product',
} as const;

/**
 * The store arguments of the root fields whose answer size only the data knows. The response
 * budget (response-size.ts) asks the store for them before executing, through the same
 * translation, so the request's memo (request-store.ts) hands the resolver the same answer.
 */
export const supplyChainArgs = (a: Partial<QuerySupplyChainArgs>): SupplyChainArgs => ({
  direction: a.direction ?? undefined,
  maxDepth: a.maxDepth ?? undefined,
});
export const gapsArgs = (a: QueryGapsArgs): GapsArgs => ({ clusterId: a.clusterId, zoneId: a.zoneId, kinds: a.kinds });
export const betweenArgs = (a: Partial<QueryBetweenArgs>): BetweenArgs => ({ relTypes: a.relTypes });

/**
 * How many targets per chain gap the query selects (the largest `targets(first)` under the
 * field, at `path` below it), so the store works out that many and no more; 0 when none is asked.
 */
function selectedTargets(info: GraphQLResolveInfo, path: string[]): number {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let type = getNamedType(info.returnType);
  for (const step of [...path, 'targets']) {
    if (!isObjectType(type)) return 0;
    const def = type.getFields()[step];
    if (!def) return 0;
    const found: FieldNode[] = [];
    for (const [, fieldNodes] of collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes))
      for (const n of fieldNodes) if (n.name.value === step) found.push(n);
    if (found.length === 0) return 0;
    if (step === 'targets')
      return Math.max(
        ...found.map((n) => targetsFirst(getArgumentValues(def, n, info.variableValues).first as number)),
      );
    nodes = found;
    type = getNamedType(def.type);
  }
  return 0;
}

/** `nameEn` never empty for the English view: the stated name, else the name in pinyin. */
const englishFields = {
  nameEn: (node: { name: string; nameEn?: string | undefined }) => englishName(node),
  nameEnStated: (node: { nameEn?: string | undefined }) => node.nameEn !== undefined,
};

export const resolvers: Resolvers = {
  Query: {
    node: (_, a, { store }) => store.node(a.id),
    nodes: (_, a, { store }) => store.nodes(a.ids),
    search: (_, a, { store }) => store.search(a.text, { kinds: a.kinds ?? null, first: a.first ?? undefined }),
    clusters: (_, __, { store }) => store.clusters(),
    zones: (_, __, { store }) => store.zones(),
    neighborhood: (_, a, { store }) =>
      store.neighborhood(a.id, {
        depth: a.depth ?? undefined,
        kinds: a.kinds,
        relTypes: a.relTypes,
        limit: a.limit ?? undefined,
      }),
    between: (_, a, { store }) => store.between(a.ids, betweenArgs(a)),
    neighborCounts: (_, a, { store }) => store.neighborCounts(a.id),
    supplyChain: (_, a, { store }) => store.supplyChain(a.productId, supplyChainArgs(a)),
    paths: (_, a, { store }) =>
      store.paths(a.from, a.to, {
        lens: a.lens ?? undefined,
        maxHops: a.maxHops ?? undefined,
        first: a.first ?? undefined,
        maxDegree: a.maxDegree,
      }),
    partners: (_, a, { store }) => store.partners(a.productId, { first: a.first ?? undefined }),
    gaps: (_, a, { store }) => store.gaps(gapsArgs(a)),
    subgraph: (_, a, { store }) =>
      store.subgraph({ kinds: a.kinds, relTypes: a.relTypes, limit: a.limit ?? undefined }),
    overview: (_, __, { store }) => store.overview(),
    chainGaps: (_, a, { store }, info) =>
      store.chainGaps({
        homeZoneId: a.homeZoneId,
        clusterId: a.clusterId,
        productId: a.productId,
        kinds: a.kinds,
        tiers: a.tiers,
        first: a.first,
        targets: selectedTargets(info, []),
      }),
    chainPanorama: (_, a, { store }) =>
      store.chainPanorama({ clusterId: a.clusterId, productId: a.productId, homeZoneId: a.homeZoneId, tiers: a.tiers }),
    whatIf: (_, a, { store }, info) =>
      store.whatIf(a.removeIds, { homeZoneId: a.homeZoneId, targets: selectedTargets(info, ['newGaps']) }),
    ...editingResolvers.Query,
    ...leadResolvers.Query,
  },
  ChainGap: {
    targets: (gap, a) => gap.targets.slice(0, targetsFirst(a.first)),
  },
  Overview: {
    homeZone: async (_, __, { store }) => {
      const id = await store.homeZoneId();
      return id ? store.node(id) : null;
    },
  },
  Mutation: { ...editingResolvers.Mutation, ...leadResolvers.Mutation },
  Lead: leadResolvers.Lead,
  Edge: editingResolvers.Edge,
  Node: {
    __resolveType: (node) => TYPENAME[node.kind],
  },
  Cluster: { ...editingResolvers.Cluster, ...englishFields },
  Zone: { ...editingResolvers.Zone, ...englishFields },
  Enterprise: { ...editingResolvers.Enterprise, ...englishFields },
  Institution: { ...editingResolvers.Institution, ...englishFields },
  Product: { ...editingResolvers.Product, ...englishFields },
};
