import { Queryable } from '../search/postgres/postgres-search.engine';

/**
 * Which rows the scorer gets to rank. Retrieval runs on PostgreSQL whichever search engine is configured: the
 * hard filters compare each candidate's own limits (their travel distance) with the vacancy, which a search
 * index filter cannot express. It is generous on purpose: requirements are left to the scorer, so that a
 * candidate who fails one shows up as a near miss with that requirement named, and incomplete profiles are
 * never filtered out for what they lack. A cheap SQL pre-rank (talent overlap, category, distance) picks the
 * pool; the scorer ranks and explains it.
 */
export const POOL_SIZE = 400;
/** Nobody is matched to work further away than this, whatever their stated travel distance. */
export const MAX_MATCH_KM = 60;

export interface VacancyPoint {
  lat: number;
  lon: number;
}

const KM = (alias: string) =>
  `(111.195 * sqrt(power(${alias}.lat - $1::float8, 2) + power((${alias}.lon - $2::float8) * cos(radians($1::float8)), 2)))`;

/** Candidate ids for a vacancy: active, near enough (or place unknown), best pre-rank first. */
export async function candidatePool(
  db: Queryable,
  vacancy: VacancyPoint & { talents: string[]; requiredTalents: string[]; categoryCode: string | null },
  options: { employerView: boolean; limit?: number },
): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    `SELECT c.id FROM candidate c
      WHERE c.status = 'ACTIVE'
        ${options.employerView ? 'AND c.visible_to_employers AND c.consulent_approves_visibility' : ''}
        AND (c.geo IS NULL OR (earth_box(ll_to_earth($1, $2), $3::float8 * 1000) @> c.geo AND ${KM('c')} <= $3::float8))
      ORDER BY
        2 * cardinality(ARRAY(SELECT unnest(c.talents) INTERSECT SELECT unnest($4::text[])))
          + cardinality(ARRAY(SELECT unnest(c.talents) INTERSECT SELECT unnest($5::text[])))
          + CASE WHEN $6::text IS NOT NULL AND $6::text = ANY(c.category_wishes) THEN 2 ELSE 0 END
          - coalesce(${KM('c')}, 20) / 15 DESC,
        c.id
      LIMIT $7`,
    [vacancy.lat, vacancy.lon, MAX_MATCH_KM, vacancy.requiredTalents, vacancy.talents, vacancy.categoryCode, options.limit ?? POOL_SIZE],
  );
  return rows.map((r) => r.id);
}

/** Vacancy ids for a candidate: with the given statuses, near enough (or the candidate's place unknown). */
export async function vacancyPool(
  db: Queryable,
  candidate: { lat: number | null; lon: number | null; talents: string[]; categoryWishes: string[] },
  options: { statuses: string[]; leerwerkplek?: boolean; categories?: string[]; limit?: number },
): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    `SELECT v.id FROM vacancy v
      WHERE v.status = ANY($4::text[])
        AND ($5::boolean IS NULL OR v.leerwerkplek = $5::boolean)
        AND ($6::text[] IS NULL OR v.category_code = ANY($6::text[]))
        AND ($1::float8 IS NULL OR (earth_box(ll_to_earth($1, $2), $3::float8 * 1000) @> v.geo AND ${KM('v')} <= $3::float8))
      ORDER BY
        2 * cardinality(ARRAY(SELECT unnest(v.required_talents) INTERSECT SELECT unnest($7::text[])))
          + cardinality(ARRAY(SELECT unnest(v.nice_to_have_talents) INTERSECT SELECT unnest($7::text[])))
          + CASE WHEN v.category_code = ANY($8::text[]) THEN 2 ELSE 0 END
          - CASE WHEN $1::float8 IS NULL THEN 0 ELSE ${KM('v')} / 15 END DESC,
        v.id
      LIMIT $9`,
    [
      candidate.lat,
      candidate.lon,
      MAX_MATCH_KM,
      options.statuses,
      options.leerwerkplek ?? null,
      options.categories ?? null,
      candidate.talents,
      candidate.categoryWishes,
      options.limit ?? POOL_SIZE,
    ],
  );
  return rows.map((r) => r.id);
}
