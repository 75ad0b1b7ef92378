import { taalniveauRankSql } from '../reference-data/taalniveau';

/**
 * The vacancies module's read model for the search index: one document per vacancy, with the employer's name
 * and the talent and category labels folded in (a saved employer re-indexes its vacancies: see
 * VacanciesService). search/search-documents.ts defines the document's shape.
 */
export const VACANCY_DOCUMENT_SQL = `
  SELECT v.id, v.employer_id AS "employerId", e.name AS "employerName", v.title, v.description,
         v.category_code AS "categoryCode",
         ARRAY(SELECT k.label FROM category k WHERE k.code = v.category_code) AS "categoryText",
         v.required_talents AS "requiredTalents", v.nice_to_have_talents AS "niceToHaveTalents",
         ARRAY(SELECT t.label FROM talent t WHERE t.code = ANY(v.required_talents || v.nice_to_have_talents)) ||
           ARRAY(SELECT s FROM talent t, unnest(t.synonyms) s WHERE t.code = ANY(v.required_talents || v.nice_to_have_talents)) AS "talentText",
         v.min_taalniveau AS "minTaalniveau",
         ${taalniveauRankSql('v.min_taalniveau')} AS "minTaalniveauRank",
         v.startkwalificatie_required AS "startkwalificatieRequired", v.hours_min AS "hoursMin", v.hours_max AS "hoursMax",
         v.place_name AS "placeName", v.lat, v.lon, v.contract_type AS "contractType", v.status,
         v.closing_date AS "closingDate", v.start_date AS "startDate", v.leerwerkplek, v.banenafspraak,
         v.loonkostensubsidie, v.proefplaatsing, v.jobcoach, v.beschut_werk AS "beschutWerk",
         to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", v.version
    FROM vacancy v JOIN employer e ON e.id = v.employer_id`;
