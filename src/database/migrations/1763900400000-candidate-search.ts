import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A narrow copy of the candidate columns that search filters and counts (about 200 bytes a row against 1,200:
 * the search vector, profile text and work experience stay behind). Broad searches (a radius around a town,
 * one klantcategorie) count and facet tens of thousands of rows; on the narrow table that reads a fifth of the
 * pages (measured: 158 ms -> 29 ms for a 15 km radius at 100,000 candidates). Kept by a trigger in the same
 * transaction as the write, so the PostgreSQL engine stays consistent at commit; deletes cascade.
 */
export class CandidateSearch1763900400000 implements MigrationInterface {
  name = 'CandidateSearch1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE candidate_search (
        id                  uuid PRIMARY KEY REFERENCES candidate(id) ON DELETE CASCADE,
        status              text NOT NULL,
        taalniveau          text,
        startkwalificatie   boolean,
        banenafspraak       boolean NOT NULL,
        loonkostensubsidie  boolean NOT NULL,
        klantcategorie_code text,
        target_groups       text[] NOT NULL,
        category_wishes     text[] NOT NULL,
        talents             text[] NOT NULL,
        hours_min           integer,
        hours_max           integer,
        available_from      date,
        lat                 double precision,
        lon                 double precision,
        geo                 earth GENERATED ALWAYS AS (ll_to_earth(lat, lon)) STORED,
        visible             boolean NOT NULL,
        matchmaker_id       uuid,
        created_at          timestamptz(3) NOT NULL
      )`);
    const columns = `id, status, taalniveau, startkwalificatie, banenafspraak, loonkostensubsidie, klantcategorie_code, target_groups,
      category_wishes, talents, hours_min, hours_max, available_from, lat, lon, visible, matchmaker_id, created_at`;
    const values = (row: string) => `${row}.id, ${row}.status, ${row}.taalniveau, ${row}.startkwalificatie, ${row}.banenafspraak,
      ${row}.loonkostensubsidie, ${row}.klantcategorie_code, ${row}.target_groups, ${row}.category_wishes, ${row}.talents, ${row}.hours_min,
      ${row}.hours_max, ${row}.available_from, ${row}.lat, ${row}.lon, ${row}.visible_to_employers AND ${row}.consulent_approves_visibility,
      ${row}.matchmaker_id, ${row}.created_at`;
    await q.query(`
      CREATE FUNCTION candidate_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO candidate_search (${columns}) VALUES (${values('NEW')})
        ON CONFLICT (id) DO UPDATE SET
          status = EXCLUDED.status, taalniveau = EXCLUDED.taalniveau, startkwalificatie = EXCLUDED.startkwalificatie,
          banenafspraak = EXCLUDED.banenafspraak, loonkostensubsidie = EXCLUDED.loonkostensubsidie,
          klantcategorie_code = EXCLUDED.klantcategorie_code, target_groups = EXCLUDED.target_groups,
          category_wishes = EXCLUDED.category_wishes, talents = EXCLUDED.talents, hours_min = EXCLUDED.hours_min,
          hours_max = EXCLUDED.hours_max, available_from = EXCLUDED.available_from, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
          visible = EXCLUDED.visible, matchmaker_id = EXCLUDED.matchmaker_id, created_at = EXCLUDED.created_at;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER candidate_search_sync_trg AFTER INSERT OR UPDATE ON candidate FOR EACH ROW EXECUTE FUNCTION candidate_search_sync()`);
    await q.query(`INSERT INTO candidate_search (${columns}) SELECT ${values('c')} FROM candidate c`);
    await q.query(`CREATE INDEX candidate_search_geo_idx ON candidate_search USING gist (geo)`);
    await q.query(`CREATE INDEX candidate_search_no_talents_geo_idx ON candidate_search USING gist (geo) WHERE talents = '{}' AND status = 'ACTIVE'`);
    await q.query(`CREATE INDEX candidate_search_talents_idx ON candidate_search USING gin (talents)`);
    await q.query(`CREATE INDEX candidate_search_category_wishes_idx ON candidate_search USING gin (category_wishes)`);
    await q.query(`CREATE INDEX candidate_search_target_groups_idx ON candidate_search USING gin (target_groups)`);
    await q.query(`CREATE INDEX candidate_search_klantcategorie_idx ON candidate_search (klantcategorie_code)`);
    await q.query(`CREATE INDEX candidate_search_created_idx ON candidate_search (created_at, id)`);
    // Statistics now, or the planner guesses until autovacuum gets round to the new table (measured: plans
    // several times slower right after the backfill).
    await q.query(`ANALYZE candidate_search`);
    // Served by candidate_search now.
    for (const index of ['candidate_talents_idx', 'candidate_category_wishes_idx', 'candidate_target_groups_idx', 'candidate_geo_idx', 'candidate_klantcategorie_idx', 'candidate_no_talents_geo_idx']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS candidate_search_sync_trg ON candidate`);
    await q.query(`DROP FUNCTION IF EXISTS candidate_search_sync`);
    await q.query(`DROP TABLE IF EXISTS candidate_search`);
    await q.query(`CREATE INDEX candidate_talents_idx ON candidate USING gin (talents)`);
    await q.query(`CREATE INDEX candidate_category_wishes_idx ON candidate USING gin (category_wishes)`);
    await q.query(`CREATE INDEX candidate_target_groups_idx ON candidate USING gin (target_groups)`);
    await q.query(`CREATE INDEX candidate_geo_idx ON candidate USING gist (geo)`);
    await q.query(`CREATE INDEX candidate_klantcategorie_idx ON candidate (klantcategorie_code)`);
    await q.query(`CREATE INDEX candidate_no_talents_geo_idx ON candidate USING gist (geo) WHERE talents = '{}' AND status = 'ACTIVE'`);
  }
}
