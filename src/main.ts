import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { AppConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's 5 s default
  // closes a socket a client is about to reuse: "other side closed"). Headers must outlast it.
  const server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.PORT, '0.0.0.0');
  Logger.log(`GraphQL at http://localhost:${config.PORT}/graphql, dashboard at http://localhost:${config.PORT}/`, 'Bootstrap');
}

void bootstrap();
