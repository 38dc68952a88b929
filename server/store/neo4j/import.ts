/**
 * Replacing the graph by generations (docs/neo4j.md). A load claims a new generation number,
 * CREATEs every node and relationship of the dataset into it in large batches (each batch its
 * own transaction; nodes first, then relationships whose ends are found by the element ids the
 * node batches returned), and only then switches the version node to it in one small
 * transaction. Every query reads the version node's generation first and touches nothing else,
 * so readers see the previous graph, whole, until the switch, and the new one, whole, after it.
 *
 * A load that fails part-way (bad data, a statement error, a dropped connection) never
 * switches: the previous graph keeps answering and the part written is dropped. A load that is
 * killed leaves its part behind, invisible to queries, until the next load's drop. Older
 * generations are dropped after the switch, in batches, once the readers that started on them
 * are done (see Neo4jStore.load).
 */
import { randomUUID } from 'node:crypto';
import { InvalidInputError } from '../../domain/errors';
import { type Dataset, type GraphEdge, NODE_KINDS, REL_TYPES } from '../../domain/model';
import { searchKeysMaker } from '../semantics/search';
import type { Executor } from './executor';
import { NODE_IMPORT, REL_IMPORT } from './queries';
import { edgeRow, nodeProperties } from './rows';

/** Rows per batch: large enough that a round trip is small beside the work, small enough for a 768 MB heap. */
export const NODE_BATCH = 10_000;
export const REL_BATCH = 20_000;

/**
 * The problems the memory store's graph refuses too (duplicate ids, dangling or self-looping
 * edges), found before any write so the caller gets a clear message.
 */
export function checkGraph(dataset: Dataset): void {
  const ids = new Set<string>();
  for (const n of dataset.nodes) {
    // An unknown kind or type has no import statement: refuse it rather than drop it silently.
    if (!NODE_KINDS.includes(n.kind)) throw new InvalidInputError(`node ${n.id}: unknown kind ${n.kind}`, 'dataset');
    if (ids.has(n.id)) throw new InvalidInputError(`duplicate node id: ${n.id}`, 'dataset');
    ids.add(n.id);
  }
  const home = dataset.meta?.homeZoneId;
  if (home !== undefined && !dataset.nodes.some((n) => n.id === home && n.kind === 'ZONE'))
    throw new InvalidInputError(`meta.homeZoneId names no zone: ${String(home)}`, 'homeZoneId');
  const edgeIds = new Set<string>();
  for (const e of dataset.edges) {
    if (!REL_TYPES.includes(e.type)) throw new InvalidInputError(`edge ${e.id}: unknown type ${e.type}`, 'dataset');
    if (edgeIds.has(e.id)) throw new InvalidInputError(`duplicate edge id: ${e.id}`, 'dataset');
    edgeIds.add(e.id);
    for (const end of [e.source, e.target]) {
      if (!ids.has(end)) throw new InvalidInputError(`edge ${e.id}: no node ${end}`, 'dataset');
    }
    if (e.source === e.target) throw new InvalidInputError(`edge ${e.id}: self-loops are not allowed`, 'dataset');
  }
}

/** For tests and benches: batch sizes, and a hook called before each batch (throwing there fails the load). */
export interface LoadHooks {
  nodeBatch?: number;
  relBatch?: number;
  beforeBatch?: (what: { gen: number; batch: number; kind: string }) => void | Promise<void>;
  /** Called once every batch is written, just before the switch. */
  beforeSwitch?: (gen: number) => void | Promise<void>;
}

/**
 * Writes the dataset as a new generation and switches to it; returns the generation. On any
 * failure before the switch the generation written so far is dropped and the error rethrown.
 */
export async function loadGeneration(db: Executor, dataset: Dataset, hooks: LoadHooks = {}): Promise<number> {
  const [claim] = await db.writeOne('import/claim', {});
  if (!claim) throw new Error('internal: the claim query returned no row');
  const { gen } = claim;
  try {
    await writeGeneration(db, gen, dataset, hooks);
    await hooks.beforeSwitch?.(gen);
    const home = dataset.meta?.homeZoneId;
    // The switch, the dataset's home zone and the clearing of the previous graph's audit trail
    // commit together: readers see the new generation with its home zone, and no change of the
    // old graph outlives it (as on the memory store, whose workspace is seeded anew).
    await db.write(async (run) => {
      const [switched] = await run('import/switch', { gen, stamp: randomUUID() });
      if (!switched) throw new Error(`load: a newer load switched the graph while generation ${gen} was written`);
      await run('import/home-zone', { homeZoneId: typeof home === 'string' ? home : null });
      await run('edit/clear-changes', {});
    });
    return gen;
  } catch (err) {
    await db.autoCommit('import/drop-generation', { gen }).catch(() => undefined);
    throw err;
  }
}

async function writeGeneration(db: Executor, gen: number, dataset: Dataset, hooks: LoadHooks): Promise<void> {
  const keysOf = searchKeysMaker();
  // Relationship batches name their ends by element id (checkGraph made sure every end exists).
  const elementIds = new Map<string, string>();
  const endOf = (id: string) => elementIds.get(id) ?? '';
  const nodeBatch = hooks.nodeBatch ?? NODE_BATCH;
  const relBatch = hooks.relBatch ?? REL_BATCH;
  let batch = 0;
  for (const kind of NODE_KINDS) {
    const nodes = dataset.nodes.filter((n) => n.kind === kind);
    for (let i = 0; i < nodes.length; i += nodeBatch) {
      await hooks.beforeBatch?.({ gen, batch: batch++, kind });
      const rows = nodes.slice(i, i + nodeBatch).map((n) => ({ ...nodeProperties(n, keysOf), gen }));
      const [result] = await db.writeOne(NODE_IMPORT[kind], { gen, rows });
      const written = result?.written ?? [];
      if (written.length !== rows.length)
        throw new Error(`import: wrote ${written.length} of ${rows.length} ${kind} nodes`);
      for (const [id, elementId] of written) elementIds.set(id, elementId);
    }
  }
  const byType = new Map<string, GraphEdge[]>(REL_TYPES.map((t) => [t, []]));
  for (const e of dataset.edges) byType.get(e.type)?.push(e);
  for (const type of REL_TYPES) {
    const edges = byType.get(type) ?? [];
    for (let i = 0; i < edges.length; i += relBatch) {
      await hooks.beforeBatch?.({ gen, batch: batch++, kind: type });
      const rows = edges
        .slice(i, i + relBatch)
        .map((e) => ({ ...edgeRow(e), source: endOf(e.source), target: endOf(e.target) }));
      const [result] = await db.writeOne(REL_IMPORT[type], { gen, rows });
      if (result?.written !== rows.length) {
        const missing = rows.length - (result?.written ?? 0);
        throw new InvalidInputError(
          `import: ${missing} ${type} relationship(s) name a node that does not exist`,
          'dataset',
        );
      }
    }
  }
}

/** Drops every generation older than `gen` (the current one, after its switch). */
export async function dropOlder(db: Executor, gen: number): Promise<void> {
  await db.autoCommit('import/drop-older', { gen });
}
