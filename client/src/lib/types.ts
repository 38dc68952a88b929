/**
 * The shapes the client reads from the GraphQL API (server/graphql/schema.graphql is the contract).
 *
 * The enum lists are runtime values because filters, legends and selects iterate them;
 * tests/client/contract.test.ts checks them against the SDL so they cannot drift.
 */
export const NODE_KINDS = ['CLUSTER', 'ZONE', 'ENTERPRISE', 'INSTITUTION', 'PRODUCT'] as const;
export const REL_TYPES = [
  'MEMBER_OF',
  'LOCATED_IN',
  'PART_OF',
  'PRODUCES',
  'INPUT_TO',
  'FOCUSES_ON',
  'SUPPLIES',
  'RESEARCHES',
  'COOPERATES_WITH',
] as const;
export const STATUSES = ['EXISTING', 'PLANNED'] as const;
export const CLUSTER_TIERS = ['ESTABLISHED', 'HIGH_TECH', 'POTENTIAL', 'TERTIARY'] as const;
export const LENSES = ['SUPPLY_CHAIN', 'COOPERATION', 'ALL'] as const;
export const PARTNER_ROLES = ['PRODUCER', 'SUPPLIER', 'CUSTOMER', 'RESEARCH_PARTNER', 'HOST_ZONE'] as const;
export const GAP_KINDS = [
  'MISSING_SUPPLIER',
  'FRAGILE_SUPPLIER',
  'UNFILLED_TARGET',
  'SINGLE_ZONE',
  'NO_RESEARCH_PARTNER',
] as const;
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export const ZONE_KINDS = [
  'DEVELOPMENT_ZONE',
  'CONCENTRATION_AREA',
  'EXPANSION_AREA',
  'COOPERATIVE_PARK',
  'INDUSTRIAL_PARK',
  'DISTRICT',
  'FUNCTIONAL_AREA',
] as const;
export const INSTITUTION_KINDS = [
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'INCUBATOR',
  'RD_CENTER',
  'SERVICE_PLATFORM',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type RelType = (typeof REL_TYPES)[number];
export type Status = (typeof STATUSES)[number];
export type ClusterTier = (typeof CLUSTER_TIERS)[number];
export type Lens = (typeof LENSES)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type GapKind = (typeof GAP_KINDS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type ZoneKind = (typeof ZONE_KINDS)[number];
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface Source {
  quote: string;
  section: string;
  stated: boolean;
  note?: string | null;
}

export interface Indicator {
  key: string;
  name: string;
  nameEn: string;
  year: number;
  value: number;
  valueMax?: number | null;
  unit: string;
  kind: 'ACTUAL' | 'TARGET';
  period?: string | null;
}

/** Any node as the API returns it; kind-specific fields are present only on their kind. */
export interface ApiNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  status: Status;
  sources: Source[];
  degree?: number;
  tier?: ClusterTier;
  zoneKind?: ZoneKind;
  institutionKind?: InstitutionKind;
  indicators?: Indicator[];
}

export interface ApiEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  status: Status;
  sources: Source[];
}

export interface Subgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  truncated: boolean;
  total: number;
}

export interface Path {
  nodes: ApiNode[];
  edges: ApiEdge[];
  length: number;
}

export interface PartnerMatch {
  node: ApiNode;
  role: PartnerRole;
  score: number;
  path: Path;
  reason: string;
  reasonEn: string;
}

export interface Gap {
  id: string;
  kind: GapKind;
  severity: Severity;
  product?: ApiNode | null;
  cluster?: ApiNode | null;
  zone?: ApiNode | null;
  explanation: string;
  explanationEn: string;
  suggestedPartners: PartnerMatch[];
}

export type Lang = 'zh' | 'en';
