import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the tests use (a real one; .ci/run starts it when it is down). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** One template per test run (set by global-setup), so two runs on one machine never drop each other's. */
export function templateDatabase(): string {
  const name = process.env.WSP_TEST_TEMPLATE;
  if (!name) throw new Error('WSP_TEST_TEMPLATE is not set: run the integration tests through jest (global-setup makes it)');
  return name;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withServerClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated template (fast: no migrations per file). */
export async function createTestDatabase(): Promise<string> {
  const name = `wsp_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withServerClient((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withServerClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
