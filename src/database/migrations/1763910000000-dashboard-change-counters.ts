import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change counters for the tables the dashboard's "now" figures read (open vacancies, candidates, workload,
 * knelpunten): one sequence per table, advanced by a statement-level trigger on every INSERT, UPDATE, DELETE or
 * TRUNCATE. The reporting module reuses such a figure while none of the tables it reads changed (see
 * src/dashboard/dashboard-figure-cache.ts); no figure is stored here, only "something changed".
 *
 * Sequences, not a counter row: nextval takes no row lock and is not rolled back, so writers never wait for each
 * other on it, and a rolled-back write only causes a needless recomputation.
 */
const CHANGE_COUNTED_TABLES = ['candidate', 'vacancy', 'employer', 'placement', 'vacancy_match_summary', 'category', 'klantcategorie'] as const;

export class DashboardChangeCounters1763910000000 implements MigrationInterface {
  name = 'DashboardChangeCounters1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION count_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval(TG_ARGV[0]::regclass);
        RETURN NULL;
      END $$`);
    for (const table of CHANGE_COUNTED_TABLES) {
      await q.query(`CREATE SEQUENCE change_count_${table}`);
      await q.query(
        `CREATE TRIGGER ${table}_change_count AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION count_table_change('change_count_${table}')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CHANGE_COUNTED_TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_change_count ON ${table}`);
      await q.query(`DROP SEQUENCE IF EXISTS change_count_${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS count_table_change()`);
  }
}
