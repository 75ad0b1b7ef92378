import { snake } from '../database/snake-naming.strategy';
import { Queryable } from '../database/queryable';
import { experienceTsQuery } from './experience-query';
import { SCORED_CANDIDATE_COLUMNS, SCORED_VACANCY_COLUMNS, ScoredCandidateColumns, ScoredVacancyColumns } from './scorer-input.mapper';

/**
 * Which rows the scorer gets to rank. Retrieval runs on PostgreSQL whichever search engine is configured: the
 * hard filters compare each candidate's own limits (their travel distance) with the vacancy, which a search
 * index filter cannot express. It is generous on purpose: requirements are left to the scorer, so that a
 * candidate who fails one shows up as a near miss with that requirement named, and incomplete profiles are never
 * dropped for what they lack. The pool is the union of small, index-backed slices: people with one of the
 * job's talents (most overlap first), people who wish for the job's category, and the nearest people whose
 * profile has no talents yet (or, for a job asking no talents, simply the nearest).
 */
export const TALENT_SLICE = 250;
export const OTHER_SLICE = 60;
/** Nobody is matched to work further away than this, whatever their stated travel distance. */
export const MAX_MATCH_KM = 60;

const km = (alias: string) =>
  `(111.195 * sqrt(power(${alias}.lat - $1::float8, 2) + power((${alias}.lon - $2::float8) * cos(radians($1::float8)), 2)))`;
/**
 * Within reach, tested per row by distance. Not by the indexed earth box: PostgreSQL estimates any box to hold
 * a constant 0.1 % of rows, while a 60 km box holds most of a region, so it built an 80,000-entry bitmap for every
 * slice and sorted all of it (measured 30 ms a slice at 100,000 candidates). With the distance as a filter, each
 * slice starts from the index that fits it (talents, or the geo index walked nearest-first) and stops at its limit.
 */
const near = (alias: string) => `${km(alias)} <= ${MAX_MATCH_KM}`;
/** Nearest first through the GiST index (k-nearest-neighbour on the stored earth point), no full scan. */
const nearestFirst = (alias: string) => `${alias}.geo <-> ll_to_earth($1::float8, $2::float8)`;

/**
 * `alias.snake_case AS "camelCase"` for each property: the pool comes back in the same statement that picks it,
 * as plain rows shaped like the entity's properties, with no second round trip and no ORM hydration of
 * hundreds of rows (only the few shown are loaded in full).
 */
function selectAs(alias: string, properties: readonly string[]): string {
  return properties.map((p) => `${alias}.${snake(p)} AS "${p}"`).join(', ');
}

/** Sum over the given codes of "the array holds it", weighted: plain expressions, no subquery per row. */
function overlapExpression(column: string, firstParam: number, codes: string[], weight: number): string {
  if (!codes.length) return '0';
  return codes.map((_, i) => `${weight} * (($${firstParam + i})::text = ANY(${column}))::int`).join(' + ');
}

/** The match filters a caller may set; applied inside every slice, so the pool is drawn from those who pass. */
export interface CandidatePoolFilter {
  banenafspraak?: boolean;
}

/**
 * Candidate ids for a vacancy: active, within reach (or place unknown), in index-backed slices of
 * candidate_search (the narrow search copy of candidate): people with one of the job's talents or a talent
 * related to a required one, people who wish for the job's category, the nearest people whose profile has no
 * talents yet (or anyone, for a job asking none), and for a leerwerkplek the nearest young people without
 * startkwalificatie whatever their talents (learning is the point). Filters apply inside each slice.
 */
export async function candidatePool(
  db: Queryable,
  vacancy: {
    lat: number;
    lon: number;
    talents: string[];
    requiredTalents: string[];
    /** Talents related to the required ones (reference data), found with the job's own talents. */
    relatedTalents?: string[];
    categoryCode: string | null;
    leerwerkplek?: boolean;
    /**
     * Words of the required talents (labels and synonyms: "magazijnmedewerker", "orderpicker"), to find people
     * whose work experience names them even when their talent list does not.
     */
    experienceWords?: string[];
  },
  options: { employerView: boolean; filter?: CandidatePoolFilter },
): Promise<ScoredCandidateColumns[]> {
  const required = vacancy.requiredTalents;
  const nice = [...new Set([...vacancy.talents, ...(vacancy.relatedTalents ?? [])])].filter((t) => !required.includes(t));
  const findable = [...required, ...nice];
  const params: unknown[] = [vacancy.lat, vacancy.lon, findable, vacancy.categoryCode];
  let filters = `c.status = 'ACTIVE'${options.employerView ? ' AND c.visible' : ''}`;
  if (options.filter?.banenafspraak !== undefined) {
    params.push(options.filter.banenafspraak);
    filters += ` AND c.banenafspraak = $${params.length}::boolean`;
  }
  const pre = `${overlapExpression('c.talents', params.length + 1, required, 2)} + ${overlapExpression('c.talents', params.length + 1 + required.length, nice, 1)}`;
  params.push(...required, ...nice);
  const experienceQuery = experienceTsQuery(vacancy.experienceWords ?? []);
  if (experienceQuery) params.push(experienceQuery);
  const experienceParam = params.length;
  const slices = [
    // People with one of the job's talents (or a related one), the most overlap first, then the nearest.
    findable.length
      ? `(SELECT c.id FROM candidate_search c WHERE ${filters} AND c.talents && $3::text[] AND (c.geo IS NULL OR ${near('c')})
          ORDER BY ${pre} DESC, ${km('c')} NULLS LAST, c.id LIMIT ${TALENT_SLICE})`
      : null,
    // People who want to work in the job's field.
    `(SELECT c.id FROM candidate_search c WHERE ${filters} AND $4::text IS NOT NULL AND c.category_wishes @> ARRAY[$4::text] AND ${near('c')}
       ORDER BY ${nearestFirst('c')}, c.id LIMIT ${OTHER_SLICE})`,
    // Profiles without talents yet (or anyone, when the job asks none): the nearest.
    `(SELECT c.id FROM candidate_search c WHERE ${filters} ${vacancy.talents.length ? "AND c.talents = '{}'" : ''} AND ${near('c')}
       ORDER BY ${nearestFirst('c')}, c.id LIMIT ${OTHER_SLICE})`,
    // People whose work experience (or category wish: the same weight in the search text) names the job's work.
    experienceQuery
      ? `(SELECT c.id FROM candidate_search c JOIN candidate x ON x.id = c.id WHERE ${filters}
          AND x.search_vector @@ to_tsquery('dutch', $${experienceParam}::text) AND ${near('c')}
          ORDER BY ${nearestFirst('c')}, c.id LIMIT ${OTHER_SLICE})`
      : null,
    // A leerwerkplek is for young people without startkwalificatie: the nearest, whatever their talents.
    vacancy.leerwerkplek
      ? `(SELECT c.id FROM candidate_search c WHERE ${filters} AND c.target_groups @> ARRAY['JONGERE_ZONDER_STARTKWALIFICATIE'] AND ${near('c')}
          ORDER BY ${nearestFirst('c')}, c.id LIMIT ${OTHER_SLICE})`
      : null,
  ].filter(Boolean);
  return db.query<ScoredCandidateColumns[]>(
    `SELECT ${selectAs('c', SCORED_CANDIDATE_COLUMNS)} FROM candidate c WHERE c.id IN (${slices.join(' UNION ')})`,
    params,
  );
}

/** Vacancies for a candidate: with the given statuses, within reach, in index-backed slices. */
export async function vacancyPool(
  db: Queryable,
  candidate: { lat: number | null; lon: number | null; talents: string[]; categoryWishes: string[] },
  options: { statuses: string[]; leerwerkplek?: boolean; categories?: string[] },
): Promise<ScoredVacancyColumns[]> {
  const params: unknown[] = [candidate.lat, candidate.lon, options.statuses, options.leerwerkplek ?? null, options.categories ?? null, candidate.talents, candidate.categoryWishes];
  const where = `v.status = ANY($3::text[]) AND ($4::boolean IS NULL OR v.leerwerkplek = $4::boolean)
    AND ($5::text[] IS NULL OR v.category_code = ANY($5::text[])) AND ($1::float8 IS NULL OR ${near('v')})`;
  const distance = `CASE WHEN $1::float8 IS NULL THEN 0 ELSE ${km('v')} END`;
  // A candidate without a place: the newest vacancies instead of the nearest.
  const nearestOrNewest = candidate.lat === null ? 'v.created_at DESC' : nearestFirst('v');
  const pre = `${overlapExpression('v.required_talents', params.length + 1, candidate.talents, 2)} + ${overlapExpression('v.nice_to_have_talents', params.length + 1, candidate.talents, 1)}`;
  params.push(...candidate.talents);
  const slices = [
    candidate.talents.length
      ? `(SELECT v.id FROM vacancy v WHERE ${where} AND (v.required_talents || v.nice_to_have_talents) && $6::text[]
          ORDER BY ${pre} DESC, ${distance}, v.id LIMIT ${TALENT_SLICE})`
      : null,
    `(SELECT v.id FROM vacancy v WHERE ${where} AND v.category_code = ANY($7::text[]) ORDER BY ${nearestOrNewest}, v.id LIMIT ${OTHER_SLICE})`,
    `(SELECT v.id FROM vacancy v WHERE ${where} ORDER BY ${nearestOrNewest}, v.id LIMIT ${OTHER_SLICE})`,
  ].filter(Boolean);
  return db.query<ScoredVacancyColumns[]>(
    `SELECT ${selectAs('v', SCORED_VACANCY_COLUMNS)} FROM vacancy v WHERE v.id IN (${slices.join(' UNION ')})`,
    params,
  );
}
