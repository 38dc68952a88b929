/**
 * Gap facts and partner candidates from Neo4j: each is one Cypher read whose rows are reshaped
 * into the inputs of the shared semantics (`computeGaps`, `rankPartners`), so both stores find
 * the same gaps and rank the same partners.
 */

import { englishName } from '../../domain/english-name';
import type { Status } from '../../domain/model';
import type { ChainFacts } from '../semantics/chain';
import type { FactNode, GapFacts } from '../semantics/gaps';
import type { PartnerCandidate } from '../semantics/partners';
import type { PartnerRole, StoredNode } from '../types';
import type { Executor } from './executor';
import { edgeTupleRow, nodeTupleRow, toEdge, toNode } from './rows';

/** Products per partners read: the gap report asks for every gap's product, thousands at size L. */
const PARTNER_BATCH = 200;

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
        nameEn: englishName({ name: n.name, nameEn: n.nameEn ?? undefined }),
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

/** The chain analyses' facts in one read (names fall back to the Chinese where nameEn is absent). */
export async function chainFacts(db: Executor): Promise<ChainFacts> {
  const [row] = await db.read('queries/chain-facts', {});
  if (!row) throw new Error('internal: the chain-facts query returned no row');
  return {
    ...row,
    homeZoneId: row.homeZoneId ?? null,
    products: row.products.map(([id, name, nameEn, status]) => ({
      id,
      name,
      nameEn: englishName({ name, nameEn: nameEn ?? undefined }),
      status,
    })),
    zones: row.zones.map(([id, name, nameEn]) => ({
      id,
      name,
      nameEn: englishName({ name, nameEn: nameEn ?? undefined }),
    })),
  };
}

/** Partner candidates per product, for several products (a few hundred per read). */
export async function partnerCandidates(db: Executor, productIds: string[]): Promise<Map<string, PartnerCandidate[]>> {
  const out = new Map<string, PartnerCandidate[]>(productIds.map((id) => [id, []]));
  for (let i = 0; i < productIds.length; i += PARTNER_BATCH) {
    const [row] = await db.read('queries/partners', { ids: productIds.slice(i, i + PARTNER_BATCH) });
    if (!row) continue;
    const nodes = new Map(row.nodes.map((t) => [t[0], toNode(nodeTupleRow(t))]));
    for (const [productId, role, nodeIds, edgeTuples] of row.candidates) {
      const edges = edgeTuples.map((t) => toEdge(edgeTupleRow(t)));
      const path = { nodes: nodeIds.map((id) => nodes.get(id) as StoredNode), edges, length: edges.length };
      out.get(productId)?.push({ role: role as PartnerRole, path });
    }
  }
  return out;
}
