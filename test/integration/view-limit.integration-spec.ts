import { Actor, loginAs } from '../helpers/actors';
import { createCandidate } from '../helpers/domain-actions';
import { expectNoInternals } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/** The werk.nl lesson: an account that opens too many candidate records in an hour is stopped and reported. */
const LIMIT = 3;
const OPEN = 'query ($id: ID!) { candidate(id: $id) { id personal { firstName } } }';
const ALERTS = '{ securityAlerts { totalCount nodes { actorId actorRole action entityType entityId purpose origin } } }';

let server: TestServer;
let admin: Actor;
let owner: Actor;
let candidateIds: string[];

beforeAll(async () => {
  server = await startTestServer({ CANDIDATE_VIEWS_PER_HOUR: String(LIMIT) });
  admin = await loginAs(server, 'ADMIN');
  owner = await loginAs(server, 'MATCHMAKER');
  candidateIds = [];
  for (let i = 0; i < LIMIT + 2; i++) candidateIds.push((await createCandidate(server, owner, { firstName: `Kandidaat${i}` })).id);
});
afterAll(() => server?.stop());

describe('the cap on candidate records opened per account per hour', () => {
  it('refuses the account past the cap with a Dutch message, and alerts ADMIN once', async () => {
    const curious = await loginAs(server, 'MATCHMAKER');
    for (const id of candidateIds.slice(0, LIMIT)) await gqlOk(server.url, OPEN, { id }, curious.token);

    const refused = await gql(server.url, OPEN, { id: candidateIds[LIMIT] }, curious.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions?.reason).toBe('CANDIDATE_VIEWS_PER_HOUR');
    expect(refused.errors![0].message).toMatch(/maximum per account.*beheerder is gewaarschuwd/);
    expect(refused.data).toBeNull();
    expect(JSON.stringify(refused)).not.toContain(`Kandidaat${LIMIT}`);
    expectNoInternals(refused);
    // Still refused, still one alert; the refused opens are not logged as views.
    expect(errorCode(await gql(server.url, OPEN, { id: candidateIds[LIMIT + 1] }, curious.token))).toBe('FORBIDDEN');
    const { rows } = await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND action = 'view'`, [curious.id]);
    expect(rows[0].n).toBe(LIMIT);

    const { securityAlerts } = await gqlOk(server.url, ALERTS, {}, admin.token);
    const mine = securityAlerts.nodes.filter((a: { entityId: string }) => a.entityId === curious.id);
    expect(mine).toEqual([
      { actorId: curious.id, actorRole: 'MATCHMAKER', action: 'alert', entityType: 'user', entityId: curious.id, purpose: 'BEVEILIGING', origin: expect.any(String) },
    ]);

    // Another account is not affected; alerts are for ADMIN only.
    await gqlOk(server.url, OPEN, { id: candidateIds[0] }, owner.token);
    expect(errorCode(await gql(server.url, ALERTS, {}, curious.token))).toBe('FORBIDDEN');
  });

  it('holds under concurrent requests: no more than the cap get through at once', async () => {
    const hasty = await loginAs(server, 'MATCHMAKER');
    const results = await Promise.all(candidateIds.map((id) => gql(server.url, OPEN, { id }, hasty.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(LIMIT);
    expect(results.filter((r) => errorCode(r) === 'FORBIDDEN')).toHaveLength(candidateIds.length - LIMIT);
    const { rows } = await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND action = 'alert'`, [hasty.id]);
    expect(rows[0].n).toBe(1);
  });

  it('counts only views of the last hour', async () => {
    const earlier = await loginAs(server, 'MATCHMAKER');
    // Views from two hours ago (as the audit trail would hold them) do not count.
    for (const id of candidateIds.slice(0, LIMIT)) {
      await server.db.query(
        `INSERT INTO audit_log (at, actor_id, actor_role, action, entity_type, entity_id, purpose, origin) VALUES (now() - interval '2 hours', $1, 'MATCHMAKER', 'view', 'candidate', $2, 'BEMIDDELING', 'test')`,
        [earlier.id, id],
      );
    }
    await gqlOk(server.url, OPEN, { id: candidateIds[0] }, earlier.token);
  });
});

describe('what else opens or shows a person counts too', () => {
  it('matchVacancies opens one full candidate record: logged as a view and held to the same cap', async () => {
    const reader = await loginAs(server, 'MATCHMAKER');
    const MATCH = 'query ($id: ID!) { matchVacancies(candidateId: $id) { candidate { id personal { firstName } } considered } }';
    for (const id of candidateIds.slice(0, LIMIT)) await gqlOk(server.url, MATCH, { id }, reader.token);
    const refused = await gql(server.url, MATCH, { id: candidateIds[LIMIT] }, reader.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions?.reason).toBe('CANDIDATE_VIEWS_PER_HOUR');
    const { rows } = await server.db.query(`SELECT action, entity_id FROM audit_log WHERE actor_id = $1 AND entity_type = 'candidate' ORDER BY id`, [reader.id]);
    expect(rows).toEqual(candidateIds.slice(0, LIMIT).map((id) => ({ action: 'view', entity_id: id })));
  });

  it('counts people, not pages: opening the same person again (page, then matching vacancies) counts once', async () => {
    const reader = await loginAs(server, 'MATCHMAKER');
    const MATCH = 'query ($id: ID!) { matchVacancies(candidateId: $id) { considered } }';
    const [a, b, c, d] = candidateIds;
    await gqlOk(server.url, OPEN, { id: a }, reader.token);
    await gqlOk(server.url, MATCH, { id: a }, reader.token);
    await gqlOk(server.url, OPEN, { id: a }, reader.token);
    await gqlOk(server.url, OPEN, { id: b }, reader.token);
    await gqlOk(server.url, OPEN, { id: c }, reader.token);
    // Three people opened: the cap. Another person is refused; those already opened stay open to this account.
    expect(errorCode(await gql(server.url, OPEN, { id: d }, reader.token))).toBe('FORBIDDEN');
    await gqlOk(server.url, MATCH, { id: b }, reader.token);
  });

  it("costs the people an account opened, not its views: a busy hour's thousands of re-views are one row to count", async () => {
    const busy = await loginAs(server, 'MATCHMAKER');
    const [a, b] = candidateIds;
    // 5,000 views of one person within the hour, as the audit trail would hold them after a busy morning.
    await server.db.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, action, entity_type, entity_id, purpose, origin)
       SELECT now() - (g || ' seconds')::interval, $1, 'MATCHMAKER', 'view', 'candidate', $2, 'BEMIDDELING', 'test'
         FROM generate_series(1, 5000) g`,
      [busy.id, a],
    );
    await gqlOk(server.url, OPEN, { id: b }, busy.token);
    const { rows } = await server.db.query(`SELECT entity_id FROM audit_view_window WHERE actor_id = $1 ORDER BY entity_id`, [busy.id]);
    expect(rows.map((r: { entity_id: string }) => r.entity_id)).toEqual([a, b].sort());
    // Both still count: two people of the cap of three, so one more person opens and the next is refused.
    await gqlOk(server.url, OPEN, { id: candidateIds[2] }, busy.token);
    expect(errorCode(await gql(server.url, OPEN, { id: candidateIds[3] }, busy.token))).toBe('FORBIDDEN');
  });

  it("an employer's search hits are anonymised, and still logged as reads of those people (pseudonymised data is personal data)", async () => {
    const employer = (
      await gqlOk(server.url, 'mutation { createEmployer(input: { name: "Kijker BV", placeName: "Leiden" }) { id } }', {}, admin.token)
    ).createEmployer.id;
    for (const id of candidateIds) {
      await gqlOk(
        server.url,
        'mutation ($id: ID!) { updateCandidate(id: $id, input: { visibleToEmployers: true, consulentApprovesVisibility: true }) { id } }',
        { id },
        owner.token,
      );
    }
    const werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer });
    const res = await gqlOk(server.url, '{ searchCandidates(first: 50) { nodes { profile { id } } } }', {}, werkgever.token);
    const shown: string[] = res.searchCandidates.nodes.map((n: { profile: { id: string } }) => n.profile.id);
    expect(shown.length).toBeGreaterThan(0);
    const { rows } = await server.db.query(`SELECT entity_id FROM audit_log WHERE actor_id = $1 AND action = 'read' AND entity_type = 'candidate'`, [werkgever.id]);
    expect(rows.map((r: { entity_id: string }) => r.entity_id).sort()).toEqual([...shown].sort());
  });
});
