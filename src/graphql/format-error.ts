import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/** Codes whose messages were written for the client; anything else is an internal error and is not shown. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// graphql-js reports an unknown enum literal as a validation failure; to a client it is bad input like any other.
const UNKNOWN_ENUM = /^(Value|Enum) "[^"]*" does not exist in "[^"]*" enum|^Enum "[^"]*" cannot represent non-enum value/;

/**
 * The last stop before an error reaches a client: no stack traces, SQL or driver messages ever leave the server.
 * Unknown errors are logged here (with the original error) and replaced by a generic message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'GRAPHQL_VALIDATION_FAILED' && UNKNOWN_ENUM.test(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error(`${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? original.stack : String(original)}`);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
