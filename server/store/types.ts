/**
 * The GraphStore contract: the operations the GraphQL API needs, with plain domain objects in
 * and out. Two adapters implement it (memory on compact arrays of its own, Neo4j on
 * neo4j-driver) and one contract suite (`tests/contract/graph-store.contract.ts`) holds both to
 * the same answers.
 */
import type { Direction, GapKind, Lens, PartnerRole, Severity } from '../domain/enums';
import type {
  ClusterNode,
  Dataset,
  GraphEdge,
  GraphNode,
  Indicator,
  NodeKind,
  RelType,
  ZoneNode,
} from '../domain/model';

export type { Direction, GapKind, Lens, PartnerRole, Severity } from '../domain/enums';
export { GAP_KINDS, PARTNER_ROLES, SEVERITIES } from '../domain/enums';

/** A node as the stores return it: the domain node plus its degree (relationships either way). */
export type StoredNode = GraphNode & { degree: number };

export interface Subgraph {
  nodes: StoredNode[];
  edges: GraphEdge[];
  truncated: boolean;
  /** How many nodes the query reached before any cap. */
  total: number;
}

/** A walk through the graph: nodes[i] and nodes[i+1] are joined by edges[i] (in either direction). */
export interface Path {
  nodes: StoredNode[];
  edges: GraphEdge[];
  length: number;
}

export interface PartnerMatch {
  node: StoredNode;
  role: PartnerRole;
  score: number;
  /** Starts at the product (or cluster) asked about and ends at the partner. */
  path: Path;
  reason: string;
  reasonEn: string;
}

export interface Gap {
  id: string;
  kind: GapKind;
  severity: Severity;
  product: StoredNode | null;
  cluster: StoredNode | null;
  zone: StoredNode | null;
  /** Every cluster and zone the gap concerns (what the clusterId/zoneId filters match). */
  clusters: StoredNode[];
  zones: StoredNode[];
  explanation: string;
  explanationEn: string;
  suggestedPartners: PartnerMatch[];
}

export type { ChainGapKind } from './semantics/chain/gaps';
export type { Lane } from './semantics/chain/panorama';

/** An outside producer to attract for a chain gap (招商目标), with its reasons and path. */
export interface TargetMatch {
  node: StoredNode;
  /** Where it sits (null when unknown). */
  zone: StoredNode | null;
  score: number;
  reasons: string[];
  reasonsEn: string[];
  /** From a product the input feeds (or the input) to the target. */
  path: Path;
}

/** A link of the home chain with no, one or only outside makers (see semantics/chain/gaps.ts). */
export interface ChainGap {
  id: string;
  kind: import('./semantics/chain/gaps').ChainGapKind;
  severity: Severity;
  product: StoredNode;
  dependents: StoredNode[];
  localProducers: StoredNode[];
  externalProducerCount: number;
  explanation: string;
  explanationEn: string;
  /** The best targets, as many as the call asked for (`ChainGapsArgs.targets`). */
  targets: TargetMatch[];
}

export interface PanoramaNode {
  product: StoredNode;
  lane: import('./semantics/chain/panorama').Lane;
  tier: number;
  localProducerCount: number;
  externalProducerCount: number;
  gap: import('./semantics/chain/gaps').ChainGapKind | null;
  chainLeader: StoredNode | null;
}

export interface Panorama {
  nodes: PanoramaNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** What moving the named enterprises out of the home zone would break. */
export interface Impact {
  orphaned: StoredNode[];
  exposed: StoredNode[];
  newGaps: ChainGap[];
}

export interface ChainGapsArgs {
  homeZoneId?: string | null;
  clusterId?: string | null;
  productId?: string | null;
  kinds?: import('./semantics/chain/gaps').ChainGapKind[] | null;
  tiers?: number | null;
  first?: number | null;
  /** How many targets to work out per gap (0: none; the API asks for what its query selects). */
  targets?: number | null;
}
export interface PanoramaArgs {
  clusterId?: string | null;
  productId?: string | null;
  homeZoneId?: string | null;
  tiers?: number | null;
}
export interface WhatIfArgs {
  homeZoneId?: string | null;
  targets?: number | null;
}

export interface IndicatorValue {
  subject: StoredNode;
  indicator: Indicator;
}

export interface Overview {
  nodeCount: number;
  edgeCount: number;
  nodesByKind: { kind: NodeKind; count: number }[];
  edgesByType: { type: RelType; count: number }[];
  indicators: IndicatorValue[];
}

export interface NeighborhoodArgs {
  depth?: number;
  kinds?: NodeKind[] | null;
  relTypes?: RelType[] | null;
  limit?: number;
}
export interface SupplyChainArgs {
  direction?: Direction;
  maxDepth?: number;
}
export interface PathsArgs {
  lens?: Lens;
  maxHops?: number;
  first?: number;
  /** Paths do not pass through nodes with more relationships than this (the ends are exempt). */
  maxDegree?: number | null;
}
export interface BetweenArgs {
  relTypes?: RelType[] | null;
}

/** How many distinct neighbours a node reaches through one relationship type, by their kind. */
export interface NeighborCount {
  type: RelType;
  kind: NodeKind;
  count: number;
}
export interface SearchArgs {
  kinds?: NodeKind[] | null;
  first?: number;
}
export interface SubgraphArgs {
  kinds?: NodeKind[] | null;
  relTypes?: RelType[] | null;
  limit?: number;
}
export interface GapsArgs {
  clusterId?: string | null;
  zoneId?: string | null;
  kinds?: GapKind[] | null;
}

export interface StoreHealth {
  ok: boolean;
  store: 'memory' | 'neo4j';
  message?: string;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  node(id: string): Promise<StoredNode | null>;
  nodes(ids: readonly string[]): Promise<StoredNode[]>;
  search(text: string, args?: SearchArgs): Promise<StoredNode[]>;
  clusters(): Promise<(ClusterNode & { degree: number })[]>;
  zones(): Promise<(ZoneNode & { degree: number })[]>;
  neighborhood(id: string, args?: NeighborhoodArgs): Promise<Subgraph>;
  /**
   * The given nodes (unknown ids are skipped) and every relationship among them: what an
   * explorer draws for a set of nodes it shows.
   */
  between(ids: readonly string[], args?: BetweenArgs): Promise<Subgraph>;
  /** A node's neighbours counted by relationship type and kind, in REL_TYPES then NODE_KINDS order. */
  neighborCounts(id: string): Promise<NeighborCount[]>;
  supplyChain(productId: string, args?: SupplyChainArgs): Promise<Subgraph>;
  paths(from: string, to: string, args?: PathsArgs): Promise<Path[]>;
  partners(productId: string, args?: { first?: number }): Promise<PartnerMatch[]>;
  gaps(args?: GapsArgs): Promise<Gap[]>;
  /** Chain gaps relative to the home zone, with their targets (招商). */
  chainGaps(args?: ChainGapsArgs): Promise<ChainGap[]>;
  chainPanorama(args?: PanoramaArgs): Promise<Panorama>;
  whatIf(removeIds: readonly string[], args?: WhatIfArgs): Promise<Impact>;
  /** The dataset's home zone (`meta.homeZoneId`), or null. */
  homeZoneId(): Promise<string | null>;
  subgraph(args?: SubgraphArgs): Promise<Subgraph>;
  overview(): Promise<Overview>;
  /** Replaces the whole graph; on failure the previous graph stays as it was. */
  load(dataset: Dataset): Promise<void>;
  /** Every node and edge, in canonical order (nodes by id, edges by id). */
  dump(): Promise<Dataset>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
  /**
   * A token that changes whenever the data may have changed (on every load), for caching whole
   * answers; absent or null when the store cannot tell, and then nothing is cached.
   */
  cacheToken?(): string | null | Promise<string | null>;
}
