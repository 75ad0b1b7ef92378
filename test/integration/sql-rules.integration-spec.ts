import { Pool } from 'pg';
import { TARGET_GROUP_RULES, TARGET_GROUPS, targetGroupSql, targetGroupsOf, TargetGroupFields } from '../../src/candidates/target-groups';
import { distanceKm, EARTHDISTANCE_RADIUS_M, earthBoxMetres, kmFromPointSql } from '../../src/reference-data/earth-distance';
import { TAALNIVEAU_ORDER, taalniveauRank, taalniveauRankSql } from '../../src/reference-data/taalniveau';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

/**
 * Where the database must repeat a rule that TypeScript defines (a generated column, a CHECK constraint, SQL built
 * from a TS definition), these prove the two agree over every input, on the migrated schema.
 */
describe('rules written in SQL agree with their TypeScript definition', () => {
  let database: string;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: databaseUrl(database), max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await dropTestDatabase(database);
  });

  it('taalniveau: the SQL rank is taalniveauRank for every level, -1 for none or unknown', async () => {
    const inputs: (string | null)[] = [...TAALNIVEAU_ORDER, null, 'D1'];
    const { rows } = await pool.query(`SELECT x, ${taalniveauRankSql('x')} AS rank FROM unnest($1::text[]) x`, [inputs]);
    expect(rows.map((r) => r.rank)).toEqual(inputs.map((l) => (l && TAALNIVEAU_ORDER.includes(l as never) ? taalniveauRank(l as never) : -1)));
  });

  it('taalniveau: for every pair, "meets the minimum" in SQL ranks is the TS comparison', async () => {
    const pairs = TAALNIVEAU_ORDER.flatMap((c) => TAALNIVEAU_ORDER.map((v) => [c, v] as const));
    const { rows } = await pool.query(
      `SELECT ${taalniveauRankSql('c')} >= ${taalniveauRankSql('v')} AS meets FROM unnest($1::text[], $2::text[]) AS p(c, v)`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    expect(rows.map((r) => r.meets)).toEqual(pairs.map(([c, v]) => taalniveauRank(c) >= taalniveauRank(v)));
  });

  it("taalniveau: the tables' CHECK constraints accept exactly the TS levels", async () => {
    const { rows } = await pool.query(`INSERT INTO candidate (taalniveau) VALUES ${TAALNIVEAU_ORDER.map((_, i) => `($${i + 1})`).join(', ')} RETURNING taalniveau`, [
      ...TAALNIVEAU_ORDER,
    ]);
    expect(rows.map((r) => r.taalniveau)).toEqual([...TAALNIVEAU_ORDER]);
    await expect(pool.query(`INSERT INTO candidate (taalniveau) VALUES ('D1')`)).rejects.toThrow(/check constraint/);
    const checks = await pool.query(
      `SELECT conrelid::regclass::text AS t, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE contype = 'c' AND pg_get_constraintdef(oid) LIKE '%taalniveau%'`,
    );
    expect(checks.rows.map((r) => r.t).sort()).toEqual(['candidate', 'vacancy']);
    for (const { def } of checks.rows) expect([...def.matchAll(/'([A-Z][0-9])'/g)].map((m) => m[1])).toEqual([...TAALNIVEAU_ORDER]);
  });

  it('target groups: the generated column, the SQL condition and targetGroupsOf agree for every combination', async () => {
    const combos: TargetGroupFields[] = [];
    for (const statushouder of [true, false])
      for (const vijftigPlus of [true, false])
        for (const jongere of [true, false])
          for (const startkwalificatie of [true, false, null]) combos.push({ statushouder, vijftigPlus, jongere, startkwalificatie });
    const groups = TARGET_GROUPS;
    const { rows } = await pool.query(
      `INSERT INTO candidate (statushouder, vijftig_plus, jongere, startkwalificatie)
       SELECT * FROM unnest($1::bool[], $2::bool[], $3::bool[], $4::bool[])
       RETURNING target_groups AS stored, ${groups.map((g) => `coalesce(${targetGroupSql(g, 'candidate')}, false) AS "${g}"`).join(', ')}`,
      [combos.map((c) => c.statushouder), combos.map((c) => c.vijftigPlus), combos.map((c) => c.jongere), combos.map((c) => c.startkwalificatie)],
    );
    expect(rows).toHaveLength(combos.length);
    rows.forEach((row, i) => {
      const expected = targetGroupsOf(combos[i]);
      expect(row.stored).toEqual(expected);
      expect(groups.filter((g) => row[g])).toEqual(expected);
    });
    expect(Object.keys(TARGET_GROUP_RULES).sort()).toEqual([...groups].sort());
  });

  it('distance: the SQL km and the earth box agree with the TS haversine across the region and beyond', async () => {
    const origin = { lat: 52.06, lon: 4.49 }; // Zoetermeer
    const points: { lat: number; lon: number }[] = [];
    for (let dLat = -0.6; dLat <= 0.6; dLat += 0.1) for (let dLon = -0.9; dLon <= 0.9; dLon += 0.15) points.push({ lat: origin.lat + dLat, lon: origin.lon + dLon });
    const { rows } = await pool.query(
      `SELECT ${kmFromPointSql('p', '$1::float8', '$2::float8')} AS km,
              earth() AS radius,
              earth_box(ll_to_earth($1, $2), $5::float8) @> ll_to_earth(p.lat, p.lon) AS in_box
         FROM unnest($3::float8[], $4::float8[]) AS p(lat, lon)`,
      [origin.lat, origin.lon, points.map((p) => p.lat), points.map((p) => p.lon), earthBoxMetres(50)],
    );
    rows.forEach((row, i) => {
      const km = distanceKm(origin, points[i]);
      expect(Math.abs(row.km - km)).toBeLessThanOrEqual(Math.max(0.005 * km, 1e-9));
      if (km <= 50) expect(row.in_box).toBe(true);
      expect(row.radius).toBe(EARTHDISTANCE_RADIUS_M);
    });
  });
});
