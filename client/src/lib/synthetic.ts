/**
 * A synthetic, API-shaped element set of a chosen size, with a cheap clustered placement: the
 * fixture the browser bench draws at 1k/5k/20k nodes and the unit tests aggregate. Clusters hold
 * enterprises and products, each enterprise sits in a zone, and most other edges stay inside a
 * cluster — roughly the shape of the generated datasets, without a server round trip.
 */
import { seeded } from './random';
import type { ApiEdge, ApiNode, ClusterTier, NodeKind, RelType } from './types';

export interface SyntheticGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  positions: Map<string, { x: number; y: number }>;
}

const TIERS: ClusterTier[] = ['ESTABLISHED', 'HIGH_TECH', 'POTENTIAL', 'TERTIARY'];
const SPACING = 60;

function node(id: string, kind: NodeKind, name: string, extra: Partial<ApiNode> = {}): ApiNode {
  return {
    id,
    kind,
    name,
    nameEn: null,
    nameEnStated: false,
    aliases: [],
    status: 'EXISTING',
    sources: [],
    degree: 0,
    ...extra,
  };
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): SyntheticGraph {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const clusters = Math.max(2, Math.round(nodeCount / 250));
  const zones = Math.max(2, Math.round(nodeCount / 500));
  const nodes: ApiNode[] = [];
  const edges: ApiEdge[] = [];
  const seen = new Set<string>();
  const link = (source: string, type: RelType, target: string): boolean => {
    const id = `${source}-[${type}]->${target}`;
    if (source === target || seen.has(id) || edges.length >= edgeCount) return false;
    seen.add(id);
    edges.push({ id, type, source, target, status: random() < 0.1 ? 'PLANNED' : 'EXISTING', sources: [] });
    return true;
  };
  for (let z = 0; z < zones; z++)
    nodes.push(node(`zone:z${z}`, 'ZONE', `园区${z + 1}`, { zoneKind: 'INDUSTRIAL_PARK' }));
  const byCluster: string[][] = [];
  for (let c = 0; c < clusters; c++) {
    nodes.push(node(`cluster:c${c}`, 'CLUSTER', `集群${c + 1}`, { tier: TIERS[c % TIERS.length] }));
    byCluster.push([]);
  }
  for (let i = 0; nodes.length < nodeCount; i++) {
    const c = i % clusters;
    const r = random();
    const kind: NodeKind = r < 0.7 ? 'ENTERPRISE' : r < 0.95 ? 'PRODUCT' : 'INSTITUTION';
    const id = `${kind.toLowerCase()}:n${i}`;
    nodes.push(node(id, kind, `${kind === 'ENTERPRISE' ? '企业' : kind === 'PRODUCT' ? '产品' : '机构'}${i}`));
    byCluster[c]?.push(id);
  }
  // Structure first (membership, location), then supply edges, mostly inside a cluster.
  byCluster.forEach((ids, c) => {
    for (const id of ids) {
      if (id.startsWith('enterprise:')) link(id, 'MEMBER_OF', `cluster:c${c}`);
      else if (id.startsWith('product:')) link(`cluster:c${c}`, 'FOCUSES_ON', id);
      if (!id.startsWith('product:') && random() < 0.3) link(id, 'LOCATED_IN', `zone:z${Math.floor(random() * zones)}`);
    }
  });
  const all = byCluster.flat();
  for (let guard = 0; edges.length < edgeCount && guard < edgeCount * 4; guard++) {
    const group = pick(byCluster);
    const source = pick(group);
    const target = random() < 0.85 ? pick(group) : pick(all);
    if (!source || !target) break;
    const type: RelType = target.startsWith('product:')
      ? source.startsWith('product:')
        ? 'INPUT_TO'
        : 'PRODUCES'
      : 'SUPPLIES';
    link(source, type, target);
  }
  return { nodes, edges, positions: placeClusters(byCluster, zones) };
}

/** Each cluster's members on a sunflower spiral around the cluster; clusters and zones on grids. */
function placeClusters(byCluster: string[][], zones: number): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const biggest = Math.max(1, ...byCluster.map((ids) => ids.length));
  const cell = 2 * SPACING * Math.sqrt(biggest) * 0.6 + 4 * SPACING;
  const cols = Math.ceil(Math.sqrt(byCluster.length));
  byCluster.forEach((ids, c) => {
    const cx = (c % cols) * cell;
    const cy = Math.floor(c / cols) * cell;
    positions.set(`cluster:c${c}`, { x: cx, y: cy });
    ids.forEach((id, i) => {
      const r = SPACING * 0.6 * Math.sqrt(i + 1) + SPACING;
      const a = i * 2.39996;
      positions.set(id, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
    });
  });
  const rows = Math.ceil(byCluster.length / cols);
  for (let z = 0; z < zones; z++) positions.set(`zone:z${z}`, { x: z * cell * 0.5, y: rows * cell });
  return positions;
}
