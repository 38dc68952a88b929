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
