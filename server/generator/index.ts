/**
 * Synthetic industrial-chain datasets for scale tests and benchmarks, in the JSON interchange
 * format (`{meta, nodes, edges}`). Deterministic: the same size and seed give the same dataset,
 * byte for byte once written with `toJson`. What this module exports is its public face.
 */
import type { Dataset } from '../domain/model';
import { GraphBuilder } from './builder';
import { buildEnterprises } from './enterprises';
import { buildProducts } from './products';
import { Random } from './random';
import { buildResearch } from './research';
import { SIZES, type Size, type SizeSpec } from './sizes';
import { buildWorld } from './world';

export { Random } from './random';
export { SIZES, type Size, type SizeSpec };

export function generateDataset(size: Size, seed = 1): Dataset {
  const spec: SizeSpec = SIZES[size];
  const rng = new Random(seed);
  const b = new GraphBuilder(seed);
  const world = buildWorld(b, rng, spec);
  const catalogue = buildProducts(b, rng, spec, world);
  buildResearch(b, rng, world, catalogue);
  buildEnterprises(b, rng, spec, world, catalogue);
  return {
    meta: {
      title: `合成产业链数据集 ${size}（种子 ${seed}）`,
      titleEn: `Synthetic industrial-chain dataset ${size} (seed ${seed})`,
      generator: 'cluster-graph server/generator',
      size,
      seed,
      homeZoneId: 'zone:city-home',
    },
    nodes: b.nodes,
    edges: b.edges,
  };
}
