/**
 * The validation rules every operation passes, on either path (Apollo, or the compiled path of
 * operations.ts): graphql-js's specified rules, GraphQL Armor's shape limits, and a refusal of
 * operation types the schema does not have (graphql-js 16 lets `mutation { x }` through
 * validation and then fails it in execution, which reads as a server error).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';

/** Query-shape limits (GraphQL Armor); the README's Errors section lists them. */
export const ARMOR_LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 20000 };

export const KnownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const type =
      node.operation === 'query'
        ? schema.getQueryType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!type) {
      context.reportError(
        new GraphQLError(`The schema has no ${node.operation} operations: this API only reads (只读接口)`, {
          nodes: node,
        }),
      );
    }
  },
});

export interface Protection {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/** Armor's rules and plugins; field suggestions in error messages are masked outside development. */
export function protection(development: boolean): Protection {
  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    // Counted before parsing instead (server/http/token-limit.ts): Armor's re-parses in a hook.
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: !development },
  });
  const armored = armor.protect();
  return {
    validationRules: [...(armored.validationRules ?? []), KnownOperationTypes] as ValidationRule[],
    plugins: (armored.plugins ?? []) as ApolloServerPlugin[],
  };
}
