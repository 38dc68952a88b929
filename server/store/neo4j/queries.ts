/**
 * The registry of Cypher statements. Every statement lives in `cypher/<name>.cypher`; a name is
 * a member of the `QueryName` union, and `QueryShapes` says what parameters it takes and what
 * each row holds, so the executor's callers are type-checked end to end.
 *
 * Labels and relationship types cannot be parameters in Cypher, so the import has one small
 * file per node kind and per relationship type, chosen through `NODE_IMPORT` / `REL_IMPORT`
 * from the closed allow-lists of the domain model, never from user text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeKind, RelType, Status } from '../../domain/model';
import type { ChainFacts } from '../semantics/chain';
import type { EdgeRow, EdgeTuple, FactRow, NodeRow, NodeTuple } from './rows';

export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

/** A node batch answers [id, element id] per node written. */
type NodeImport = { params: { gen: number; rows: Record<string, unknown>[] }; row: { written: [string, string][] } };
type RelImport = {
  params: { gen: number; rows: { source: string; target: string; id: string; status: string; sources: string }[] };
  row: { written: number };
};
/** A change's node write (one row, into the version node's generation). */
type NodeUpsert = { params: { rows: Record<string, unknown>[] }; row: { written: number } };
/** A change's relationship write: ends by id in the version node's generation. */
type RelUpsert = {
  params: { rows: { source: string; target: string; id: string; status: string; sources: string; version: number }[] };
  row: { written: number };
};
type Kinds = string[] | null;
type Types = string[] | null;
type WalkQuery = {
  /** Nodes within `depth` hops of `start` (1..6) with their distance; only those of `kind` if given. */
  params: { start: string; types: Types; depth: number; kind: NodeKind | null };
  row: { ids: string[]; kinds: NodeKind[]; depths: number[] };
};
type PathBounds = {
  params: { from: string; to: string; types: Types; fromDepth: number; toDepth: number };
  /** [id, distance from `from` or null, distance to `to` or null] */
  row: { bounds: [id: string, df: number | null, dt: number | null][] };
};
type PathQuery = {
  /** layers[i]: the nodes allowed i hops along the path (layers[0] is unused). */
  params: { from: string; to: string; types: Types; directed: boolean; layers: string[][]; first: number };
  row: { nodes: NodeRow[]; edges: EdgeRow[] };
};

export interface QueryShapes {
  'import/claim': { params: Record<string, never>; row: { gen: number; current: number } };
  'import/nodes-cluster': NodeImport;
  'import/nodes-zone': NodeImport;
  'import/nodes-enterprise': NodeImport;
  'import/nodes-institution': NodeImport;
  'import/nodes-product': NodeImport;
  'import/rels-member-of': RelImport;
  'import/rels-located-in': RelImport;
  'import/rels-part-of': RelImport;
  'import/rels-produces': RelImport;
  'import/rels-input-to': RelImport;
  'import/rels-focuses-on': RelImport;
  'import/rels-supplies': RelImport;
  'import/rels-researches': RelImport;
  'import/rels-cooperates-with': RelImport;
  'import/switch': { params: { gen: number; stamp: string }; row: { gen: number } };
  'import/drop-older': { params: { gen: number }; row: never };
  'import/drop-generation': { params: { gen: number }; row: never };
  'import/home-zone': { params: { homeZoneId: string | null }; row: { homeZoneId: string | null } };
  'queries/version': { params: Record<string, never>; row: { stamp: string | null; homeZoneId: string | null } };
  'queries/chain-facts': {
    params: Record<string, never>;
    row: Omit<ChainFacts, 'products' | 'zones'> & {
      products: [id: string, name: string, nameEn: string | null, status: Status][];
      zones: [id: string, name: string, nameEn: string | null][];
    };
  };
  'queries/node': { params: { id: string }; row: { node: NodeRow } };
  'queries/nodes': { params: { ids: string[] }; row: { node: NodeRow } };
  'queries/by-kind': { params: { kind: NodeKind }; row: { node: NodeRow } };
  'queries/search': { params: { needles: string[]; kinds: Kinds; first: number }; row: { node: NodeRow } };
  'queries/walk-out': WalkQuery;
  'queries/walk-in': WalkQuery;
  'queries/walk-both': WalkQuery;
  'queries/neighborhood': {
    params: { id: string; depth: number; types: Types; kinds: Kinds; room: number };
    row: { node: NodeRow; nodes: NodeTuple[]; edges: EdgeTuple[]; total: number };
  };
  'queries/supply-chain': {
    params: { id: string; up: boolean; down: boolean; maxDepth: number };
    row: { node: NodeRow; nodes: NodeTuple[]; edges: EdgeTuple[] };
  };
  'queries/induced': { params: { ids: string[]; types: Types }; row: { nodes: NodeTuple[]; edges: EdgeTuple[] } };
  'queries/neighbor-counts': { params: { id: string }; row: { type: RelType; kind: NodeKind; count: number } };
  'queries/degrees': { params: { ids: string[] }; row: { id: string; degree: number } };
  'queries/paths-bounds-both': PathBounds;
  'queries/paths-bounds-directed': PathBounds;
  'queries/paths-1': PathQuery;
  'queries/paths-2': PathQuery;
  'queries/paths-3': PathQuery;
  'queries/paths-4': PathQuery;
  'queries/paths-5': PathQuery;
  'queries/paths-6': PathQuery;
  'queries/partners': {
    params: { ids: string[] };
    row: { candidates: [productId: string, role: string, nodeIds: string[], edges: EdgeTuple[]][]; nodes: NodeTuple[] };
  };
  'queries/gap-facts': { params: Record<string, never>; row: FactRow };
  'queries/subgraph-ids': { params: { kinds: Kinds; limit: number }; row: { kept: string[]; total: number } };
  'queries/overview': {
    params: Record<string, never>;
    row: { nodesByKind: { kind: string; count: number }[]; edgesByType: { type: string; count: number }[] };
  };
  'queries/indicators': { params: Record<string, never>; row: { node: NodeRow } };
  'queries/dump-nodes': { params: Record<string, never>; row: { node: NodeRow } };
  'queries/dump-edges': { params: Record<string, never>; row: { edge: EdgeRow } };
  'queries/health': { params: Record<string, never>; row: { ok: number } };
  // Changes (mutations.ts): every one in a write transaction with its audit entries.
  'edit/lock': { params: { count: number }; row: { first: number } };
  'edit/node': { params: { id: string }; row: { node: NodeRow & { version: number } } };
  'edit/node-edges': { params: { id: string }; row: { edge: EdgeRow & { version: number } } };
  'edit/edge': { params: EdgeEnds; row: { edge: EdgeRow & { version: number } } };
  'edit/edge-any': { params: { id: string }; row: { edge: EdgeRow & { version: number } } };
  'edit/delete-node': { params: { id: string }; row: { deleted: number } };
  'edit/delete-edge': { params: EdgeEnds; row: { deleted: number } };
  'edit/node-versions': { params: { ids: string[] }; row: { id: string; version: number } };
  'edit/edge-versions': { params: { edges: EdgeEnds[] }; row: { id: string; version: number } };
  'edit/last-version': { params: { id: string }; row: { version: number | null } };
  'edit/audit': { params: { rows: Record<string, unknown>[] }; row: { written: number } };
  'edit/changes': {
    params: { elementId: string | null; user: string | null; since: string | null; first: number };
    row: { change: Record<string, unknown> };
  };
  'edit/change': { params: { id: number }; row: { change: Record<string, unknown> } };
  'edit/mark-reverted': { params: { id: number }; row: { marked: number } };
  'edit/clear-changes': { params: Record<string, never>; row: { cleared: number } };
  'edit/stamp': { params: { stamp: string }; row: { gen: number } };
  'edit/upsert-cluster': NodeUpsert;
  'edit/upsert-zone': NodeUpsert;
  'edit/upsert-enterprise': NodeUpsert;
  'edit/upsert-institution': NodeUpsert;
  'edit/upsert-product': NodeUpsert;
  'edit/rel-member-of': RelUpsert;
  'edit/rel-located-in': RelUpsert;
  'edit/rel-part-of': RelUpsert;
  'edit/rel-produces': RelUpsert;
  'edit/rel-input-to': RelUpsert;
  'edit/rel-focuses-on': RelUpsert;
  'edit/rel-supplies': RelUpsert;
  'edit/rel-researches': RelUpsert;
  'edit/rel-cooperates-with': RelUpsert;
}

type EdgeEnds = { id: string; source: string; target: string };

export type QueryName = keyof QueryShapes;
export type Params<N extends QueryName> = QueryShapes[N]['params'];
export type Row<N extends QueryName> = QueryShapes[N]['row'];

/** Every name once; a Record so that adding a name to QueryShapes without listing it fails to compile. */
const NAMES: Record<QueryName, true> = {
  'import/claim': true,
  'import/nodes-cluster': true,
  'import/nodes-zone': true,
  'import/nodes-enterprise': true,
  'import/nodes-institution': true,
  'import/nodes-product': true,
  'import/rels-member-of': true,
  'import/rels-located-in': true,
  'import/rels-part-of': true,
  'import/rels-produces': true,
  'import/rels-input-to': true,
  'import/rels-focuses-on': true,
  'import/rels-supplies': true,
  'import/rels-researches': true,
  'import/rels-cooperates-with': true,
  'import/switch': true,
  'import/drop-older': true,
  'import/drop-generation': true,
  'queries/version': true,
  'queries/chain-facts': true,
  'import/home-zone': true,
  'queries/node': true,
  'queries/nodes': true,
  'queries/by-kind': true,
  'queries/search': true,
  'queries/walk-out': true,
  'queries/walk-in': true,
  'queries/walk-both': true,
  'queries/neighborhood': true,
  'queries/supply-chain': true,
  'queries/induced': true,
  'queries/neighbor-counts': true,
  'queries/degrees': true,
  'queries/paths-bounds-both': true,
  'queries/paths-bounds-directed': true,
  'queries/paths-1': true,
  'queries/paths-2': true,
  'queries/paths-3': true,
  'queries/paths-4': true,
  'queries/paths-5': true,
  'queries/paths-6': true,
  'queries/partners': true,
  'queries/gap-facts': true,
  'queries/subgraph-ids': true,
  'queries/overview': true,
  'queries/indicators': true,
  'queries/dump-nodes': true,
  'queries/dump-edges': true,
  'queries/health': true,
  'edit/lock': true,
  'edit/node': true,
  'edit/node-edges': true,
  'edit/edge': true,
  'edit/edge-any': true,
  'edit/delete-node': true,
  'edit/delete-edge': true,
  'edit/node-versions': true,
  'edit/edge-versions': true,
  'edit/last-version': true,
  'edit/audit': true,
  'edit/changes': true,
  'edit/change': true,
  'edit/mark-reverted': true,
  'edit/clear-changes': true,
  'edit/stamp': true,
  'edit/upsert-cluster': true,
  'edit/upsert-zone': true,
  'edit/upsert-enterprise': true,
  'edit/upsert-institution': true,
  'edit/upsert-product': true,
  'edit/rel-member-of': true,
  'edit/rel-located-in': true,
  'edit/rel-part-of': true,
  'edit/rel-produces': true,
  'edit/rel-input-to': true,
  'edit/rel-focuses-on': true,
  'edit/rel-supplies': true,
  'edit/rel-researches': true,
  'edit/rel-cooperates-with': true,
};
export const QUERY_NAMES = Object.keys(NAMES) as QueryName[];

type NodeImportName = { [N in QueryName]: QueryShapes[N] extends NodeImport ? N : never }[QueryName];
type RelImportName = { [N in QueryName]: QueryShapes[N] extends RelImport ? N : never }[QueryName];

/** The node-import statement per kind: the only way a label reaches Cypher. */
export const NODE_IMPORT: Record<NodeKind, NodeImportName> = {
  CLUSTER: 'import/nodes-cluster',
  ZONE: 'import/nodes-zone',
  ENTERPRISE: 'import/nodes-enterprise',
  INSTITUTION: 'import/nodes-institution',
  PRODUCT: 'import/nodes-product',
};

/** The relationship-import statement per type: the only way a relationship type reaches Cypher. */
export const REL_IMPORT: Record<RelType, RelImportName> = {
  MEMBER_OF: 'import/rels-member-of',
  LOCATED_IN: 'import/rels-located-in',
  PART_OF: 'import/rels-part-of',
  PRODUCES: 'import/rels-produces',
  INPUT_TO: 'import/rels-input-to',
  FOCUSES_ON: 'import/rels-focuses-on',
  SUPPLIES: 'import/rels-supplies',
  RESEARCHES: 'import/rels-researches',
  COOPERATES_WITH: 'import/rels-cooperates-with',
};

type NodeUpsertName = { [N in QueryName]: QueryShapes[N] extends NodeUpsert ? N : never }[QueryName];
type RelUpsertName = { [N in QueryName]: QueryShapes[N] extends RelUpsert ? N : never }[QueryName];

/** A change's node write per kind (MERGE on (gen, id) in the current generation). */
export const NODE_UPSERT: Record<NodeKind, NodeUpsertName> = {
  CLUSTER: 'edit/upsert-cluster',
  ZONE: 'edit/upsert-zone',
  ENTERPRISE: 'edit/upsert-enterprise',
  INSTITUTION: 'edit/upsert-institution',
  PRODUCT: 'edit/upsert-product',
};

/** A change's relationship write per type (ends by (gen, id), MERGE on the relationship's id). */
export const REL_UPSERT: Record<RelType, RelUpsertName> = {
  MEMBER_OF: 'edit/rel-member-of',
  LOCATED_IN: 'edit/rel-located-in',
  PART_OF: 'edit/rel-part-of',
  PRODUCES: 'edit/rel-produces',
  INPUT_TO: 'edit/rel-input-to',
  FOCUSES_ON: 'edit/rel-focuses-on',
  SUPPLIES: 'edit/rel-supplies',
  RESEARCHES: 'edit/rel-researches',
  COOPERATES_WITH: 'edit/rel-cooperates-with',
};

/** The breadth-first walk statement per direction (a direction cannot be a parameter either). */
export const WALK_BY_DIRECTION = {
  out: 'queries/walk-out',
  in: 'queries/walk-in',
  both: 'queries/walk-both',
} as const satisfies Record<string, QueryName>;

/** The deepest walk the walk statements have a branch for (CAPS.maxDepth). */
export const WALK_MAX_DEPTH = 6;

/**
 * The paths statement per length: a pattern's length cannot be a parameter, so there is one
 * fixed-length statement per length up to the maxHops cap (index = number of hops).
 */
export const PATHS_BY_LENGTH = [
  'queries/paths-1',
  'queries/paths-2',
  'queries/paths-3',
  'queries/paths-4',
  'queries/paths-5',
  'queries/paths-6',
] as const satisfies readonly QueryName[];

export function cypherFile(name: QueryName): string {
  return join(CYPHER_DIR, `${name}.cypher`);
}

const cache = new Map<QueryName, string>();

/** The statement text of a query (one statement per file; a trailing `;` is dropped). */
export function cypher(name: QueryName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(cypherFile(name), 'utf8').trim().replace(/;$/, '');
    cache.set(name, text);
  }
  return text;
}

/**
 * The numbered files of a folder, in order, each split into its statements (`;` at the end of a
 * line): `schema` (constraints and indexes, `IF NOT EXISTS`) and `upgrade` (bringing a graph an
 * earlier version wrote up to date; each statement matches only what is not yet upgraded).
 */
export function schemaFiles(folder: 'schema' | 'upgrade' = 'schema'): { file: string; statements: string[] }[] {
  const dir = join(CYPHER_DIR, folder);
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => ({
      file,
      statements: readFileSync(join(dir, file), 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean),
    }));
}
