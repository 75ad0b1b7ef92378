import { MigrationInterface, QueryRunner } from 'typeorm';
import { candidateSearchSyncFunction, rewriteCandidateSearch } from './candidate-search-sync';

/** The search copy's columns before this migration (exported for the next redefinition of the sync function). */
export const COLUMNS = `id, status, taalniveau, startkwalificatie, banenafspraak, loonkostensubsidie, klantcategorie_code, target_groups,
  category_wishes, talents, hours_min, hours_max, available_from, lat, lon, visible, matchmaker_id, created_at`;

export const VALUES = `NEW.id, NEW.status, NEW.taalniveau, NEW.startkwalificatie, NEW.banenafspraak,
  NEW.loonkostensubsidie, NEW.klantcategorie_code, NEW.target_groups, NEW.category_wishes, NEW.talents, NEW.hours_min,
  NEW.hours_max, NEW.available_from, NEW.lat, NEW.lon, NEW.visible_to_employers AND NEW.consulent_approves_visibility,
  NEW.matchmaker_id, NEW.created_at`;

export const UPDATES = `status = EXCLUDED.status, taalniveau = EXCLUDED.taalniveau, startkwalificatie = EXCLUDED.startkwalificatie,
  banenafspraak = EXCLUDED.banenafspraak, loonkostensubsidie = EXCLUDED.loonkostensubsidie,
  klantcategorie_code = EXCLUDED.klantcategorie_code, target_groups = EXCLUDED.target_groups,
  category_wishes = EXCLUDED.category_wishes, talents = EXCLUDED.talents, hours_min = EXCLUDED.hours_min,
  hours_max = EXCLUDED.hours_max, available_from = EXCLUDED.available_from, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
  visible = EXCLUDED.visible, matchmaker_id = EXCLUDED.matchmaker_id, created_at = EXCLUDED.created_at`;

function syncFunction(withTravel: boolean): string {
  return withTravel
    ? candidateSearchSyncFunction(`${COLUMNS}, max_travel_km`, `${VALUES}, NEW.max_travel_km`, `${UPDATES}, max_travel_km = EXCLUDED.max_travel_km`)
    : candidateSearchSyncFunction(COLUMNS, VALUES, UPDATES);
}

/**
 * An employer's `near` finds only people whose own travel limit reaches the centre (search.service.ts). The limit
 * lived on candidate only, so each row within the radius cost a primary-key lookup into the wide table (tens of
 * thousands per broad search at 100,000 candidates). The narrow search copy carries it now, kept by the same
 * trigger in the same transaction.
 */
export class CandidateSearchTravel1763911000000 implements MigrationInterface {
  name = 'CandidateSearchTravel1763911000000';
  // The backfill rewrites every row of a table that searches scan: see rewriteCandidateSearch.
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await rewriteCandidateSearch(q, async () => {
      await q.query(`ALTER TABLE candidate_search ADD COLUMN IF NOT EXISTS max_travel_km integer`);
      await q.query(syncFunction(true));
      await q.query(`UPDATE candidate_search s SET max_travel_km = c.max_travel_km FROM candidate c WHERE c.id = s.id AND c.max_travel_km IS NOT NULL`);
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(syncFunction(false));
    await q.query(`ALTER TABLE candidate_search DROP COLUMN max_travel_km`);
  }
}
