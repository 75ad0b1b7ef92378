import { serverAudits } from 'graphql-http';
import { Actor, loginAs } from '../helpers/actors';
import { VACANCY_FIELDS } from '../helpers/domain-actions';
import { expectNoInternals } from '../helpers/expectations';
import { gql, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Client mistakes are answered as client mistakes: never HTTP 500 or INTERNAL_SERVER_ERROR, each bad field named
 * in one answer, and the bad value never echoed back (a 100,000-character variable must not come back whole).
 */
describe('client mistakes are 4xx / BAD_USER_INPUT, never 500', () => {
  let server: TestServer;
  let accounthouder: Actor;

  beforeAll(async () => {
    server = await startTestServer();
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  });
  afterAll(() => server?.stop());

  function expectClientError(res: GraphQLResponse, code = 'BAD_USER_INPUT'): void {
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expectNoInternals(res);
  }

  const CREATE_VACANCY = 'mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }';
  const validVacancy = (employerId: string, changes: Record<string, unknown> = {}) => ({
    employerId,
    title: 'Orderpicker',
    hoursMin: 24,
    hoursMax: 32,
    placeName: 'Zoetermeer',
    contractType: 'TIJDELIJK',
    ...changes,
  });

  async function employerId(): Promise<string> {
    const res = await gql(server.url, 'mutation { createEmployer(input: { name: "Fout BV", placeName: "Leiden" }) { id } }', {}, accounthouder.token);
    return res.data.createEmployer.id;
  }

  it('answers a query over the cost limit with HTTP 400 and QUERY_TOO_COMPLEX', async () => {
    const fields = `${VACANCY_FIELDS} description employer { id name kvkNumber placeName postcode contactName contactEmail contactPhone erkendLeerbedrijf createdAt }`;
    const res = await gql(server.url, `{ vacancies(first: 100) { nodes { ${fields} } } }`, {}, accounthouder.token);
    expect(res.status).toBe(400);
    expectClientError(res, 'QUERY_TOO_COMPLEX');
  });

  it('names every bad variable (wrong enum, impossible date) in one BAD_USER_INPUT answer', async () => {
    const id = await employerId();
    const res = await gql(server.url, CREATE_VACANCY, { input: validVacancy(id, { contractType: 'SOMETIMES', closingDate: '2026-02-31' }) }, accounthouder.token);
    expectClientError(res);
    const fields = (res.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.contractType', 'input.closingDate']));
    expect(res.errors![0].message).toContain('input.contractType');
    expect(res.errors![0].message).toContain('input.closingDate');
  });

  it('refuses a NUL byte in a text input as BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const id = await employerId();
    const before = await server.db.query('SELECT count(*)::int AS n FROM vacancy');
    const res = await gql(server.url, CREATE_VACANCY, { input: validVacancy(id, { title: 'Order\u0000picker' }) }, accounthouder.token);
    expectClientError(res);
    expect(res.errors![0].message).toContain('input.title');
    expect((await server.db.query('SELECT count(*)::int AS n FROM vacancy')).rows).toEqual(before.rows);
  });

  it('never echoes a bad 100,000-character value back', async () => {
    const huge = 'X'.repeat(100_000);
    const id = await employerId();
    const res = await gql(server.url, CREATE_VACANCY, { input: validVacancy(id, { contractType: huge }) }, accounthouder.token);
    expectClientError(res);
    expect(res.errors![0].message).toContain('input.contractType');
    expect(JSON.stringify(res).length).toBeLessThan(2_000);
  });

  it('passes the graphql-http server audits: no audit error, and no HTTP 500', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql` }).map((audit) => audit.fn()));
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    const serverErrors = results.filter((r) => 'response' in r && r.response.status >= 500).map((r) => r.name);
    expect(serverErrors).toEqual([]);
  });
});
