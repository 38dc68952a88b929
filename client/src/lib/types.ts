/**
 * The shapes the client reads from the GraphQL API (server/graphql/schema.graphql is the contract).
 *
 * The enum lists are runtime values because filters, legends and selects iterate them; they are
 * the server's own (server/domain/enums.ts), and tests/client/contract.test.ts checks them against the SDL.
 */
import type {
  ClusterTier,
  GapKind,
  InstitutionKind,
  NodeKind,
  PartnerRole,
  RelType,
  Severity,
  Status,
  ZoneKind,
} from '../../../server/domain/enums';

export type {
  ClusterTier,
  GapKind,
  InstitutionKind,
  Lens,
  NodeKind,
  PartnerRole,
  RelType,
  Severity,
  Status,
  ZoneKind,
} from '../../../server/domain/enums';
// The enum lists come from the server's domain, the one place they are written down (no zod there).
export {
  CLUSTER_TIERS,
  GAP_KINDS,
  INSTITUTION_KINDS,
  LENSES,
  NODE_KINDS,
  PARTNER_ROLES,
  REL_TYPES,
  SEVERITIES,
  STATUSES,
  ZONE_KINDS,
} from '../../../server/domain/enums';

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
  /** LEVEL, TOTAL, GROWTH, SHARE, MULTIPLE, CHANGE or RANK (server/domain/enums.ts INDICATOR_MEASURES). */
  measure?: string;
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
