/**
 * A response cache in front of Apollo for the read-only API: the same query with the same
 * variables on the same data gets the same bytes, so a repeat is answered from memory without
 * parsing, validating or executing anything.
 *
 * - Only what is safe to repeat is kept: a POSTed JSON query (not a batch, not GET) whose answer
 *   was 200 with no errors (Apollo's plugin below marks it). Refusals, NOT_FOUND, rate-limit and
 *   store-unavailable answers are never kept.
 * - The key holds the store's `cacheToken()`, which changes on every load, so a reload makes every
 *   entry unreachable at once (they then age out). The memory store counts its loads; Neo4j reads
 *   the version stamp each load writes (one small read per request, so a load by another process
 *   is seen). A store without a token, or failing to read it, is not cached.
 * - It sits after the rate limit, CORS and body limit, and before the token limit: a repeat of a
 *   query that passed the token limit and GraphQL Armor once passes them again.
 * - Bounded by bytes (`RESPONSE_CACHE_MB`, 0 turns it off), least recently used first out.
 *   `X-Cache: HIT | MISS` says which path answered.
 * - A hit skips compression middleware: a body worth compressing is gzipped once, on its first
 *   hit from a client that accepts gzip, and kept beside the text.
 */
import { gzipSync } from 'node:zlib';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { GraphContext } from '../graphql/context';
import type { GraphStore } from '../store/types';

interface Entry {
  body: string;
  contentType: string;
  bytes: number;
  /** The body gzipped, made on the first hit that accepts gzip (when the body is worth it). */
  gzip?: Buffer;
}

/** What `compression()` leaves uncompressed by default. */
const COMPRESS_FROM = 1024;

/** Entries over this share of the budget are not kept (one huge subgraph would evict everything). */
const LARGEST_SHARE = 1 / 8;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry's gzipped body, made once and counted in the budget. */
  gzipped(entry: Entry): Buffer {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.body);
      entry.bytes += entry.gzip.length;
      this.bytes += entry.gzip.length;
    }
    return entry.gzip;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, body: string, contentType: string): void {
    // UTF-16 code units × 2: what V8 holds for a two-byte string, an upper bound for one-byte.
    const bytes = 2 * (body.length + key.length) + 64;
    if (bytes > this.maxBytes * LARGEST_SHARE) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    this.entries.set(key, { body, contentType, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

/** Set on `res.locals` by the plugin when the answer may be kept. */
const CACHEABLE = 'graphqlCacheable';

/** Marks a single, error-free answer to a query (not a mutation or subscription) as cacheable. */
export const markCacheable: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operation, contextValue }) {
        if (
          contextValue.res &&
          operation?.operation === 'query' &&
          response.body.kind === 'single' &&
          !response.body.singleResult.errors
        ) {
          contextValue.res.locals[CACHEABLE] = true;
        }
      },
    };
  },
};

/** The middleware: answers a repeat from the cache, or lets Apollo answer and keeps the result. */
export function responseCache(cache: ResponseCache | null, store: GraphStore): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    const query = body && !Array.isArray(body) ? body.query : undefined;
    if (!cache || !store.cacheToken || req.method !== 'POST' || typeof query !== 'string') {
      next();
      return;
    }
    const answer = (token: string | null) => {
      if (!token) {
        next();
        return;
      }
      const key = [
        token,
        req.headers.accept ?? '',
        typeof body?.operationName === 'string' ? body.operationName : '',
        query,
        body?.variables === undefined ? '' : JSON.stringify(body.variables),
      ].join('\u0000');
      const hit = cache.get(key);
      if (hit) {
        res.setHeader('content-type', hit.contentType);
        res.setHeader('cache-control', 'no-store');
        res.setHeader('x-cache', 'HIT');
        if (hit.body.length < COMPRESS_FROM) {
          res.send(hit.body);
          return;
        }
        res.setHeader('vary', 'Accept-Encoding');
        if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
          res.setHeader('content-encoding', 'gzip');
          res.send(cache.gzipped(hit));
        } else {
          res.send(hit.body);
        }
        return;
      }
      res.setHeader('x-cache', 'MISS');
      keepOnSend(res, (sent) => {
        if (res.statusCode === 200 && res.locals[CACHEABLE] === true) {
          cache.set(key, sent, String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'));
        }
      });
      next();
    };
    const token = store.cacheToken();
    if (typeof token === 'string' || token === null) answer(token);
    // A store that cannot read its token (Neo4j down) answers uncached: Apollo reports the outage.
    else token.then(answer, () => answer(null));
  };
}

function keepOnSend(res: Response, keep: (body: string) => void): void {
  const send = res.send;
  res.send = function sendAndKeep(this: Response, payload?: unknown) {
    res.send = send;
    if (typeof payload === 'string') keep(payload);
    return send.call(this, payload);
  } as Response['send'];
}
