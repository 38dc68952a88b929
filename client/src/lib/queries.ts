/**
 * Every GraphQL document the client sends: one operation per file in client/src/graphql (the
 * fragments they share in fragments.graphql), bundled as text. Each operation is sent with the
 * fragments it uses, transitively, and nothing more (an unused fragment is a validation error).
 * graphql-codegen types each operation's variables and result from the same files
 * (lib/generated.ts), and tests/client/contract.test.ts validates each against the SDL.
 */
import type * as G from './generated';

const files = import.meta.glob('../graphql/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The fragments by name, with the fragments each one spreads. */
const fragments = new Map<string, string>();
for (const [path, text] of Object.entries(files)) {
  if (!path.endsWith('/fragments.graphql')) continue;
  for (const block of text.split(/\n(?=fragment )/)) {
    const name = /^fragment (\w+)/.exec(block.trim())?.[1];
    if (name) fragments.set(name, block.trim());
  }
}

function withFragments(operation: string): string {
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\.\.\.(\w+)/g)) {
      const name = m[1] as string;
      if (used.has(name) || !fragments.has(name)) continue;
      used.add(name);
      visit(fragments.get(name) as string);
    }
  };
  visit(operation);
  return [operation.trim(), ...[...used].sort().map((n) => fragments.get(n))].join('\n\n');
}

/** What each operation takes and gives, by the name the client calls it by. */
export interface Operations {
  subgraph: [G.SubgraphQueryVariables, G.SubgraphQuery];
  neighborhood: [G.NeighborhoodQueryVariables, G.NeighborhoodQuery];
  supplyChain: [G.SupplyChainQueryVariables, G.SupplyChainQuery];
  between: [G.BetweenQueryVariables, G.BetweenQuery];
  neighborCounts: [G.NeighborCountsQueryVariables, G.NeighborCountsQuery];
  search: [G.SearchQueryVariables, G.SearchQuery];
  nodes: [G.NodesQueryVariables, G.NodesQuery];
  paths: [G.PathsQueryVariables, G.PathsQuery];
  partners: [G.PartnersQueryVariables, G.PartnersQuery];
  clusters: [G.ClustersQueryVariables, G.ClustersQuery];
  zones: [G.ZonesQueryVariables, G.ZonesQuery];
  gaps: [G.GapsQueryVariables, G.GapsQuery];
  indicators: [G.IndicatorsQueryVariables, G.IndicatorsQuery];
  chainPanorama: [G.ChainPanoramaQueryVariables, G.ChainPanoramaQuery];
  chainGaps: [G.ChainGapsQueryVariables, G.ChainGapsQuery];
  whatIf: [G.WhatIfQueryVariables, G.WhatIfQuery];
  viewer: [G.ViewerQueryVariables, G.ViewerQuery];
  login: [G.LoginMutationVariables, G.LoginMutation];
  logout: [G.LogoutMutationVariables, G.LogoutMutation];
  applyChangeSet: [G.ApplyChangeSetMutationVariables, G.ApplyChangeSetMutation];
  revertChange: [G.RevertChangeMutationVariables, G.RevertChangeMutation];
  changes: [G.ChangesQueryVariables, G.ChangesQuery];
  current: [G.CurrentQueryVariables, G.CurrentQuery];
  homeZone: [G.HomeZoneQueryVariables, G.HomeZoneQuery];
  previewImport: [G.PreviewImportMutationVariables, G.PreviewImportMutation];
  leads: [G.LeadsQueryVariables, G.LeadsQuery];
  leadHistory: [G.LeadHistoryQueryVariables, G.LeadHistoryQuery];
  saveLead: [G.SaveLeadMutationVariables, G.SaveLeadMutation];
}
export type QueryName = keyof Operations;
export type Variables<N extends QueryName> = Operations[N][0];
export type Result<N extends QueryName> = Operations[N][1];

const documents: Record<string, string> = {};
for (const [path, text] of Object.entries(files)) {
  const file = /\/(\w+)\.graphql$/.exec(path)?.[1];
  if (!file || file === 'fragments') continue;
  documents[file.charAt(0).toLowerCase() + file.slice(1)] = withFragments(text);
}

export const Q = documents as Record<QueryName, string>;

/** The operation's name as written in its file (the HTTP request names it). */
export function operationName(name: QueryName): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
