import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = `id, status, taalniveau, startkwalificatie, banenafspraak, loonkostensubsidie, klantcategorie_code, target_groups,
  category_wishes, talents, hours_min, hours_max, available_from, lat, lon, visible, matchmaker_id, created_at, max_travel_km`;

const VALUES = `NEW.id, NEW.status, NEW.taalniveau, NEW.startkwalificatie, NEW.banenafspraak,
  NEW.loonkostensubsidie, NEW.klantcategorie_code, NEW.target_groups, NEW.category_wishes, NEW.talents, NEW.hours_min,
  NEW.hours_max, NEW.available_from, NEW.lat, NEW.lon, NEW.visible_to_employers AND NEW.consulent_approves_visibility,
  NEW.matchmaker_id, NEW.created_at, NEW.max_travel_km`;

const UPDATES = `status = EXCLUDED.status, taalniveau = EXCLUDED.taalniveau, startkwalificatie = EXCLUDED.startkwalificatie,
  banenafspraak = EXCLUDED.banenafspraak, loonkostensubsidie = EXCLUDED.loonkostensubsidie,
  klantcategorie_code = EXCLUDED.klantcategorie_code, target_groups = EXCLUDED.target_groups,
  category_wishes = EXCLUDED.category_wishes, talents = EXCLUDED.talents, hours_min = EXCLUDED.hours_min,
  hours_max = EXCLUDED.hours_max, available_from = EXCLUDED.available_from, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
  visible = EXCLUDED.visible, matchmaker_id = EXCLUDED.matchmaker_id, created_at = EXCLUDED.created_at,
  max_travel_km = EXCLUDED.max_travel_km`;

function syncFunction(withShown: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION candidate_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO candidate_search (${COLUMNS}${withShown ? ', shown_talents' : ''})
      VALUES (${VALUES}${withShown ? ", NEW.talents || coalesce(NEW.experience_talents, '{}')" : ''})
      ON CONFLICT (id) DO UPDATE SET ${UPDATES}${withShown ? ', shown_talents = EXCLUDED.shown_talents' : ''};
      RETURN NULL;
    END $$`;
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
  // As CandidateSearchTravel: the backfill rewrites candidate_search, VACUUM FULL compacts it again.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.startTransaction();
    try {
      await q.query(`ALTER TABLE candidate ADD COLUMN IF NOT EXISTS experience_talents text[]`);
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS shown_talents text[] NOT NULL DEFAULT '{}'`);
      await q.query(syncFunction(true));
      await q.query(`UPDATE candidate_search SET shown_talents = talents WHERE shown_talents <> talents`);
      await q.query(`CREATE INDEX IF NOT EXISTS candidate_search_shown_talents_idx ON candidate_search USING gin (shown_talents)`);
      // The background reader's work list: rows whose job titles were not read yet.
      await q.query(`CREATE INDEX IF NOT EXISTS candidate_experience_unread_idx ON candidate (id) WHERE experience_talents IS NULL`);
      await q.commitTransaction();
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    }
    await q.query(`VACUUM (FULL, ANALYZE) candidate_search`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(false));
    await q.query(`DROP INDEX IF EXISTS candidate_experience_unread_idx`);
    await q.query(`ALTER TABLE candidate_search DROP COLUMN IF EXISTS shown_talents`);
    await q.query(`ALTER TABLE candidate DROP COLUMN IF EXISTS experience_talents`);
  }
}
