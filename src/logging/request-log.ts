import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { Logger } from 'pino';
import { pinoHttp, Options } from 'pino-http';
import type { AuthUser } from '../auth/auth-user';

/** What the GraphQL layer learned about a request, for its log line (names and codes only, never values). */
export interface GraphQLRequestFacts {
  operationName: string | null;
  operationType: string | null;
  rootFields?: string[];
  errorCodes: string[];
}

/** The fields this service puts on an HTTP request while handling it. */
export type LoggedRequest = IncomingMessage & {
  id?: string | number | object;
  originalUrl?: string;
  user?: AuthUser | null;
  graphql?: GraphQLRequestFacts;
};

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept when it looks like one (no spaces or control characters to forge log lines). */
const ACCEPTABLE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/**
 * The one application logger: JSON lines on stdout (pino). Headers that carry secrets are redacted wherever they
 * would appear, although the request serializer below does not log headers at all.
 */
export function createAppLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'wsp-matching' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'], censor: '[redacted]' },
  });
}

/**
 * One line per request when the response is done: request id, method, path (never the query string, which may
 * hold GraphQL variables), status, duration, the user's id and role (no email), and the GraphQL operation's
 * name, type and error codes. Never variables, parameters, tokens or a body. Health probes are not logged.
 */
export function requestLogging(logger: Logger) {
  const options: Options<LoggedRequest, ServerResponse> = {
    logger,
    genReqId: requestIdFor,
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      err: (err: { type?: string }) => ({ type: err.type }),
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value) => ({ ...requestFacts(req), ...value }),
    customErrorObject: (req, res, _error, value) => ({ ...requestFacts(req), ...value }),
  };
  return pinoHttp<LoggedRequest, ServerResponse>(options);
}

function requestFacts(req: LoggedRequest): Record<string, unknown> {
  return {
    req: { method: req.method, path: (req.originalUrl ?? req.url ?? '').split('?')[0] },
    user: req.user ? { id: req.user.id, role: req.user.role } : undefined,
    graphql: req.graphql
      ? {
          operationName: req.graphql.operationName,
          operationType: req.graphql.operationType,
          rootFields: req.graphql.rootFields,
          errors: req.graphql.errorCodes.length ? req.graphql.errorCodes : undefined,
        }
      : undefined,
  };
}
