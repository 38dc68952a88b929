/**
 * The one place where domain errors become GraphQL error codes. Unknown errors are reported
 * as INTERNAL_SERVER_ERROR without their message or stack unless in development mode.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { InvalidInputError, NotFoundError, StoreUnavailableError } from '../domain/errors';

export const STORE_UNAVAILABLE = 'STORE_UNAVAILABLE';

export function makeFormatError(development: boolean, log: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof NotFoundError) {
      return { ...base, extensions: { code: 'NOT_FOUND', id: original.id } };
    }
    if (original instanceof InvalidInputError) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT', argument: original.argument } };
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
        const unavailable = errors?.some((e) => unwrapResolverError(e) instanceof StoreUnavailableError);
        if (unavailable) response.http.status = 503;
      },
    };
  },
};
