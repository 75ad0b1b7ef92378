import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
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

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts the built server (dist/main.js, the real entry point) as its own process. */
export async function startServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<{ url: string; child: ChildProcess; logs: () => string }> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: Object.fromEntries(
      Object.entries({ PATH: process.env.PATH ?? '', NODE_ENV: 'test', NO_COLOR: '1', JWT_SECRET: JWT_TEST_SECRET, PORT: String(port), ...GENEROUS_RATE_LIMITS, ...env }).filter(
        ([, value]) => value !== undefined,
      ),
    ) as Record<string, string>,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, logs: () => output };
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
