import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The WSP dashboard (src/dashboard) and the read model behind its knelpunten.
 *
 * vacancy_match_summary is owned by the matching module: per open vacancy, the best score the scorer gives any
 * eligible candidate and how many eligible candidates it found, with the vacancy version it was computed for.
 * Scoring every open vacancy against its candidate pool on each dashboard request would cost seconds at 20,000
 * vacancies; the summary is refreshed in the background (stale first) and the dashboard only reads it.
 *
 * Indexes: the dashboard's statements select placements by when they were proposed and placed in the period;
 * their plans (bench:dashboard prints them) start from these two indexes.
 */
export class Dashboard1763905000000 implements MigrationInterface {
  name = 'Dashboard1763905000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE vacancy_match_summary (
        vacancy_id      uuid PRIMARY KEY REFERENCES vacancy(id) ON DELETE CASCADE,
        vacancy_version integer NOT NULL,
        best_score      double precision,
        eligible_count  integer NOT NULL,
        computed_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX placement_proposed_at_idx ON placement (proposed_at)`);
    await q.query(`CREATE INDEX placement_placed_at_idx ON placement (placed_at) WHERE placed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS placement_placed_at_idx`);
    await q.query(`DROP INDEX IF EXISTS placement_proposed_at_idx`);
    await q.query(`DROP TABLE IF EXISTS vacancy_match_summary`);
  }
}
