/**
 * The client's only channel to the server: POST /graphql with JSON. Errors are two kinds so the
 * UI can say the right thing: the server could not be reached, or it answered with an error.
 */
import { operationName, Q, type QueryName, type Result, type Variables } from '../lib/queries';

export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}

export class ApiQueryError extends Error {
  override name = 'ApiQueryError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** A busy server (503 SERVER_BUSY) is asked again after its Retry-After, this many times. */
const BUSY_RETRIES = 3;
const BUSY_WAIT_MAX_S = 10;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The wait a busy answer asks for, in ms, or null when the answer is not "busy". The server sends
 * 503 with Retry-After and the code SERVER_BUSY when its expensive-query slots are full.
 */
function busyWait(res: Response, body: GraphQLResponse<unknown> | null): number | null {
  if (res.status !== 503) return null;
  const code = body?.errors?.[0]?.extensions?.code;
  if (body && code !== 'SERVER_BUSY') return null;
  const s = Number(res.headers.get('retry-after'));
  return Math.min(Number.isFinite(s) && s > 0 ? s : 1, BUSY_WAIT_MAX_S) * 1000;
}

/** Runs one of the client's operations: its variables and its result typed from its document. */
export async function gql<N extends QueryName>(
  name: N,
  variables: Variables<N> = {} as Variables<N>,
): Promise<Result<N>> {
  type T = Result<N>;
  const payload = JSON.stringify({ query: Q[name], variables, operationName: operationName(name) });
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: payload,
      });
    } catch (e) {
      throw new ApiUnavailableError(e instanceof Error ? e.message : String(e));
    }
    let body: GraphQLResponse<T> | null = null;
    try {
      body = (await res.json()) as GraphQLResponse<T>;
    } catch {
      // A proxy error page, or an HTTP 502 when the API process is down.
    }
    const wait = busyWait(res, body);
    if (wait !== null && attempt < BUSY_RETRIES) {
      await sleep(wait);
      continue;
    }
    if (!body) throw new ApiUnavailableError(`HTTP ${res.status}`);
    const first = body.errors?.[0];
    if (first) {
      const { code, ...rest } = first.extensions ?? {};
      throw new ApiQueryError(first.message, code, rest);
    }
    if (!body.data) throw new ApiUnavailableError(`HTTP ${res.status}`);
    return body.data;
  }
}

/**
 * The limit that brings an answer refused as over the response budget under it, with room to
 * spare, or null when the refusal is not that one. The server's BAD_USER_INPUT names
 * `estimatedBytes`, `budgetBytes` and, for a subgraph or a neighbourhood, `estimatedNodes`: the
 * nodes it reckoned the answer to hold (the limit, or fewer when the graph has fewer).
 */
export function limitWithinBudget(e: unknown, limit: number): number | null {
  if (!(e instanceof ApiQueryError) || e.code !== 'BAD_USER_INPUT') return null;
  const estimated = Number(e.extensions.estimatedBytes);
  const budget = Number(e.extensions.budgetBytes);
  if (!(estimated > budget && budget > 0)) return null;
  const reckoned = Number(e.extensions.estimatedNodes);
  const nodes = Number.isFinite(reckoned) && reckoned > 0 ? Math.min(limit, reckoned) : limit;
  const next = Math.floor((nodes * budget * 0.85) / estimated);
  return next >= 1 && next < limit ? next : null;
}
