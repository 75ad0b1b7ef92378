import { Actor, loginAs, tableCounts } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectNoInternals } from '../helpers/expectations';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const READS_PER_ACCOUNT = 5;
const READS_PER_IP = 8;
const LOGINS_PER_IP = 20;

/** One request cannot run a thousand matches or searches, and no account or address can run them without end. */
describe('expensive reads: cost, root-field cap and rate limits', () => {
  let server: TestServer;
  let accounthouder: Actor;
  let werkgever: Actor;
  let matchmaker: Actor;
  let vacancyId: string;
  let candidateId: string;

  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_READS_PER_ACCOUNT: String(READS_PER_ACCOUNT),
      RATE_LIMIT_READS_PER_IP: String(READS_PER_IP),
      RATE_LIMIT_LOGINS_PER_IP: String(LOGINS_PER_IP),
    });
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    matchmaker = await loginAs(server, 'MATCHMAKER');
    const employer = await createEmployer(server, accounthouder);
    werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
    vacancyId = (await createVacancy(server, accounthouder, { employerId: employer.id })).id;
    candidateId = (await createCandidate(server, matchmaker)).id;
  });
  afterAll(() => server?.stop());

  const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

  it('refuses 1,000 aliases of matchCandidates(first: 1) before running any, and records nothing', async () => {
    const before = await tableCounts(server);
    const started = Date.now();
    const res = await gql(server.url, `query ($id: ID!) { ${aliases(1000, 'matchCandidates(vacancyId: $id, first: 1) { considered }')} }`, { id: vacancyId }, werkgever.token);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.data).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await tableCounts(server)).toEqual(before);
  });

  it('refuses 1,000 aliases of searchCandidates', async () => {
    const res = await gql(server.url, `{ ${aliases(1000, 'searchCandidates(first: 1) { totalCount }')} }`, {}, werkgever.token);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps root fields per operation, cheap ones too, and says the limit', async () => {
    const res = await gql(server.url, `{ ${aliases(21, 'me { id }')} }`, {}, matchmaker.token);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/21, het maximum is 20/);
    await gqlOk(server.url, `{ ${aliases(20, 'me { id }')} }`, {}, matchmaker.token);
  });

  it('gives a match a real cost: 20 aliases of matchCandidates(first: 1) are over the limit', async () => {
    const res = await gql(server.url, `query ($id: ID!) { ${aliases(20, 'matchCandidates(vacancyId: $id, first: 1) { considered }')} }`, { id: vacancyId }, werkgever.token);
    expect(errorCode(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/kosten \d+, het maximum is 2000/);
  });

  it('limits search, match and candidate reads per account, each alias counted, with TOO_MANY_REQUESTS and a Dutch message', async () => {
    await gqlOk(server.url, '{ a: searchCandidates(first: 1) { totalCount } b: searchCandidates(first: 1) { totalCount } }', {}, matchmaker.token);
    await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { id } }', { id: candidateId }, matchmaker.token);
    await gqlOk(server.url, 'query ($id: ID!) { matchCandidates(vacancyId: $id, first: 1) { considered } }', { id: vacancyId }, matchmaker.token);
    await gqlOk(server.url, '{ searchVacancies(first: 1) { totalCount } }', {}, matchmaker.token);
    // Five reads used; the sixth is refused.
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${matchmaker.token}` },
      body: JSON.stringify({ query: '{ searchCandidates(first: 1) { totalCount } }' }),
    });
    const refused = { status: res.status, ...((await res.json()) as object) } as GraphQLResponse;
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBe(Number(res.headers.get('retry-after')));
    expect(refused.errors![0].message).toMatch(/^Te veel zoek-, match- of kandidaatverzoeken in korte tijd\. Probeer het over \d+ seconden opnieuw\.$/);
    expectNoInternals(refused);
    // Other work of the same account goes on.
    await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token);
  });

  it('limits the same reads per client address, whatever the account', async () => {
    // Six reads came from this address so far (the refused one counts); another account gets the last two.
    await gqlOk(server.url, '{ searchVacancies(first: 1) { totalCount } }', {}, accounthouder.token);
    await gqlOk(server.url, '{ searchVacancies(first: 1) { totalCount } }', {}, accounthouder.token);
    const refused = await gql(server.url, '{ searchVacancies(first: 1) { totalCount } }', {}, accounthouder.token);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
  });

  it('brakes login per client address: 25 different emails from one address are refused', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await gql(server.url, `mutation { login(email: "spray-${i}@test.wsp", password: "Welkom2024!") { token } }`);
      codes.push(errorCode(res)!);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(-3)).toEqual(Array(3).fill('TOO_MANY_REQUESTS'));
  });
});
