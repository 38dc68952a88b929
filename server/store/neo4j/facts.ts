/**
 * Gap facts and partner candidates from Neo4j: each is one Cypher read whose rows are reshaped
 * into the inputs of the shared semantics (`computeGaps`, `rankPartners`), so both stores find
 * the same gaps and rank the same partners.
 */
import type { Status } from '../../domain/model';
import type { FactNode, GapFacts } from '../semantics/gaps';
import type { PartnerCandidate } from '../semantics/partners';
import type { PartnerRole, StoredNode } from '../types';
import type { Executor } from './executor';
import { toEdge, toNode } from './rows';

function group<V>(pairs: [string, V][]): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const [k, v] of pairs) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

export async function gapFacts(db: Executor): Promise<GapFacts> {
  const [row] = await db.read('queries/gap-facts', {});
  if (!row) throw new Error('internal: the gap-facts query returned no row');
  const ofKind = (kind: string): FactNode[] =>
    row.nodes
      .filter((n) => n.kind === kind)
      .map((n) => ({
        id: n.id,
        name: n.name,
        nameEn: n.nameEn,
        status: n.status,
        ...(n.kind === 'CLUSTER' && n.tier !== null ? { tier: n.tier as FactNode['tier'] } : {}),
      }));
  return {
    products: ofKind('PRODUCT'),
    clusters: ofKind('CLUSTER'),
    zones: ofKind('ZONE'),
    inputs: row.inputs,
    producers: group<Status>(row.producers),
    productClusters: group(row.productClusters),
    productZones: group(row.productZones),
    clusterZones: group(row.clusterZones),
    researchedClusters: new Set(row.researched),
    zoneAncestors: group(row.zoneAncestors),
  };
}

/** Partner candidates per product, for several products in one read. */
export async function partnerCandidates(db: Executor, productIds: string[]): Promise<Map<string, PartnerCandidate[]>> {
  const out = new Map<string, PartnerCandidate[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return out;
  const rows = await db.read('queries/partners', { ids: productIds });
  const ids = [...new Set(rows.flatMap((r) => r.nodeIds))];
  const nodes = new Map((await db.read('queries/nodes', { ids })).map((r) => [r.node.id, toNode(r.node)]));
  for (const r of rows) {
    const edges = r.edges.map(toEdge);
    const path = { nodes: r.nodeIds.map((id) => nodes.get(id) as StoredNode), edges, length: edges.length };
    out.get(r.productId)?.push({ role: r.role as PartnerRole, path });
  }
  return out;
}
