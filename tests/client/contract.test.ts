/**
 * The client against the SDL (server/graphql/schema.graphql is the contract): every document it
 * sends validates, and its enum lists are exactly the schema's.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Q } from '../../client/src/lib/queries';
import * as types from '../../client/src/lib/types';

const schema = buildSchema(readFileSync(new URL('../../server/graphql/schema.graphql', import.meta.url), 'utf8'));

describe('client ↔ GraphQL contract', () => {
  it.each(Object.entries(Q))('query %s validates against the schema', (_name, doc) => {
    expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
  });

  it.each([
    ['NodeKind', types.NODE_KINDS],
    ['RelType', types.REL_TYPES],
    ['Status', types.STATUSES],
    ['ClusterTier', types.CLUSTER_TIERS],
    ['Lens', types.LENSES],
    ['PartnerRole', types.PARTNER_ROLES],
    ['GapKind', types.GAP_KINDS],
    ['Severity', types.SEVERITIES],
    ['ZoneKind', types.ZONE_KINDS],
    ['InstitutionKind', types.INSTITUTION_KINDS],
    ['LeadStatus', types.LEAD_STATUSES],
  ] as const)('enum %s matches the schema', (name, values) => {
    const t = schema.getType(name);
    expect(t).toBeInstanceOf(GraphQLEnumType);
    expect((t as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([...values]);
  });
});
