import { Queryable } from '../database/queryable';
import { CandidateDocument, VacancyDocument } from './search-documents';

/**
 * Reads index documents from PostgreSQL, the source of truth: for the outbox worker (the current state of the
 * rows it was told about) and for a full rebuild. Selects only non-identifying columns.
 */
const CANDIDATE_SQL = `
  SELECT c.id, c.status, c.talents,
         ARRAY(SELECT t.label FROM talent t WHERE t.code = ANY(c.talents)) ||
           ARRAY(SELECT s FROM talent t, unnest(t.synonyms) s WHERE t.code = ANY(c.talents)) AS "talentText",
         c.category_wishes AS "categoryWishes",
         ARRAY(SELECT k.label FROM category k WHERE k.code = ANY(c.category_wishes)) AS "categoryText",
         ARRAY(SELECT e->>'title' FROM jsonb_array_elements(c.work_experience) e) AS "workExperienceTitles",
         c.profile_text AS "profileText", c.taalniveau,
         coalesce(array_position(ARRAY['A1','A2','B1','B2','C1','C2'], c.taalniveau) - 1, -1) AS "taalniveauRank",
         c.startkwalificatie, c.opleidingsniveau, c.rijbewijs, c.hours_min AS "hoursMin", c.hours_max AS "hoursMax",
         c.available_from AS "availableFrom", c.lat, c.lon, c.max_travel_km AS "maxTravelKm", c.banenafspraak,
         c.loonkostensubsidie, c.jobcoach_needed AS "jobcoachNeeded", c.klantcategorie_code AS klantcategorie,
         c.target_groups AS "targetGroups",
         (c.visible_to_employers AND c.consulent_approves_visibility) AS "visibleToEmployers",
         c.matchmaker_id AS "matchmakerId", c.unemployed_since AS "unemployedSince",
         to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", c.version
    FROM candidate c`;

const VACANCY_SQL = `
  SELECT v.id, v.employer_id AS "employerId", e.name AS "employerName", v.title, v.description,
         v.category_code AS "categoryCode",
         ARRAY(SELECT k.label FROM category k WHERE k.code = v.category_code) AS "categoryText",
         v.required_talents AS "requiredTalents", v.nice_to_have_talents AS "niceToHaveTalents",
         ARRAY(SELECT t.label FROM talent t WHERE t.code = ANY(v.required_talents || v.nice_to_have_talents)) ||
           ARRAY(SELECT s FROM talent t, unnest(t.synonyms) s WHERE t.code = ANY(v.required_talents || v.nice_to_have_talents)) AS "talentText",
         v.min_taalniveau AS "minTaalniveau",
         coalesce(array_position(ARRAY['A1','A2','B1','B2','C1','C2'], v.min_taalniveau) - 1, -1) AS "minTaalniveauRank",
         v.startkwalificatie_required AS "startkwalificatieRequired", v.hours_min AS "hoursMin", v.hours_max AS "hoursMax",
         v.place_name AS "placeName", v.lat, v.lon, v.contract_type AS "contractType", v.status,
         v.closing_date AS "closingDate", v.start_date AS "startDate", v.leerwerkplek, v.banenafspraak,
         v.loonkostensubsidie, v.proefplaatsing, v.jobcoach, v.beschut_werk AS "beschutWerk",
         to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", v.version
    FROM vacancy v JOIN employer e ON e.id = v.employer_id`;

export class SearchDocumentLoader {
  constructor(private readonly db: Queryable) {}

  candidates(ids: string[]): Promise<CandidateDocument[]> {
    return this.db.query(`${CANDIDATE_SQL} WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  vacancies(ids: string[]): Promise<VacancyDocument[]> {
    return this.db.query(`${VACANCY_SQL} WHERE v.id = ANY($1::uuid[])`, [ids]);
  }

  /** Every candidate, in batches by id (keyset), for a rebuild. */
  async *allCandidates(batchSize = 2000): AsyncIterable<CandidateDocument[]> {
    yield* this.batches<CandidateDocument>(CANDIDATE_SQL, 'c', batchSize);
  }

  async *allVacancies(batchSize = 2000): AsyncIterable<VacancyDocument[]> {
    yield* this.batches<VacancyDocument>(VACANCY_SQL, 'v', batchSize);
  }

  private async *batches<T extends { id: string }>(sql: string, alias: string, batchSize: number): AsyncIterable<T[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.query<T[]>(`${sql} WHERE ${alias}.id > $1::uuid ORDER BY ${alias}.id LIMIT ${Number(batchSize)}`, [after]);
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1].id;
    }
  }
}
