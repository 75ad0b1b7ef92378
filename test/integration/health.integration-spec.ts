import { ChildProcess } from 'node:child_process';
import { loginAs, tableCounts } from '../helpers/actors';
import { createEmployer } from '../helpers/domain-actions';
import { startServer, startTestServer, stopProcess, TestServer } from '../helpers/test-server';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

describe('health: liveness and readiness', () => {
  describe('with everything up', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startTestServer()), 60_000);
    afterAll(() => server?.stop());

    it('is live, ready on the database, and keeps /health in its old shape', async () => {
      expect(await getJson(`${server.url}/health/live`)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok' }) });
      const ready = await getJson(`${server.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ok', details: { database: { status: 'up', mode: 'server' }, search: { status: 'up', engine: 'postgres' } } });
      const overview = await getJson(`${server.url}/health`);
      expect(overview).toMatchObject({ status: 200, body: { status: 'up', database: { status: 'up' }, search: { status: 'up', engine: 'postgres' } } });
    });
  });

  describe('with Meilisearch down', () => {
    let server: TestServer;
    // Nothing listens on port 9 (discard): every call to the engine is refused.
    beforeAll(async () => (server = await startTestServer({ SEARCH_ENGINE: 'meilisearch', MEILI_HOST: 'http://127.0.0.1:9' })), 60_000);
    afterAll(() => server?.stop());

    it('stays live and ready, shows search degraded, and still takes writes (queued for the index)', async () => {
      expect((await getJson(`${server.url}/health/live`)).status).toBe(200);
      const ready = await getJson(`${server.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'degraded', details: { database: { status: 'up' }, search: { status: 'degraded', engine: 'meilisearch' } } });
      const overview = await getJson(`${server.url}/health`);
      expect(overview).toMatchObject({ status: 200, body: { status: 'degraded', search: { status: 'down' } } });

      const admin = await loginAs(server, 'ADMIN');
      const before = await tableCounts(server);
      const employer = await createEmployer(server, admin, { name: 'Drukkerij Zonder Zoekmachine' });
      expect(employer.id).toEqual(expect.any(String));
      expect((await tableCounts(server)).employer).toBe(before.employer + 1);
    });
  });

  describe('with the database gone', () => {
    let child: ChildProcess | undefined;
    let url: string;
    let database: string;
    beforeAll(async () => {
      database = await createTestDatabase();
      ({ url, child } = await startServer({ DATABASE_URL: databaseUrl(database), DEMO_DATA: 'false' }));
      await dropTestDatabase(database);
    }, 60_000);
    afterAll(async () => {
      if (child) await stopProcess(child);
      await dropTestDatabase(database);
    });

    it('is still live (a restart would not bring the database back) but not ready', async () => {
      expect((await getJson(`${url}/health/live`)).status).toBe(200);
      const ready = await getJson(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      expect(JSON.stringify(ready.body)).not.toMatch(/wsp_test_|postgres:\/\//);
      expect((await getJson(`${url}/health`)).status).toBe(503);
    });
  });
});
