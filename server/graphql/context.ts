import type { Response } from 'express';
import type { GraphStore } from '../store/types';

/**
 * What every resolver gets: the store. Over HTTP the Express response rides along for the
 * response cache's plugin (server/http/response-cache.ts); resolvers do not touch it.
 */
export interface GraphContext {
  store: GraphStore;
  res?: Response;
}
