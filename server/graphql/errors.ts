/**
 * The one place where domain errors become GraphQL error codes, for Apollo and for the compiled
 * path alike. Unknown errors are reported as INTERNAL_SERVER_ERROR without their message or stack
 * unless in development mode; an error about the request itself that came without a code (Apollo's
 * "provided sha does not match query") is the client's: BAD_REQUEST.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  StoreUnavailableError,
} from '../domain/errors';

export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * The server's own refusal of a request before it runs (over the response budget, too many
 * expensive operations at once): shown with all its extensions (code, the estimate, the budget).
 */
export class RefusedError extends GraphQLError {}

/** A GraphQL error raised about the request (no resolver, no path behind it), not by a bug. */
const aboutTheRequest = (error: unknown) =>
  error instanceof GraphQLError && !error.originalError && !error.path && typeof error.extensions?.code !== 'string';

export function makeFormatError(development: boolean, log: (err: unknown) => void): FormatError {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (error instanceof RefusedError) return formatted;
    if (aboutTheRequest(error)) {
      return { ...formatted, extensions: { ...(development ? formatted.extensions : {}), code: 'BAD_REQUEST' } };
    }
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof NotFoundError) {
      return { ...base, extensions: { code: 'NOT_FOUND', id: original.id } };
    }
    if (original instanceof InvalidInputError) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT', argument: original.argument } };
    }
    if (original instanceof ConflictError) {
      return {
        ...base,
        extensions: { code: 'CONFLICT', id: original.id, version: original.version, current: original.current },
      };
    }
    if (original instanceof ForbiddenError) {
      return { ...base, extensions: { code: original.anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN' } };
    }
    if (original instanceof StoreUnavailableError) {
      return { ...base, message: original.message, extensions: { code: STORE_UNAVAILABLE } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      return development ? formatted : { ...formatted, extensions: { code } };
    }
    log(original);
    return development
      ? formatted
      : {
          message: 'Internal server error 服务器内部错误',
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
  };
}

/** A store that cannot answer makes the whole response a 503, so proxies and clients see it. */
export const storeUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const unavailable = errors?.some(isStoreUnavailable);
        if (unavailable) response.http.status = 503;
      },
    };
  },
};

/**
 * What Apollo does to an execution's errors before `formatError` (its enrichError): a code when
 * there is none, no `http` extension, a stack trace in development. The compiled path shows its
 * errors exactly as Apollo would.
 */
export function formatExecutionErrors(
  errors: readonly GraphQLError[],
  formatError: FormatError,
  development: boolean,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const { http: _http, ...rest } = error.extensions ?? {};
    const extensions: Record<string, unknown> = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
    if (development) extensions.stacktrace = (error.originalError?.stack ?? error.stack)?.split('\n');
    return formatError({ ...error.toJSON(), extensions }, error);
  });
}

export const isStoreUnavailable = (error: unknown) => unwrapResolverError(error) instanceof StoreUnavailableError;
