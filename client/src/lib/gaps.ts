/** Gap report helpers: filtering by kind, severity, cluster and zone, and what a gap is about. */
import type { ApiNode, Gap, GapKind, Severity } from './types';

export interface GapFilter {
  kind: GapKind | null;
  severity: Severity | null;
  cluster: string | null;
  zone: string | null;
}

const SEVERITY_RANK: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Gaps passing the filter, most severe first (server order kept within a severity). */
export function filterGaps(gaps: readonly Gap[], f: GapFilter): Gap[] {
  return gaps
    .map((g, i) => ({ g, i }))
    .filter(
      ({ g }) =>
        (!f.kind || g.kind === f.kind) &&
        (!f.severity || g.severity === f.severity) &&
        (!f.cluster || g.cluster?.id === f.cluster) &&
        (!f.zone || g.zone?.id === f.zone),
    )
    .sort((a, b) => SEVERITY_RANK[a.g.severity] - SEVERITY_RANK[b.g.severity] || a.i - b.i)
    .map(({ g }) => g);
}

/** Distinct clusters and zones named by the gaps, for the filter selects. */
export function gapFacets(gaps: readonly Gap[]): { clusters: ApiNode[]; zones: ApiNode[] } {
  const clusters = new Map<string, ApiNode>();
  const zones = new Map<string, ApiNode>();
  for (const g of gaps) {
    if (g.cluster) clusters.set(g.cluster.id, g.cluster);
    if (g.zone) zones.set(g.zone.id, g.zone);
  }
  const byId = (a: ApiNode, b: ApiNode) => a.id.localeCompare(b.id);
  return { clusters: [...clusters.values()].sort(byId), zones: [...zones.values()].sort(byId) };
}

/** The node a gap is about: its product, else its cluster, else its zone. */
export function gapSubject(g: Gap): ApiNode | null {
  return g.product ?? g.cluster ?? g.zone ?? null;
}

/** Every node a gap names (subject, cluster, zone) plus its suggested partners and their paths. */
export function gapSubgraph(g: Gap): { nodes: ApiNode[]; edges: Gap['suggestedPartners'][number]['path']['edges'] } {
  const nodes = [g.product, g.cluster, g.zone].filter((n): n is ApiNode => !!n);
  const edges = [];
  for (const m of g.suggestedPartners) {
    nodes.push(m.node, ...m.path.nodes);
    edges.push(...m.path.edges);
  }
  return { nodes, edges };
}
