import { taalniveauRankSql } from '../reference-data/taalniveau';

/**
 * The candidates module's read model for the search index: one document per candidate, non-identifying columns
 * only (no name, address or contact), with talent and category labels folded in. search/search-documents.ts
 * defines the document's shape; the search module's loader runs this for the outbox worker and for a rebuild.
 */
export const CANDIDATE_DOCUMENT_SQL = `
  SELECT c.id, c.status, c.talents,
         ARRAY(SELECT t.label FROM talent t WHERE t.code = ANY(c.talents)) ||
           ARRAY(SELECT s FROM talent t, unnest(t.synonyms) s WHERE t.code = ANY(c.talents)) AS "talentText",
         c.category_wishes AS "categoryWishes",
         ARRAY(SELECT k.label FROM category k WHERE k.code = ANY(c.category_wishes)) AS "categoryText",
         ARRAY(SELECT e->>'title' FROM jsonb_array_elements(c.work_experience) e) AS "workExperienceTitles",
         c.profile_text AS "profileText", c.taalniveau,
         ${taalniveauRankSql('c.taalniveau')} AS "taalniveauRank",
         c.startkwalificatie, c.opleidingsniveau, c.rijbewijs, c.hours_min AS "hoursMin", c.hours_max AS "hoursMax",
         c.available_from AS "availableFrom", c.lat, c.lon, c.max_travel_km AS "maxTravelKm", c.banenafspraak,
         c.loonkostensubsidie, c.jobcoach_needed AS "jobcoachNeeded", c.klantcategorie_code AS klantcategorie,
         c.target_groups AS "targetGroups",
         (c.visible_to_employers AND c.consulent_approves_visibility) AS "visibleToEmployers",
         c.matchmaker_id AS "matchmakerId", c.unemployed_since AS "unemployedSince",
         to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", c.version
    FROM candidate c`;
