import 'reflect-metadata';
import { isIP } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { AppConfig } from './config/app-config';

/** True when only this machine can reach the address (127.0.0.0/8, ::1, localhost). */
function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's 5 s default
  // closes a socket a client is about to reuse: "other side closed"). Headers must outlast it.
  const server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await app.listen(config.PORT, config.HOST);
  const shown = isLoopback(config.HOST) ? 'localhost' : config.HOST;
  // The port actually bound: PORT=0 lets the system choose one (the test harness starts servers that way).
  const port = (server.address() as { port: number }).port;
  Logger.log(`GraphQL at http://${shown}:${port}/graphql, dashboard at http://${shown}:${port}/`, 'Bootstrap');
  if (config.demoData && !isLoopback(config.HOST)) {
    Logger.warn(
      `DEMO ACCOUNTS ARE REACHABLE FROM THE NETWORK: HOST=${config.HOST} with demo users whose password is published. ` +
        'Use HOST=127.0.0.1 for the demo, or DATABASE_URL, JWT_SECRET and NODE_ENV=production without DEMO_DATA for real use.',
      'Bootstrap',
    );
  }
}

void bootstrap();
