/** Public face of the stores: the contract, and a factory choosing the adapter from configuration. */
import type { Config } from '../config';
import type { Dataset } from '../domain/model';
import { MemoryStore } from './memory';
import type { GraphStore } from './types';

export type * from './types';
export { MemoryStore };

/**
 * Neo4j when NEO4J_URI is set, else the embedded memory store holding `dataset`, if given: a
 * Dataset, or a dataset file (read straight into the store).
 */
export async function createStore(config: Pick<Config, 'neo4j'>, dataset?: Dataset | string): Promise<GraphStore> {
  if (config.neo4j) {
    const { Neo4jStore } = await import('./neo4j');
    return new Neo4jStore(config.neo4j);
  }
  return typeof dataset === 'string' ? MemoryStore.fromFile(dataset) : new MemoryStore(dataset);
}
