import { ChildProcess, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../../src/auth/password-hash';
import { errorCode, gql } from '../helpers/graphql-client';
import { startServer, stopProcess } from '../helpers/test-server';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

/** A strong secret for production starts (the test helper's default is fine too, but this says what is meant). */
const PRODUCTION_SECRET = 'f3a9c1d27be84e6a9051c7d3e2b8f4a61c0d9e7b3a5f2c8d4e6b1a7c9f0d3e5b';

const DEMO_LOGIN = 'mutation { login(email: "admin@wsp.demo", password: "demo-wachtwoord") { token } }';

async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts the server expecting it to refuse; answers what it printed. */
async function refusedStart(env: Record<string, string | undefined>): Promise<string> {
  try {
    const { child } = await startServer(env, 30_000);
    await stopProcess(child);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the server started, but should have refused');
}

describe('production without DATABASE_URL: no demo accounts, loopback only, no schema tour', () => {
  let url: string;
  let child: ChildProcess;
  let logs: () => string;

  beforeAll(async () => {
    ({ url, child, logs } = await startServer({ NODE_ENV: 'production', DATA_DIR: 'memory://', JWT_SECRET: PRODUCTION_SECRET }, 120_000));
  }, 130_000);
  afterAll(() => (child ? stopProcess(child) : undefined));

  it('creates no demo users and prints no demo password', async () => {
    const res = await gql(url, DEMO_LOGIN);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(logs()).not.toContain('demo-wachtwoord');
    expect(logs()).not.toContain('admin@wsp.demo');
  });

  it('listens on 127.0.0.1 only by default, not on every address', async () => {
    expect(await reachable(`${url}/health`)).toBe(true);
    // 127.0.0.2 is this machine too: a server bound to 0.0.0.0 answers there, one bound to 127.0.0.1 does not.
    expect(await reachable(url.replace('127.0.0.1', '127.0.0.2') + '/health')).toBe(false);
  });

  it('answers no introspection and no "Did you mean" suggestions', async () => {
    const introspection = await gql(url, '{ __schema { types { name } } }');
    expect(introspection.data).toBeUndefined();
    expect(errorCode(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql(url, '{ vacancie { totalCount } }');
    expect(errorCode(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });
});

describe('settings that would be unsafe are refused at start-up with a clear message', () => {
  it('refuses demo users with NODE_ENV=production', async () => {
    const output = await refusedStart({ NODE_ENV: 'production', DATA_DIR: 'memory://', DEMO_DATA: 'true', JWT_SECRET: PRODUCTION_SECRET });
    expect(output).toMatch(/DEMO_DATA: demo users have a published password and are never created with NODE_ENV=production/);
  });

  it.each([
    ['one repeated letter', 'a'.repeat(32)],
    ['a short repeated pattern', 'abcd'.repeat(16)],
  ])('refuses a weak JWT_SECRET (%s)', async (_what, secret) => {
    const output = await refusedStart({ NODE_ENV: 'production', DATA_DIR: 'memory://', JWT_SECRET: secret });
    expect(output).toMatch(/JWT_SECRET: is too weak/);
    expect(output).not.toContain(secret);
  });
});

describe('a database that once ran the demo, started in production', () => {
  it('has its demo logins switched off', async () => {
    const database = await createTestDatabase();
    const db = new Client({ connectionString: databaseUrl(database) });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ('admin@wsp.demo', $1, 'Demo admin', 'ADMIN')`,
        [await hashPassword('demo-wachtwoord')],
      );
      const { url, child, logs } = await startServer({ DATABASE_URL: databaseUrl(database), NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET });
      try {
        expect(errorCode(await gql(url, DEMO_LOGIN))).toBe('UNAUTHENTICATED');
        expect((await db.query(`SELECT active FROM app_user WHERE email = 'admin@wsp.demo'`)).rows).toEqual([{ active: false }]);
        expect(logs()).toMatch(/deactivated 1 demo account/);
      } finally {
        await stopProcess(child);
      }
    } finally {
      await db.end();
      await dropTestDatabase(database);
    }
  });
});

describe('demo accounts reachable beyond loopback', () => {
  it('prints a clear warning', async () => {
    const database = await createTestDatabase();
    try {
      // Demo data on a test database: the same seeding as the zero-setup mode, quicker than a fresh PGlite.
      const { child, logs } = await startServer(
        { DATABASE_URL: databaseUrl(database), NODE_ENV: 'development', DEMO_DATA: 'true', HOST: '0.0.0.0' },
        120_000,
      );
      try {
        expect(logs()).toMatch(/DEMO ACCOUNTS ARE REACHABLE FROM THE NETWORK: HOST=0\.0\.0\.0/);
      } finally {
        await stopProcess(child);
      }
    } finally {
      await dropTestDatabase(database);
    }
  }, 130_000);
});

describe('zero-setup secrets and socket stay with this instance', () => {
  let folder: string;
  let child: ChildProcess;
  let logs: () => string;
  let url: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'wsp-instance-'));
    ({ url, child, logs } = await startServer({ NODE_ENV: 'test', DATA_DIR: join(folder, 'pglite'), JWT_SECRET: undefined }, 120_000));
  }, 130_000);
  afterAll(async () => {
    if (child) await stopProcess(child);
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the generated JWT secret inside DATA_DIR with mode 0600, not in the folder beside it', () => {
    const secret = join(folder, 'pglite', 'jwt-secret');
    expect(existsSync(secret)).toBe(true);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(existsSync(join(folder, 'jwt-secret'))).toBe(false);
  });

  it('serves the embedded PostgreSQL on a Unix socket only its own user can reach', async () => {
    const socketDir = /socket in (\S+) \(this user only\)/.exec(logs())?.[1];
    expect(socketDir).toBeDefined();
    expect(statSync(socketDir!).mode & 0o777).toBe(0o700);
    // The service's own user reaches it (so the refusal below is about who asks, not a dead socket) ...
    const own = new Client({ host: socketDir, user: 'postgres', database: 'postgres' });
    await own.connect();
    expect((await own.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await own.end();
    // ... another local user does not, password or not. Needs root to act as another user (as here and in CI).
    if (process.getuid?.() === 0) {
      const probe = spawnSync(
        process.execPath,
        ['-e', `require('net').connect(process.argv[1]).on('connect', () => { console.log('CONNECTED'); process.exit(0) }).on('error', (e) => { console.log(e.code); process.exit(0) })`, join(socketDir!, '.s.PGSQL.5432')],
        { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 10_000 },
      );
      expect(probe.stdout.trim()).toBe('EACCES');
    }
    expect(await reachable(`${url}/health`)).toBe(true);
  });
});
