import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free-text searches read the matching candidate rows directly (the full-text index finds few), so the
 * candidate row needs the same `visible` flag that candidate_search has.
 */
export class CandidateVisible1763900500000 implements MigrationInterface {
  name = 'CandidateVisible1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidate ADD COLUMN visible boolean GENERATED ALWAYS AS (visible_to_employers AND consulent_approves_visibility) STORED`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE candidate DROP COLUMN visible`);
  }
}
