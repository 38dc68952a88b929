import type { Response } from 'express';
import type { GraphStore } from '../store/types';
import type { Pace } from './pace';

/**
 * What every resolver gets: the store (for the request: see request-store.ts). Over HTTP the
 * Express response rides along for the concurrency caps (server/http/admission.ts); resolvers
 * do not touch it.
 */
export interface GraphContext {
  store: GraphStore;
  res?: Response;
  /** Set for an expensive request: its answer is built in turns of the event loop. */
  pace?: Pace;
}
