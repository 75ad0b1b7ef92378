import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Actor, loginAs } from '../helpers/actors';
import { createCandidate } from '../helpers/domain-actions';
import { expectBadInput } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { JWT_TEST_SECRET, startTestServer, TestServer } from '../helpers/test-server';

describe('search: bad input and the reindex command', () => {
  let server: TestServer;
  let matchmaker: Actor;

  beforeAll(async () => {
    server = await startTestServer();
    matchmaker = await loginAs(server, 'MATCHMAKER');
    await createCandidate(server, matchmaker, { talents: ['heftruck'], placeName: 'Delft' });
  });
  afterAll(() => server?.stop());

  const search = (args: string, token = matchmaker.token) => gql(server.url, `{ searchCandidates(${args}) { totalCount } }`, {}, token);

  it('caps the query length', async () => {
    expectBadInput(await search(`query: "${'heftruck '.repeat(30)}"`), 'query', /200 tekens/);
  });

  it('refuses an unknown filter value, naming it', async () => {
    expectBadInput(await search('filter: { categories: ["ruimtevaart"] }'), 'filter.categories', /onbekende beroepsgroep "ruimtevaart"/);
    expectBadInput(await search('filter: { talents: ["toveren"] }'), 'filter.talents', /onbekend talent "toveren"/);
    expectBadInput(await search('filter: { klantcategorieen: ["9Z"] }'), 'filter.klantcategorieen', /onbekende klantcategorie/);
  });

  it('refuses a page size out of range', async () => {
    expectBadInput(await search('first: 100000'), 'first', /moet van 1 tot en met 100 zijn/);
    expectBadInput(await search('first: 0'), 'first', /moet van 1 tot en met 100 zijn/);
  });

  it('refuses a negative radius and an unknown place', async () => {
    expectBadInput(await search('filter: { near: { place: "Delft", withinKm: -5 } }'), 'filter.near.withinKm', /moet van 0 tot en met 300 zijn/);
    expectBadInput(await search('filter: { near: { place: "Atlantis", withinKm: 5 } }'), 'filter.near.place', /onbekende plaats "Atlantis"/);
  });

  it('refuses a distance sort without a place, and a cursor it did not give out', async () => {
    expectBadInput(await search('sort: DISTANCE'), 'sort', /kan alleen rond een plaats \(filter.near\)/);
    expectBadInput(await search('after: "not-a-cursor"'), 'after', /is geen cursor/);
  });

  it('keeps the staff-only filters from an employer', async () => {
    const werkgever = await loginAs(server, 'WERKGEVER');
    expect(errorCode(await search('filter: { targetGroups: [STATUSHOUDER] }', werkgever.token))).toBe('FORBIDDEN');
    expect(errorCode(await search('filter: { status: [INACTIVE] }', werkgever.token))).toBe('FORBIDDEN');
  });

  it('logs who saw which person: staff searches and lists are audited like single reads', async () => {
    const readsOf = async (actorId: string) =>
      (await server.db.query(`SELECT entity_id FROM audit_log WHERE actor_id = $1 AND action = 'read' AND entity_type = 'candidate'`, [actorId])).rows.length;
    const consulent = await loginAs(server, 'MATCHMAKER');
    const { searchCandidates } = await gqlOk(server.url, '{ searchCandidates(query: "heftruck") { totalCount nodes { profile { id } } } }', {}, consulent.token);
    expect(searchCandidates.totalCount).toBe(1);
    expect(await readsOf(consulent.id)).toBe(1);
    await gqlOk(server.url, '{ candidates { totalCount } }', {}, consulent.token);
    expect(await readsOf(consulent.id)).toBe(2);
  });

  it('`npm run reindex` picks up a synonym an administrator added to the talent list', async () => {
    const find = async () => (await gqlOk(server.url, '{ searchCandidates(query: "stapelmachine") { totalCount } }', {}, matchmaker.token)).searchCandidates.totalCount;
    await server.db.query(`UPDATE talent SET synonyms = synonyms || '{stapelmachine}' WHERE code = 'heftruck'`);
    expect(await find()).toBe(0);
    const databaseUrl = (server.db as unknown as { options: { connectionString: string } }).options.connectionString;
    const output = execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli', 'reindex.cli.js')], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, NODE_ENV: 'test', JWT_SECRET: JWT_TEST_SECRET },
    }).toString();
    expect(output).toMatch(/postgres: rebuilt candidates \(1 documents\)/);
    expect(await find()).toBe(1);
  });
});
