/**
 * Search against Neo4j, ranked exactly as in memory: the TEXT index on each node's search text
 * (its search keys, computed at load time by the shared `searchKeys`, joined by newlines) gives
 * the nodes with a key containing one of the query's needles (every match contains one, so
 * nothing is lost); the shared `scoreKeys` and `compareHits` score and order them on their id,
 * name and keys alone, and only the nodes returned are then read whole.
 */
import type { NodeKind } from '../../domain/model';
import { compareHits, type SearchHit, scoreKeys, searchNeedles } from '../semantics/search';
import type { StoredNode } from '../types';
import type { Executor } from './executor';
import { SEARCH_KEY_SEPARATOR } from './rows';
import { readNodes } from './traverse';

export async function searchNodes(
  db: Executor,
  text: string,
  kinds: NodeKind[] | null,
  first: number,
): Promise<StoredNode[]> {
  const needles = searchNeedles(text);
  const [needle, compact] = needles;
  if (needle === undefined) return [];
  const rows = await db.read('queries/search', { needle, compact: compact ?? needle, kinds });
  const hits: SearchHit<{ id: string; name: string }>[] = [];
  for (const r of rows) {
    const score = scoreKeys(r.keys.split(SEARCH_KEY_SEPARATOR), needles);
    if (score > 0) hits.push({ node: { id: r.id, name: r.name }, score });
  }
  const top = hits
    .sort(compareHits)
    .slice(0, first)
    .map((h) => h.node.id);
  return readNodes(db, top);
}
