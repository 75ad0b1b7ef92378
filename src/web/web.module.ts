import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { join } from 'node:path';

/**
 * The browser front end (web/, built by Vite into dist/client) served at `/`. Any other path that is not the API
 * answers with index.html, so a reload on a client route (/vacatures/123) opens that screen. The GraphQL API and
 * /health are left to their own handlers.
 */
export const WEB_ROOT = join(__dirname, '..', 'client');

@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: WEB_ROOT,
      exclude: ['/graphql{*path}', '/health{*path}'],
      serveStaticOptions: {
        // Vite names built assets by content hash: cache them long. index.html is never cached, so a new
        // deploy is picked up on the next load.
        setHeaders: (res, path) => {
          res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
          res.setHeader('X-Content-Type-Options', 'nosniff');
        },
      },
    }),
  ],
})
export class WebModule {}
