/**
 * Query arguments picked from the generated graph with the seeded PRNG, so that every store
 * (and every run) answers exactly the same questions. Path pairs come from random walks of
 * four steps, keeping those that are not neighbours: moderate distance, always within 4 hops.
 */

import { englishName } from '../server/domain/english-name';
import type { Dataset, GraphNode } from '../server/domain/model';
import { Random } from '../server/generator';

export interface Workload {
  searches: string[];
  nodes: string[];
  products: string[];
  pairs: [string, string][];
  clusters: string[];
}

const HAN = /\p{Script=Han}/u;

export function buildWorkload(d: Dataset, seed: number, count = 200): Workload {
  const rng = new Random(seed * 7919 + 17);
  const index = new Map(d.nodes.map((n, i) => [n.id, i]));
  const adj = adjacency(d, index);
  const sample = (pool: readonly GraphNode[], n: number) =>
    Array.from({ length: pool.length > 0 ? n : 0 }, () => rng.pick(pool));
  const products = d.nodes.filter((n) => n.kind === 'PRODUCT');

  const searches = sample(d.nodes, count).map((node, i) => searchText(node, i, rng));
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < count / 2 && tries < count * 20; tries++) {
    const start = rng.int(d.nodes.length);
    let at = start;
    for (let step = 0; step < 4; step++) {
      const [from, to] = [adj.offsets[at] as number, adj.offsets[at + 1] as number];
      if (to === from) break;
      at = adj.targets[from + rng.int(to - from)] as number;
    }
    if (at === start || adj.targets.subarray(adj.offsets[start], adj.offsets[start + 1]).includes(at)) continue;
    pairs.push([d.nodes[start]?.id as string, d.nodes[at]?.id as string]);
  }
  return {
    searches,
    nodes: sample(d.nodes, count).map((n) => n.id),
    products: sample(products, count).map((n) => n.id),
    pairs,
    clusters: d.nodes.filter((n) => n.kind === 'CLUSTER').map((n) => n.id),
  };
}

/** A mix of what users type: a whole name, a leading part, an English word, a middle part. */
function searchText(node: GraphNode, i: number, rng: Random): string {
  const name = [...node.name];
  switch (i % 4) {
    case 0:
      return node.name;
    case 1:
      return name.slice(0, 2 + rng.int(3)).join('');
    case 2: {
      const words = englishName(node)
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4);
      return words.length > 0 ? rng.pick(words) : englishName(node).toLowerCase();
    }
    default: {
      const han = name.filter((c) => HAN.test(c));
      const from = rng.int(Math.max(1, han.length - 2));
      return han.slice(from, from + 2).join('') || node.name;
    }
  }
}

/** Both directions of every edge, as flat arrays (cheap for a million relationships). */
function adjacency(d: Dataset, index: Map<string, number>): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(d.nodes.length + 1);
  const ends = new Int32Array(d.edges.length * 2);
  d.edges.forEach((e, k) => {
    const s = index.get(e.source) as number;
    const t = index.get(e.target) as number;
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    offsets[t + 1] = (offsets[t + 1] as number) + 1;
  });
  for (let i = 0; i < d.nodes.length; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, d.nodes.length);
  const targets = new Int32Array(d.edges.length * 2);
  for (let k = 0; k < d.edges.length; k++) {
    const s = ends[2 * k] as number;
    const t = ends[2 * k + 1] as number;
    targets[fill[s] as number] = t;
    fill[s] = (fill[s] as number) + 1;
    targets[fill[t] as number] = s;
    fill[t] = (fill[t] as number) + 1;
  }
  return { offsets, targets };
}
