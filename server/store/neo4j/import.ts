/**
 * Replacing the graph: everything is deleted and rewritten inside ONE write transaction, so a
 * load that fails half-way (bad data, a statement error, a dropped connection) rolls back and
 * the previous graph stays as it was.
 *
 * Nodes go in per kind and relationships per type, in UNWIND batches of idempotent MERGEs (on
 * id), each through the statement the allow-list maps its kind or type to. Every batch reports how much it wrote;
 * a shortfall (a relationship whose endpoint is missing) aborts the transaction.
 */
import { randomUUID } from 'node:crypto';
import { InvalidInputError } from '../../domain/errors';
import { type Dataset, NODE_KINDS, REL_TYPES } from '../../domain/model';
import { searchKeysMaker } from '../semantics/search';
import type { TxRun } from './executor';
import { NODE_IMPORT, REL_IMPORT } from './queries';
import { edgeRow, nodeProperties } from './rows';

const BATCH = 1000;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

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

/**
 * Writes the dataset in the caller's transaction, after deleting the previous graph, and gives
 * the graph a new version stamp (committed with it, so caches keyed by the old one lapse).
 */
export async function writeGraph(run: TxRun, dataset: Dataset): Promise<void> {
  await run('import/clear', {});
  const keysOf = searchKeysMaker();
  for (const kind of NODE_KINDS) {
    const nodes = dataset.nodes.filter((n) => n.kind === kind).map((n) => nodeProperties(n, keysOf));
    for (const rows of batches(nodes)) {
      const [result] = await run(NODE_IMPORT[kind], { rows });
      if (result?.written !== rows.length)
        throw new Error(`import: wrote ${result?.written} of ${rows.length} ${kind} nodes`);
    }
  }
  for (const type of REL_TYPES) {
    const edges = dataset.edges.filter((e) => e.type === type);
    for (const batch of batches(edges)) {
      const [result] = await run(REL_IMPORT[type], { rows: batch.map(edgeRow) });
      if (result?.written !== batch.length) {
        const missing = batch.length - (result?.written ?? 0);
        throw new InvalidInputError(
          `import: ${missing} ${type} relationship(s) name a node that does not exist`,
          'dataset',
        );
      }
    }
  }
  const home = dataset.meta?.homeZoneId;
  await run('import/stamp', { stamp: randomUUID() });
  await run('import/home-zone', { homeZoneId: typeof home === 'string' ? home : null });
}
