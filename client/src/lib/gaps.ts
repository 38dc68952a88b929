/**
 * Gap report helpers: gaps merged by what they are about (a product that is both an unfilled
 * target and a missing input is one entry with both reasons), filtering by kind and severity,
 * and what a gap is about. The cluster and zone filters are the server's (`gaps(clusterId,
 * zoneId)`): it knows which parks lie inside a zone.
 */
import type { ApiNode, Gap, GapKind, PartnerMatch, Severity } from './types';

export interface GapFilter {
  kind: GapKind | null;
  severity: Severity | null;
}

/** One entry of the report: every gap about one subject, the most severe first. */
export interface GapEntry extends Gap {
  kinds: GapKind[];
  /** The ids of the gaps merged into it (the first is the entry's id). */
  gapIds: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** The node a gap is about: its product, else its cluster, else its zone. */
export function gapSubject(g: Gap): ApiNode | null {
  return g.product ?? g.cluster ?? g.zone ?? null;
}

/** Gaps about the same subject as one entry, in the order of their first gap. */
export function mergeGaps(gaps: readonly Gap[]): GapEntry[] {
  const bySubject = new Map<string, Gap[]>();
  for (const g of gaps) {
    const key = gapSubject(g)?.id ?? g.id;
    const list = bySubject.get(key);
    if (list) list.push(g);
    else bySubject.set(key, [g]);
  }
  return [...bySubject.values()].map((list) => {
    const sorted = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const first = sorted[0] as Gap;
    const partners = new Map<string, PartnerMatch>();
    for (const g of sorted)
      for (const m of g.suggestedPartners) if (!partners.has(m.node.id)) partners.set(m.node.id, m);
    return {
      ...first,
      id: (list[0] as Gap).id,
      gapIds: list.map((g) => g.id),
      kinds: sorted.map((g) => g.kind),
      product: first.product ?? sorted.find((g) => g.product)?.product ?? null,
      cluster: first.cluster ?? sorted.find((g) => g.cluster)?.cluster ?? null,
      zone: first.zone ?? sorted.find((g) => g.zone)?.zone ?? null,
      explanation: sorted.map((g) => g.explanation).join('；'),
      explanationEn: sorted.map((g) => g.explanationEn).join('; '),
      suggestedPartners: [...partners.values()],
    };
  });
}

/** Entries passing the filter, most severe first (server order kept within a severity). */
export function filterGaps(entries: readonly GapEntry[], f: GapFilter): GapEntry[] {
  return entries
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => (!f.kind || g.kinds.includes(f.kind)) && (!f.severity || g.severity === f.severity))
    .sort((a, b) => SEVERITY_RANK[a.g.severity] - SEVERITY_RANK[b.g.severity] || a.i - b.i)
    .map(({ g }) => g);
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
