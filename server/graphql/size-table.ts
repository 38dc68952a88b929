/**
 * The figures the response-size estimate multiplies: bytes of one JSON value per field (UTF-8,
 * quotes included), and the typical length of lists that no argument bounds. Means measured on
 * the Harbin dataset and the generated S/M graphs, rounded up; tests/graphql/response-size.test.ts
 * holds the estimate near what the server then sends.
 */

export const LIST_SIZES = {
  /** A partner's path (product → input → input → producer) has at most four nodes, three on average. */
  partnerPathNodes: 3.5,
  /** Relationships per node in a subgraph, at least (the graph's own ratio when it is higher). */
  edgesPerNode: 2.5,
  /** Indicators per cluster or zone. */
  indicators: 3,
  /** (relationship type, kind) pairs around one node: at most 9 × 5, a dozen or so in practice. */
  neighborCounts: 15,
} as const;

/** Lists inside one element: sources, aliases, a gap's clusters and zones. */
const TYPICAL_LENGTH: Record<string, number> = {
  sources: 1.3,
  aliases: 1,
  indicators: LIST_SIZES.indicators,
  clusters: 1.5,
  zones: 1.5,
  suggestedPartners: 5,
  nodesByKind: 5,
  edgesByType: 9,
  // Chain gaps: a few dependents, a local maker at most, a reason or four per target; what-if lists.
  dependents: 3,
  localProducers: 1,
  reasons: 3,
  reasonsEn: 3,
  orphaned: 5,
  exposed: 10,
  newGaps: 10,
};

/** Introspection lists, by field: the schema's own sizes, roughly (`types` is counted exactly). */
const INTROSPECTION_LENGTH: Record<string, number> = {
  fields: 8,
  args: 1.5,
  inputFields: 2,
  enumValues: 4,
  interfaces: 1,
  possibleTypes: 1,
  locations: 4,
  directives: 6,
};

export function typicalLength(parent: string, field: string): number {
  if (parent.startsWith('__')) return INTROSPECTION_LENGTH[field] ?? 1;
  return TYPICAL_LENGTH[field] ?? 1;
}

/** JSON bytes of one value of a field (quotes included), by field name, else by type. */
const FIELD_BYTES: Record<string, number> = {
  id: 28,
  source: 28,
  target: 28,
  name: 36,
  nameEn: 40,
  aliases: 20,
  quote: 60,
  section: 50,
  note: 32,
  explanation: 170,
  explanationEn: 190,
  reason: 125,
  reasonEn: 155,
  reasons: 40,
  reasonsEn: 60,
  description: 60,
  key: 26,
  unit: 8,
  period: 8,
};
const TYPE_BYTES: Record<string, number> = { ID: 28, String: 36, Int: 6, Float: 8, Boolean: 5 };
/** Edge ids spell both ends and the type: `product:a-[INPUT_TO]->product:b`. */
const EDGE_ID_BYTES = 64;
const ENUM_BYTES = 13;

export function scalarBytes(parent: string, field: string, type: string): number {
  if (parent === 'Edge' && field === 'id') return EDGE_ID_BYTES;
  return FIELD_BYTES[field] ?? TYPE_BYTES[type] ?? ENUM_BYTES;
}
