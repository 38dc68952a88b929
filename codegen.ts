/**
 * GraphQL Code Generator, run through its core (no CLI, whose URL and GitHub loaders this project
 * does not use and which need a newer Node): resolver types from the SDL for the server, and for
 * the client the types of its own operations (client/src/graphql/*.graphql) checked against the
 * SDL. `npm run codegen` writes them; a test fails when either file drifts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as addPlugin from '@graphql-codegen/add';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';

export const SCHEMA = 'server/graphql/schema.graphql';
export const CLIENT_DOCUMENTS = 'client/src/graphql';

const banner = (from: string) => `/* Generated from ${from} by \`npm run codegen\`: do not edit. */`;
const pluginMap = {
  add: addPlugin,
  typescript: typescriptPlugin,
  operations: operationsPlugin,
  resolvers: resolversPlugin,
};

export interface GeneratedFile {
  filename: string;
  content: string;
}

export async function generateTypes(root = '.'): Promise<GeneratedFile[]> {
  const schema = parse(readFileSync(join(root, SCHEMA), 'utf8'));
  const server = await codegen({
    filename: 'server/graphql/generated.ts',
    schema,
    documents: [],
    pluginMap,
    plugins: [{ add: { content: banner('schema.graphql') } }, { typescript: {} }, { resolvers: {} }],
    config: {
      useTypeImports: true,
      mapperTypeSuffix: 'Model',
      enumsAsTypes: true,
      contextType: './context#GraphContext',
      mappers: {
        Node: '../store/types#StoredNode',
        Cluster: '../store/types#StoredNode',
        Zone: '../store/types#StoredNode',
        Enterprise: '../store/types#StoredNode',
        Institution: '../store/types#StoredNode',
        Product: '../store/types#StoredNode',
        Edge: '../domain/model#GraphEdge',
        Path: '../store/types#Path',
        Subgraph: '../store/types#Subgraph',
        PartnerMatch: '../store/types#PartnerMatch',
        Gap: '../store/types#Gap',
        Overview: '../store/types#Overview',
        ChainGap: '../store/types#ChainGap',
        TargetMatch: '../store/types#TargetMatch',
        PanoramaNode: '../store/types#PanoramaNode',
        Panorama: '../store/types#Panorama',
        Impact: '../store/types#Impact',
        Change: '../store/editing#ChangeRecord',
        Viewer: '../auth/accounts#Viewer',
        Lead: '../workspace/leads#Lead',
        LeadEvent: '../workspace/leads#LeadEvent',
      },
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
    },
  });
  const files = readdirSync(join(root, CLIENT_DOCUMENTS))
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  const client = await codegen({
    filename: 'client/src/lib/generated.ts',
    schema,
    documents: files.map((f) => ({
      location: `${CLIENT_DOCUMENTS}/${f}`,
      document: parse(readFileSync(join(root, CLIENT_DOCUMENTS, f), 'utf8')),
    })),
    pluginMap,
    plugins: [{ add: { content: banner('client/src/graphql/*.graphql') } }, { operations: {} }],
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      onlyOperationTypes: true,
      skipTypename: true,
      preResolveTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
    },
  });
  return [
    { filename: 'server/graphql/generated.ts', content: server },
    { filename: 'client/src/lib/generated.ts', content: client },
  ];
}
