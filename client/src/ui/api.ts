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
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one of the client's operations: its variables and its result typed from its document. */
export async function gql<N extends QueryName>(
  name: N,
  variables: Variables<N> = {} as Variables<N>,
): Promise<Result<N>> {
  type T = Result<N>;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: Q[name], variables, operationName: operationName(name) }),
    });
  } catch (e) {
    throw new ApiUnavailableError(e instanceof Error ? e.message : String(e));
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    // A proxy error page or an HTTP 502 when the API process is down.
    throw new ApiUnavailableError(`HTTP ${res.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiQueryError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiUnavailableError(`HTTP ${res.status}`);
  return body.data;
}
