/**
 * Enterprises: each belongs to a cluster, sits in one of its parks and makes a heavy-tailed
 * number of products around one tier of the cluster's chain (most firms make one or two, a
 * few make dozens). SUPPLIES follows the DAG: a supplier makes an input of something its
 * customer makes, and big firms win more customers (the better of two random producers).
 */
import type { GraphBuilder } from './builder';
import { COMPANY_SUFFIXES } from './names';
import { type Catalogue, Role } from './products';
import type { Random } from './random';
import type { SizeSpec } from './sizes';
import { placeName, type World } from './world';

/** Deliberate local gaps: about one ordinary product in sixteen is made only outside the home city. */
const outsideOnly = (product: number, role: Role) => role === Role.Normal && product % 16 === 5;

export function buildEnterprises(b: GraphBuilder, rng: Random, size: SizeSpec, world: World, cat: Catalogue): void {
  const nodes: number[] = [];
  const weight: number[] = [];
  const made: number[][] = [];
  /** product node → local indices of its producers. */
  const producers = new Map<number, number[]>();
  const produce = (local: number, product: number, planned: boolean) => {
    if (!b.link('PRODUCES', nodes[local] as number, product, planned ? 'PLANNED' : 'EXISTING')) return false;
    made[local]?.push(product);
    producers.get(product)?.push(local) ?? producers.set(product, [local]);
    return true;
  };
  const open = world.clusters
    .map((_, i) => i)
    .filter((i) => !world.clusters[i]?.singleZone && !world.clusters[i]?.noResearch);
  const byCluster = new Map<number, number[]>();
  for (const inst of world.institutions)
    byCluster.get(inst.cluster)?.push(inst.node) ?? byCluster.set(inst.cluster, [inst.node]);

  for (let i = 0; i < size.enterprises; i++) {
    const c = rng.skewed(world.clusters.length, 1.4);
    const info = world.clusters[c];
    const chain = cat.tiers[c];
    if (!info || !chain) throw new Error('internal: cluster without a chain');
    const brand = placeName(rng);
    const place = placeName(rng);
    const suffix = rng.pick(COMPANY_SUFFIXES);
    const trade = info.sector.trade;
    const node = b.add({
      id: `enterprise:${brand.slug}-${i + 1}`,
      kind: 'ENTERPRISE',
      name: `${place.zh}${brand.zh}${trade.zh}${suffix.zh}`,
      nameEn: `${place.en} ${brand.en} ${trade.en} ${suffix.en}`,
      aliases: [`${brand.zh}${info.sector.zh}`],
      status: rng.chance(0.02) ? 'PLANNED' : 'EXISTING',
    });
    nodes.push(node);
    made.push([]);
    // About a third of enterprises sit outside the home city; makers of outside-only products always do.
    let outside = rng.chance(0.2);
    const k = rng.pareto(1.2, 40);
    weight.push(k);
    const home = rng.chance(0.1) ? 0 : rng.range(1, chain.length - 1);
    for (let tries = 0, n = 0; n < k && tries < k * 3; tries++) {
      const t = rng.chance(0.8) ? home : Math.max(0, Math.min(chain.length - 1, home + (rng.chance(0.5) ? 1 : -1)));
      const level = chain[t] as number[];
      const p = level[rng.skewed(level.length, 1.6)] as number;
      const role = cat.role.get(p) ?? Role.Normal;
      if (role === Role.Unproduced || role === Role.PlannedTarget) continue;
      if (role === Role.Single && producers.has(p)) continue;
      if (produce(i, p, rng.chance(0.03))) {
        n++;
        if (outsideOnly(p, role)) outside = true;
      }
    }
    if (outside) {
      // An outside firm of the cluster's trade, in a county elsewhere: a 招商 target.
      b.link('LOCATED_IN', node, rng.pick(world.counties));
      if (rng.chance(0.04))
        b.link('COOPERATES_WITH', node, rng.pick(byCluster.get(c) ?? world.institutions.map((x) => x.node)));
      continue;
    }
    b.link('MEMBER_OF', node, info.node);
    b.link('LOCATED_IN', node, rng.pick(info.parks));
    // Special clusters stay special: their members join no other cluster and sit nowhere else.
    if (info.singleZone || info.noResearch) continue;
    if (rng.chance(0.12)) b.link('MEMBER_OF', node, world.clusters[rng.pick(open)]?.node as number);
    if (rng.chance(0.05)) b.link('LOCATED_IN', node, rng.pick(world.parks));
    if (rng.chance(0.06))
      b.link('COOPERATES_WITH', node, rng.pick(byCluster.get(c) ?? world.institutions.map((x) => x.node)));
  }
  // A fragile input has exactly one producer: give one to those the loop above missed.
  for (const [product, role] of cat.role) {
    if (role === Role.Single && !producers.has(product)) produce(rng.int(nodes.length), product, false);
  }

  for (let i = 0; i < nodes.length; i++) {
    const mine = made[i] as number[];
    if (mine.length === 0) continue;
    const attempts = mine.length + rng.pareto(1.3, 30);
    for (let a = 0; a < attempts; a++) {
      const inputs = cat.inputs.get(rng.pick(mine));
      if (!inputs) continue;
      const makers = producers.get(rng.pick(inputs));
      if (!makers) continue;
      const x = rng.pick(makers);
      const y = rng.pick(makers);
      const supplier = (weight[x] as number) >= (weight[y] as number) ? x : y;
      b.link('SUPPLIES', nodes[supplier] as number, nodes[i] as number);
    }
  }
}
