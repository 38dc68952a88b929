/**
 * The error typology. Every layer throws these; the GraphQL layer maps them to codes in one
 * place (`server/graphql/errors.ts`), and tests check the class, never the message.
 */

/** An id that a query needs does not exist. GraphQL code NOT_FOUND. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} not found: ${id}`);
  }
}

/** An argument is outside what the query accepts (a cap, a wrong kind). GraphQL code BAD_USER_INPUT. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
  }
}

/** The store cannot answer (Neo4j down, timed out). HTTP 503, code STORE_UNAVAILABLE. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** One problem found in a dataset file, located as precisely as the format allows. */
export interface DatasetIssue {
  message: string;
  /** The node or edge the problem belongs to, when it has an id. */
  elementId?: string;
  /** Dotted path inside the element, e.g. `sources.0.quote`. */
  field?: string;
  /** 1-based line in the file, where the format allows. */
  line?: number;
  /** Where in the file: `nodes[3]`, `edges[10]`, or `file`. */
  at: string;
}

/** A dataset failed to parse or validate; nothing was loaded. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly file: string,
    readonly issues: DatasetIssue[],
  ) {
    super(
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${issues.map((i) => `  ${formatIssue(file, i)}`).join('\n')}`,
    );
  }
}

export function formatIssue(file: string, issue: DatasetIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  const element = issue.elementId === undefined ? issue.at : `${issue.at} (${issue.elementId})`;
  const field = issue.field ? ` field \`${issue.field}\`` : '';
  return `${where}: ${element}${field}: ${issue.message}`;
}

/** A change made against an element's old version. GraphQL code CONFLICT, with the current element. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly version: number,
    /** The element as it is now (null when it was deleted). */
    readonly current: unknown,
  ) {
    super(`${id} has changed since: it is at version ${version} now 该元素已被他人修改`);
  }
}

/** The account's role does not allow this. GraphQL code FORBIDDEN (UNAUTHENTICATED without an account). */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  constructor(
    message: string,
    readonly anonymous = false,
  ) {
    super(message);
  }
}
