/* Generated from client/src/graphql/*.graphql by `npm run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** 上游 / 中游 / 下游 */
export type Lane =
  | 'UPSTREAM'
  | 'MIDSTREAM'
  | 'DOWNSTREAM';

/** VIEWER reads; EDITOR also changes the graph and reverts their own changes; ADMIN also reverts anyone's. */
export type Role =
  | 'VIEWER'
  | 'EDITOR'
  | 'ADMIN';

/** Where a change comes from: a quote with its document and section, or a note with a URL and a date. */
export type SourceInput = {
  quote?: string | null | undefined;
  document?: string | null | undefined;
  section?: string | null | undefined;
  note?: string | null | undefined;
  url?: string | null | undefined;
  date?: string | null | undefined;
  stated?: boolean | null | undefined;
};

/**
 * A new node: the dataset's fields. Without `id`, one is made from the kind and the English name (else the pinyin of the name).
 * Without `nameEn` (registry lists have none) the English view shows the name in pinyin.
 */
export type NodeInput = {
  id?: string | number | null | undefined;
  kind: NodeKind;
  name: string;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  status?: Status | null | undefined;
  tier?: ClusterTier | null | undefined;
  zoneKind?: ZoneKind | null | undefined;
  institutionKind?: InstitutionKind | null | undefined;
  /** The node's own sources; the change's source is added to them. */
  sources?: Array<SourceInput> | null | undefined;
  /** A cluster's or a zone's figures (other kinds have none). */
  indicators?: Array<IndicatorInput> | null | undefined;
};

/** A figure of a cluster or a zone, checked as a dataset file's. Without `sources`, the change's source is its source. */
export type IndicatorInput = {
  key: string;
  name: string;
  nameEn: string;
  year: number;
  value: number;
  valueMax?: number | null | undefined;
  unit: string;
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  period: string;
  sources?: Array<SourceInput> | null | undefined;
};

/** Fields to change (absent: unchanged). The change's source is added to the node's sources. */
export type NodePatch = {
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  status?: Status | null | undefined;
  tier?: ClusterTier | null | undefined;
  zoneKind?: ZoneKind | null | undefined;
  institutionKind?: InstitutionKind | null | undefined;
  /** Replaces the figures of a cluster or a zone. */
  indicators?: Array<IndicatorInput> | null | undefined;
  /** The node's sources in full, replacing them (what an upload merges into a node); the change's source is added. */
  sources?: Array<SourceInput> | null | undefined;
};

export type EdgeInput = {
  type: RelType;
  source: string | number;
  target: string | number;
  status?: Status | null | undefined;
  /** The relationship's own sources; the change's source is added to them. */
  sources?: Array<SourceInput> | null | undefined;
};

/** What a relationship's update may change (its type and ends are its identity). The change's source is added to its sources. */
export type EdgePatch = {
  status?: Status | null | undefined;
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
  node?: NodeInput | null | undefined;
  edge?: EdgeInput | null | undefined;
  id?: string | number | null | undefined;
  version?: number | null | undefined;
  patch?: NodePatch | null | undefined;
  edgePatch?: EdgePatch | null | undefined;
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

/**
 * Without `id`: a new lead (`productId` needed; no `targetId` makes a GAP lead; the home zone defaults
 * to the dataset's; the owner to whoever makes it). With `id` and `version`: changes status, owner or notes.
 */
export type LeadInput = {
  id?: string | number | null | undefined;
  version?: number | null | undefined;
  productId?: string | number | null | undefined;
  targetId?: string | number | null | undefined;
  homeZoneId?: string | number | null | undefined;
  status?: LeadStatus | null | undefined;
  /** A person's name, at most 64 characters. */
  owner?: string | null | undefined;
  /** At most 4000 characters; line breaks allowed, other control characters not. */
  notes?: string | null | undefined;
};

/** A file to preview: its name as the user chose it and its bytes in base64. */
export type ImportFile = {
  name: string;
  content: string;
};

/** REGISTRY: an enterprise list exported from 企查查, 天眼查 or 启信宝 (XLSX or CSV); PLANNER_SHEET: nodes.csv and edges.csv in the export's columns. */
export type ImportKind =
  | 'REGISTRY'
  | 'PLANNER_SHEET';

/** MERGE into the graph, or REPLACE it (a planner's sheet only: what the sheets do not name is removed). */
export type ImportMode =
  | 'MERGE'
  | 'REPLACE';

export type ApplyChangeSetMutationVariables = Exact<{
  changes: Array<ChangeInput> | ChangeInput;
  source: SourceInput;
}>;


export type ApplyChangeSetMutation = { applyChangeSet: Array<{ id: string, at: string, user: string, action: string, elementId: string, before: string | null, after: string | null, reverted: boolean, revertOf: string | null, causedBy: string | null, version: number, source: { quote: string, section: string, stated: boolean, note: string | null, document: string | null, url: string | null, date: string | null } }> };

export type BetweenQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BetweenQuery = { between: { edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type ChainGapsQueryVariables = Exact<{
  clusterId?: string | number | null | undefined;
  productId?: string | number | null | undefined;
  tiers?: number | null | undefined;
  first?: number | null | undefined;
  targets?: number | null | undefined;
}>;


export type ChainGapsQuery = { chainGaps: Array<{ id: string, kind: ChainGapKind, severity: Severity, explanation: string, explanationEn: string, externalProducerCount: number, targets: Array<{ score: number, reasons: Array<string>, reasonsEn: Array<string>, node:
        | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      , zone: { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null, path: { length: number, nodes: Array<
          | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } }>, product: { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }, dependents: Array<{ id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }>, localProducers: Array<{ id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> }> };

export type ChainPanoramaQueryVariables = Exact<{
  clusterId?: string | number | null | undefined;
  productId?: string | number | null | undefined;
  tiers?: number | null | undefined;
}>;


export type ChainPanoramaQuery = { chainPanorama: { truncated: boolean, nodes: Array<{ lane: Lane, tier: number, localProducerCount: number, externalProducerCount: number, gap: ChainGapKind | null, product: { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }, chainLeader: { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null }>, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type ChangesQueryVariables = Exact<{
  elementId?: string | number | null | undefined;
  user?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ id: string, at: string, user: string, action: string, elementId: string, before: string | null, after: string | null, reverted: boolean, revertOf: string | null, causedBy: string | null, version: number, source: { quote: string, section: string, stated: boolean, note: string | null, document: string | null, url: string | null, date: string | null } }> };

export type ClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClustersQuery = { clusters: Array<{ tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> };

export type CurrentQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  ends: Array<string | number> | string | number;
}>;


export type CurrentQuery = { nodes: Array<
    | { version: number, tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { version: number, zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { version: number, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { version: number, institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { version: number, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
  >, between: { edges: Array<{ version: number, id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type GapsQueryVariables = Exact<{
  clusterId?: string | number | null | undefined;
  zoneId?: string | number | null | undefined;
}>;


export type GapsQuery = { gaps: Array<{ id: string, kind: GapKind, severity: Severity, explanation: string, explanationEn: string, product: { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null, cluster: { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null, zone: { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null, suggestedPartners: Array<{ role: PartnerRole, score: number, reason: string, reasonEn: string, node:
        | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      , path: { length: number, nodes: Array<
          | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
          | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } }> }> };

export type HomeZoneQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeZoneQuery = { overview: { homeZone: { id: string, name: string, nameEn: string | null } | null } };

export type IndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsQuery = { overview: { indicators: Array<{ subject:
        | { id: string, kind: NodeKind, name: string, nameEn: string | null }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null }
      , indicator: { key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } }> } };

export type LeadHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadHistoryQuery = { lead: { id: string, history: Array<{ id: string, at: string, user: string, action: string, before: string | null, after: string | null }> } | null };

export type LeadsQueryVariables = Exact<{
  status?: LeadStatus | null | undefined;
  owner?: string | null | undefined;
  productId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type LeadsQuery = { leads: Array<{ id: string, subject: LeadSubject, productId: string, targetId: string | null, homeZoneId: string, status: LeadStatus, owner: string, notes: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, statusSince: string, version: number, product:
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
     | null, target:
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
     | null }> };

export type LoginMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type LoginMutation = { login: { name: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type NeighborCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighborCountsQuery = { neighborCounts: Array<{ type: RelType, kind: NodeKind, count: number }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  relTypes?: Array<RelType> | RelType | null | undefined;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, total: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
  > };

export type PartnersQueryVariables = Exact<{
  productId: string | number;
  first?: number | null | undefined;
}>;


export type PartnersQuery = { partners: Array<{ role: PartnerRole, score: number, reason: string, reasonEn: string, node:
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    , path: { length: number, nodes: Array<
        | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
        | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } }> };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  lens?: Lens | null | undefined;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  maxDegree?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> }> };

export type PreviewImportMutationVariables = Exact<{
  files: Array<ImportFile> | ImportFile;
  skipBadRows?: boolean | null | undefined;
  mode?: ImportMode | null | undefined;
}>;


export type PreviewImportMutation = { previewImport: { kind: ImportKind, mode: ImportMode, files: Array<string>, skippedBadRows: boolean, changes: string, changeCount: number, maxChanges: number, applicable: boolean, addedNodes: Array<{ id: string, kind: NodeKind, name: string, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, changedNodes: Array<{ id: string, kind: NodeKind, name: string, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, removedNodes: Array<{ id: string, kind: NodeKind, name: string, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, addedEdges: Array<{ id: string, type: RelType, sourceName: string, targetName: string, status: Status, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, changedEdges: Array<{ id: string, type: RelType, sourceName: string, targetName: string, status: Status, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, removedEdges: Array<{ id: string, type: RelType, sourceName: string, targetName: string, status: Status, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> }>, errors: Array<{ file: string, line: number | null, field: string | null, elementId: string | null, message: string }>, notices: Array<{ file: string, line: number | null, field: string | null, elementId: string | null, message: string }>, source: { document: string, date: string, note: string } } };

export type ImportNodeFieldsFragment = { id: string, kind: NodeKind, name: string, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> };

export type ImportEdgeFieldsFragment = { id: string, type: RelType, sourceName: string, targetName: string, status: Status, file: string | null, line: number | null, fields: Array<{ field: string, before: string | null, after: string | null }> };

export type ImportRowFragment = { file: string, line: number | null, field: string | null, elementId: string | null, message: string };

export type RevertChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type RevertChangeMutation = { revertChange: { id: string, at: string, user: string, action: string, elementId: string, before: string | null, after: string | null, reverted: boolean, revertOf: string | null, causedBy: string | null, version: number, source: { quote: string, section: string, stated: boolean, note: string | null, document: string | null, url: string | null, date: string | null } } };

export type SaveLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type SaveLeadMutation = { saveLead: { id: string, subject: LeadSubject, productId: string, targetId: string | null, homeZoneId: string, status: LeadStatus, owner: string, notes: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, statusSince: string, version: number, product:
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
     | null, target:
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
      | { id: string, name: string, nameEn: string | null }
     | null } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
  > };

export type SubgraphQueryVariables = Exact<{
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  relTypes?: Array<RelType> | RelType | null | undefined;
  limit?: number | null | undefined;
}>;


export type SubgraphQuery = { subgraph: { truncated: boolean, total: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type SupplyChainQueryVariables = Exact<{
  productId: string | number;
  direction?: Direction | null | undefined;
  maxDepth?: number | null | undefined;
}>;


export type SupplyChainQuery = { supplyChain: { truncated: boolean, total: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { name: string, role: Role } | null };

export type WhatIfQueryVariables = Exact<{
  removeIds: Array<string | number> | string | number;
}>;


export type WhatIfQuery = { whatIf: { orphaned: Array<{ id: string, name: string, nameEn: string | null }>, exposed: Array<{ id: string, name: string, nameEn: string | null }>, newGaps: Array<{ id: string, kind: ChainGapKind, severity: Severity, product: { id: string, name: string, nameEn: string | null } }> } };

export type ZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type ZonesQuery = { zones: Array<{ zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> };

type N_Cluster_Fragment = { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

type N_Zone_Fragment = { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

type N_Enterprise_Fragment = { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

type N_Institution_Fragment = { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

type N_Product_Fragment = { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

export type NFragment =
  | N_Cluster_Fragment
  | N_Zone_Fragment
  | N_Enterprise_Fragment
  | N_Institution_Fragment
  | N_Product_Fragment
;

export type EFragment = { id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> };

export type ChainGapFieldsFragment = { id: string, kind: ChainGapKind, severity: Severity, explanation: string, explanationEn: string, externalProducerCount: number, product: { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }, dependents: Array<{ id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }>, localProducers: Array<{ id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> };

export type TargetFragment = { score: number, reasons: Array<string>, reasonsEn: Array<string>, node:
    | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
  , zone: { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> } | null, path: { length: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type IndicatorFieldsFragment = { key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string };

export type PartnerFragment = { role: PartnerRole, score: number, reason: string, reasonEn: string, node:
    | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
  , path: { length: number, nodes: Array<
      | { tier: ClusterTier, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { zoneKind: ZoneKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, indicators: Array<{ key: string, name: string, nameEn: string, year: number, value: number, valueMax: number | null, unit: string, kind: IndicatorKind, measure: IndicatorMeasure, period: string }>, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { institutionKind: InstitutionKind, id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
      | { id: string, kind: NodeKind, name: string, nameEn: string | null, nameEnStated: boolean, aliases: Array<string>, status: Status, degree: number, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }
    >, edges: Array<{ id: string, type: RelType, source: string, target: string, status: Status, sources: Array<{ quote: string, section: string, stated: boolean, note: string | null }> }> } };

export type ElementSourceFragment = { quote: string, section: string, stated: boolean, note: string | null };

export type SourceFieldsFragment = { quote: string, section: string, stated: boolean, note: string | null, document: string | null, url: string | null, date: string | null };

export type ChangeFieldsFragment = { id: string, at: string, user: string, action: string, elementId: string, before: string | null, after: string | null, reverted: boolean, revertOf: string | null, causedBy: string | null, version: number, source: { quote: string, section: string, stated: boolean, note: string | null, document: string | null, url: string | null, date: string | null } };

export type LeadFieldsFragment = { id: string, subject: LeadSubject, productId: string, targetId: string | null, homeZoneId: string, status: LeadStatus, owner: string, notes: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string, statusSince: string, version: number, product:
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
   | null, target:
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
    | { id: string, name: string, nameEn: string | null }
   | null };
