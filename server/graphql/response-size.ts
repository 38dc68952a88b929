/**
 * How big an answer will be, estimated before executing, so that the server can refuse what
 * would exceed its response budget (MAX_RESPONSE_MB) instead of building 25 MB for one client.
 *
 * The estimate walks the operation the way execution will (graphql-js's own collectFields:
 * fragments, type conditions, @skip/@include, merged response keys) and multiplies each list by
 * the number of elements it will hold: what the arguments allow (`limit`, `first`, `ids`,
 * `maxHops`) capped by what the graph holds (nodes and relationships by kind and type), the
 * data's own count where only the data knows (the gap report, a supply chain, the relationships
 * `between` given nodes: `measured`, asked of the store first), and a typical figure for
 * per-element lists (sources, aliases).
 * graphql-query-complexity and GraphQL Armor's cost rule were tried for this: their estimators
 * see one field's arguments, but here a list's size comes from an ancestor's (`Subgraph.nodes`
 * from `neighborhood(limit)`, `Path.nodes` from `paths(maxHops)`), so the walk is our own.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { CAPS } from '../store/args';
import { PANORAMA_NODES } from '../store/semantics/chain/panorama';
import { LIST_SIZES, scalarBytes, typicalLength } from './size-table';

/** What the graph holds, per version of the data (see graph-sizes.ts). */
export interface GraphSizes {
  nodes: number;
  edges: number;
  nodesByKind: Readonly<Record<string, number>>;
  edgesByType: Readonly<Record<string, number>>;
}

/** Sizes the store reported for root fields (by response key): a subgraph's, or a list's length. */
export type Measured = ReadonlyMap<string, { nodes: number; edges: number } | { count: number }>;

export interface SizeEstimate {
  /** Estimated bytes of the JSON answer. */
  bytes: number;
  /**
   * Each root field by response key, largest first, with the nodes it was reckoned to hold where
   * a limit bounds them (a subgraph's or a neighbourhood's: min(limit, what the graph has)).
   */
  fields: { key: string; field: string; bytes: number; nodes?: number }[];
  /** Estimated bytes of one element of each list field (for pace.ts). */
  elementBytes: Map<FieldNode, number>;
}

/** What a list inside a field holds, set by the field that bounds it. */
interface Frame {
  nodes: number;
  edges: number;
  pathNodes: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  sizes: GraphSizes;
  elements: Map<FieldNode, number>;
}

export function estimateResponse(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  sizes: GraphSizes,
  measured: Measured = new Map(),
): SizeEstimate {
  const walk: Walk = { schema, fragments, variables, sizes, elements: new Map() };
  const query = schema.getQueryType() as GraphQLObjectType;
  const frame: Frame = { nodes: 0, edges: 0, pathNodes: LIST_SIZES.partnerPathNodes };
  const fields: SizeEstimate['fields'] = [];
  let bytes = '{"data":{}}'.length;
  for (const [key, nodes] of collectFields(schema, fragments, variables, query, operation.selectionSet)) {
    const node = nodes[0] as FieldNode;
    const def = fieldDef(query, node.name.value);
    if (!def) continue;
    const args = getArgumentValues(def, node, variables);
    const own = rootFrame(node.name.value, args, sizes, measured.get(key), frame);
    const field = key.length + 4 + valueBytes(walk, query, def, def.type, nodes, args, own);
    const bounded = node.name.value === 'subgraph' || node.name.value === 'neighborhood';
    fields.push({ key, field: node.name.value, bytes: field, ...(bounded ? { nodes: own.nodes } : {}) });
    bytes += field;
  }
  fields.sort((a, b) => b.bytes - a.bytes);
  return { bytes: Math.round(bytes), fields, elementBytes: walk.elements };
}

function valueBytes(
  walk: Walk,
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  type: GraphQLOutputType,
  nodes: readonly FieldNode[],
  args: Record<string, unknown>,
  frame: Frame,
): number {
  if (isNonNullType(type)) return valueBytes(walk, parent, def, type.ofType, nodes, args, frame);
  if (isListType(type)) {
    const n = listSize(walk, parent.name, def.name, args, frame);
    const element = valueBytes(walk, parent, def, type.ofType, nodes, args, frame);
    const first = nodes[0] as FieldNode;
    walk.elements.set(first, Math.max(element, walk.elements.get(first) ?? 0));
    return 2 + n * (1 + element);
  }
  if (isLeafType(type)) return scalarBytes(parent.name, def.name, type.name);
  const child = childFrame(parent.name, def.name, args, frame);
  if (!isAbstractType(type)) return objectBytes(walk, type as GraphQLObjectType, nodes, child);
  return abstractBytes(walk, walk.schema.getPossibleTypes(type), nodes, child);
}

/**
 * A `Node` is a cluster, zone, enterprise, institution or product, in the proportions the graph
 * holds them (kind-specific fields, such as indicators, weigh by their share); another abstract
 * type counts its widest member.
 */
function abstractBytes(walk: Walk, types: readonly GraphQLObjectType[], nodes: readonly FieldNode[], frame: Frame) {
  const counts = types.map((t) => walk.sizes.nodesByKind[t.name.toUpperCase()] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  let widest = 0;
  let weighted = 0;
  types.forEach((runtime, i) => {
    const bytes = objectBytes(walk, runtime, nodes, frame);
    widest = Math.max(widest, bytes);
    weighted += (bytes * (counts[i] ?? 0)) / Math.max(1, total);
  });
  return total > 0 ? weighted : widest;
}

function objectBytes(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[], frame: Frame): number {
  let bytes = 2;
  for (const [key, fieldNodes] of collectSubfields(walk.schema, walk.fragments, walk.variables, type, nodes)) {
    const node = fieldNodes[0] as FieldNode;
    if (node.name.value === '__typename') {
      bytes += key.length + 4 + type.name.length + 2;
      continue;
    }
    const def = fieldDef(type, node.name.value);
    if (!def) continue;
    const args = def.args.length > 0 ? getArgumentValues(def, node, walk.variables) : {};
    bytes += key.length + 4 + valueBytes(walk, type, def, def.type, fieldNodes, args, frame);
  }
  return bytes;
}

function fieldDef(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return type.getFields()[name];
}

const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : null);

/** The subgraph or path sizes a root field sets for the lists below it. */
function rootFrame(
  name: string,
  args: Record<string, unknown>,
  sizes: GraphSizes,
  measured: { nodes: number; edges: number } | { count: number } | undefined,
  frame: Frame,
): Frame {
  const ofKinds = (kinds: string[] | null) =>
    kinds ? kinds.reduce((n, k) => n + (sizes.nodesByKind[k] ?? 0), 0) : sizes.nodes;
  const ofTypes = (types: string[] | null) =>
    types ? types.reduce((n, t) => n + (sizes.edgesByType[t] ?? 0), 0) : sizes.edges;
  const among = (nodes: number, types: string[] | null) =>
    Math.min(
      ofTypes(types),
      Math.ceil(nodes * Math.max(LIST_SIZES.edgesPerNode, sizes.edges / Math.max(1, sizes.nodes))),
    );
  switch (name) {
    case 'neighborhood': {
      const nodes = Math.min(num(args.limit, 500), CAPS.limit, ofKinds(list(args.kinds)));
      return { ...frame, nodes, edges: among(nodes, list(args.relTypes)) };
    }
    case 'subgraph': {
      const nodes = Math.min(num(args.limit, 2000), CAPS.subgraphLimit, ofKinds(list(args.kinds)));
      return { ...frame, nodes, edges: among(nodes, list(args.relTypes)) };
    }
    case 'between':
    case 'supplyChain':
      return measured && 'nodes' in measured ? { ...frame, ...measured } : { ...frame, nodes: 0, edges: 0 };
    case 'paths':
      return { ...frame, pathNodes: num(args.maxHops, 4) + 1 };
    case 'gaps':
      return { ...frame, nodes: measured && 'count' in measured ? measured.count : 0 };
    default:
      return frame;
  }
}

/** What a field below a root field changes in the frame: a gap's suggestions are partner paths. */
function childFrame(parent: string, field: string, _args: Record<string, unknown>, frame: Frame): Frame {
  if (parent === 'Gap' && field === 'suggestedPartners') return { ...frame, pathNodes: LIST_SIZES.partnerPathNodes };
  return frame;
}

/** How many elements a list field holds. */
function listSize(walk: Walk, parent: string, field: string, args: Record<string, unknown>, frame: Frame) {
  const sizes = walk.sizes;
  const capped = (n: number) => Math.max(0, Math.min(n, sizes.nodes));
  switch (`${parent}.${field}`) {
    case 'Query.search':
      return capped(num(args.first, 20));
    case 'Query.nodes':
      return capped(list(args.ids)?.length ?? 0);
    case 'Query.clusters':
      return sizes.nodesByKind.CLUSTER ?? 0;
    case 'Query.zones':
      return sizes.nodesByKind.ZONE ?? 0;
    case 'Query.paths':
      return num(args.first, 5);
    case 'Query.neighborCounts':
      return LIST_SIZES.neighborCounts;
    case 'Query.partners':
      return capped(num(args.first, 20));
    case 'Query.gaps':
      return frame.nodes;
    case 'Query.chainGaps':
      return Math.min(num(args.first, 100), CAPS.first, sizes.nodesByKind.PRODUCT ?? 0);
    case 'ChainGap.targets':
      return Math.min(num(args.first, 10), CAPS.targets, sizes.nodesByKind.ENTERPRISE ?? 0);
    case 'Panorama.nodes':
      return Math.min(PANORAMA_NODES, sizes.nodesByKind.PRODUCT ?? 0);
    case 'Panorama.edges':
      return Math.min(PANORAMA_NODES, sizes.nodesByKind.PRODUCT ?? 0) * 2;
    case 'Subgraph.nodes':
      return frame.nodes;
    case 'Subgraph.edges':
      return frame.edges;
    case 'Path.nodes':
      return frame.pathNodes;
    case 'Path.edges':
      return Math.max(0, frame.pathNodes - 1);
    case '__Schema.types':
      return Object.keys(walk.schema.getTypeMap()).length;
    case 'Overview.indicators':
      return ((sizes.nodesByKind.CLUSTER ?? 0) + (sizes.nodesByKind.ZONE ?? 0)) * LIST_SIZES.indicators;
    default:
      return typicalLength(parent, field);
  }
}
