import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Actor, loginAs } from '../helpers/actors';
import { gqlOk } from '../helpers/graphql-client';
import { TEST_SERVER_URL } from '../helpers/test-database';
import { startTestServer, TestServer } from '../helpers/test-server';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

type Top = { matches: string[]; nearMisses: string[] };

/**
 * Match retrieval is exact: matchCandidates returns the same people in the same order as scoring every active
 * person within reach (the naive answer), while reading only those whose score bound could still enter the list.
 * A generated population (the seed's own generator, 1,500 people) is loaded into this file's database; the naive
 * answer and the bound's proof come from bench/match-exact-check.ts, which scores everyone with the service's own
 * scorer and checks, for the staff and the employer view, that no one scores above the bound PostgreSQL computes
 * for them, that everyone within reach is in exactly one tier of it, and that whoever misses a requirement is among
 * those read for near misses.
 */
describe('exact match retrieval, against scoring everyone', () => {
  let server: TestServer;
  let matchmaker: Actor;
  let database: string;
  let vacancyIds: string[];

  const tops = async (vacancyId: string, first: number, actor: Actor = matchmaker): Promise<Top> => {
    const r = (
      await gqlOk(
        server.url,
        `query ($id: ID!, $first: Int!) { matchCandidates(vacancyId: $id, first: $first) { matches { profile { id } } nearMisses { profile { id } } } }`,
        { id: vacancyId, first },
        actor.token,
      )
    ).matchCandidates;
    const ids = (list: { profile: { id: string } }[]) => list.map((m) => m.profile.id);
    return { matches: ids(r.matches), nearMisses: ids(r.nearMisses) };
  };

  const check = async (first: number) => {
    const { stdout } = await run(
      'npx',
      ['ts-node', '--transpile-only', 'bench/match-exact-check.ts', '--database', database, '--vacancies', vacancyIds.join(','), '--first', String(first)],
      { cwd: ROOT, env: { ...process.env, BENCH_DATABASE_SERVER: TEST_SERVER_URL }, maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as { tops: Record<string, { staff: Top; employer: Top }>; people: number; violations: string[] };
  };

  beforeAll(async () => {
    server = await startTestServer();
    database = new URL((server.db as unknown as { options: { connectionString: string } }).options.connectionString).pathname.slice(1);
    await run('node', ['dist/seed/seed.cli.js', '--candidates', '1500', '--vacancies', '60', '--seed', '11'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: (server.db as unknown as { options: { connectionString: string } }).options.connectionString },
    });
    // The bound reads the talents people's jobs show; the server reads the seeded titles in the background.
    for (let i = 0; i < 120; i++) {
      const { rows } = await server.db.query(`SELECT count(*)::int AS n FROM candidate WHERE experience_talents IS NULL`);
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const { rows } = await server.db.query(
      `(SELECT id FROM vacancy WHERE status = 'OPEN' AND NOT leerwerkplek ORDER BY md5(id::text) LIMIT 10)
       UNION ALL (SELECT id FROM vacancy WHERE status = 'OPEN' AND leerwerkplek ORDER BY md5(id::text) LIMIT 2)`,
    );
    vacancyIds = rows.map((r) => r.id);
    matchmaker = await loginAs(server, 'MATCHMAKER');
  }, 180_000);
  afterAll(() => server?.stop());

  it('loads a population where the lists are contested', async () => {
    const { rows } = await server.db.query(`SELECT count(*)::int AS n FROM candidate WHERE status = 'ACTIVE'`);
    expect(rows[0].n).toBeGreaterThan(1000);
    expect(vacancyIds).toHaveLength(12);
  });

  it.each([1, 5, 20])('returns the naive top %i matches and near misses, in the same order, for every sampled vacancy', async (first) => {
    const naive = await check(first);
    expect(naive.violations).toEqual([]);
    for (const id of vacancyIds) {
      const service = await tops(id, first);
      expect({ id, ...service }).toEqual({ id, ...naive.tops[id].staff });
    }
    // The lists are not trivially empty: most vacancies have a full list of matches.
    const full = vacancyIds.filter((id) => naive.tops[id].staff.matches.length === first);
    expect(full.length).toBeGreaterThanOrEqual(vacancyIds.length / 2);
  }, 180_000);

  it("returns the employer's own naive top 20 (visible people, job fit only) to the employer of each sampled vacancy", async () => {
    const naive = await check(20);
    expect(naive.violations).toEqual([]);
    for (const id of vacancyIds) {
      const { rows } = await server.db.query(`SELECT employer_id FROM vacancy WHERE id = $1`, [id]);
      const employer = await loginAs(server, 'WERKGEVER', { employerId: rows[0].employer_id });
      expect({ id, ...(await tops(id, 20, employer)) }).toEqual({ id, ...naive.tops[id].employer });
    }
  }, 180_000);
});
