/** Configuration from the environment, read once, with the defaults the README documents. */
import { DEFAULT_WORKSPACE } from './workspace/workspace';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Per-query timeout for reads, in milliseconds. */
  queryTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  dataset: string | undefined;
  logLevel: string;
  development: boolean;
  neo4j: Neo4jConfig | null;
  rateLimit: { windowMs: number; max: number };
  corsOrigins: string[];
  bodyLimit: string;
  /** Budget of the GraphQL response cache in MiB; 0 turns it off. */
  responseCacheMb: number;
  /** Answers estimated over this many MiB are refused before they run (BAD_USER_INPUT). */
  maxResponseMb: number;
  /** Expensive operations (an answer estimated over 1/16 of the budget) running at once, per client and in all. */
  expensive: { perClient: number; total: number };
  /** A connection with no traffic either way for this long is closed (a client that stopped reading). */
  socketIdleMs: number;
  /** How long shutdown waits for in-flight requests before closing those not yet answered. */
  drainGraceMs: number;
  /** Express's `trust proxy`: off, on, a hop count, or addresses, subnets and names (`loopback`). */
  trustProxy: boolean | number | string;
  /** The workspace file (SQLite): the embedded store's graph and audit log, the accounts. `:memory:` keeps nothing. */
  workspace: string;
  /** AUTH_REQUIRED=1: reading needs a session too. */
  authRequired: boolean;
  /** A request header a reverse proxy sets to the signed-in user's name (lower case), or null. */
  authProxyHeader: string | null;
}

/** TRUST_PROXY as Express reads it: `true`/`false`, a hop count, else a list of addresses. */
export function trustProxyValue(raw: string | undefined): boolean | number | string {
  const text = (raw ?? '').trim();
  if (text === '' || /^false$/i.test(text)) return false;
  if (/^true$/i.test(text)) return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got \`${raw}\``);
  return n;
}

function positive(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got \`${raw}\``);
  return n;
}

export const DEFAULT_NEO4J_PASSWORD = 'cluster-graph-dev';

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4j: Neo4jConfig | null = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER || 'neo4j',
        password: env.NEO4J_PASSWORD || DEFAULT_NEO4J_PASSWORD,
        database: env.NEO4J_DATABASE || 'neo4j',
        queryTimeoutMs: int('NEO4J_QUERY_TIMEOUT_MS', 10_000, env),
      }
    : null;
  return {
    port: int('PORT', 4000, env),
    host: env.HOST || '127.0.0.1',
    dataset: env.DATASET || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    development: env.NODE_ENV === 'development',
    neo4j,
    rateLimit: { windowMs: int('RATE_LIMIT_WINDOW_MS', 60_000, env), max: int('RATE_LIMIT_MAX', 600, env) },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: env.BODY_LIMIT || '1mb',
    responseCacheMb: int('RESPONSE_CACHE_MB', 64, env),
    maxResponseMb: positive('MAX_RESPONSE_MB', 8, env),
    expensive: {
      perClient: positive('EXPENSIVE_PER_CLIENT', 2, env),
      total: positive('EXPENSIVE_TOTAL', 4, env),
    },
    socketIdleMs: positive('SOCKET_IDLE_MS', 30_000, env),
    // The longest allowed request: a Neo4j read may take its whole timeout, then its answer is sent.
    drainGraceMs: positive('DRAIN_GRACE_MS', Math.max(30_000, (neo4j?.queryTimeoutMs ?? 0) + 20_000), env),
    trustProxy: trustProxyValue(env.TRUST_PROXY),
    workspace: env.WORKSPACE || DEFAULT_WORKSPACE,
    authRequired: env.AUTH_REQUIRED === '1' || env.AUTH_REQUIRED === 'true',
    authProxyHeader: env.AUTH_PROXY_HEADER ? env.AUTH_PROXY_HEADER.trim().toLowerCase() : null,
  };
}
