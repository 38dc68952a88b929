/**
 * The shapes the client reads from the GraphQL API, generated from the SDL and the client's own
 * documents by graphql-codegen (lib/generated.ts), flattened where an interface makes a union.
 *
 * The enum lists are runtime values because filters, legends and selects iterate them; they are
 * the server's own (server/domain/enums.ts), and tests/client/contract.test.ts checks them against the SDL.
 */
import type * as G from './generated';

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
  LEAD_STATUSES,
  LENSES,
  NODE_KINDS,
  PARTNER_ROLES,
  REL_ENDPOINTS,
  REL_TYPES,
  SEVERITIES,
  STATUSES,
  ZONE_KINDS,
} from '../../../server/domain/enums';

type UnionKeys<U> = U extends unknown ? keyof U : never;
type FieldOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** A union of object types as one: the fields all share as they are, each other field optional. */
export type Flat<U> = { [K in keyof U]: U[K] } & { [K in Exclude<UnionKeys<U>, keyof U>]?: FieldOf<U, K> };

/** Any node as the API returns it; kind-specific fields are present only on their kind. */
export type ApiNode = Flat<G.NFragment>;
export type ApiEdge = G.EFragment;
/** A source as the client reads it: the fields every source has; a change's also its document, URL and date. */
export type Source = Pick<G.SourceFieldsFragment, 'quote' | 'section' | 'stated'> &
  Partial<Pick<G.SourceFieldsFragment, 'note' | 'document' | 'url' | 'date'>>;
export type Indicator = G.IndicatorFieldsFragment;

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

export type PartnerMatch = Omit<G.PartnerFragment, 'node' | 'path'> & { node: ApiNode; path: Path };

type GapRow = G.GapsQuery['gaps'][number];
export type Gap = Omit<GapRow, 'product' | 'cluster' | 'zone' | 'suggestedPartners'> & {
  product?: ApiNode | null;
  cluster?: ApiNode | null;
  zone?: ApiNode | null;
  suggestedPartners: PartnerMatch[];
};

/** How many distinct neighbours a node reaches through one relationship type, by their kind. */
export type NeighborCount = G.NeighborCountsQuery['neighborCounts'][number];

export type Lang = 'zh' | 'en';
