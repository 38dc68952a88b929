/**
 * Colours and shapes by kind, tier and relationship type: the single source both the Cytoscape
 * stylesheet and the legend (and the SVG exporter) read, so they can never disagree.
 */
import type { ClusterTier, NodeKind, RelType } from './types';

export const KIND_STYLE: Record<NodeKind, { color: string; shape: string; size: number }> = {
  CLUSTER: { color: '#2f6fde', shape: 'round-rectangle', size: 40 },
  ZONE: { color: '#3a9d4a', shape: 'hexagon', size: 34 },
  ENTERPRISE: { color: '#e0672b', shape: 'ellipse', size: 26 },
  INSTITUTION: { color: '#b0327a', shape: 'diamond', size: 30 },
  PRODUCT: { color: '#0e8c9c', shape: 'round-triangle', size: 24 },
};

/** Clusters are coloured by tier (the plan's four tiers) rather than by kind. */
export const TIER_COLOR: Record<ClusterTier, string> = {
  ESTABLISHED: '#1f5fbf',
  HIGH_TECH: '#6b3fc4',
  POTENTIAL: '#1aa37a',
  TERTIARY: '#c98a12',
};

export const REL_COLOR: Record<RelType, string> = {
  MEMBER_OF: '#8a94a6',
  LOCATED_IN: '#6aa56f',
  PART_OF: '#9bb89d',
  PRODUCES: '#e0672b',
  INPUT_TO: '#d3473c',
  FOCUSES_ON: '#2f6fde',
  SUPPLIES: '#c9811c',
  RESEARCHES: '#8e44ad',
  COOPERATES_WITH: '#2e9c9c',
};

export const HIGHLIGHT = '#f2b01e';
export const SELECTED = '#111827';
export const FONT_STACK = '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif';

/** Fill colour of a node: tier colour for clusters, kind colour otherwise. */
export function nodeColor(kind: NodeKind, tier?: string | null): string {
  if (kind === 'CLUSTER' && tier && tier in TIER_COLOR) return TIER_COLOR[tier as ClusterTier];
  return KIND_STYLE[kind].color;
}
