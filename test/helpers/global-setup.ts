import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, withServerClient } from './test-database';
import { startServer, stopProcess } from './test-server';

/**
 * Once per run: a template database with every migration and the reference data, made by booting the real
 * server on it. Each test file then copies it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'main.js'))) {
    throw new Error('dist/main.js is missing: run `npm run build` first (npm test does)');
  }
  const template = `wsp_test_template_${process.pid}`;
  process.env.WSP_TEST_TEMPLATE = template; // inherited by the test workers
  await withServerClient(async (c) => {
    // Leftovers of runs that were killed before their teardown.
    const stale = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'wsp_test_%' AND datname <> $1`, [template]);
    for (const { datname } of stale.rows) {
      const pid = Number(/_(\d+)(?:_[0-9a-f]+)?$/.exec(datname)?.[1]);
      if (pid && !processAlive(pid)) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  const { child } = await startServer({ DATABASE_URL: databaseUrl(template), DEMO_DATA: 'false' });
  await stopProcess(child);
}
