import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectNoInternals, storedRow } from '../helpers/expectations';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Defect 9: two updateCandidate calls at once. The version column is checked: a client that sends the version
 * it read (expectedVersion) gets CONFLICT instead of silently overwriting, and a concurrent change never ends
 * in INTERNAL_SERVER_ERROR or breaks a rule that both writes obeyed on their own.
 */
const UPDATE = `mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id version hoursMin hoursMax } }`;

let server: TestServer;
let matchmaker: Actor;
let colleague: Actor;

beforeAll(async () => {
  server = await startTestServer();
  matchmaker = await loginAs(server, 'MATCHMAKER');
  colleague = await loginAs(server, 'MATCHMAKER');
});
afterAll(() => server?.stop());

const UPDATE_HOURS = `mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id hoursMin hoursMax } }`;

const update = (actor: Actor, id: string, input: Record<string, unknown>, query = UPDATE) => gql(server.url, query, { id, input }, actor.token);

describe('two people change one profile at the same time', () => {
  it('shows the version, and raises it on every change, personal data included', async () => {
    const created = await createCandidate(server, matchmaker, { hoursMin: 10, hoursMax: 20 });
    const { candidate } = await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { version } }', { id: created.id }, matchmaker.token);
    expect(candidate.version).toBe(1);
    const { updateCandidate } = await gqlOk(server.url, UPDATE, { id: created.id, input: { phone: '06-11112222', expectedVersion: 1 } }, matchmaker.token);
    expect(updateCandidate.version).toBe(2);
  });

  it('lets exactly one of two updates of the same version win; the other gets CONFLICT and writes nothing', async () => {
    for (let round = 0; round < 5; round++) {
      const created = await createCandidate(server, matchmaker, { hoursMin: 10, hoursMax: 20 });
      const [a, b] = await Promise.all([
        update(matchmaker, created.id, { hoursMax: 30, expectedVersion: 1 }),
        update(colleague, created.id, { hoursMax: 40, expectedVersion: 1 }),
      ]);
      const results = [a, b];
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(errorCode(lost[0])).toBe('CONFLICT');
      expect(lost[0].errors![0].message).toMatch(/expectedVersion/);
      expect(lost[0].errors![0].message).toMatch(/gewijzigd/);
      expectNoInternals(lost[0]);
      const stored = await storedRow(server, 'candidate', created.id);
      expect({ hoursMax: stored.hours_max, version: stored.version }).toEqual({ hoursMax: won[0].data.updateCandidate.hoursMax, version: 2 });
      const { rows } = await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [created.id]);
      expect(rows[0].n).toBe(1);
    }
  });

  it('refuses a stale version with CONFLICT, naming expectedVersion, even when nobody else is writing', async () => {
    const created = await createCandidate(server, matchmaker, {});
    await gqlOk(server.url, UPDATE, { id: created.id, input: { hoursMax: 30 } }, matchmaker.token);
    const before = await storedRow(server, 'candidate', created.id);
    const res = await update(matchmaker, created.id, { hoursMax: 12, expectedVersion: 1 });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions?.field).toBe('input.expectedVersion');
    expect(await storedRow(server, 'candidate', created.id)).toEqual(before);
  });

  it('never answers a concurrent hours change with INTERNAL_SERVER_ERROR, and never stores hoursMin above hoursMax', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const created = await createCandidate(server, matchmaker, { hoursMin: 10, hoursMax: 20 });
      // Each change is fine against what both read (10-20); together they would make 18-12.
      const results: GraphQLResponse[] = await Promise.all([
        update(matchmaker, created.id, { hoursMin: 18 }, UPDATE_HOURS),
        update(colleague, created.id, { hoursMax: 12 }, UPDATE_HOURS),
      ]);
      for (const res of results) {
        const code = errorCode(res) ?? 'OK';
        outcomes.add(code);
        expect(['OK', 'BAD_USER_INPUT']).toContain(code);
        expectNoInternals(res);
      }
      const stored = await storedRow(server, 'candidate', created.id);
      expect(stored.hours_min).toBeLessThanOrEqual(stored.hours_max);
    }
    expect(outcomes.has('OK')).toBe(true);
  });
});

describe('vacancies and employers use their version the same way', () => {
  let accounthouder: Actor;
  let otherAccounthouder: Actor;
  let employerId: string;
  beforeAll(async () => {
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    otherAccounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    employerId = (await createEmployer(server, accounthouder, { name: 'Vacaturehouder BV' })).id;
  });

  const UPDATE_VACANCY = `mutation ($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { id version hoursMin hoursMax } }`;
  const UPDATE_EMPLOYER = `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id version contactName } }`;

  it('lets one of two vacancy updates of the same version win; the other gets CONFLICT; concurrent hours never give a 500', async () => {
    const vacancy = await createVacancy(server, accounthouder, { employerId, hoursMin: 24, hoursMax: 32 });
    const { vacancy: read } = await gqlOk(server.url, 'query ($id: ID!) { vacancy(id: $id) { version } }', { id: vacancy.id }, accounthouder.token);
    const results = await Promise.all([
      gql(server.url, UPDATE_VACANCY, { id: vacancy.id, input: { hoursMax: 36, expectedVersion: read.version } }, accounthouder.token),
      gql(server.url, UPDATE_VACANCY, { id: vacancy.id, input: { hoursMax: 40, expectedVersion: read.version } }, otherAccounthouder.token),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.errors)!.errors![0].extensions?.field).toBe('input.expectedVersion');
    const won = results.find((r) => !r.errors)!.data.updateVacancy;
    expect((await storedRow(server, 'vacancy', vacancy.id)).hours_max).toBe(won.hoursMax);

    for (let round = 0; round < 5; round++) {
      const v = await createVacancy(server, accounthouder, { employerId, hoursMin: 24, hoursMax: 32 });
      const both = await Promise.all([
        gql(server.url, UPDATE_VACANCY, { id: v.id, input: { hoursMin: 30 } }, accounthouder.token),
        gql(server.url, UPDATE_VACANCY, { id: v.id, input: { hoursMax: 26 } }, otherAccounthouder.token),
      ]);
      for (const res of both) expect(['OK', 'BAD_USER_INPUT']).toContain(errorCode(res) ?? 'OK');
    }
  });

  it('refuses an employer update of a stale version with CONFLICT, writing nothing', async () => {
    const employer = await createEmployer(server, accounthouder, { name: 'Versie BV' });
    const { employer: read } = await gqlOk(server.url, 'query ($id: ID!) { employer(id: $id) { version } }', { id: employer.id }, accounthouder.token);
    await gqlOk(server.url, UPDATE_EMPLOYER, { id: employer.id, input: { contactName: 'Eerste', expectedVersion: read.version } }, accounthouder.token);
    const res = await gql(server.url, UPDATE_EMPLOYER, { id: employer.id, input: { contactName: 'Tweede', expectedVersion: read.version } }, otherAccounthouder.token);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/de werkgever is intussen door iemand anders gewijzigd/);
    expect((await storedRow(server, 'employer', employer.id)).contact_name).toBe('Eerste');
  });
});

