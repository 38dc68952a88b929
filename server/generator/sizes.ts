/**
 * Dataset sizes. Relationships come out near 10^3 (S), 10^5 (M) and 10^6 (L); most of them
 * hang off enterprises (about ten each: PRODUCES, SUPPLIES, MEMBER_OF, LOCATED_IN).
 */
export interface SizeSpec {
  devZones: number;
  parksPerZone: number;
  clusters: number;
  /** Products in each cluster's own chain, spread over its tiers. */
  productsPerCluster: number;
  /** Shared raw materials at the bottom of every chain. */
  rawMaterials: number;
  enterprises: number;
  institutions: number;
}

export const SIZES = {
  S: {
    devZones: 2,
    parksPerZone: 3,
    clusters: 6,
    productsPerCluster: 12,
    rawMaterials: 10,
    enterprises: 110,
    institutions: 8,
  },
  M: {
    devZones: 6,
    parksPerZone: 4,
    clusters: 40,
    productsPerCluster: 70,
    rawMaterials: 150,
    enterprises: 10_000,
    institutions: 400,
  },
  L: {
    devZones: 12,
    parksPerZone: 5,
    clusters: 120,
    productsPerCluster: 160,
    rawMaterials: 800,
    enterprises: 95_000,
    institutions: 2_500,
  },
} as const satisfies Record<string, SizeSpec>;

export type Size = keyof typeof SIZES;
