/** Configuration from the environment, read once, with the defaults the README documents. */

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
}

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got \`${raw}\``);
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
  };
}
