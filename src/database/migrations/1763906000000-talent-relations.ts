import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Related talents (reachtruck ~ heftruck), maintained by an ADMIN and read by matching for partial credit. One row
 * per pair, stored with the smaller code first so a pair cannot be stored twice; removed with either talent.
 * Seeded by the app from reference-data/talent-relations.data.ts, as the talents are.
 */
export class TalentRelations1763906000000 implements MigrationInterface {
  name = 'TalentRelations1763906000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE talent_relation (
        talent_a text NOT NULL REFERENCES talent(code) ON DELETE CASCADE ON UPDATE CASCADE,
        talent_b text NOT NULL REFERENCES talent(code) ON DELETE CASCADE ON UPDATE CASCADE,
        PRIMARY KEY (talent_a, talent_b),
        CHECK (talent_a < talent_b)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS talent_relation`);
  }
}
