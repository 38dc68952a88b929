/**
 * The product DAG: a shared pool of raw materials, then for each cluster a chain 4–6 tiers
 * deep (raw materials → parts → components → subsystems → final products). INPUT_TO only goes
 * from one tier to the next, so the graph is acyclic by construction and every final product
 * has a full-depth chain below it. Some products are marked as deliberate gaps.
 */
import type { GraphBuilder } from './builder';
import { RAW_MATERIALS, RAW_MODIFIERS, TIER_MODIFIERS, type Word } from './names';
import type { Random } from './random';
import type { SizeSpec } from './sizes';
import type { World } from './world';

/** What the enterprises step may do with a product. */
export const Role = {
  Normal: 0,
  /** Nobody produces it (MISSING_SUPPLIER where it is an input). */
  Unproduced: 1,
  /** Exactly one producer (FRAGILE_SUPPLIER). */
  Single: 2,
  /** PLANNED and nobody produces it (UNFILLED_TARGET). */
  PlannedTarget: 3,
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface Catalogue {
  /** tiers[cluster][t]: product node indices of tier t (tier 0 is the shared raw pool). */
  tiers: number[][][];
  /** Inputs of each product, by node index. */
  inputs: Map<number, number[]>;
  role: Map<number, Role>;
}

export function buildProducts(b: GraphBuilder, rng: Random, size: SizeSpec, world: World): Catalogue {
  const used = new Map<string, number>();
  const add = (zh: string, en: string, slug: string, status: 'EXISTING' | 'PLANNED' = 'EXISTING') => {
    const n = (used.get(zh) ?? 0) + 1;
    used.set(zh, n);
    // A model number only where a name repeats, so small datasets read naturally.
    const name = n === 1 ? zh : `${zh} ${n}型`;
    const nameEn = n === 1 ? en : `${en} type ${n}`;
    return b.add({ id: `product:${slug}-${b.nodes.length + 1}`, kind: 'PRODUCT', name, nameEn, aliases: [], status });
  };
  const raw: number[] = [];
  for (let i = 0; i < size.rawMaterials; i++) {
    const m = rng.pick(RAW_MODIFIERS);
    const r = RAW_MATERIALS[i % RAW_MATERIALS.length] as Word;
    raw.push(add(`${m.zh}${r.zh}`, `${m.en} ${r.en}`, 'raw'));
  }

  const tiers: number[][][] = [];
  const inputs = new Map<number, number[]>();
  const feed = (input: number, product: number) => {
    if (b.link('INPUT_TO', input, product)) inputs.get(product)?.push(input) ?? inputs.set(product, [input]);
  };
  for (const cluster of world.clusters) {
    const depth = rng.range(4, 6); // tiers including the raw pool
    const above = depth - 1;
    const weights = Array.from({ length: above }, (_, j) => above - j + 1);
    const total = weights.reduce((x, y) => x + y, 0);
    const chain: number[][] = [raw];
    for (let t = 1; t <= above; t++) {
      const count = Math.max(1, Math.round((size.productsPerCluster * (weights[t - 1] as number)) / total));
      const level: number[] = [];
      for (let k = 0; k < count; k++) {
        const s = cluster.sector;
        if (t === above) {
          const f = rng.pick(s.finals);
          level.push(add(f.zh, f.en, s.slug));
        } else {
          const mods = TIER_MODIFIERS[Math.min(3, Math.floor(((t - 1) / Math.max(1, above - 1)) * 4))] ?? [];
          const m = rng.pick(mods);
          const p = rng.pick(s.parts);
          level.push(add(`${s.zh}${m.zh}${p.zh}`, `${s.en} ${m.en} ${p.en}`, s.slug));
        }
      }
      // Every product below feeds at least one above; then each gets 2–3 inputs in all.
      const below = chain[t - 1] as number[];
      const pool = t === 1 ? below.filter(() => rng.chance(0.25)) : below;
      for (const input of pool) feed(input, rng.pick(level));
      for (const product of level) {
        const want = rng.range(2, 3);
        for (let tries = 0; (inputs.get(product)?.length ?? 0) < want && tries < 6; tries++)
          feed(rng.pick(below), product);
      }
      chain.push(level);
    }
    tiers.push(chain);
  }
  // A few inputs cross clusters at the same tier: the links that tie the region together.
  for (let c = 0; c < tiers.length; c++) {
    const chain = tiers[c] as number[][];
    for (let t = 2; t < chain.length; t++) {
      for (const product of chain[t] as number[]) {
        const other = tiers[rng.int(tiers.length)] as number[][];
        const below = other[t - 1];
        if (below && rng.chance(0.1)) feed(rng.pick(below), product);
      }
    }
  }
  return { tiers, inputs, role: markGaps(b, rng, tiers) };
}

/** Picks the deliberate gaps: at least one of each kind, a few percent of products otherwise. */
function markGaps(b: GraphBuilder, rng: Random, tiers: number[][][]): Map<number, Role> {
  const role = new Map<number, Role>();
  const lower = [...new Set(tiers.flatMap((chain) => chain.slice(0, -1).flat()))];
  const upper = tiers.flatMap((chain) => chain.slice(-2).flat());
  const mark = (pool: number[], share: number, r: Role) => {
    const want = Math.max(1, Math.round(pool.length * share));
    for (let tries = 0, done = 0; done < want && tries < want * 20; tries++) {
      const p = rng.pick(pool);
      if (role.has(p)) continue;
      role.set(p, r);
      done++;
      if (r === Role.PlannedTarget) {
        const node = b.nodes[p];
        if (node) node.status = 'PLANNED';
      }
    }
  };
  mark(lower, 0.04, Role.Unproduced);
  mark(lower, 0.04, Role.Single);
  mark(upper, 0.02, Role.PlannedTarget);
  return role;
}
