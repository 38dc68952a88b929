/**
 * The shapes Cypher returns and their mapping to domain objects (and back, for the import).
 * Nodes are stored with scalar properties, `aliases` as a string list, `sources` / `indicators`
 * as JSON strings (Neo4j has no nested maps as property values) and `searchText`, the search
 * keys joined by SEARCH_KEY_SEPARATOR (for the TEXT index that search reads).
 * Properties come back in the canonical field order, so answers look like the memory store's.
 */
import type { GraphEdge, GraphNode, NodeKind, RelType, Status } from '../../domain/model';
import { searchKeys } from '../semantics/search';
import type { StoredNode } from '../types';

/**
 * Between search keys in `searchText`. Keys and needles are normalised text, which never holds
 * a control character, so a needle found in the text lies within one key.
 */
export const SEARCH_KEY_SEPARATOR = '\n';

export interface NodeRow {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn: string | null;
  aliases: string[] | null;
  status: Status;
  tier: string | null;
  zoneKind: string | null;
  institutionKind: string | null;
  indicators: string | null;
  sources: string;
  degree?: number;
}

export interface EdgeRow {
  id: string;
  type: RelType;
  source: string;
  target: string;
  status: Status;
  sources: string;
}

/** A node as a list, in NodeRow's field order (degree last): the compact form of big answers. */
export type NodeTuple = [
  id: string,
  kind: NodeKind,
  name: string,
  nameEn: string | null,
  aliases: string[] | null,
  status: Status,
  tier: string | null,
  zoneKind: string | null,
  institutionKind: string | null,
  indicators: string | null,
  sources: string,
  degree: number,
];

/** A relationship as a list, in EdgeRow's field order. */
export type EdgeTuple = [id: string, type: RelType, source: string, target: string, status: Status, sources: string];

type Pair = [string, string];
export interface FactRow {
  nodes: { id: string; kind: NodeKind; name: string; nameEn: string | null; status: Status; tier: string | null }[];
  inputs: Pair[];
  producers: [string, Status][];
  productZones: Pair[];
  productClusters: Pair[];
  clusterZones: Pair[];
  researched: string[];
  zoneAncestors: Pair[];
}

/** A stored node as the domain sees it; `degree` is kept when the row has one. */
export function toNode(row: NodeRow): StoredNode {
  const out: Record<string, unknown> = { id: row.id, kind: row.kind, name: row.name };
  if (row.nameEn !== null) out.nameEn = row.nameEn;
  if (row.aliases !== null) out.aliases = row.aliases;
  out.status = row.status;
  if (row.tier !== null) out.tier = row.tier;
  if (row.zoneKind !== null) out.zoneKind = row.zoneKind;
  if (row.institutionKind !== null) out.institutionKind = row.institutionKind;
  if (row.indicators !== null) out.indicators = JSON.parse(row.indicators);
  out.sources = JSON.parse(row.sources);
  if (row.degree !== undefined) out.degree = row.degree;
  return out as StoredNode;
}

export function toEdge(row: EdgeRow): GraphEdge {
  return {
    id: row.id,
    type: row.type,
    source: row.source,
    target: row.target,
    status: row.status,
    sources: JSON.parse(row.sources),
  };
}

export function nodeTupleRow(t: NodeTuple): NodeRow {
  const [id, kind, name, nameEn, aliases, status, tier, zoneKind, institutionKind, indicators, sources, degree] = t;
  return { id, kind, name, nameEn, aliases, status, tier, zoneKind, institutionKind, indicators, sources, degree };
}

export function edgeTupleRow(t: EdgeTuple): EdgeRow {
  const [id, type, source, target, status, sources] = t;
  return { id, type, source, target, status, sources };
}

/**
 * The properties written for a node. Absent optional fields stay absent (null is not stored).
 * `keysOf` is the shared `searchKeys` or, for a whole load, its faster `searchKeysMaker` twin.
 */
export function nodeProperties(
  node: GraphNode,
  keysOf: (node: Pick<GraphNode, 'name' | 'nameEn' | 'aliases'>) => string[] = searchKeys,
): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    // For search's order (compareHits: the shorter name first, in UTF-16 units as JavaScript counts).
    nameLength: node.name.length,
    nameEn: node.nameEn ?? null,
    aliases: node.aliases ?? null,
    status: node.status,
    sources: JSON.stringify(node.sources),
    searchText: keysOf({ name: node.name, nameEn: node.nameEn, aliases: node.aliases ?? [] }).join(
      SEARCH_KEY_SEPARATOR,
    ),
  };
  if ('tier' in node) props.tier = node.tier;
  if ('zoneKind' in node) props.zoneKind = node.zoneKind;
  if ('institutionKind' in node) props.institutionKind = node.institutionKind;
  if ('indicators' in node) props.indicators = JSON.stringify(node.indicators);
  return props;
}

/** A relationship as the import writes it: its ends by id and its properties, flat. */
export function edgeRow(edge: GraphEdge) {
  return {
    source: edge.source,
    target: edge.target,
    id: edge.id,
    status: edge.status,
    sources: JSON.stringify(edge.sources),
  };
}
