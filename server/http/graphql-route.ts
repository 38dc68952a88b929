/**
 * The compiled GraphQL path, in front of Apollo. A POSTed JSON query whose text prepares cleanly
 * (operations.ts: parsed, validated with Apollo's rules, compiled by graphql-jit once per text)
 * and whose variables coerce is answered here:
 *
 *   cache lookup (after validation, keyed by the coerced variables; concurrent repeats share one
 *   execution) → response budget (estimate, refuse past MAX_RESPONSE_MB) → concurrency caps for
 *   expensive answers (503 + Retry-After) → compiled execution → errors formatted as Apollo
 *   formats them → the answer streamed in slices with backpressure, compressed on the way out.
 *
 * Everything else — GET, persisted queries, other `Accept` types, any request Apollo would
 * refuse — goes to Apollo (`next()`), which answers it with its own errors and status codes.
 * The API suites run every query both ways and compare the answers.
 */
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { type BudgetLimits, estimateFor, type GraphSizeCache, overBudget } from '../graphql/budget';
import type { GraphContext } from '../graphql/context';
import { type FormatError, formatExecutionErrors, isStoreUnavailable } from '../graphql/errors';
import type { PreparedOperation, PreparedOperations } from '../graphql/operations';
import { Pace } from '../graphql/pace';
import { requestStore } from '../graphql/request-store';
import type { GraphStore } from '../store/types';
import type { LeadBook } from '../workspace/leads';
import { type Admission, busyError, RETRY_AFTER_SECONDS } from './admission';
import { sessionToken, viewerOf } from './auth';
import { jsonParts, streamBody, streamJson } from './json-writer';
import { COMPRESS_FROM, type Entry, type ResponseCache } from './response-cache';

const JSON_TYPE = 'application/json; charset=utf-8';

export interface GraphqlRoute {
  store: GraphStore;
  schema: GraphQLSchema;
  operations: PreparedOperations;
  cache: ResponseCache | null;
  sizes: GraphSizeCache;
  limits: BudgetLimits;
  admission: Admission;
  formatError: FormatError;
  development: boolean;
  compress: RequestHandler;
  logger: Logger;
  leads?: LeadBook;
}

interface Body {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/** What this path answers: a JSON object with a query text, no extensions, an ordinary name. */
function plainBody(body: unknown): body is Body {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b.query === 'string' &&
    b.extensions === undefined &&
    (b.operationName === undefined || b.operationName === null || typeof b.operationName === 'string')
  );
}

/** Apollo picks `application/json` for these; anything else (graphql-response+json…) is Apollo's. */
const acceptsJson = (accept: string | undefined) =>
  accept === undefined || accept === '*/*' || accept === 'application/json';

export const clientOf = (req: Request) => (req.ip ? ipKeyGenerator(req.ip) : 'unknown');

/** One request on this path: the operation, its variables (raw and coerced), the data version. */
interface Asked {
  route: GraphqlRoute;
  req: Request;
  res: Response;
  prepared: PreparedOperation;
  variables: Record<string, unknown>;
  rawVariables: unknown;
  /** The coerced variables as text: part of the cache key and of the estimate's memo. */
  variablesText: string;
  token: string | null;
  /** The response cache key, when the answer may be kept. */
  key: string | null;
}

export function graphqlRoute(route: GraphqlRoute): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (req.method !== 'POST' || !plainBody(body) || !acceptsJson(req.headers.accept)) return next();
    const prepared = route.operations.get(body.query, body.operationName ?? undefined);
    if (!prepared) return next();
    const variables = route.operations.coerce(prepared, body.variables);
    if (!variables) return next();
    answer(route, req, res, prepared, variables, body.variables).catch(next);
  };
}

async function answer(
  route: GraphqlRoute,
  req: Request,
  res: Response,
  prepared: PreparedOperation,
  variables: Record<string, unknown>,
  rawVariables: unknown,
): Promise<void> {
  const token = route.store.cacheToken ? await Promise.resolve(route.store.cacheToken()).catch(() => null) : null;
  const variablesText = JSON.stringify(variables);
  // Personal answers (who is asking) and requests made with a session stay out of the shared cache.
  const shared = !prepared.personal && viewerOf(res) === null && sessionToken(req) === null;
  const key =
    route.cache && token !== null && shared
      ? `${token}\u0000${req.headers.accept ?? ''}\u0000${prepared.key}\u0000${variablesText}`
      : null;
  const asked: Asked = { route, req, res, prepared, variables, rawVariables, variablesText, token, key };
  let lead: ((entry: Entry | null) => void) | undefined;
  if (route.cache && key) {
    const hit = route.cache.get(key);
    if (hit) return sendHit(route.cache, req, res, hit);
    const flight = route.cache.join(key);
    if ('wait' in flight) {
      const shared = await flight.wait;
      if (shared) return sendHit(route.cache, req, res, shared);
    } else lead = flight.lead;
    res.setHeader('x-cache', 'MISS');
  }
  let kept: Entry | null = null;
  try {
    kept = await execute(asked);
  } finally {
    lead?.(kept);
  }
}

/** Runs the operation and sends its answer; the cache entry it made, if any. */
async function execute(asked: Asked): Promise<Entry | null> {
  const { route, req, res, prepared, variables, token, key } = asked;
  const store = prepared.measures ? requestStore(route.store) : route.store;
  // A store that cannot answer has no sizes either: execution reports it (STORE_UNAVAILABLE).
  const sizes = await route.sizes.sizes(route.store, token).catch(() => null);
  let pace: Pace | undefined;
  if (sizes) {
    const memo = token === null ? undefined : `${token}\u0000${asked.variablesText}`;
    const estimate = await estimateFor(route.schema, prepared, variables, store, sizes, memo);
    const refusal = overBudget(estimate, route.limits);
    if (refusal) return sendErrors(route, res, [refusal], 400);
    if (estimate.bytes > route.limits.expensiveBytes) {
      if (!route.admission.admit(clientOf(req), res)) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        return sendErrors(route, res, [busyError()], 503);
      }
      pace = new Pace(estimate.elementBytes);
    }
  }
  const context: GraphContext = {
    store,
    res,
    viewer: viewerOf(res),
    ...(pace ? { pace } : {}),
    ...(route.leads ? { leads: route.leads } : {}),
  };
  const result = await prepared.run(context, asked.rawVariables, pace !== undefined);
  if (res.destroyed) return null;
  const errors = result.errors?.length
    ? formatExecutionErrors(result.errors, route.formatError, route.development)
    : undefined;
  const status = result.errors?.some(isStoreUnavailable) ? 503 : 200;
  const cacheable = key !== null && status === 200 && !errors;
  const body = { errors, data: result.data };
  res.status(status);
  res.setHeader('content-type', JSON_TYPE);
  res.setHeader('cache-control', 'no-store');
  await compressed(route, req, res);
  // Cheap answers (the most) in one write; expensive ones, paced above, are streamed in slices.
  let text: string | null;
  if (pace) text = await streamJson(res, jsonParts(body), cacheable);
  else {
    text = JSON.stringify(body);
    res.send(text);
  }
  return cacheable && text !== null && key && route.cache ? route.cache.set(key, text, JSON_TYPE) : null;
}

/** The compression middleware, set up on this response (it wraps write and end) if the client may want it. */
function compressed(route: GraphqlRoute, req: Request, res: Response): Promise<void> {
  if (!req.headers['accept-encoding']) return Promise.resolve();
  return new Promise((resolve, reject) => route.compress(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
}

function sendErrors(route: GraphqlRoute, res: Response, errors: GraphQLError[], status: number): null {
  res.status(status);
  res.setHeader('content-type', JSON_TYPE);
  res.setHeader('cache-control', 'no-store');
  res.send(JSON.stringify({ errors: formatExecutionErrors(errors, route.formatError, route.development) }));
  return null;
}

async function sendHit(cache: ResponseCache, req: Request, res: Response, hit: Entry): Promise<void> {
  res.setHeader('content-type', hit.contentType);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-cache', 'HIT');
  if (hit.body.length < COMPRESS_FROM) {
    res.send(hit.body);
    return;
  }
  res.setHeader('vary', 'Accept-Encoding');
  if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    const zipped = await cache.gzipped(hit);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', zipped.length);
    return streamBody(res, zipped);
  }
  res.setHeader('content-length', Buffer.byteLength(hit.body));
  return streamBody(res, hit.body);
}
