/**
 * Resolvers translate arguments and call the store; every rule lives in the store and its
 * shared semantics, so both stores answer the same way.
 */
import { englishName } from '../domain/english-name';
import type { BetweenArgs, GapsArgs, SupplyChainArgs } from '../store/types';
import type { QueryBetweenArgs, QueryGapsArgs, QuerySupplyChainArgs, Resolvers } from './generated';
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
    ...editingResolvers.Query,
  },
  Mutation: editingResolvers.Mutation,
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
