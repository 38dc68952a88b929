/**
 * The one place that talks to neo4j-driver. Callers name a query from the registry and pass
 * its parameters; `runIn` is the single function that runs Cypher, and it hands back plain
 * rows (integers as numbers, no driver types), so nothing above this file imports the driver.
 *
 * Reads run in read transactions with the configured timeout. Connection failures become
 * StoreUnavailableError; the driver is never replaced, it reconnects by itself once Neo4j is back.
 */
import neo4j, {
  type Driver,
  isInt,
  type ManagedTransaction,
  Neo4jError,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import type { Neo4jConfig } from '../../config';
import { StoreUnavailableError } from '../../domain/errors';
import { cypher, type Params, type QueryName, type Row, schemaFiles } from './queries';

/** Runs a named query inside the caller's transaction (used by multi-statement writes). */
export type TxRun = <N extends QueryName>(name: N, params: Params<N>) => Promise<Row<N>[]>;

export class Executor {
  private readonly driver: Driver;
  private schemaReady: Promise<void> | null = null;

  constructor(private readonly config: Neo4jConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is down instead of letting requests hang. The driver would retry a
      // failed transaction after ~1 s (±20 % jitter) while less than maxTransactionRetryTime has
      // passed; with 0 it does not, so an outage surfaces as a 503 at once and the caller (a
      // person at the explorer, a proxy) decides whether to retry.
      // A refused or unanswered connect fails within connectionTimeout; waiting for a free
      // pooled connection under load is not a fault, so that wait is long.
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 60_000,
      maxConnectionPoolSize: 100,
      maxTransactionRetryTime: 0,
      userAgent: 'cluster-graph',
    });
  }

  async read<N extends QueryName>(name: N, params: Params<N>): Promise<Row<N>[]> {
    await this.ensureSchema();
    return this.withSession('READ', (s) => this.readOnce(s, cypher(name), params));
  }

  /**
   * One explicit read transaction (READ access mode, so a cluster routes it to a reader) with
   * the query timeout. Not `executeRead`: its retry waits a second or more even with
   * maxTransactionRetryTime 0, and a request should learn at once that Neo4j is down.
   */
  private async readOnce(s: Session, text: string, params: object): Promise<never[]> {
    const tx = s.beginTransaction({ timeout: this.config.queryTimeoutMs });
    try {
      const rows = await runIn(tx, text, params);
      await tx.commit();
      return rows;
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  }

  /** One write transaction: everything `work` runs commits together or not at all. */
  async write<T>(work: (run: TxRun) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    return this.withSession('WRITE', (s) =>
      s.executeWrite((tx) => work((name, params) => runIn(tx, cypher(name), params))),
    );
  }

  /**
   * One statement in a write transaction of its own (a batch of a load: each commits alone, so
   * no transaction grows with the graph; what keeps a load atomic is the generation switch).
   */
  async writeOne<N extends QueryName>(name: N, params: Params<N>): Promise<Row<N>[]> {
    await this.ensureSchema();
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => runIn(tx, cypher(name), params)));
  }

  /** One statement as an auto-commit query: `CALL { } IN TRANSACTIONS` runs only there. */
  async autoCommit<N extends QueryName>(name: N, params: Params<N>): Promise<void> {
    await this.ensureSchema();
    await this.withSession('WRITE', async (s) => {
      await s.run(cypher(name), toCypherParams(params) as Record<string, unknown>);
    });
  }

  /** Liveness of the database itself; throws StoreUnavailableError when it cannot answer. */
  async ping(): Promise<void> {
    await this.withSession('READ', (s) => this.readOnce(s, cypher('queries/health'), {}));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * Applies the numbered schema files, then the upgrade files, once per process, each in its own
   * transaction (schema statements cannot share one with writes). A failure is not remembered:
   * the next call retries.
   */
  private ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      for (const { statements } of [...schemaFiles('schema'), ...schemaFiles('upgrade')]) {
        await this.withSession('WRITE', (s) =>
          s.executeWrite(async (tx) => {
            for (const statement of statements) await runIn(tx, statement, {});
          }),
        );
      }
    })().catch((err) => {
      this.schemaReady = null;
      throw err;
    });
    return this.schemaReady;
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      throw translate(err, this.config.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/** The single function that runs Cypher. */
async function runIn(tx: ManagedTransaction | Transaction, text: string, params: object): Promise<never[]> {
  const result = await tx.run(text, toCypherParams(params) as Record<string, unknown>);
  return result.records.map((r) => plain(r.toObject())) as never[];
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT and ranges refuse; every number a
 * parameter carries here is a count or a cap, so integral ones go as Cypher integers.
 */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/** Deep copy with driver integers turned into numbers (a safety net besides disableLosslessIntegers). */
function plain(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Connection trouble and time-outs become StoreUnavailableError; anything else propagates as is. */
export function translate(err: unknown, uri: string): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (
    UNAVAILABLE_CODES.has(err.code) ||
    /acquisition timed out|ECONNREFUSED|ECONNRESET|failed to connect|could not perform discovery/i.test(err.message)
  ) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unreachable: ${err.message}`, { cause: err });
  }
  if (TIMEOUT_CODES.has(err.code)) {
    return new StoreUnavailableError(`Neo4j at ${uri} did not answer in time: ${err.message}`, { cause: err });
  }
  return err;
}
