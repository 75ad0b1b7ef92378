import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Derived indexes for the WSP dashboard's statements (src/dashboard/dashboard.sql.ts); no stored figures.
 *
 * - placement_step (placement_id) INCLUDE (to_status): the funnel reads, per placement proposed in the period,
 *   the furthest step it reached; an index-only lookup per placement instead of hashing every step ever recorded.
 * - placement (vacancy_id, proposed_at): time to first proposal takes min(proposed_at) per vacancy published in
 *   the period; the first index entry answers it without reading the vacancy's placements.
 * - vacancy (id) INCLUDE (the scope columns, openings, published_at, ended_at): every placement figure joins its
 *   vacancy for the scope filters, and the open-vacancy and timing figures read nothing else of it; an index-only
 *   scan of these columns reads ~1.5 MB instead of the 25 MB vacancy table (descriptions, search vectors).
 * - candidate (id) INCLUDE (every column the dashboard reads): the candidate figures (klantcategorie, target
 *   groups, profile gaps, matchmaker workload) and the placement figures split by target group and banenafspraak
 *   read a 27 MB index-only scan instead of the 150 MB candidate table (profile texts, search vectors).
 *
 * IF NOT EXISTS: bench:dashboard may have created them by hand on its seeded database before the server migrated.
 */
export class DashboardSpeed1763908000000 implements MigrationInterface {
  name = 'DashboardSpeed1763908000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS placement_step_placement_status_idx ON placement_step (placement_id) INCLUDE (to_status)`);
    await q.query(`CREATE INDEX IF NOT EXISTS placement_vacancy_proposed_idx ON placement (vacancy_id, proposed_at)`);
    await q.query(
      `CREATE INDEX IF NOT EXISTS vacancy_dashboard_scope_idx ON vacancy (id)
       INCLUDE (employer_id, status, place_name, category_code, leerwerkplek, openings, published_at, ended_at)`,
    );
    await q.query(
      `CREATE INDEX IF NOT EXISTS candidate_dashboard_idx ON candidate (id)
       INCLUDE (status, banenafspraak, vijftig_plus, statushouder, jongere, startkwalificatie, place_name, category_wishes, klantcategorie_code,
                matchmaker_id, opleidingsniveau, taalniveau, talents)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS candidate_dashboard_idx`);
    await q.query(`DROP INDEX IF EXISTS vacancy_dashboard_scope_idx`);
    await q.query(`DROP INDEX IF EXISTS placement_vacancy_proposed_idx`);
    await q.query(`DROP INDEX IF EXISTS placement_step_placement_status_idx`);
  }
}
