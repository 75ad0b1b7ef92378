import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';
import { ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * A list field costs its page size (`first`) times what each item asks for. A `first` above the API's maximum is
 * counted as the maximum: argument validation refuses it with a clear BAD_USER_INPUT naming the field.
 */
function pageSizeEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  if (typeof args.first === 'number') return 1 + Math.min(MAX_PAGE_SIZE, Math.max(1, args.first)) * Math.max(1, childComplexity);
}

/**
 * Refuses an operation before it runs when its estimated cost is over the limit (deeply nested or huge pages),
 * so one request cannot tie up the database.
 */
export function queryComplexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types ("got invalid value ... at input.contractType"): bad input, which
            // without a code would read as an internal error.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: error.extensions.code ?? 'BAD_USER_INPUT' } });
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query is too complex: cost ${complexity}, the limit is ${maxComplexity}. Ask for fewer items or fields.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            });
          }
        },
      };
    },
  };
}
