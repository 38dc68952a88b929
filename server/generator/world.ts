/**
 * The frame of a synthetic region: a province, its development zones and their parks (a
 * PART_OF hierarchy), one cluster per sector line with the parks that host it, and the
 * institutions that research for them. Some clusters are deliberately confined to one park
 * (SINGLE_ZONE) and some get no research partner (NO_RESEARCH_PARTNER).
 */
import type { ClusterTier } from '../domain/model';
import type { GraphBuilder } from './builder';
import { capitalize, INSTITUTION_TYPES, PARK_TYPES, SECTORS, type Sector, SYLLABLES } from './names';
import type { Random } from './random';
import type { SizeSpec } from './sizes';

export interface ClusterInfo {
  node: number;
  sector: Sector;
  /** Parks hosting the cluster (one for a single-zone cluster). */
  parks: number[];
  singleZone: boolean;
  noResearch: boolean;
}

export interface World {
  parks: number[];
  /** Counties outside the home city (in its province and in other provinces): where outside enterprises sit. */
  counties: number[];
  clusters: ClusterInfo[];
  institutions: { node: number; cluster: number }[];
}

/** A two-syllable place or brand name: 东安 / Dongan / dongan. */
export function placeName(rng: Random): { zh: string; en: string; slug: string } {
  const [a, pa] = rng.pick(SYLLABLES);
  const [b, pb] = rng.pick(SYLLABLES);
  return { zh: a + b, en: capitalize(pa + pb), slug: pa + pb };
}

const SECTOR_TIER: Record<string, ClusterTier> = {
  auto: 'ESTABLISHED',
  machinery: 'ESTABLISHED',
  food: 'ESTABLISHED',
  pharma: 'POTENTIAL',
  energy: 'POTENTIAL',
};

export function buildWorld(b: GraphBuilder, rng: Random, size: SizeSpec): World {
  const province = placeName(rng);
  const root = b.add({
    id: 'zone:province',
    kind: 'ZONE',
    name: `${province.zh}省`,
    nameEn: `${province.en} Province`,
    aliases: [],
    status: 'EXISTING',
    zoneKind: 'PROVINCE',
    indicators: [],
  });
  // The home zone (meta.homeZoneId): the city whose development zones hold the clusters.
  const city = placeName(rng);
  const homeCity = b.add({
    id: 'zone:city-home',
    kind: 'ZONE',
    name: `${city.zh}市`,
    nameEn: `${city.en} City`,
    aliases: [],
    status: 'EXISTING',
    zoneKind: 'CITY',
    indicators: [],
  });
  b.link('PART_OF', homeCity, root);
  const parks: number[] = [];
  const devZones: number[] = [];
  for (let z = 0; z < size.devZones; z++) {
    const place = placeName(rng);
    const hiTech = z % 2 === 1;
    const dz = b.add({
      id: `zone:dz-${z + 1}`,
      kind: 'ZONE',
      name: `${place.zh}${hiTech ? '高新技术产业开发区' : '经济技术开发区'}`,
      nameEn: `${place.en} ${hiTech ? 'High-tech Industrial Development Zone' : 'Economic and Technological Development Zone'}`,
      aliases: [`${place.zh}${hiTech ? '高新区' : '开发区'}`],
      status: 'EXISTING',
      zoneKind: 'DEVELOPMENT_ZONE',
      indicators: [],
    });
    b.link('PART_OF', dz, homeCity);
    if (devZones.length > 0) b.link('COOPERATES_WITH', dz, devZones[devZones.length - 1] as number);
    devZones.push(dz);
    for (let p = 0; p < size.parksPerZone; p++) {
      const sector = rng.pick(SECTORS);
      const type = PARK_TYPES[p % PARK_TYPES.length] ?? PARK_TYPES[0];
      const park = b.add({
        id: `zone:dz-${z + 1}-park-${p + 1}`,
        kind: 'ZONE',
        name: `${place.zh}${sector.zh}${type.zh}`,
        nameEn: `${place.en} ${sector.en} ${type.en}`,
        aliases: [],
        status: p === size.parksPerZone - 1 && z % 3 === 2 ? 'PLANNED' : 'EXISTING',
        zoneKind: type.kind,
        indicators: [],
      });
      b.link('PART_OF', park, dz);
      parks.push(park);
    }
  }

  const counties = buildRegions(b, rng, root, Math.max(1, Math.round(size.devZones / 2)));

  const clusters: ClusterInfo[] = [];
  for (let c = 0; c < size.clusters; c++) {
    const sector = SECTORS[c % SECTORS.length] as Sector;
    const place = placeName(rng);
    const singleZone = c % 7 === 3;
    const noResearch = c % 5 === 2;
    const tier: ClusterTier = c % 10 === 9 ? 'TERTIARY' : (SECTOR_TIER[sector.slug] ?? 'HIGH_TECH');
    const node = b.add({
      id: `cluster:${sector.slug}-${c + 1}`,
      kind: 'CLUSTER',
      name: `${place.zh}${sector.zh}产业集群`,
      nameEn: `${place.en} ${sector.en} Cluster`,
      aliases: [`${sector.zh}集群`],
      status: c % 11 === 10 ? 'PLANNED' : 'EXISTING',
      tier,
      indicators: [
        {
          key: 'output-2030',
          name: '产值目标',
          nameEn: 'Output target',
          year: 2030,
          value: 50 + rng.int(950),
          unit: '亿元',
          kind: 'TARGET',
          measure: 'LEVEL',
          period: '2030',
          sources: b.sources,
        },
      ],
    });
    const hosts = new Set<number>();
    const want = singleZone ? 1 : Math.min(parks.length, rng.range(2, 3));
    while (hosts.size < want) hosts.add(rng.pick(parks));
    for (const park of hosts) b.link('LOCATED_IN', node, park);
    clusters.push({ node, sector, parks: [...hosts], singleZone, noResearch });
  }

  const researched = clusters.map((_, i) => i).filter((i) => !clusters[i]?.noResearch);
  const institutions: World['institutions'] = [];
  for (let i = 0; i < size.institutions; i++) {
    const type = INSTITUTION_TYPES[i % INSTITUTION_TYPES.length] ?? INSTITUTION_TYPES[0];
    const cluster = rng.pick(researched);
    const info = clusters[cluster] as ClusterInfo;
    const place = placeName(rng);
    const node = b.add({
      id: `institution:${place.slug}-${i + 1}`,
      kind: 'INSTITUTION',
      name: `${place.zh}${info.sector.zh}${type.zh}`,
      nameEn: `${place.en} ${info.sector.en} ${type.en}`,
      aliases: [],
      status: i % 13 === 12 ? 'PLANNED' : 'EXISTING',
      institutionKind: type.kind,
    });
    b.link('LOCATED_IN', node, rng.chance(0.8) ? rng.pick(info.parks) : rng.pick(devZones));
    if (rng.chance(0.3)) b.link('RESEARCHES', node, info.node);
    if (rng.chance(0.2) && !info.singleZone) b.link('MEMBER_OF', node, info.node);
    if (institutions.length > 0 && rng.chance(0.5)) b.link('COOPERATES_WITH', node, rng.pick(institutions).node);
    institutions.push({ node, cluster });
  }
  return { parks, counties, clusters, institutions };
}

/**
 * The regions outside the home city, as registry lists name them: another city of the home
 * province, and `others` more provinces, each city with two counties (PART_OF county → city →
 * province).
 */
function buildRegions(b: GraphBuilder, rng: Random, homeProvince: number, others: number): number[] {
  const counties: number[] = [];
  const zone = (id: string, zh: string, en: string, zoneKind: 'PROVINCE' | 'CITY' | 'COUNTY') =>
    b.add({ id, kind: 'ZONE', name: zh, nameEn: en, aliases: [], status: 'EXISTING', zoneKind, indicators: [] });
  const cityWithCounties = (province: number, id: string) => {
    const place = placeName(rng);
    const city = zone(`zone:${id}`, `${place.zh}市`, `${place.en} City`, 'CITY');
    b.link('PART_OF', city, province);
    for (let k = 1; k <= 2; k++) {
      const county = placeName(rng);
      const node = zone(`zone:${id}-county-${k}`, `${county.zh}县`, `${county.en} County`, 'COUNTY');
      b.link('PART_OF', node, city);
      counties.push(node);
    }
  };
  cityWithCounties(homeProvince, 'city-2');
  for (let p = 1; p <= others; p++) {
    const place = placeName(rng);
    const province = zone(`zone:province-${p}`, `${place.zh}省`, `${place.en} Province`, 'PROVINCE');
    for (let c = 1; c <= 2; c++) cityWithCounties(province, `province-${p}-city-${c}`);
  }
  return counties;
}
