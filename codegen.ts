/** GraphQL Code Generator: resolver types from the SDL (`npm run codegen`; a test fails on drift). */
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  schema: 'server/graphql/schema.graphql',
  generates: {
    'server/graphql/generated.ts': {
      plugins: [
        { add: { content: '/* Generated from schema.graphql by `npm run codegen`: do not edit. */' } },
        'typescript',
        'typescript-resolvers',
      ],
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
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
      },
    },
  },
};

export default codegenConfig;
