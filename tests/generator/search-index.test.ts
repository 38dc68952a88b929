/**
 * The memory store's search index must answer exactly as scoring every node does (the
 * contract's order: score, then name length, then id), checked on a generated graph with
 * queries of every length, script and kind filter.
 */
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../server/domain/model';
import { generateDataset, Random } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { compareHits, matchScore, type SearchHit, searchKeys } from '../../server/store/semantics/search';

describe('memory search index', () => {
  const d = generateDataset('S', 3);
  const store = new MemoryStore(d);
  const keyed = d.nodes.map((node) => ({ node, keys: searchKeys(node) }));
  const scan = (text: string, kinds: NodeKind[] | null, first: number) => {
    const hits: SearchHit<(typeof d.nodes)[number]>[] = [];
    for (const { node, keys } of keyed) {
      if (kinds && !kinds.includes(node.kind)) continue;
      const score = matchScore(keys, text);
      if (score > 0) hits.push({ node, score });
    }
    return hits
      .sort(compareHits)
      .slice(0, first)
      .map((h) => h.node.id);
  };

  it('returns the same ids in the same order as a full scan', async () => {
    const rng = new Random(11);
    const queries = [
      '',
      ' ',
      'a',
      'x',
      '汽',
      '汽车',
      '集群',
      'co',
      'ltd',
      'Co., Ltd.',
      'qiche',
      'qc',
      'ha fei',
      "dong'an",
      'zzzz',
    ];
    for (let i = 0; i < 150; i++) {
      const node = rng.pick(d.nodes);
      const keys = searchKeys(node);
      const key = rng.pick([node.name, node.nameEn ?? node.name, ...keys]);
      const from = rng.int(key.length);
      queries.push(key.slice(from, from + 1 + rng.int(6)));
    }
    for (const text of queries) {
      for (const kinds of [null, ['ENTERPRISE'], ['PRODUCT', 'CLUSTER']] as (NodeKind[] | null)[]) {
        const got = (await store.search(text, { kinds, first: 50 })).map((n) => n.id);
        expect(got, `${text} ${kinds}`).toEqual(scan(text, kinds, 50));
      }
    }
  });
});
