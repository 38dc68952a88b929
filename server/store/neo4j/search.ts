/**
 * Search against Neo4j in one round trip, ranked exactly as in memory: the shared
 * `searchNeedles` turns the query into its needles, and `queries/search` finds the candidates
 * through the TEXT index on each node's search text (its search keys, computed at load time by
 * the shared `searchKeys`), scores them as `scoreKeys`, orders them as `compareHits` and cuts
 * them to `first` in Cypher, so only the answer's nodes come back.
 */
import type { NodeKind } from '../../domain/model';
import { searchNeedles } from '../semantics/search';
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
  const rows = await db.read('queries/search', { needles, kinds, first });
  return rows.map((r) => toNode(r.node));
}
