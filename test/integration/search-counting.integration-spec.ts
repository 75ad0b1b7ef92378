import { Pool } from 'pg';
import { CountingOptions, PostgresSearchEngine, roundEstimate } from '../../src/search/postgres/postgres-search.engine';
import { CANDIDATE_FACETS, CandidateFilter, CandidateSort, SearchRequest } from '../../src/search/search-query';
import { queryable } from '../helpers/pg-queryable';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

/**
 * Exact counting up to a limit, estimates beyond it, on a real table: the PostgreSQL engine in-process against
 * 10,000 candidates, with limits scaled down so every branch runs. The page is always checked against the
 * ground truth computed with plain SQL; counts are exact below the limit and close estimates above it.
 */
const CANDIDATES = 10_000;
const DELFT = { lat: 52.00667, lon: 4.35556 };

describe('PostgreSQL engine: exact counts up to a limit, sampled estimates beyond', () => {
  let database: string;
  let pool: Pool;
  const engine = (counting: CountingOptions) => new PostgresSearchEngine(queryable(pool), counting);
  const request = (over: Partial<SearchRequest<CandidateFilter, CandidateSort>>): SearchRequest<CandidateFilter, CandidateSort> => ({
    text: '',
    filter: { statuses: ['ACTIVE'] },
    sort: 'RELEVANCE',
    offset: 0,
    limit: 20,
    facets: CANDIDATE_FACETS,
    ...over,
  });
  const ids = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows.map((r) => r.id as string);
  const count = async (where: string) => Number((await pool.query(`SELECT count(*) AS n FROM candidate WHERE ${where}`)).rows[0].n);

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: databaseUrl(database), max: 2 });
    // Dropping the database at the end ends connections still closing; that is expected, not a failure.
    pool.on('error', () => undefined);
    // Deterministic rows: every 10th has 2A, every 3rd the heftruck talent, places spread around Delft.
    await pool.query(
      `INSERT INTO candidate (talents, klantcategorie_code, taalniveau, banenafspraak, place_name, lat, lon, created_at)
       SELECT CASE WHEN i % 3 = 0 THEN ARRAY['heftruck'] ELSE ARRAY['schoonmaak'] END,
              CASE WHEN i % 10 = 0 THEN '2A' ELSE '1B' END,
              (ARRAY['A2', 'B1', 'B2'])[1 + i % 3],
              i % 7 = 0,
              'Delft', $1::float8 + (i % 100) * 0.004, $2::float8 + (i / 100) * 0.004,
              timestamp '2026-01-01' + i * interval '1 minute'
         FROM generate_series(1, ${CANDIDATES}) i`,
      [DELFT.lat, DELFT.lon],
    );
    await pool.query('ANALYZE candidate; ANALYZE candidate_search');
  }, 120_000);
  afterAll(async () => {
    await pool.end();
    await dropTestDatabase(database);
  });

  it('counts exactly, and takes the page from the same pass, when the matches fit under the limit', async () => {
    const hits = await engine({ exactCountLimit: 2000, sampleRows: 2000 }).searchCandidates(request({ filter: { statuses: ['ACTIVE'], klantcategorieen: ['2A'] } }));
    expect(hits.totalCountExact).toBe(true);
    expect(hits.totalCount).toBe(await count(`klantcategorie_code = '2A'`));
    expect(hits.facets.taalniveau).toEqual(
      Object.fromEntries((await pool.query(`SELECT taalniveau, count(*)::int AS n FROM candidate WHERE klantcategorie_code = '2A' GROUP BY 1`)).rows.map((r) => [r.taalniveau, r.n])),
    );
    expect(hits.ids).toEqual(await ids(`SELECT id FROM candidate WHERE klantcategorie_code = '2A' ORDER BY created_at DESC, id DESC LIMIT 20`));
  });

  it('estimates the total and the facets from a sample beyond the limit, and still returns the exact page', async () => {
    const search = () => engine({ exactCountLimit: 100, sampleRows: 2000 }).searchCandidates(request({ filter: { statuses: ['ACTIVE'], klantcategorieen: ['1B'] } }));
    const hits = await search();
    const truth = await count(`klantcategorie_code = '1B'`);
    expect(hits.totalCountExact).toBe(false);
    expect(Math.abs(hits.totalCount - truth) / truth).toBeLessThan(0.25);
    expect(hits.totalCount).toBe(roundEstimate(hits.totalCount));
    const banen = await count(`klantcategorie_code = '1B' AND banenafspraak`);
    expect(Math.abs(hits.facets.banenafspraak.true - banen) / banen).toBeLessThan(0.35);
    expect(hits.ids).toEqual(await ids(`SELECT id FROM candidate WHERE klantcategorie_code = '1B' ORDER BY created_at DESC, id DESC LIMIT 20`));
    // The sample is repeatable: asking again gives the same estimate, so paging never makes the total jump.
    expect((await search()).totalCount).toBe(hits.totalCount);
  });

  it('ranks a broad free-text search over every match, not over the counted ones', async () => {
    const hits = await engine({ exactCountLimit: 100, sampleRows: 2000 }).searchCandidates(request({ text: 'heftruck' }));
    expect(hits.totalCountExact).toBe(false);
    const truth = await count(`'heftruck' = ANY(talents)`);
    expect(Math.abs(hits.totalCount - truth) / truth).toBeLessThan(0.25);
    const expected = await ids(
      `SELECT id FROM candidate WHERE search_vector @@ to_tsquery('simple', 'heftruck:*')
        ORDER BY ts_rank_cd(search_vector, to_tsquery('simple', 'heftruck:*')) DESC, id LIMIT 20`,
    );
    expect(hits.ids).toEqual(expected);
  });

  it('sorts a broad radius search nearest first through the index, exactly', async () => {
    const hits = await engine({ exactCountLimit: 100, sampleRows: 2000 }).searchCandidates(
      request({ filter: { statuses: ['ACTIVE'], within: { ...DELFT, km: 20 } }, sort: 'DISTANCE', offset: 20 }),
    );
    expect(hits.totalCountExact).toBe(false);
    const expected = await ids(
      `SELECT id FROM candidate WHERE earth_distance(ll_to_earth(lat, lon), ll_to_earth($1, $2)) <= 20000
        ORDER BY geo <-> ll_to_earth($1, $2), id LIMIT 20 OFFSET 20`,
      [DELFT.lat, DELFT.lon],
    );
    expect(hits.ids).toEqual(expected);
  });

  it('counts a table no bigger than twice the sample in full: broad, yet exact', async () => {
    const e = engine({ exactCountLimit: 100, sampleRows: 6000 });
    for (let i = 0; i < 2; i++) {
      // Twice: the first search learns the table size, the second plans only the full count.
      const hits = await e.searchCandidates(request({ filter: { statuses: ['ACTIVE'], klantcategorieen: ['1B'] } }));
      expect(hits.totalCountExact).toBe(true);
      expect(hits.totalCount).toBe(await count(`klantcategorie_code = '1B'`));
      expect(hits.facets.banenafspraak.true).toBe(await count(`klantcategorie_code = '1B' AND banenafspraak`));
    }
  });

  it('collects the matches of a radius nearest first, with the same exact counts and page', async () => {
    // 2 km around Delft holds fewer than the limit: every count exact, the page newest first.
    const near = { statuses: ['ACTIVE'], within: { ...DELFT, km: 2 } };
    const hits = await engine({ exactCountLimit: 500, sampleRows: 2000 }).searchCandidates(request({ filter: near }));
    const inside = `earth_distance(ll_to_earth(lat, lon), ll_to_earth(${DELFT.lat}, ${DELFT.lon})) <= 2000`;
    expect(hits.totalCountExact).toBe(true);
    // The engine's km is the equirectangular approximation: within 0.5 % of earth_distance, so allow the rim.
    expect(Math.abs(hits.totalCount - (await count(inside))) / hits.totalCount).toBeLessThan(0.02);
    expect(hits.ids.length).toBe(20);
  });

  it('reuses a recent estimate of the same matches on the next page, and estimates again once it is stale', async () => {
    const filter = { statuses: ['ACTIVE'], klantcategorieen: ['2A'] };
    const cached = engine({ exactCountLimit: 100, sampleRows: 2000, estimateSeconds: 60 });
    const first = await cached.searchCandidates(request({ filter }));
    expect(first.totalCountExact).toBe(false);
    // More 2A people, older than every other row, so the newest pages stay as they were.
    await pool.query(
      `INSERT INTO candidate (talents, klantcategorie_code, taalniveau, place_name, lat, lon, created_at)
       SELECT ARRAY['schoonmaak'], '2A', 'B1', 'Delft', $1::float8, $2::float8, timestamp '2025-01-01' + i * interval '1 minute'
         FROM generate_series(1, 3000) i`,
      [DELFT.lat, DELFT.lon],
    );
    try {
      const next = await cached.searchCandidates(request({ filter, offset: 20 }));
      expect(next.totalCountExact).toBe(false);
      expect(next.totalCount).toBe(first.totalCount);
      expect(next.facets).toEqual(first.facets);
      expect(next.ids).toEqual(await ids(`SELECT id FROM candidate WHERE klantcategorie_code = '2A' ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 20`));
      const stale = await engine({ exactCountLimit: 100, sampleRows: 2000, estimateSeconds: 0 }).searchCandidates(request({ filter }));
      expect(stale.totalCountExact).toBe(false);
      expect(stale.totalCount).toBeGreaterThan(first.totalCount);
    } finally {
      await pool.query(`DELETE FROM candidate WHERE created_at < '2026-01-01'`);
    }
  });
});

describe('roundEstimate', () => {
  it('keeps two significant digits from 100 up, and small numbers as they are', () => {
    expect(roundEstimate(87)).toBe(87);
    expect(roundEstimate(1234)).toBe(1200);
    expect(roundEstimate(36_021)).toBe(36_000);
    expect(roundEstimate(1_499_999)).toBe(1_500_000);
  });
});
