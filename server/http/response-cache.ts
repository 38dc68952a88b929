/**
 * The response cache of the read-only API: the same operation with the same variables on the
 * same data gets the same bytes, so a repeat is answered from memory without executing it.
 *
 * - It answers only what would be executed: the compiled path (graphql-route.ts) looks an answer
 *   up after the operation is prepared (parsed, validated) and its variables are coerced, and
 *   keys it by the operation, the coerced variables and `Accept`. A request Apollo would refuse
 *   never reaches the cache; persisted queries, GET and everything unusual go to Apollo, uncached.
 * - Only an error-free 200 answer is kept. The key holds the store's `cacheToken()`, which
 *   changes on every load, so a reload makes every entry unreachable at once (they then age out).
 * - Concurrent requests for the same key share one execution: the first runs, the others wait
 *   for its answer (single flight), so 50 officers opening the same heavy view cost one.
 * - Bounded by bytes (`RESPONSE_CACHE_MB`), least recently used first out; an answer over an
 *   eighth of the budget is not kept. A body worth compressing is gzipped once, off the main
 *   thread, on its first hit from a client that accepts gzip, and kept beside the text.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface Entry {
  key: string;
  body: string;
  contentType: string;
  bytes: number;
  /** The body gzipped, made on the first hit that accepts gzip. */
  gzip?: Promise<Buffer>;
}

/** What `compression()` leaves uncompressed by default. */
export const COMPRESS_FROM = 1024;

/** Entries over this share of the budget are not kept (one huge subgraph would evict everything). */
const LARGEST_SHARE = 1 / 8;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, Promise<Entry | null>>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry's gzipped body, made once (asynchronously) and counted in the budget. */
  gzipped(entry: Entry): Promise<Buffer> {
    if (!entry.gzip) {
      entry.gzip = gzipAsync(entry.body);
      entry.gzip.then(
        (zipped) => {
          entry.bytes += zipped.length;
          if (this.entries.get(entry.key) === entry) this.bytes += zipped.length;
        },
        () => undefined,
      );
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

  set(key: string, body: string, contentType: string): Entry | null {
    // UTF-16 code units × 2: what V8 holds for a two-byte string, an upper bound for one-byte.
    const bytes = 2 * (body.length + key.length) + 64;
    if (bytes > this.maxBytes * LARGEST_SHARE) return null;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.bytes;
    }
    const entry: Entry = { key, body, contentType, bytes };
    this.entries.set(key, entry);
    this.bytes += bytes;
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= e.bytes;
    }
    return entry;
  }

  /**
   * Single flight: the first caller for a key gets `lead` and must call it with the entry it
   * made (or null); a caller arriving meanwhile gets `wait`, the leader's entry.
   */
  join(key: string): { lead: (entry: Entry | null) => void } | { wait: Promise<Entry | null> } {
    const running = this.flights.get(key);
    if (running) return { wait: running };
    let lead: (entry: Entry | null) => void = () => undefined;
    const flight = new Promise<Entry | null>((resolve) => {
      lead = (entry) => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
        resolve(entry);
      };
    });
    this.flights.set(key, flight);
    return { lead };
  }
}
