import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChildProcess } from 'node:child_process';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { fetchPrintedSchema } from '../helpers/schema-printer';
import { startServer, stopProcess } from '../helpers/test-server';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

/**
 * The zero-setup default: no DATABASE_URL, so the server runs on embedded PostgreSQL (PGlite), migrates, seeds
 * demo data and demo users, and serves the same API. Also the place schema.graphql is checked (and, with
 * UPDATE_SCHEMA=1, written: `npm run schema:generate`).
 */
describe('zero-setup default on embedded PostgreSQL', () => {
  let url: string;
  let child: ChildProcess;
  let logs: () => string;

  beforeAll(async () => {
    ({ url, child, logs } = await startServer({ DATA_DIR: 'memory://', NODE_ENV: 'development', JWT_SECRET: undefined }, 120_000));
  }, 130_000);
  afterAll(() => (child ? stopProcess(child) : undefined));

  it('reports the embedded database and the search engine in /health', async () => {
    const health = await (await fetch(`${url}/health`)).json();
    expect(health).toMatchObject({ status: 'up', database: { status: 'up', mode: 'embedded (PGlite)' }, search: { engine: 'postgres' } });
  });

  it('prints the demo logins at start and lets them in', async () => {
    expect(logs()).toContain('matchmaker@wsp.demo');
    const { login } = await gqlOk(url, 'mutation { login(email: "matchmaker@wsp.demo", password: "demo-wachtwoord") { token user { role } } }');
    expect(login.user.role).toBe('MATCHMAKER');
    const data = await gqlOk(url, '{ vacancies(first: 5) { totalCount nodes { title employer { name } } } candidates(first: 5) { totalCount } }', {}, login.token);
    expect(data.vacancies.totalCount).toBeGreaterThan(0);
    expect(data.vacancies.nodes[0].employer.name).toEqual(expect.any(String));
    expect(data.candidates.totalCount).toBeGreaterThan(0);
  });

  it('keeps the audit trail, the view limit, version checks and erasure working on PGlite', async () => {
    const token = async (email: string) => (await gqlOk(url, `mutation { login(email: "${email}", password: "demo-wachtwoord") { token } }`)).login.token;
    const matchmaker = await token('matchmaker@wsp.demo');
    const { candidates } = await gqlOk(url, '{ candidates(first: 1) { nodes { id } } }', {}, matchmaker);
    const id = candidates.nodes[0].id;
    const { candidate } = await gqlOk(url, 'query ($id: ID!) { candidate(id: $id) { version } }', { id }, matchmaker);
    const update = 'mutation ($id: ID!, $v: Int) { updateCandidate(id: $id, input: { profileText: "Gewijzigd op PGlite", expectedVersion: $v }) { version } }';
    expect((await gqlOk(url, update, { id, v: candidate.version }, matchmaker)).updateCandidate.version).toBe(candidate.version + 1);
    expect(errorCode(await gql(url, update, { id, v: candidate.version }, matchmaker))).toBe('CONFLICT');
    await gqlOk(url, 'mutation ($id: ID!) { eraseCandidate(id: $id) }', { id }, matchmaker);
    const admin = await token('admin@wsp.demo');
    const { auditLog } = await gqlOk(url, 'query ($id: ID!) { auditLog(filter: { entityId: $id }) { nodes { action purpose } } }', { id }, admin);
    const actions = auditLog.nodes.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => ['view', 'update', 'erase'].includes(a))).toEqual(['erase', 'update', 'view']);
    expect(actions).toContain('read'); // listed in `candidates` first
  });

  it('keeps the same rules as on a server: anonymous callers are refused', async () => {
    expect(errorCode(await gql(url, '{ candidates { totalCount } }'))).toBe('UNAUTHENTICATED');
  });

  it('serves exactly the committed schema.graphql (run `npm run schema:generate` after an API change)', async () => {
    const printed = await fetchPrintedSchema(url);
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
