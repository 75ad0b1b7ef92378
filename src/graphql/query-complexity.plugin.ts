import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import {
  coerceInputValue,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  typeFromAST,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { coercionMessage } from './dutch-messages';
import { BadInputError, FieldProblem } from './errors';
import { EXPENSIVE_ROOT_FIELDS } from './expensive-fields';
import { MAX_PAGE_SIZE } from './pagination';

export interface QueryLimits {
  maxComplexity: number;
  maxRootFields: number;
}

/**
 * A list field costs its page size (`first`) times what each item asks for. A `first` above the API's maximum is
 * counted as the maximum: argument validation refuses it with a clear BAD_USER_INPUT naming the field.
 */
function pageSizeEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number | void {
  if (typeof args.first === 'number') return 1 + Math.min(MAX_PAGE_SIZE, Math.max(1, args.first)) * Math.max(1, childComplexity);
}

/** Search, matching and candidate reads cost their base (expensive-fields.ts) on top of what they return. */
function expensiveRootFieldEstimator(schema: GraphQLSchema) {
  return (options: ComplexityEstimatorArgs): number | void => {
    const base = options.type === schema.getQueryType() ? EXPENSIVE_ROOT_FIELDS[options.field.name] : undefined;
    if (base === undefined) return undefined;
    return base + (pageSizeEstimator(options) ?? 1 + options.childComplexity);
  };
}

/** A client mistake refused before anything runs: HTTP 400 rather than Apollo's 500 for a plugin's error. */
function clientError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * graphql-js messages quote the bad value and may suggest schema names ("Did you mean ..."). A short value is
 * kept (it helps to see the typo), a long one is cut (a 100,000-character variable must not come back whole),
 * and suggestions are dropped.
 */
function problemWithoutValue(message: string, invalidValue: unknown): string {
  let text = message.replace(/\s*Did you mean .*$/s, '');
  const quoted = JSON.stringify(invalidValue);
  if (typeof quoted === 'string' && quoted.length > 42) {
    text = text.split(quoted).join(`${quoted.slice(0, 21)}..." (${quoted.length - 2} tekens)`);
    if (typeof invalidValue === 'string') text = text.split(invalidValue).join(`${invalidValue.slice(0, 20)}...`);
  }
  return text.length > 300 ? `${text.slice(0, 300)}...` : text;
}

/**
 * Every variable checked against its declared type before anything runs, collecting every problem (graphql-js stops
 * at the first one), each named by its path as the client sent it ("input.contractType").
 */
function variableProblems(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never);
    if (!type) continue; // an unknown type is a validation error graphql-js already reports
    if (!(name in variables)) {
      if (isNonNullType(type) && !definition.defaultValue) problems.push({ field: `$${name}`, message: 'is verplicht' });
      continue;
    }
    coerceInputValue(variables[name], type as never, (path, invalidValue, error) => {
      // In Dutch; a missing or unknown input field is named by its own path rather than its parent's.
      const { subField, message } = coercionMessage(error.message);
      const fieldPath = subField ? [...path, subField] : path;
      // "input.contractType" for a field of an input object, "$status" for a variable of its own.
      problems.push({ field: fieldPath.length > 0 ? [name, ...fieldPath].join('.') : `$${name}`, message: problemWithoutValue(message, invalidValue) });
    });
  }
  return problems;
}

/** Root fields (aliases included) of the operation, following fragments spread at the root. */
function countRootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, fragments, seen);
    }
  }
  return count;
}

function operationOf(document: DocumentNode, operationName: string | undefined | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

/**
 * Refuses an operation before it runs when its variables do not fit their types, when it asks for more root fields
 * (aliases) than allowed, or when its estimated cost is over the limit (deeply nested, huge pages, or many
 * searches and matches in one request), so one request cannot tie up the database.
 */
export function queryComplexityPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const operation = operationOf(document, request.operationName);
          if (!operation) return;
          const problems = variableProblems(schema, operation, request.variables ?? {});
          if (problems.length > 0) {
            const error = new BadInputError(problems);
            Object.assign(error.extensions, { http: { status: 400 } });
            throw error;
          }
          const fragments = new Map(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          const rootFields = countRootFields(operation.selectionSet, fragments);
          if (rootFields > limits.maxRootFields) {
            throw clientError(`Te veel velden bovenaan één verzoek: ${rootFields}, het maximum is ${limits.maxRootFields}. Stuur minder aliassen.`, 'QUERY_TOO_COMPLEX');
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [expensiveRootFieldEstimator(schema), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw clientError(problemWithoutValue(error.message, undefined), 'BAD_USER_INPUT');
          }
          if (complexity > limits.maxComplexity) {
            throw clientError(`Dit verzoek is te zwaar: kosten ${complexity}, het maximum is ${limits.maxComplexity}. Vraag minder items of velden op.`, 'QUERY_TOO_COMPLEX');
          }
        },
      };
    },
  };
}
