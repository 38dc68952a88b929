/** Real HTTP against a listening server: a tiny GraphQL client for the API tests. */
import { type Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { type Logger, pino } from 'pino';
import { type RunningServer, type StartOptions, startServer } from '../../server/http/server';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] };
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely, field by field
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  init: RequestInit = {},
): Promise<GqlResponse<T>> {
  const { headers, ...rest } = init;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers ?? {}) },
    body: JSON.stringify({ query, variables }),
    ...rest,
  });
  const text = await res.text();
  let body: GqlResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body };
}

export const codes = (r: GqlResponse) => (r.body.errors ?? []).map((e) => e.extensions?.code);

/** A server on a free port with logs silenced. */
/** The memory store unless the options ask for Neo4j: NEO4J_URI in the environment is for int tests. */
export function testServer(opts: StartOptions = {}): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
    ...opts,
    config: { neo4j: null, workspace: ':memory:', ...opts.config },
  });
}

/** A logger that keeps its lines, to check what the server logged (e.g. nothing at error level). */
export function capturingLogger(): { logger: Logger; lines: { level: number; msg?: string }[] } {
  const lines: { level: number; msg?: string }[] = [];
  const logger: Logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** GET /graphql, which Apollo answers (the compiled path takes POSTed JSON only). */
export async function gqlGet(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse> {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  const res = await fetch(`${url}/graphql?${params}`, { headers: { 'apollo-require-preflight': '1' } });
  const text = await res.text();
  let body: GqlResponse['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body };
}

/** POST /graphql with any body, as text: for requests a well-behaved client would not send. */
export async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let json: GqlResponse['body'] | null = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, text, body: json };
}

/** What `timedRequest` saw: status (0 when the connection failed), time, bytes, text kept. */
export interface TimedAnswer {
  status: number;
  ms: number;
  bytes: number;
  /** The body as text, unless the request asked to count its bytes only (then error bodies still). */
  text: string;
  headers: IncomingHttpHeaders;
  /** The connection error, when there was one. */
  error?: string;
}

/**
 * One request over node:http on `agent` (a local address, keep-alive or not), timed. A POST
 * sends `{query}` to /graphql; `count` keeps only the length of a 200 answer's body.
 */
export function timedRequest(
  url: string,
  agent: Agent,
  request: { query: string; count?: boolean } | { get: string },
): Promise<TimedAnswer> {
  const started = performance.now();
  const post = 'query' in request;
  return new Promise((resolve) => {
    const req = httpRequest(
      post ? `${url}/graphql` : `${url}${request.get}`,
      { method: post ? 'POST' : 'GET', agent, headers: post ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        const keep = !(post && request.count) || res.statusCode !== 200;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (keep) chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            bytes,
            text: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    const failed = (err: Error) =>
      resolve({ status: 0, ms: performance.now() - started, bytes: 0, text: '', headers: {}, error: String(err) });
    req.on('error', failed);
    req.end(post ? JSON.stringify({ query: request.query }) : undefined);
  });
}
