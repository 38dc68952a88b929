import type { Response } from 'express';
import type { Viewer } from '../auth/accounts';
import type { SessionHandle } from '../http/auth';
import type { GraphStore } from '../store/types';
import type { LeadBook } from '../workspace/leads';
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
  /** Who is asking: null without a session (server/http/auth.ts). */
  viewer?: Viewer | null;
  /** Login and logout over HTTP (sets and clears the session cookie). */
  session?: SessionHandle;
  /** The 招商 leads (server/workspace/leads.ts): in the workspace file, whatever the store. */
  leads?: LeadBook;
}
