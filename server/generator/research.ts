/**
 * What clusters develop and who researches it: each cluster FOCUSES_ON the top two tiers of
 * its chain; each institution RESEARCHES a few products of its home cluster. Clusters marked
 * noResearch get no institution at all (their institutions were never assigned to them).
 */
import type { GraphBuilder } from './builder';
import type { Catalogue } from './products';
import type { Random } from './random';
import type { World } from './world';

export function buildResearch(b: GraphBuilder, rng: Random, world: World, cat: Catalogue): void {
  world.clusters.forEach((cluster, c) => {
    const chain = cat.tiers[c] ?? [];
    for (const p of chain[chain.length - 1] ?? [])
      b.link('FOCUSES_ON', cluster.node, p, rng.chance(0.1) ? 'PLANNED' : 'EXISTING');
    for (const p of chain[chain.length - 2] ?? []) if (rng.chance(0.5)) b.link('FOCUSES_ON', cluster.node, p);
  });
  for (const inst of world.institutions) {
    const chain = cat.tiers[inst.cluster] ?? [];
    const owned = chain.slice(1).flat();
    const count = Math.min(owned.length, rng.range(2, 6));
    for (let k = 0; k < count; k++) b.link('RESEARCHES', inst.node, rng.pick(owned));
  }
}
