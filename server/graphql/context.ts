import type { GraphStore } from '../store/types';

/** What every resolver gets: the store, nothing else. */
export interface GraphContext {
  store: GraphStore;
}
