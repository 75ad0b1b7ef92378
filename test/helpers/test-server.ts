import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, databaseUrl, dropTestDatabase } from './test-database';

export const JWT_TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface TestServer {
  url: string;
  /** Direct access to the test database, to check what was (not) written. */
  db: Pool;
  logs: () => string;
  stop: () => Promise<void>;
}

/**
 * Test files log in many actors and search many times from one address within a minute; the rate limits are
 * raised for them, and the tests of the limits set their own.
 */
const GENEROUS_RATE_LIMITS = {
  RATE_LIMIT_LOGINS_PER_IP: '100000',
  RATE_LIMIT_READS_PER_ACCOUNT: '100000',
  RATE_LIMIT_READS_PER_IP: '100000',
};

/**
 * Starts the built server (dist/main.js, the real entry point) as its own process. It listens on a port the system
 * chooses (PORT=0) and the URL is read from its start-up log line: a port picked here and handed over could be
 * taken meanwhile by another test file's server, whose /health would answer for ours (CI once logged in to the
 * wrong server that way).
 */
export async function startServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<{ url: string; child: ChildProcess; logs: () => string }> {
  let output = '';
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: Object.fromEntries(
      Object.entries({ PATH: process.env.PATH ?? '', NODE_ENV: 'test', NO_COLOR: '1', JWT_SECRET: JWT_TEST_SECRET, PORT: '0', ...GENEROUS_RATE_LIMITS, ...env }).filter(
        ([, value]) => value !== undefined,
      ),
    ) as Record<string, string>,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const port = /GraphQL at http:\/\/[^/]*:(\d+)\/graphql/.exec(output)?.[1];
    if (port) {
      url = `http://127.0.0.1:${port}`;
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: url!, child, logs: () => output };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A server on its own fresh database copied from the migrated template; one per test file. */
export async function startTestServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const connectionString = databaseUrl(database);
  const { url, child, logs } = await startServer({ DATABASE_URL: connectionString, DEMO_DATA: 'false', ...extraEnv });
  const db = new Pool({ connectionString, max: 2 });
  // Dropping the database at the end ends connections still closing; that is expected, not a failure.
  db.on('error', () => undefined);
  return {
    url,
    db,
    logs,
    stop: async () => {
      await db.end();
      await stopProcess(child);
      await dropTestDatabase(database);
    },
  };
}
