import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, TEMPLATE_DATABASE, withServerClient } from './test-database';
import { startServer, stopProcess } from './test-server';

/**
 * Once per run: a template database with every migration and the reference data, made by booting the real
 * server on it. Each test file then copies it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'main.js'))) {
    throw new Error('dist/main.js is missing: run `npm run build` first (npm test does)');
  }
  await withServerClient(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const { child } = await startServer({ DATABASE_URL: databaseUrl(TEMPLATE_DATABASE), DEMO_DATA: 'false' });
  await stopProcess(child);
}
