import { MigrationInterface, QueryRunner } from 'typeorm';
import { candidateSearchSyncFunction, rewriteCandidateSearch } from './candidate-search-sync';
import * as BEFORE from './1763916000000-experience-talents';

const COLUMNS = `${BEFORE.COLUMNS}, ${BEFORE.SHOWN.column}`;
const VALUES = `${BEFORE.VALUES}, ${BEFORE.SHOWN.value}`;
const UPDATES = `${BEFORE.UPDATES}, ${BEFORE.SHOWN.update}`;
const ADDED = {
  columns: 'experience_talents, jobcoach_needed, unemployed_since',
  values: "coalesce(NEW.experience_talents, '{}'), NEW.jobcoach_needed, NEW.unemployed_since",
  updates: 'experience_talents = EXCLUDED.experience_talents, jobcoach_needed = EXCLUDED.jobcoach_needed, unemployed_since = EXCLUDED.unemployed_since',
};

function syncFunction(withScoreFacts: boolean): string {
  return withScoreFacts
    ? candidateSearchSyncFunction(`${COLUMNS}, ${ADDED.columns}`, `${VALUES}, ${ADDED.values}`, `${UPDATES}, ${ADDED.updates}`)
    : candidateSearchSyncFunction(COLUMNS, VALUES, UPDATES);
}

/**
 * Match retrieval ranks people by an upper bound of their match score, computed on the narrow search copy
 * (candidate-score-bound.ts). Three facts the scorer reads were only on the wide candidate table: the talents the
 * person's jobs show (work experience), whether they need a jobcoach (instruments) and since when they are without
 * work. The search copy carries them now, kept by the same trigger in the same transaction.
 */
export class CandidateSearchScoreFacts1763917000000 implements MigrationInterface {
  name = 'CandidateSearchScoreFacts1763917000000';
  // The backfill rewrites candidate_search: see rewriteCandidateSearch.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await rewriteCandidateSearch(q, async () => {
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS experience_talents text[] NOT NULL DEFAULT '{}'`);
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS jobcoach_needed boolean NOT NULL DEFAULT false`);
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS unemployed_since date`);
      await q.query(syncFunction(true));
      await q.query(
        `UPDATE candidate_search s SET experience_talents = coalesce(c.experience_talents, '{}'), jobcoach_needed = c.jobcoach_needed,
           unemployed_since = c.unemployed_since
         FROM candidate c WHERE c.id = s.id`,
      );
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(false));
    await q.query(`ALTER TABLE candidate_search DROP COLUMN IF EXISTS unemployed_since`);
    await q.query(`ALTER TABLE candidate_search DROP COLUMN IF EXISTS jobcoach_needed`);
    await q.query(`ALTER TABLE candidate_search DROP COLUMN IF EXISTS experience_talents`);
  }
}
