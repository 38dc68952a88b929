/**
 * Search against Neo4j, ranked exactly as in memory: Cypher narrows the nodes to those with a
 * search key containing one of the query's needles (every match contains one, so nothing is
 * lost), then the shared `scoreKeys` and `compareHits` score and order them. The search keys
 * are computed at load time by the shared `searchKeys`.
 */
import type { NodeKind } from '../../domain/model';
import { compareHits, type SearchHit, scoreKeys, searchNeedles } from '../semantics/search';
import type { StoredNode } from '../types';
import type { Executor } from './executor';
import { toNode } from './rows';

export async function searchNodes(
  db: Executor,
  text: string,
  kinds: NodeKind[] | null,
  first: number,
): Promise<StoredNode[]> {
  const needles = searchNeedles(text);
  if (needles.length === 0) return [];
  const rows = await db.read('queries/search', { needles, kinds });
  const hits: SearchHit<StoredNode>[] = [];
  for (const r of rows) {
    const score = scoreKeys(r.keys, needles);
    if (score > 0) hits.push({ node: toNode(r.node), score });
  }
  return hits
    .sort(compareHits)
    .slice(0, first)
    .map((h) => h.node);
}
