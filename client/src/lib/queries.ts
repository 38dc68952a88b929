/**
 * Every GraphQL document the client sends. Kept in one module so the contract test can
 * validate each of them against server/graphql/schema.graphql.
 */
const SOURCE = 'sources { quote section stated note }';
const INDICATORS = 'indicators { key name nameEn year value valueMax unit kind measure period }';

const NODE = `fragment N on Node {
  id kind name nameEn aliases status degree ${SOURCE}
  ... on Cluster { tier ${INDICATORS} }
  ... on Zone { zoneKind ${INDICATORS} }
  ... on Institution { institutionKind }
}`;
const EDGE = `fragment E on Edge { id type source target status ${SOURCE} }`;
const PATH = 'nodes { ...N } edges { ...E } length';
const MATCH = `node { ...N } role score reason reasonEn path { ${PATH} }`;
const SUB = 'nodes { ...N } edges { ...E } truncated total';

export const Q = {
  subgraph: `query Subgraph($kinds: [NodeKind!], $relTypes: [RelType!], $limit: Int) {
  subgraph(kinds: $kinds, relTypes: $relTypes, limit: $limit) { ${SUB} }
}
${NODE}
${EDGE}`,
  neighborhood: `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUB} }
}
${NODE}
${EDGE}`,
  supplyChain: `query SupplyChain($productId: ID!, $direction: Direction, $maxDepth: Int) {
  supplyChain(productId: $productId, direction: $direction, maxDepth: $maxDepth) { ${SUB} }
}
${NODE}
${EDGE}`,
  search: `query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { ...N }
}
${NODE}`,
  nodes: `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { ...N }
}
${NODE}`,
  paths: `query Paths($from: ID!, $to: ID!, $lens: Lens, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, lens: $lens, maxHops: $maxHops, first: $first) { ${PATH} }
}
${NODE}
${EDGE}`,
  partners: `query Partners($productId: ID!, $first: Int) {
  partners(productId: $productId, first: $first) { ${MATCH} }
}
${NODE}
${EDGE}`,
  gaps: `query Gaps {
  gaps {
    id kind severity explanation explanationEn
    product { ...N } cluster { ...N } zone { ...N }
    suggestedPartners { ${MATCH} }
  }
}
${NODE}
${EDGE}`,
} as const;

export type QueryName = keyof typeof Q;
