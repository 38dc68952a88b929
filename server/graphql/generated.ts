/* Generated from schema.graphql by `npm run codegen`: do not edit. */
import type { GraphQLResolveInfo } from 'graphql';
import type { StoredNode as StoredNodeModel, Path as PathModel, Subgraph as SubgraphModel, PartnerMatch as PartnerMatchModel, Gap as GapModel, Overview as OverviewModel } from '../store/types';
import type { GraphEdge as GraphEdgeModel } from '../domain/model';
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

export type Cluster = Node & {
  __typename?: 'Cluster';
  aliases: Array<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
  tier: ClusterTier;
};

/** 既有 / 高新技术 / 潜力 / 第三产业 */
export type ClusterTier =
  | 'ESTABLISHED'
  | 'HIGH_TECH'
  | 'POTENTIAL'
  | 'TERTIARY';

export type Direction =
  | 'BOTH'
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type Edge = {
  __typename?: 'Edge';
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  sources: Array<Source>;
  status: Status;
  target: Scalars['ID']['output'];
  type: RelType;
};

export type Enterprise = Node & {
  __typename?: 'Enterprise';
  aliases: Array<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
};

export type Gap = {
  __typename?: 'Gap';
  cluster: Maybe<Cluster>;
  /** Every cluster and zone the gap concerns (what the clusterId and zoneId filters match). */
  clusters: Array<Cluster>;
  explanation: Scalars['String']['output'];
  explanationEn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: GapKind;
  product: Maybe<Product>;
  severity: Severity;
  suggestedPartners: Array<PartnerMatch>;
  zone: Maybe<Zone>;
  zones: Array<Zone>;
};

export type GapKind =
  | 'FRAGILE_SUPPLIER'
  | 'MISSING_SUPPLIER'
  | 'NO_RESEARCH_PARTNER'
  | 'SINGLE_ZONE'
  | 'UNFILLED_TARGET';

export type Indicator = {
  __typename?: 'Indicator';
  key: Scalars['String']['output'];
  /** ACTUAL (the plan reports it) or TARGET (the plan sets it). */
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** The time the value is for: a year (`2005`) or a span (`2001-2005`, for totals, growth rates and changes). Ends in `year`. */
  period: Scalars['String']['output'];
  sources: Array<Source>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  valueMax: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type IndicatorKind =
  | 'ACTUAL'
  | 'TARGET';

/**
 * What an indicator value measures: LEVEL a year's amount or a stock at its end, TOTAL a sum over its
 * period (累计), GROWTH an average annual rate over its period, SHARE a part of a whole, MULTIPLE a
 * ratio to a base, CHANGE an increase over a base, RANK a place in a ranking.
 */
export type IndicatorMeasure =
  | 'CHANGE'
  | 'GROWTH'
  | 'LEVEL'
  | 'MULTIPLE'
  | 'RANK'
  | 'SHARE'
  | 'TOTAL';

/** An indicator together with the cluster or zone it describes. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  indicator: Indicator;
  subject: Node;
};

export type Institution = Node & {
  __typename?: 'Institution';
  aliases: Array<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  institutionKind: InstitutionKind;
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
};

export type InstitutionKind =
  | 'INCUBATOR'
  | 'RD_CENTER'
  | 'RESEARCH_INSTITUTE'
  | 'SERVICE_PLATFORM'
  | 'UNIVERSITY';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: NodeKind;
};

export type Lens =
  /** Any relationship either way. */
  | 'ALL'
  /** COOPERATES_WITH, RESEARCHES, LOCATED_IN, PART_OF, MEMBER_OF either way. */
  | 'COOPERATION'
  /** PRODUCES, INPUT_TO, SUPPLIES in their direction. */
  | 'SUPPLY_CHAIN';

/** How many distinct neighbours a node reaches through one relationship type, by their kind: what expanding that type adds. */
export type NeighborCount = {
  __typename?: 'NeighborCount';
  count: Scalars['Int']['output'];
  kind: NodeKind;
  type: RelType;
};

export type Node = {
  aliases: Array<Scalars['String']['output']>;
  /** Number of relationships touching this node (both directions). */
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
};

export type NodeKind =
  | 'CLUSTER'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PRODUCT'
  | 'ZONE';

export type Overview = {
  __typename?: 'Overview';
  edgeCount: Scalars['Int']['output'];
  edgesByType: Array<TypeCount>;
  /** 2005 actuals and 2010 targets, per zone and cluster. */
  indicators: Array<IndicatorValue>;
  nodeCount: Scalars['Int']['output'];
  nodesByKind: Array<KindCount>;
};

export type PartnerMatch = {
  __typename?: 'PartnerMatch';
  node: Node;
  path: Path;
  reason: Scalars['String']['output'];
  reasonEn: Scalars['String']['output'];
  role: PartnerRole;
  /** In (0, 1]: falls with path length, lower for PLANNED links. */
  score: Scalars['Float']['output'];
};

export type PartnerRole =
  | 'CUSTOMER'
  | 'HOST_ZONE'
  | 'PRODUCER'
  | 'RESEARCH_PARTNER'
  | 'SUPPLIER';

export type Path = {
  __typename?: 'Path';
  edges: Array<Edge>;
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
};

export type Product = Node & {
  __typename?: 'Product';
  aliases: Array<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
};

export type Query = {
  __typename?: 'Query';
  /** The given nodes (unknown ids skipped, at most 5000) and every relationship among them. */
  between: Subgraph;
  clusters: Array<Cluster>;
  gaps: Array<Gap>;
  /** A node's neighbours counted by relationship type and kind (the explorer's expand menu). */
  neighborCounts: Array<NeighborCount>;
  neighborhood: Subgraph;
  node: Maybe<Node>;
  nodes: Array<Node>;
  overview: Overview;
  partners: Array<PartnerMatch>;
  /**
   * Simple paths, shortest first. `maxDegree` leaves out hubs: no path passes through a node with more
   * relationships than that (the two ends are exempt).
   */
  paths: Array<Path>;
  /** Chinese characters, full pinyin, pinyin initials, English names and aliases; exact > prefix > substring. */
  search: Array<Node>;
  /** Every node of the given kinds (all kinds when omitted) and the relationships among them: the overview map. */
  subgraph: Subgraph;
  supplyChain: Subgraph;
  zones: Array<Zone>;
};


export type QueryBetweenArgs = {
  ids: Array<Scalars['ID']['input']>;
  relTypes?: InputMaybe<Array<RelType>>;
};


export type QueryGapsArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<GapKind>>;
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNeighborCountsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relTypes?: InputMaybe<Array<RelType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  lens?: InputMaybe<Lens>;
  maxDegree?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  text: Scalars['String']['input'];
};


export type QuerySubgraphArgs = {
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relTypes?: InputMaybe<Array<RelType>>;
};


export type QuerySupplyChainArgs = {
  direction?: InputMaybe<Direction>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
};

export type RelType =
  | 'COOPERATES_WITH'
  | 'FOCUSES_ON'
  | 'INPUT_TO'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'PRODUCES'
  | 'RESEARCHES'
  | 'SUPPLIES';

export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Where a fact comes from: a verbatim quote of the plan and its section. */
export type Source = {
  __typename?: 'Source';
  note: Maybe<Scalars['String']['output']>;
  quote: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** false: the plan implies the fact without saying it; `note` says why. */
  stated: Scalars['Boolean']['output'];
};

export type Status =
  /** The plan says it is there. */
  | 'EXISTING'
  /** The plan says to develop, build or attract it. */
  | 'PLANNED';

export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Edge>;
  nodes: Array<Node>;
  total: Scalars['Int']['output'];
  /** True when a cap cut the result; `total` then says how many nodes there were. */
  truncated: Scalars['Boolean']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: RelType;
};

export type Zone = Node & {
  __typename?: 'Zone';
  aliases: Array<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  kind: NodeKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  status: Status;
  zoneKind: ZoneKind;
};

export type ZoneKind =
  | 'CONCENTRATION_AREA'
  | 'COOPERATIVE_PARK'
  | 'DEVELOPMENT_ZONE'
  | 'DISTRICT'
  | 'EXPANSION_AREA'
  | 'FUNCTIONAL_AREA'
  | 'INDUSTRIAL_PARK';



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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cluster: ResolverTypeWrapper<StoredNodeModel>;
  ClusterTier: ClusterTier;
  Direction: Direction;
  Edge: ResolverTypeWrapper<GraphEdgeModel>;
  Enterprise: ResolverTypeWrapper<StoredNodeModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gap: ResolverTypeWrapper<GapModel>;
  GapKind: GapKind;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorKind: IndicatorKind;
  IndicatorMeasure: IndicatorMeasure;
  IndicatorValue: ResolverTypeWrapper<Omit<IndicatorValue, 'subject'> & { subject: ResolversTypes['Node'] }>;
  Institution: ResolverTypeWrapper<StoredNodeModel>;
  InstitutionKind: InstitutionKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Lens: Lens;
  NeighborCount: ResolverTypeWrapper<NeighborCount>;
  Node: ResolverTypeWrapper<StoredNodeModel>;
  NodeKind: NodeKind;
  Overview: ResolverTypeWrapper<OverviewModel>;
  PartnerMatch: ResolverTypeWrapper<PartnerMatchModel>;
  PartnerRole: PartnerRole;
  Path: ResolverTypeWrapper<PathModel>;
  Product: ResolverTypeWrapper<StoredNodeModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelType: RelType;
  Severity: Severity;
  Source: ResolverTypeWrapper<Source>;
  Status: Status;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  Zone: ResolverTypeWrapper<StoredNodeModel>;
  ZoneKind: ZoneKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Cluster: StoredNodeModel;
  Edge: GraphEdgeModel;
  Enterprise: StoredNodeModel;
  Float: Scalars['Float']['output'];
  Gap: GapModel;
  ID: Scalars['ID']['output'];
  Indicator: Indicator;
  IndicatorValue: Omit<IndicatorValue, 'subject'> & { subject: ResolversParentTypes['Node'] };
  Institution: StoredNodeModel;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  NeighborCount: NeighborCount;
  Node: StoredNodeModel;
  Overview: OverviewModel;
  PartnerMatch: PartnerMatchModel;
  Path: PathModel;
  Product: StoredNodeModel;
  Query: Record<PropertyKey, never>;
  Source: Source;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  TypeCount: TypeCount;
  Zone: StoredNodeModel;
};

export type ClusterResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['ClusterTier'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GapResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = {
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  suggestedPartners?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['Zone']>, ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['IndicatorMeasure'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionKind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type NeighborCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NeighborCount'] = ResolversParentTypes['NeighborCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Cluster' | 'Enterprise' | 'Institution' | 'Product' | 'Zone', ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edgesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesByKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
};

export type PartnerMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PartnerMatch'] = ResolversParentTypes['PartnerMatch']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['Path'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PartnerRole'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  between?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryBetweenArgs, 'ids'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, Partial<QueryGapsArgs>>;
  neighborCounts?: Resolver<Array<ResolversTypes['NeighborCount']>, ParentType, ContextType, RequireFields<QueryNeighborCountsArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first' | 'productId'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'lens' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'limit'>>;
  supplyChain?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySupplyChainArgs, 'direction' | 'maxDepth' | 'productId'>>;
  zones?: Resolver<Array<ResolversTypes['Zone']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Edge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelType'], ParentType, ContextType>;
};

export type ZoneResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Zone'] = ResolversParentTypes['Zone']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  zoneKind?: Resolver<ResolversTypes['ZoneKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Cluster?: ClusterResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  NeighborCount?: NeighborCountResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PartnerMatch?: PartnerMatchResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  Zone?: ZoneResolvers<ContextType>;
};

