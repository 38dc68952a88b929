/* Generated from schema.graphql by `npm run codegen`: do not edit. */
import type { GraphQLResolveInfo } from 'graphql';
import type { StoredNode as StoredNodeModel, Path as PathModel, Subgraph as SubgraphModel, PartnerMatch as PartnerMatchModel, Gap as GapModel, Overview as OverviewModel, ChainGap as ChainGapModel, TargetMatch as TargetMatchModel, PanoramaNode as PanoramaNodeModel, Panorama as PanoramaModel, Impact as ImpactModel } from '../store/types';
import type { GraphEdge as GraphEdgeModel } from '../domain/model';
import type { ChangeRecord as ChangeRecordModel } from '../store/editing';
import type { Viewer as ViewerModel } from '../auth/accounts';
import type { Lead as LeadModel, LeadEvent as LeadEventModel } from '../workspace/leads';
import type { GraphContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type NodeKind =
  | 'CLUSTER'
  | 'ZONE'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PRODUCT';

export type RelType =
  | 'MEMBER_OF'
  | 'LOCATED_IN'
  | 'PART_OF'
  | 'PRODUCES'
  | 'INPUT_TO'
  | 'FOCUSES_ON'
  | 'SUPPLIES'
  | 'RESEARCHES'
  | 'COOPERATES_WITH';

export type Status =
  /** The plan says it is there. */
  | 'EXISTING'
  /** The plan says to develop, build or attract it. */
  | 'PLANNED';

export type Lens =
  /** PRODUCES, INPUT_TO, SUPPLIES in their direction. */
  | 'SUPPLY_CHAIN'
  /** COOPERATES_WITH, RESEARCHES, LOCATED_IN, PART_OF, MEMBER_OF either way. */
  | 'COOPERATION'
  /** Any relationship either way. */
  | 'ALL';

export type Direction =
  | 'UPSTREAM'
  | 'DOWNSTREAM'
  | 'BOTH';

export type PartnerRole =
  | 'PRODUCER'
  | 'SUPPLIER'
  | 'CUSTOMER'
  | 'RESEARCH_PARTNER'
  | 'HOST_ZONE';

export type GapKind =
  | 'MISSING_SUPPLIER'
  | 'FRAGILE_SUPPLIER'
  | 'UNFILLED_TARGET'
  | 'SINGLE_ZONE'
  | 'NO_RESEARCH_PARTNER';

export type Severity =
  | 'HIGH'
  | 'MEDIUM'
  | 'LOW';

/** 既有 / 高新技术 / 潜力 / 第三产业 */
export type ClusterTier =
  | 'ESTABLISHED'
  | 'HIGH_TECH'
  | 'POTENTIAL'
  | 'TERTIARY';

export type ZoneKind =
  | 'DEVELOPMENT_ZONE'
  | 'CONCENTRATION_AREA'
  | 'EXPANSION_AREA'
  | 'COOPERATIVE_PARK'
  | 'INDUSTRIAL_PARK'
  | 'DISTRICT'
  | 'FUNCTIONAL_AREA'
  | 'PROVINCE'
  | 'CITY'
  | 'COUNTY';

export type InstitutionKind =
  | 'UNIVERSITY'
  | 'RESEARCH_INSTITUTE'
  | 'INCUBATOR'
  | 'RD_CENTER'
  | 'SERVICE_PLATFORM';

export type IndicatorKind =
  | 'ACTUAL'
  | 'TARGET';

/**
 * What an indicator value measures: LEVEL a year's amount or a stock at its end, TOTAL a sum over its
 * period (累计), GROWTH an average annual rate over its period, SHARE a part of a whole, MULTIPLE a
 * ratio to a base, CHANGE an increase over a base, RANK a place in a ranking.
 */
export type IndicatorMeasure =
  | 'LEVEL'
  | 'TOTAL'
  | 'GROWTH'
  | 'SHARE'
  | 'MULTIPLE'
  | 'CHANGE'
  | 'RANK';

/** Where a fact comes from: a verbatim quote of the plan and its section. */
export type Source = {
  __typename?: 'Source';
  quote: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** false: the plan implies the fact without saying it; `note` says why. */
  stated: Scalars['Boolean']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Set on the sources of changes: the document quoted, a URL and a date. */
  document: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['String']['output']>;
};

export type Indicator = {
  __typename?: 'Indicator';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
  valueMax: Maybe<Scalars['Float']['output']>;
  unit: Scalars['String']['output'];
  /** ACTUAL (the plan reports it) or TARGET (the plan sets it). */
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  /** The time the value is for: a year (`2005`) or a span (`2001-2005`, for totals, growth rates and changes). Ends in `year`. */
  period: Scalars['String']['output'];
  sources: Array<Source>;
};

export type Node = {
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  /** The English name; where none is stated (registry imports have none), the name in title-cased pinyin (哈尔滨市 → Ha Er Bin Shi). */
  nameEn: Maybe<Scalars['String']['output']>;
  /** true when `nameEn` is a stated English name, false when it is the pinyin of `name`. */
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  /** Number of relationships touching this node (both directions). */
  degree: Scalars['Int']['output'];
  /** 1 as loaded, one more on every change: a change names the version it was made against. */
  version: Scalars['Int']['output'];
};

export type Cluster = Node & {
  __typename?: 'Cluster';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  degree: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  tier: ClusterTier;
  indicators: Array<Indicator>;
};

export type Zone = Node & {
  __typename?: 'Zone';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  degree: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  zoneKind: ZoneKind;
  indicators: Array<Indicator>;
};

export type Enterprise = Node & {
  __typename?: 'Enterprise';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  degree: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type Institution = Node & {
  __typename?: 'Institution';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  degree: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  institutionKind: InstitutionKind;
};

export type Product = Node & {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  nameEnStated: Scalars['Boolean']['output'];
  aliases: Array<Scalars['String']['output']>;
  status: Status;
  sources: Array<Source>;
  degree: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type Edge = {
  __typename?: 'Edge';
  id: Scalars['ID']['output'];
  type: RelType;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  status: Status;
  sources: Array<Source>;
  version: Scalars['Int']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  nodes: Array<Node>;
  edges: Array<Edge>;
  /** True when a cap cut the result; `total` then says how many nodes there were. */
  truncated: Scalars['Boolean']['output'];
  total: Scalars['Int']['output'];
};

export type Path = {
  __typename?: 'Path';
  nodes: Array<Node>;
  edges: Array<Edge>;
  length: Scalars['Int']['output'];
};

export type PartnerMatch = {
  __typename?: 'PartnerMatch';
  node: Node;
  role: PartnerRole;
  /** In (0, 1]: falls with path length, lower for PLANNED links. */
  score: Scalars['Float']['output'];
  path: Path;
  reason: Scalars['String']['output'];
  reasonEn: Scalars['String']['output'];
};

export type Gap = {
  __typename?: 'Gap';
  id: Scalars['ID']['output'];
  kind: GapKind;
  severity: Severity;
  product: Maybe<Product>;
  cluster: Maybe<Cluster>;
  zone: Maybe<Zone>;
  /** Every cluster and zone the gap concerns (what the clusterId and zoneId filters match). */
  clusters: Array<Cluster>;
  zones: Array<Zone>;
  explanation: Scalars['String']['output'];
  explanationEn: Scalars['String']['output'];
  suggestedPartners: Array<PartnerMatch>;
};

/** How many distinct neighbours a node reaches through one relationship type, by their kind: what expanding that type adds. */
export type NeighborCount = {
  __typename?: 'NeighborCount';
  type: RelType;
  kind: NodeKind;
  count: Scalars['Int']['output'];
};

export type KindCount = {
  __typename?: 'KindCount';
  kind: NodeKind;
  count: Scalars['Int']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  type: RelType;
  count: Scalars['Int']['output'];
};

/** An indicator together with the cluster or zone it describes. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  subject: Node;
  indicator: Indicator;
};

export type Overview = {
  __typename?: 'Overview';
  /** The dataset's home zone (`meta.homeZoneId`): what chainGaps, chainPanorama and whatIf take as local by default. */
  homeZone: Maybe<Zone>;
  nodeCount: Scalars['Int']['output'];
  edgeCount: Scalars['Int']['output'];
  nodesByKind: Array<KindCount>;
  edgesByType: Array<TypeCount>;
  /** 2005 actuals and 2010 targets, per zone and cluster. */
  indicators: Array<IndicatorValue>;
};

/**
 * Chain gaps relative to the home zone: MISSING_LOCALLY no local producer but some outside (缺链),
 * ABSENT no producer anywhere (断链), SINGLE_LOCAL one local producer (弱链), UNFILLED_TARGET a
 * PLANNED product nobody produces.
 */
export type ChainGapKind =
  | 'MISSING_LOCALLY'
  | 'ABSENT'
  | 'SINGLE_LOCAL'
  | 'UNFILLED_TARGET';

/** An input of the home chain with no, one or only outside makers, and whom to attract for it (招商). */
export type ChainGap = {
  __typename?: 'ChainGap';
  /** `KIND:productId` */
  id: Scalars['ID']['output'];
  kind: ChainGapKind;
  /** HIGH when it feeds existing local production; a single local maker is one step lower. */
  severity: Severity;
  /** The input. */
  product: Product;
  /** The chain's products it feeds (within `tiers` levels). */
  dependents: Array<Product>;
  localProducers: Array<Enterprise>;
  externalProducerCount: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  explanationEn: Scalars['String']['output'];
  /** Outside producers of the input, best first (at most 50). */
  targets: Array<TargetMatch>;
};


/** An input of the home chain with no, one or only outside makers, and whom to attract for it (招商). */
export type ChainGapTargetsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An outside producer to attract: why (reasons, Chinese and English) and the path that shows it. */
export type TargetMatch = {
  __typename?: 'TargetMatch';
  node: Node;
  /** Where it sits; null when unknown. */
  zone: Maybe<Zone>;
  /** 1 for making the input (0.5 if planned), +0.5 supplies a local enterprise, +0.25 makes a neighbouring input, +0.25 cooperates with a local institution, +0.2/steps for a region shared with the home zone. */
  score: Scalars['Float']['output'];
  reasons: Array<Scalars['String']['output']>;
  reasonsEn: Array<Scalars['String']['output']>;
  /** From a product the input feeds to the target: dependent ←INPUT_TO— input ←PRODUCES— target. */
  path: Path;
};

/** 上游 / 中游 / 下游 */
export type Lane =
  | 'UPSTREAM'
  | 'MIDSTREAM'
  | 'DOWNSTREAM';

export type PanoramaNode = {
  __typename?: 'PanoramaNode';
  product: Product;
  lane: Lane;
  /** Longest INPUT_TO path within the panorama that ends here (0: nothing in it feeds this product). */
  tier: Scalars['Int']['output'];
  localProducerCount: Scalars['Int']['output'];
  externalProducerCount: Scalars['Int']['output'];
  /** Its chain gap, as chainGaps gives it for the same arguments. */
  gap: Maybe<ChainGapKind>;
  /** 链主: the local producer making the most products of the panorama. */
  chainLeader: Maybe<Enterprise>;
};

/** 产业链全景图: a chain's products in lanes, with the INPUT_TO links among them (at most 500 nodes). */
export type Panorama = {
  __typename?: 'Panorama';
  nodes: Array<PanoramaNode>;
  edges: Array<Edge>;
  truncated: Scalars['Boolean']['output'];
};

/** What moving enterprises out of the home zone breaks (若迁出). */
export type Impact = {
  __typename?: 'Impact';
  /** Products that lose their last local producer. */
  orphaned: Array<Product>;
  /** Products made locally downstream of the orphaned ones (up to 6 INPUT_TO levels). */
  exposed: Array<Product>;
  /** Chain gaps (tiers 1) that open. */
  newGaps: Array<ChainGap>;
};

export type Query = {
  __typename?: 'Query';
  node: Maybe<Node>;
  nodes: Array<Node>;
  /** Chinese characters, full pinyin, pinyin initials, English names and aliases; exact > prefix > substring. */
  search: Array<Node>;
  clusters: Array<Cluster>;
  zones: Array<Zone>;
  neighborhood: Subgraph;
  /** The given nodes (unknown ids skipped, at most 5000) and every relationship among them. */
  between: Subgraph;
  /** A node's neighbours counted by relationship type and kind (the explorer's expand menu). */
  neighborCounts: Array<NeighborCount>;
  supplyChain: Subgraph;
  /**
   * Simple paths, shortest first. `maxDegree` leaves out hubs: no path passes through a node with more
   * relationships than that (the two ends are exempt).
   */
  paths: Array<Path>;
  partners: Array<PartnerMatch>;
  gaps: Array<Gap>;
  /** Every node of the given kinds (all kinds when omitted) and the relationships among them: the overview map. */
  subgraph: Subgraph;
  overview: Overview;
  /**
   * Chain gaps relative to the home zone (default: the dataset's), for the whole home chain, a
   * cluster's part of it or one product's inputs, `tiers` INPUT_TO levels up (at most 6). first ≤ 100.
   */
  chainGaps: Array<ChainGap>;
  /** A cluster's chain (or one product's, up and down), or the whole home chain, in lanes; tiers ≤ 6. */
  chainPanorama: Panorama;
  /** If the named enterprises (at most 100) left the home zone: what is orphaned, exposed, and which gaps open. */
  whatIf: Impact;
  /** Who is asking (null without a session). */
  viewer: Maybe<Viewer>;
  /** The audit trail, newest first: one element's history, one user's changes, changes since a time (ISO 8601). first ≤ 500. */
  changes: Array<Change>;
  /** 招商线索, most recently changed first; needs a session (VIEWER or above). first ≤ 500. */
  leads: Array<Lead>;
  /** One lead (null when there is none); needs a session. */
  lead: Maybe<Lead>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  relTypes?: InputMaybe<Array<RelType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBetweenArgs = {
  ids: Array<Scalars['ID']['input']>;
  relTypes?: InputMaybe<Array<RelType>>;
};


export type QueryNeighborCountsArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplyChainArgs = {
  productId: Scalars['ID']['input'];
  direction?: InputMaybe<Direction>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDegree?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnersArgs = {
  productId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGapsArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<GapKind>>;
};


export type QuerySubgraphArgs = {
  kinds?: InputMaybe<Array<NodeKind>>;
  relTypes?: InputMaybe<Array<RelType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChainGapsArgs = {
  homeZoneId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<ChainGapKind>>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChainPanoramaArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  homeZoneId?: InputMaybe<Scalars['ID']['input']>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhatIfArgs = {
  removeIds: Array<Scalars['ID']['input']>;
  homeZoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryChangesArgs = {
  elementId?: InputMaybe<Scalars['ID']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadsArgs = {
  status?: InputMaybe<LeadStatus>;
  owner?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};

/** VIEWER reads; EDITOR also changes the graph and reverts their own changes; ADMIN also reverts anyone's. */
export type Role =
  | 'VIEWER'
  | 'EDITOR'
  | 'ADMIN';

export type Viewer = {
  __typename?: 'Viewer';
  name: Scalars['String']['output'];
  role: Role;
};

/** Where a change comes from: a quote with its document and section, or a note with a URL and a date. */
export type SourceInput = {
  quote?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  stated?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A new node: the dataset's fields. Without `id`, one is made from the kind and the English name (else the pinyin of the name).
 * Without `nameEn` (registry lists have none) the English view shows the name in pinyin.
 */
export type NodeInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: NodeKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Status>;
  tier?: InputMaybe<ClusterTier>;
  zoneKind?: InputMaybe<ZoneKind>;
  institutionKind?: InputMaybe<InstitutionKind>;
  /** The node's own sources; the change's source is added to them. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** A cluster's or a zone's figures (other kinds have none). */
  indicators?: InputMaybe<Array<IndicatorInput>>;
};

/** A figure of a cluster or a zone, checked as a dataset file's. Without `sources`, the change's source is its source. */
export type IndicatorInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  value: Scalars['Float']['input'];
  valueMax?: InputMaybe<Scalars['Float']['input']>;
  unit: Scalars['String']['input'];
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  period: Scalars['String']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
};

/** Fields to change (absent: unchanged). The change's source is added to the node's sources. */
export type NodePatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Status>;
  tier?: InputMaybe<ClusterTier>;
  zoneKind?: InputMaybe<ZoneKind>;
  institutionKind?: InputMaybe<InstitutionKind>;
  /** Replaces the figures of a cluster or a zone. */
  indicators?: InputMaybe<Array<IndicatorInput>>;
  /** The node's sources in full, replacing them (what an upload merges into a node); the change's source is added. */
  sources?: InputMaybe<Array<SourceInput>>;
};

export type EdgeInput = {
  type: RelType;
  source: Scalars['ID']['input'];
  target: Scalars['ID']['input'];
  status?: InputMaybe<Status>;
  /** The relationship's own sources; the change's source is added to them. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** What a relationship's update may change (its type and ends are its identity). The change's source is added to its sources. */
export type EdgePatch = {
  status?: InputMaybe<Status>;
};

export type ChangeAction =
  | 'CREATE_NODE'
  | 'UPDATE_NODE'
  | 'DELETE_NODE'
  | 'CREATE_EDGE'
  | 'UPDATE_EDGE'
  | 'DELETE_EDGE';

/** One change of a change set: `node` for CREATE_NODE, `edge` for CREATE_EDGE, `id` and `version` (and `patch` for UPDATE_NODE, `edgePatch` for UPDATE_EDGE) otherwise. */
export type ChangeInput = {
  action: ChangeAction;
  node?: InputMaybe<NodeInput>;
  edge?: InputMaybe<EdgeInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  patch?: InputMaybe<NodePatch>;
  edgePatch?: InputMaybe<EdgePatch>;
};

/** One audit entry: an element's state before and after (JSON of the dataset's shape; null: absent). */
export type Change = {
  __typename?: 'Change';
  id: Scalars['ID']['output'];
  at: Scalars['String']['output'];
  user: Scalars['String']['output'];
  action: Scalars['String']['output'];
  elementId: Scalars['ID']['output'];
  before: Maybe<Scalars['String']['output']>;
  after: Maybe<Scalars['String']['output']>;
  source: Source;
  reverted: Scalars['Boolean']['output'];
  /** The change this one reverts. */
  revertOf: Maybe<Scalars['ID']['output']>;
  /** The change this one came with (a relationship removed with its node): reverting that one reverts both. */
  causedBy: Maybe<Scalars['ID']['output']>;
  /** The element's version after the change. */
  version: Scalars['Int']['output'];
};

/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the session cookie. */
  login: Viewer;
  logout: Scalars['Boolean']['output'];
  createNode: Node;
  updateNode: Node;
  /** Deletes the node and its relationships. */
  deleteNode: Scalars['Boolean']['output'];
  createEdge: Edge;
  updateEdge: Edge;
  deleteEdge: Scalars['Boolean']['output'];
  /** All or nothing: at most 500 changes in one transaction. */
  applyChangeSet: Array<Change>;
  /** Reverting is itself a change. Editors revert their own changes, admins anyone's. */
  revertChange: Change;
  /** Creates or updates a lead (EDITOR); a stale `version` is refused with CONFLICT and the lead as it is. */
  saveLead: Lead;
  /** Deletes a lead (EDITOR); its history stays in the workspace. */
  deleteLead: Scalars['Boolean']['output'];
  /**
   * The change set an uploaded spreadsheet would make (editors; files up to 512 KB in all, BAD_USER_INPUT past
   * that). Nothing is applied: review it, then send it with applyChangeSet.
   */
  previewImport: ImportPreview;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationLoginArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationCreateNodeArgs = {
  node: NodeInput;
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationUpdateNodeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: NodePatch;
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationDeleteNodeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationCreateEdgeArgs = {
  edge: EdgeInput;
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationUpdateEdgeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  patch: EdgePatch;
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationDeleteEdgeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationApplyChangeSetArgs = {
  changes: Array<ChangeInput>;
  source: SourceInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationRevertChangeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationSaveLeadArgs = {
  input: LeadInput;
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * Changes need a session with the EDITOR or ADMIN role (FORBIDDEN otherwise, UNAUTHENTICATED without
 * one); each carries its source, is checked as a dataset file is (BAD_USER_INPUT naming the field) and
 * is refused with CONFLICT (and the current element) when made against an old `version`.
 */
export type MutationPreviewImportArgs = {
  files: Array<ImportFile>;
  skipBadRows?: InputMaybe<Scalars['Boolean']['input']>;
  mode?: InputMaybe<ImportMode>;
};

/** 未接触 / 接洽中 / 已签约 / 已落地 / 放弃 */
export type LeadStatus =
  | 'UNCONTACTED'
  | 'CONTACTING'
  | 'SIGNED'
  | 'LANDED'
  | 'ABANDONED';

/** TARGET: an outside enterprise to attract for a gap's input; GAP: a gap with no target named yet. */
export type LeadSubject =
  | 'TARGET'
  | 'GAP';

/** One 招商 lead: a target enterprise (or a bare gap) for an input product, its status, owner and notes. */
export type Lead = {
  __typename?: 'Lead';
  id: Scalars['ID']['output'];
  subject: LeadSubject;
  /** The gap's input product; null when the graph no longer has it. */
  product: Maybe<Node>;
  productId: Scalars['ID']['output'];
  /** The enterprise to attract; null for a GAP lead, or when the graph no longer has it. */
  target: Maybe<Node>;
  targetId: Maybe<Scalars['ID']['output']>;
  /** The zone the enterprise is to land in (本区). */
  homeZoneId: Scalars['ID']['output'];
  status: LeadStatus;
  owner: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  updatedBy: Scalars['String']['output'];
  /** When the lead took its current status (ISO 8601). */
  statusSince: Scalars['String']['output'];
  /** 1 when made, one more on every change: an update names the version it was made against. */
  version: Scalars['Int']['output'];
  /** Every change of the lead, newest first. */
  history: Array<LeadEvent>;
};

/** One change of a lead: the lead as JSON before and after (null: absent). */
export type LeadEvent = {
  __typename?: 'LeadEvent';
  id: Scalars['ID']['output'];
  at: Scalars['String']['output'];
  user: Scalars['String']['output'];
  action: Scalars['String']['output'];
  before: Maybe<Scalars['String']['output']>;
  after: Maybe<Scalars['String']['output']>;
};

/**
 * Without `id`: a new lead (`productId` needed; no `targetId` makes a GAP lead; the home zone defaults
 * to the dataset's; the owner to whoever makes it). With `id` and `version`: changes status, owner or notes.
 */
export type LeadInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  homeZoneId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LeadStatus>;
  /** A person's name, at most 64 characters. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** At most 4000 characters; line breaks allowed, other control characters not. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A file to preview: its name as the user chose it and its bytes in base64. */
export type ImportFile = {
  name: Scalars['String']['input'];
  content: Scalars['String']['input'];
};

/** REGISTRY: an enterprise list exported from 企查查, 天眼查 or 启信宝 (XLSX or CSV); PLANNER_SHEET: nodes.csv and edges.csv in the export's columns. */
export type ImportKind =
  | 'REGISTRY'
  | 'PLANNER_SHEET';

/** MERGE into the graph, or REPLACE it (a planner's sheet only: what the sheets do not name is removed). */
export type ImportMode =
  | 'MERGE'
  | 'REPLACE';

/** A problem of one row (line 1-based, as a spreadsheet numbers it), or of the file (no line). */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  file: Scalars['String']['output'];
  line: Maybe<Scalars['Int']['output']>;
  field: Maybe<Scalars['String']['output']>;
  elementId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

/** One field of a changed element: its value before and after, as text (lists joined by ' | '). */
export type ImportFieldChange = {
  __typename?: 'ImportFieldChange';
  field: Scalars['String']['output'];
  before: Maybe<Scalars['String']['output']>;
  after: Maybe<Scalars['String']['output']>;
};

/** A node the upload adds, changes or removes, and the row it comes from. */
export type ImportNode = {
  __typename?: 'ImportNode';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  file: Maybe<Scalars['String']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  /** For a changed node, the fields that change. */
  fields: Array<ImportFieldChange>;
};

/** A relationship the upload adds, changes or removes, its ends named, and the row it comes from. */
export type ImportEdge = {
  __typename?: 'ImportEdge';
  id: Scalars['ID']['output'];
  type: RelType;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  sourceName: Scalars['String']['output'];
  targetName: Scalars['String']['output'];
  status: Status;
  file: Maybe<Scalars['String']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  fields: Array<ImportFieldChange>;
};

/** The source an upload's change set carries: the file as the document, the day, who uploaded it. */
export type ImportSource = {
  __typename?: 'ImportSource';
  document: Scalars['String']['output'];
  date: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

/**
 * What an upload would change, computed against the graph as it is now; nothing is applied. Send
 * `changes` (JSON of [ChangeInput!], with the versions read) and `source` to applyChangeSet: a
 * change made since then is refused with CONFLICT and nothing is applied.
 */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  kind: ImportKind;
  mode: ImportMode;
  files: Array<Scalars['String']['output']>;
  addedNodes: Array<ImportNode>;
  changedNodes: Array<ImportNode>;
  removedNodes: Array<ImportNode>;
  addedEdges: Array<ImportEdge>;
  changedEdges: Array<ImportEdge>;
  removedEdges: Array<ImportEdge>;
  /** Problems by row; while there are any (and bad rows are not skipped) the set cannot be applied. */
  errors: Array<ImportRowError>;
  /** What is worth a look but is no error: rows repeating an earlier one, rows naming no product. */
  notices: Array<ImportRowError>;
  /** Bad rows were left out (each still in `errors`). */
  skippedBadRows: Scalars['Boolean']['output'];
  /** The change set as JSON: [ChangeInput!], in the order to apply. */
  changes: Scalars['String']['output'];
  changeCount: Scalars['Int']['output'];
  /** The most changes one change set holds (applyChangeSet's cap). */
  maxChanges: Scalars['Int']['output'];
  /** Whether the set can be applied: no errors (or skipped), at least one change, at most maxChanges. */
  applicable: Scalars['Boolean']['output'];
  source: ImportSource;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  NodeKind: NodeKind;
  RelType: RelType;
  Status: Status;
  Lens: Lens;
  Direction: Direction;
  PartnerRole: PartnerRole;
  GapKind: GapKind;
  Severity: Severity;
  ClusterTier: ClusterTier;
  ZoneKind: ZoneKind;
  InstitutionKind: InstitutionKind;
  IndicatorKind: IndicatorKind;
  IndicatorMeasure: IndicatorMeasure;
  Source: ResolverTypeWrapper<Source>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Indicator: ResolverTypeWrapper<Indicator>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Node: ResolverTypeWrapper<StoredNodeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Cluster: ResolverTypeWrapper<StoredNodeModel>;
  Zone: ResolverTypeWrapper<StoredNodeModel>;
  Enterprise: ResolverTypeWrapper<StoredNodeModel>;
  Institution: ResolverTypeWrapper<StoredNodeModel>;
  Product: ResolverTypeWrapper<StoredNodeModel>;
  Edge: ResolverTypeWrapper<GraphEdgeModel>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Path: ResolverTypeWrapper<PathModel>;
  PartnerMatch: ResolverTypeWrapper<PartnerMatchModel>;
  Gap: ResolverTypeWrapper<GapModel>;
  NeighborCount: ResolverTypeWrapper<NeighborCount>;
  KindCount: ResolverTypeWrapper<KindCount>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  IndicatorValue: ResolverTypeWrapper<Omit<IndicatorValue, 'subject'> & { subject: ResolversTypes['Node'] }>;
  Overview: ResolverTypeWrapper<OverviewModel>;
  ChainGapKind: ChainGapKind;
  ChainGap: ResolverTypeWrapper<ChainGapModel>;
  TargetMatch: ResolverTypeWrapper<TargetMatchModel>;
  Lane: Lane;
  PanoramaNode: ResolverTypeWrapper<PanoramaNodeModel>;
  Panorama: ResolverTypeWrapper<PanoramaModel>;
  Impact: ResolverTypeWrapper<ImpactModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  SourceInput: SourceInput;
  NodeInput: NodeInput;
  IndicatorInput: IndicatorInput;
  NodePatch: NodePatch;
  EdgeInput: EdgeInput;
  EdgePatch: EdgePatch;
  ChangeAction: ChangeAction;
  ChangeInput: ChangeInput;
  Change: ResolverTypeWrapper<ChangeRecordModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  LeadStatus: LeadStatus;
  LeadSubject: LeadSubject;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadEvent: ResolverTypeWrapper<LeadEventModel>;
  LeadInput: LeadInput;
  ImportFile: ImportFile;
  ImportKind: ImportKind;
  ImportMode: ImportMode;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  ImportFieldChange: ResolverTypeWrapper<ImportFieldChange>;
  ImportNode: ResolverTypeWrapper<ImportNode>;
  ImportEdge: ResolverTypeWrapper<ImportEdge>;
  ImportSource: ResolverTypeWrapper<ImportSource>;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Source: Source;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Indicator: Indicator;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Node: StoredNodeModel;
  ID: Scalars['ID']['output'];
  Cluster: StoredNodeModel;
  Zone: StoredNodeModel;
  Enterprise: StoredNodeModel;
  Institution: StoredNodeModel;
  Product: StoredNodeModel;
  Edge: GraphEdgeModel;
  Subgraph: SubgraphModel;
  Path: PathModel;
  PartnerMatch: PartnerMatchModel;
  Gap: GapModel;
  NeighborCount: NeighborCount;
  KindCount: KindCount;
  TypeCount: TypeCount;
  IndicatorValue: Omit<IndicatorValue, 'subject'> & { subject: ResolversParentTypes['Node'] };
  Overview: OverviewModel;
  ChainGap: ChainGapModel;
  TargetMatch: TargetMatchModel;
  PanoramaNode: PanoramaNodeModel;
  Panorama: PanoramaModel;
  Impact: ImpactModel;
  Query: Record<PropertyKey, never>;
  Viewer: ViewerModel;
  SourceInput: SourceInput;
  NodeInput: NodeInput;
  IndicatorInput: IndicatorInput;
  NodePatch: NodePatch;
  EdgeInput: EdgeInput;
  EdgePatch: EdgePatch;
  ChangeInput: ChangeInput;
  Change: ChangeRecordModel;
  Mutation: Record<PropertyKey, never>;
  Lead: LeadModel;
  LeadEvent: LeadEventModel;
  LeadInput: LeadInput;
  ImportFile: ImportFile;
  ImportRowError: ImportRowError;
  ImportFieldChange: ImportFieldChange;
  ImportNode: ImportNode;
  ImportEdge: ImportEdge;
  ImportSource: ImportSource;
  ImportPreview: ImportPreview;
};

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['IndicatorMeasure'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Zone' | 'Enterprise' | 'Institution' | 'Product', ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ClusterTier'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ZoneResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zoneKind?: Resolver<ResolversTypes['ZoneKind'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutionKind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerMatch'] = ResolversParentTypes['PartnerMatch']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PartnerRole'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedPartners?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType>;
};

export type NeighborCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NeighborCount'] = ResolversParentTypes['NeighborCount']> = {
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  homeZone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesByKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  edgesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type ChainGapResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChainGap'] = ResolversParentTypes['ChainGap']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChainGapKind'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  dependents?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  localProducers?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  externalProducerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetMatch']>, ParentType, ContextType, RequireFields<ChainGapTargetsArgs, 'first'>>;
};

export type TargetMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TargetMatch'] = ResolversParentTypes['TargetMatch']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasonsEn?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
};

export type PanoramaNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PanoramaNode'] = ResolversParentTypes['PanoramaNode']> = {
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  lane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localProducerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  externalProducerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['ChainGapKind']>, ParentType, ContextType>;
  chainLeader?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
};

export type PanoramaResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Panorama'] = ResolversParentTypes['Panorama']> = {
  nodes?: Resolver<Array<ResolversTypes['PanoramaNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = {
  orphaned?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  exposed?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  newGaps?: Resolver<Array<ResolversTypes['ChainGap']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  search?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'first'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'id' | 'depth' | 'limit'>>;
  between?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryBetweenArgs, 'ids'>>;
  neighborCounts?: Resolver<Array<ResolversTypes['NeighborCount']>, ParentType, ContextType, RequireFields<QueryNeighborCountsArgs, 'id'>>;
  supplyChain?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySupplyChainArgs, 'productId' | 'direction' | 'maxDepth'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to' | 'lens' | 'maxHops' | 'first'>>;
  partners?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType, RequireFields<QueryPartnersArgs, 'productId' | 'first'>>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, Partial<QueryGapsArgs>>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'limit'>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType>;
  chainGaps?: Resolver<Array<ResolversTypes['ChainGap']>, ParentType, ContextType, RequireFields<QueryChainGapsArgs, 'tiers' | 'first'>>;
  chainPanorama?: Resolver<ResolversTypes['Panorama'], ParentType, ContextType, RequireFields<QueryChainPanoramaArgs, 'tiers'>>;
  whatIf?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'removeIds'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  leads?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadsArgs, 'first'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
};

export type ViewerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revertOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  causedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  login?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'name' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'node' | 'source'>>;
  updateNode?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationUpdateNodeArgs, 'id' | 'version' | 'patch' | 'source'>>;
  deleteNode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'id' | 'version' | 'source'>>;
  createEdge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationCreateEdgeArgs, 'edge' | 'source'>>;
  updateEdge?: Resolver<ResolversTypes['Edge'], ParentType, ContextType, RequireFields<MutationUpdateEdgeArgs, 'id' | 'version' | 'patch' | 'source'>>;
  deleteEdge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEdgeArgs, 'id' | 'version' | 'source'>>;
  applyChangeSet?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<MutationApplyChangeSetArgs, 'changes' | 'source'>>;
  revertChange?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'id'>>;
  saveLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationSaveLeadArgs, 'input'>>;
  deleteLead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteLeadArgs, 'id' | 'version'>>;
  previewImport?: Resolver<ResolversTypes['ImportPreview'], ParentType, ContextType, RequireFields<MutationPreviewImportArgs, 'files' | 'skipBadRows' | 'mode'>>;
};

export type LeadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['LeadSubject'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  homeZoneId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusSince?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['LeadEvent']>, ParentType, ContextType>;
};

export type LeadEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LeadEvent'] = ResolversParentTypes['LeadEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportRowErrorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  elementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportFieldChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportFieldChange'] = ResolversParentTypes['ImportFieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportNode'] = ResolversParentTypes['ImportNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['ImportFieldChange']>, ParentType, ContextType>;
};

export type ImportEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportEdge'] = ResolversParentTypes['ImportEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['ImportFieldChange']>, ParentType, ContextType>;
};

export type ImportSourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportSource'] = ResolversParentTypes['ImportSource']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  kind?: Resolver<ResolversTypes['ImportKind'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ImportMode'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  addedNodes?: Resolver<Array<ResolversTypes['ImportNode']>, ParentType, ContextType>;
  changedNodes?: Resolver<Array<ResolversTypes['ImportNode']>, ParentType, ContextType>;
  removedNodes?: Resolver<Array<ResolversTypes['ImportNode']>, ParentType, ContextType>;
  addedEdges?: Resolver<Array<ResolversTypes['ImportEdge']>, ParentType, ContextType>;
  changedEdges?: Resolver<Array<ResolversTypes['ImportEdge']>, ParentType, ContextType>;
  removedEdges?: Resolver<Array<ResolversTypes['ImportEdge']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  skippedBadRows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ImportSource'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Source?: SourceResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PartnerMatch?: PartnerMatchResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  NeighborCount?: NeighborCountResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  ChainGap?: ChainGapResolvers<ContextType>;
  TargetMatch?: TargetMatchResolvers<ContextType>;
  PanoramaNode?: PanoramaNodeResolvers<ContextType>;
  Panorama?: PanoramaResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadEvent?: LeadEventResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportFieldChange?: ImportFieldChangeResolvers<ContextType>;
  ImportNode?: ImportNodeResolvers<ContextType>;
  ImportEdge?: ImportEdgeResolvers<ContextType>;
  ImportSource?: ImportSourceResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
};

