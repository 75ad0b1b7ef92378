import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching keeps profiles without talents in the pool (nearest first): a partial GiST index finds them by
 * distance without scanning everyone near the workplace.
 */
export class MatchRetrieval1763900300000 implements MigrationInterface {
  name = 'MatchRetrieval1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX candidate_no_talents_geo_idx ON candidate USING gist (geo) WHERE talents = '{}' AND status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS candidate_no_talents_geo_idx`);
  }
}
