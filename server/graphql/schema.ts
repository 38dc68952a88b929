import { readFileSync } from 'node:fs';

/** The SDL, read from the `.graphql` file that is the API's source of truth. */
export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
