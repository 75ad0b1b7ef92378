import { Logger } from '@nestjs/common';
import { ASTNode, BREAK, GraphQLError, GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import { coercionMessage } from './dutch-messages';
import { FieldProblem } from './errors';
import { safeErrorText } from './safe-log';

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

/** Nodes of a value written in the query text (an argument or a field of an input object), not of a selection. */
const VALUE_KINDS = new Set<string>([
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
  Kind.LIST,
  Kind.ENUM,
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.NULL,
]);

/**
 * graphql-js reports a bad value written in the query text (an unknown enum value, an impossible date, an unknown
 * input field) as a validation failure, pointing at the value. To a client it is bad input like the same value
 * sent as a variable; this names the argument path ("input.contractType") the way variable errors do.
 */
function inlineValuePath(error: unknown): string | undefined {
  const node = (error as GraphQLError | undefined)?.nodes?.[0];
  if (!node?.loc || !VALUE_KINDS.has(node.kind)) return undefined;
  const target = node.loc;
  let path: string | undefined;
  try {
    visit(parse(target.source.body), {
      enter(candidate: ASTNode, _key, parent, _path, ancestors) {
        if (candidate.kind !== node.kind || candidate.loc?.start !== target.start) return undefined;
        const names: string[] = [];
        for (const ancestor of [...ancestors, parent, candidate] as Array<ASTNode | readonly ASTNode[] | undefined>) {
          if (ancestor && 'kind' in ancestor && (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD)) names.push(ancestor.name.value);
        }
        path = names.join('.');
        return BREAK;
      },
    });
  } catch {
    return undefined;
  }
  return path || undefined;
}

/** A value quoted in a graphql-js message is the client's own input: long ones are not sent back. */
function withoutLongValues(message: string): string {
  return capped(message.replace(/"(?:[^"\\]|\\.){40,}"/g, '"..."'));
}

function capped(message: string): string {
  return message.length > 500 ? `${message.slice(0, 500)}...` : message;
}

/**
 * The last stop before an error reaches a client: no stack traces, SQL or driver messages ever leave the server.
 * Unknown errors are logged here (with the original error) and replaced by a generic message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const valuePath = code === 'GRAPHQL_VALIDATION_FAILED' ? inlineValuePath(error) : undefined;
  if (valuePath) {
    const { subField, message } = coercionMessage(formatted.message);
    const field = subField && !valuePath.endsWith(`.${subField}`) && valuePath !== subField ? `${valuePath}.${subField}` : valuePath;
    const text = withoutLongValues(message);
    return { message: `${field}: ${text}`, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, message: text }] } };
  }
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // Field by field, so that quotes in one field's message are never paired with those of the next.
    const fields = code === 'BAD_USER_INPUT' && Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : undefined;
    if (fields?.length) {
      const shortened = fields.map((p) => ({ field: p.field, message: withoutLongValues(p.message) }));
      const message = capped(shortened.map((p) => `${p.field}: ${p.message}`).join('; '));
      return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, fields: shortened } };
    }
    return { message: withoutLongValues(formatted.message), locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error(`${formatted.path?.join('.') ?? 'request'}: ${safeErrorText(original)}`);
  return { message: 'Er ging iets mis op de server. Probeer het later opnieuw.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
