import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { pacedResolvers } from './pace';
import { resolvers } from './resolvers';

/** The SDL, read from the `.graphql` file that is the API's source of truth. */
export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

let built: GraphQLSchema | undefined;

/**
 * The schema with its resolvers, built once per process: Apollo serves it, and the compiled
 * operations of server/graphql/operations.ts run against the very same object. Expensive
 * requests are executed in turns of the event loop (pace.ts).
 */
export function executableSchema(): GraphQLSchema {
  built ??= makeExecutableSchema({ typeDefs, resolvers: pacedResolvers(resolvers as never) as never });
  return built;
}
