import { QueryRunner } from 'typeorm';

/**
 * The trigger function that keeps the narrow search copy (candidate_search) in step with candidate, for the given
 * column lists. Each migration that widens the copy redefines it with its own lists (written out in that migration,
 * so a migration's SQL never changes when a later one does); this is only the statement around them.
 */
export function candidateSearchSyncFunction(columns: string, values: string, updates: string): string {
  return `
    CREATE OR REPLACE FUNCTION candidate_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO candidate_search (${columns})
      VALUES (${values})
      ON CONFLICT (id) DO UPDATE SET ${updates};
      RETURN NULL;
    END $$`;
}

/**
 * Runs a change that rewrites candidate_search (a new column and its backfill) in one transaction of its own, then
 * compacts the table with VACUUM FULL, which cannot run inside a transaction: without it scans would read twice the
 * pages until autovacuum and later writes caught up (measured at 100,000 candidates: a radius search's matches
 * 2,176 buffers instead of 515). For migrations with `transaction = false`; repeatable should the process stop
 * before the migration is recorded.
 */
export async function rewriteCandidateSearch(q: QueryRunner, change: () => Promise<void>): Promise<void> {
  await q.startTransaction();
  try {
    await change();
    await q.commitTransaction();
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  }
  await q.query(`VACUUM (FULL, ANALYZE) candidate_search`);
}
