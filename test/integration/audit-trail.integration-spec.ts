import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { Actor, loginAs } from '../helpers/actors';
import { createCandidate } from '../helpers/domain-actions';
import { expectBadInput } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';
import { JWT_TEST_SECRET, startServer, startTestServer, stopProcess, TestServer } from '../helpers/test-server';

const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id at actorId actorRole action entityType entityId purpose origin }
  }
}`;

let server: TestServer;
let admin: Actor;
let matchmaker: Actor;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'ADMIN');
  matchmaker = await loginAs(server, 'MATCHMAKER');
});
afterAll(() => server?.stop());

async function trailOf(entityId: string) {
  const { auditLog } = await gqlOk(server.url, AUDIT_LOG, { filter: { entityType: 'candidate', entityId }, first: 100 }, admin.token);
  return auditLog.nodes as Array<Record<string, string>>;
}

describe('the audit trail records who did what to whom, why, from where and when', () => {
  it('logs every read and change of a person with actor, role, action, object, purpose, origin and time', async () => {
    const started = Date.now();
    const created = await createCandidate(server, matchmaker, { firstName: 'Logboek', lastName: 'Persoon' });
    await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { id } }', { id: created.id }, matchmaker.token);
    await gqlOk(server.url, 'mutation ($id: ID!) { updateCandidate(id: $id, input: { hoursMax: 30 }) { id } }', { id: created.id }, matchmaker.token);
    await gqlOk(server.url, '{ candidates(search: "Logboek") { totalCount } }', {}, admin.token);
    await gqlOk(server.url, 'mutation ($id: ID!) { eraseCandidate(id: $id) }', { id: created.id }, matchmaker.token);

    const trail = (await trailOf(created.id)).reverse();
    expect(trail.map((e) => [e.action, e.actorId, e.actorRole, e.purpose])).toEqual([
      ['create', matchmaker.id, 'MATCHMAKER', 'BEMIDDELING'],
      ['view', matchmaker.id, 'MATCHMAKER', 'BEMIDDELING'],
      ['update', matchmaker.id, 'MATCHMAKER', 'BEMIDDELING'],
      ['read', admin.id, 'ADMIN', 'BEMIDDELING'],
      ['erase', matchmaker.id, 'MATCHMAKER', 'AVG_VERWIJDERING'],
    ]);
    for (const entry of trail) {
      expect(entry).toMatchObject({ entityType: 'candidate', entityId: created.id });
      expect(entry.origin).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 5_000);
    }
  });

  it('counts only the people a page returned, not everyone who matched', async () => {
    const consulent = await loginAs(server, 'MATCHMAKER');
    for (let i = 0; i < 5; i++) await createCandidate(server, matchmaker, { firstName: 'Paginalid', lastName: `Nummer ${i}` });
    const { candidates } = await gqlOk(server.url, '{ candidates(search: "Paginalid", first: 2) { totalCount nodes { id } } }', {}, consulent.token);
    expect(candidates.totalCount).toBe(5);
    const { auditLog } = await gqlOk(server.url, AUDIT_LOG, { filter: { actorId: consulent.id, action: 'read' } }, admin.token);
    expect(auditLog.nodes.map((e: { entityId: string }) => e.entityId).sort()).toEqual(candidates.nodes.map((n: { id: string }) => n.id).sort());
  });

  it('filters by actor, object, action and time, and pages newest first without gaps', async () => {
    const created = await createCandidate(server, matchmaker, { firstName: 'Gefilterd' });
    for (let i = 0; i < 4; i++) await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { id } }', { id: created.id }, matchmaker.token);
    const filter = { actorId: matchmaker.id, entityType: 'candidate', entityId: created.id, action: 'view' };
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const { auditLog } = await gqlOk(server.url, AUDIT_LOG, { filter, first: 3, after }, admin.token);
      expect(auditLog.totalCount).toBe(4);
      seen.push(...auditLog.nodes.map((e: { id: string }) => e.id));
      after = auditLog.pageInfo.hasNextPage ? auditLog.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toHaveLength(4);
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await gqlOk(server.url, AUDIT_LOG, { filter: { ...filter, from: future } }, admin.token);
    expect(none.auditLog.totalCount).toBe(0);
    const untilNow = await gqlOk(server.url, AUDIT_LOG, { filter: { ...filter, to: future } }, admin.token);
    expect(untilNow.auditLog.totalCount).toBe(4);
    expectBadInput(await gql(server.url, AUDIT_LOG, { filter: { from: future, to: new Date().toISOString() } }, admin.token), 'filter.from', /na filter.to/);
    expectBadInput(await gql(server.url, AUDIT_LOG, { filter: { actorId: 'not-a-uuid' } }, admin.token), 'filter.actorId', /is geen geldige verwijzing \(id\)/);
  });

  it("records a command-line action with origin 'cli' and no actor", async () => {
    const { database } = (await server.db.query('SELECT current_database() AS database')).rows[0];
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli', 'create-admin.cli.js'), '--email', 'beheer-cli@test.wsp'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: databaseUrl(database), JWT_SECRET: JWT_TEST_SECRET, ADMIN_PASSWORD: 'een lang wachtwoord voor de cli' },
      stdio: 'pipe',
    });
    const { rows } = await server.db.query(
      `SELECT a.actor_id, a.origin, a.purpose FROM audit_log a JOIN app_user u ON u.id = a.entity_id WHERE u.email = 'beheer-cli@test.wsp' AND a.action = 'create'`,
    );
    expect(rows).toEqual([{ actor_id: null, origin: 'cli', purpose: 'GEBRUIKERSBEHEER' }]);
  });

  it('is open to ADMIN only, and reading it is logged too', async () => {
    for (const role of ['MATCHMAKER', 'ACCOUNTHOUDER', 'LEERWERKMAKELAAR', 'WERKGEVER'] as const) {
      const actor = role === 'MATCHMAKER' ? matchmaker : await loginAs(server, role);
      expect(errorCode(await gql(server.url, AUDIT_LOG, {}, actor.token))).toBe('FORBIDDEN');
    }
    await gqlOk(server.url, AUDIT_LOG, {}, admin.token);
    const { rows } = await server.db.query(`SELECT purpose FROM audit_log WHERE actor_id = $1 AND entity_type = 'audit_log' AND action = 'read'`, [admin.id]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].purpose).toBe('TOEZICHT');
  });
});

describe('the database keeps the audit trail append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from anyone, the superuser included', async () => {
    await createCandidate(server, matchmaker, {});
    const before = (await server.db.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n;
    expect(before).toBeGreaterThan(0);
    await expect(server.db.query(`UPDATE audit_log SET actor_id = NULL`)).rejects.toThrow(/append-only/);
    await expect(server.db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(server.db.query(`DELETE FROM audit_log WHERE at < now() + interval '1 day'`)).rejects.toThrow(/append-only/);
    await expect(server.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect((await server.db.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(before);
  });

  it('lets a service role without table ownership insert and purge, but never update or delete', async () => {
    const role = `wsp_app_test_${process.pid}`;
    await server.db.query(`DROP ROLE IF EXISTS ${role}`);
    await server.db.query(`CREATE ROLE ${role} LOGIN`);
    try {
      // The grants README "Audit trail" asks of an operator.
      await server.db.query(`GRANT SELECT, INSERT ON audit_log TO ${role}`);
      await server.db.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq TO ${role}`);
      await server.db.query(`GRANT EXECUTE ON FUNCTION audit_log_purge(integer) TO ${role}`);
      const { database } = await server.db.query('SELECT current_database() AS database').then((r) => r.rows[0]);
      const url = new URL(databaseUrl(database));
      url.username = role;
      const app = new Client({ connectionString: url.toString() });
      await app.connect();
      try {
        await app.query(`INSERT INTO audit_log (action, entity_type, purpose, origin) VALUES ('read', 'candidate', 'BEMIDDELING', 'test')`);
        // Even with the purge flag set by hand, the role has no DELETE privilege.
        await app.query('BEGIN');
        await app.query(`SELECT set_config('wsp.audit_purge_before', (now() + interval '1 day')::text, true)`);
        await expect(app.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
        await app.query('ROLLBACK');
        await expect(app.query(`UPDATE audit_log SET origin = 'x'`)).rejects.toThrow(/permission denied/);
        const { rows } = await app.query('SELECT audit_log_purge(3650) AS removed');
        expect(Number(rows[0].removed)).toBe(0);
      } finally {
        await app.end();
      }
    } finally {
      await server.db.query(`DROP OWNED BY ${role}`);
      await server.db.query(`DROP ROLE ${role}`);
    }
  });
});

describe('retention', () => {
  it('removes only rows older than AUDIT_RETENTION_DAYS, through the retention job', async () => {
    const database = await createTestDatabase();
    const db = new Client({ connectionString: databaseUrl(database) });
    await db.connect();
    try {
      const insert = (days: number, action: string) =>
        db.query(`INSERT INTO audit_log (at, action, entity_type, purpose, origin) VALUES (now() - make_interval(days => $1), $2, 'candidate', 'BEMIDDELING', 'test')`, [
          days,
          action,
        ]);
      await insert(400, 'old');
      await insert(31, 'old');
      await insert(29, 'recent');
      await insert(0, 'recent');
      const { child } = await startServer({ DATABASE_URL: databaseUrl(database), DEMO_DATA: 'false', AUDIT_RETENTION_DAYS: '30' });
      await stopProcess(child);
      const { rows } = await db.query(`SELECT action FROM audit_log WHERE origin = 'test' ORDER BY at`);
      expect(rows.map((r) => r.action)).toEqual(['recent', 'recent']);
      // The purge path cannot be bent into a general delete: under a day is refused.
      await expect(db.query('SELECT audit_log_purge(0)')).rejects.toThrow(/at least 1 day/);
    } finally {
      await db.end();
      await dropTestDatabase(database);
    }
  });
});
