import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Geo search measured slow (64 ms for a 15 km radius at 10,000 candidates, where a radius around a town holds
 * half the region's people): every matching row computed ll_to_earth(lat, lon) twice. A point stored at write
 * time with a GiST index on it makes the radius filter an index probe; the exact trim is plain arithmetic.
 */
export class GeoPoints1763900200000 implements MigrationInterface {
  name = 'GeoPoints1763900200000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['candidate', 'vacancy']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN geo earth GENERATED ALWAYS AS (ll_to_earth(lat, lon)) STORED`);
      await q.query(`DROP INDEX IF EXISTS ${table}_geo_idx`);
      await q.query(`CREATE INDEX ${table}_geo_idx ON ${table} USING gist (geo)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['candidate', 'vacancy']) {
      await q.query(`DROP INDEX IF EXISTS ${table}_geo_idx`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN geo`);
    }
    await q.query(`CREATE INDEX candidate_geo_idx ON candidate USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL`);
    await q.query(`CREATE INDEX vacancy_geo_idx ON vacancy USING gist (ll_to_earth(lat, lon))`);
  }
}
