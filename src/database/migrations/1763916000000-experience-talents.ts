import { MigrationInterface, QueryRunner } from 'typeorm';
import { candidateSearchSyncFunction, rewriteCandidateSearch } from './candidate-search-sync';
import * as BEFORE from './1763911000000-candidate-search-travel';

// The columns as 1763911000000 left them (max_travel_km added), then shown_talents.
export const COLUMNS = `${BEFORE.COLUMNS}, max_travel_km`;
export const VALUES = `${BEFORE.VALUES}, NEW.max_travel_km`;
export const UPDATES = `${BEFORE.UPDATES}, max_travel_km = EXCLUDED.max_travel_km`;
/** What this migration adds to the three lists above (for the next redefinition of the sync function). */
export const SHOWN = { column: 'shown_talents', value: "NEW.talents || coalesce(NEW.experience_talents, '{}')", update: 'shown_talents = EXCLUDED.shown_talents' };

function syncFunction(withShown: boolean): string {
  return withShown
    ? candidateSearchSyncFunction(`${COLUMNS}, ${SHOWN.column}`, `${VALUES}, ${SHOWN.value}`, `${UPDATES}, ${SHOWN.update}`)
    : candidateSearchSyncFunction(COLUMNS, VALUES, UPDATES);
}

/**
 * The talents a person shows by the jobs they did ("Cateringmedewerker, 10 jaar" -> catering), read by the one rule
 * that reads job titles (ReferenceDataService.readJobTitle), stored so that match retrieval finds them: the scorer
 * counts such a talent as fully as one on the profile, but retrieval only looked at the profile's talents and at
 * full-text words of the titles, which miss compound titles, so the benchmark's recall check found people with
 * years of the same work missing from the pool. candidate.experience_talents is NULL until the candidates module
 * has read the titles (experience-talents.ts: on every write of work experience, and in the background for rows
 * written otherwise or after the talents changed). candidate_search.shown_talents (profile talents and those) is
 * what the pool's talent slice searches, kept by the same trigger as the rest of the search copy.
 */
export class ExperienceTalents1763916000000 implements MigrationInterface {
  name = 'ExperienceTalents1763916000000';
  // The backfill rewrites candidate_search: see rewriteCandidateSearch.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await rewriteCandidateSearch(q, async () => {
      await q.query(`ALTER TABLE candidate ADD COLUMN IF NOT EXISTS experience_talents text[]`);
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS shown_talents text[] NOT NULL DEFAULT '{}'`);
      await q.query(syncFunction(true));
      await q.query(`UPDATE candidate_search SET shown_talents = talents WHERE shown_talents <> talents`);
      await q.query(`CREATE INDEX IF NOT EXISTS candidate_search_shown_talents_idx ON candidate_search USING gin (shown_talents)`);
      // The background reader's work list: rows whose job titles were not read yet.
      await q.query(`CREATE INDEX IF NOT EXISTS candidate_experience_unread_idx ON candidate (id) WHERE experience_talents IS NULL`);
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(false));
    await q.query(`DROP INDEX IF EXISTS candidate_experience_unread_idx`);
    await q.query(`ALTER TABLE candidate_search DROP COLUMN IF EXISTS shown_talents`);
    await q.query(`ALTER TABLE candidate DROP COLUMN IF EXISTS experience_talents`);
  }
}
