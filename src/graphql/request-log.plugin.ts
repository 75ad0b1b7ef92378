import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { Kind } from 'graphql';
import type { GraphQLRequestFacts, LoggedRequest } from '../logging/request-log';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Tells the request log (src/logging/request-log.ts) which operation ran: its name, type and root fields, and
 * the error codes it answered with. Schema names and codes only: never variables, arguments or messages.
 */
export function requestLogPlugin(): ApolloServerPlugin<{ req?: LoggedRequest }> {
  return {
    async requestDidStart({ contextValue, request }) {
      const facts: GraphQLRequestFacts = {
        operationName: request.operationName && GRAPHQL_NAME.test(request.operationName) ? request.operationName : null,
        operationType: null,
        errorCodes: [],
      };
      if (contextValue.req) contextValue.req.graphql = facts;
      return {
        async didResolveOperation({ operation, operationName }) {
          facts.operationName = operationName ?? null;
          if (!operation) return;
          facts.operationType = operation.operation;
          facts.rootFields = operation.selectionSet.selections
            .filter((s) => s.kind === Kind.FIELD)
            .map((s) => (s.kind === Kind.FIELD ? s.name.value : ''))
            .slice(0, 20);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const text = typeof code === 'string' && GRAPHQL_NAME.test(code) ? code : 'UNKNOWN';
            if (!facts.errorCodes.includes(text)) facts.errorCodes.push(text);
          }
        },
      };
    },
  };
}
