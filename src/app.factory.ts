import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { json, NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { InputValidationPipe } from './graphql/validation.pipe';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { createAppLogger, requestLogging } from './logging/request-log';

export const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * A request body over the limit is answered in GraphQL's shape with BAD_USER_INPUT (and HTTP 413), not with an
 * HTML page; nothing behind it runs.
 */
function jsonBody() {
  const parse = json({ limit: MAX_REQUEST_BYTES });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      res.status(tooLarge ? 413 : 400).json({
        errors: [
          {
            message: tooLarge
              ? `Het verzoek is groter dan ${MAX_REQUEST_BYTES / 1024 / 1024} MB: stuur minder tekst`
              : 'Het verzoek is geen geldige JSON',
            extensions: { code: tooLarge ? 'BAD_USER_INPUT' : 'BAD_REQUEST' },
          },
        ],
      });
    });
}

/**
 * The one place the HTTP application is put together, for `npm start` and for the tests alike. Every log line is
 * JSON (pino): the framework's and the services' messages, and one line per request (src/logging/).
 */
export async function createApp(): Promise<INestApplication> {
  const logger = createAppLogger();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  app.use(requestLogging(logger));
  app.use(jsonBody());
  app.useGlobalPipes(new InputValidationPipe());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  const { TRUST_PROXY } = app.get(AppConfig);
  // Rate limits count per client address; behind a reverse proxy that is X-Forwarded-For, trusted only when set.
  // Express takes `true`, a number of hops, or addresses and subnets ("loopback, 10.0.0.0/8").
  if (TRUST_PROXY) app.set('trust proxy', TRUST_PROXY === 'true' ? true : /^\d+$/.test(TRUST_PROXY) ? Number(TRUST_PROXY) : TRUST_PROXY);
  return app;
}
