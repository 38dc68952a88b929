/**
 * The response budget and the concurrency caps on Apollo's path (GET, persisted queries, what
 * the compiled path hands over), the same checks as graphql-route.ts makes on its own: once the
 * operation is known, estimate its answer, refuse it past the budget (400 BAD_USER_INPUT), and
 * take a slot for an expensive one (503 SERVER_BUSY with Retry-After when none is free).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, type GraphQLSchema, getVariableValues, Kind } from 'graphql';
import { type BudgetLimits, estimateFor, type GraphSizeCache, overBudget } from '../graphql/budget';
import type { GraphContext } from '../graphql/context';
import { Pace } from '../graphql/pace';
import type { GraphStore } from '../store/types';
import { type Admission, busyError } from './admission';
import { clientOf } from './graphql-route';

export function budgetPlugin(
  schema: GraphQLSchema,
  store: GraphStore,
  sizes: GraphSizeCache,
  limits: BudgetLimits,
  admission: Admission,
): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation?.operation !== 'query') return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return; // execution reports them
          const token = store.cacheToken ? await Promise.resolve(store.cacheToken()).catch(() => null) : null;
          const graph = await sizes.sizes(store, token).catch(() => null);
          if (!graph) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const prepared = { operation, fragments, measures: true };
          const estimate = await estimateFor(schema, prepared, coerced.coerced, contextValue.store, graph);
          const refusal = overBudget(estimate, limits);
          if (refusal) throw refusal;
          if (estimate.bytes <= limits.expensiveBytes) return;
          const res = contextValue.res;
          if (res && !admission.admit(clientOf(res.req), res)) throw busyError();
          contextValue.pace = new Pace(estimate.elementBytes);
        },
      };
    },
  };
}
