import { Queryable } from '../database/queryable';
import { kmFromOrigin, nearestSlice, overlapExpression, selectAs, withinKm } from '../database/sql-fragments';

/** The retrieval limits the matching module sets (matching/match-retrieval.ts says why they are what they are). */
export interface PoolLimits {
  maxKm: number;
  talentSlice: number;
  otherSlice: number;
}

export interface VacancyPoolQuery {
  lat: number | null;
  lon: number | null;
  talents: string[];
  categoryWishes: string[];
  statuses: string[];
  leerwerkplek?: boolean;
  categories?: string[];
}

/**
 * The vacancies module's read model for matching: vacancies for a candidate, with the given statuses, within
 * reach, in index-backed slices (the candidate's talents, their category wishes, the nearest or, without a
 * place, the newest), returned with the requested columns in the same statement.
 */
export async function vacancyMatchPool<T>(db: Queryable, q: VacancyPoolQuery, columns: readonly string[], limits: PoolLimits): Promise<T[]> {
  const params: unknown[] = [q.lat, q.lon, q.statuses, q.leerwerkplek ?? null, q.categories ?? null, q.talents, q.categoryWishes];
  const where = `v.status = ANY($3::text[]) AND ($4::boolean IS NULL OR v.leerwerkplek = $4::boolean)
    AND ($5::text[] IS NULL OR v.category_code = ANY($5::text[])) AND ($1::float8 IS NULL OR ${withinKm('v', limits.maxKm)})`;
  const distance = `CASE WHEN $1::float8 IS NULL THEN 0 ELSE ${kmFromOrigin('v')} END`;
  // A candidate without a place: the newest vacancies instead of the nearest.
  const nearestOrNewest = (extra: string) =>
    q.lat === null
      ? `(SELECT v.id FROM vacancy v WHERE ${where}${extra} ORDER BY v.created_at DESC, v.id LIMIT ${limits.otherSlice})`
      : nearestSlice('v', 'vacancy v', `${where}${extra}`, limits.otherSlice);
  const pre = `${overlapExpression('v.required_talents', params.length + 1, q.talents, 2)} + ${overlapExpression('v.nice_to_have_talents', params.length + 1, q.talents, 1)}`;
  params.push(...q.talents);
  const slices = [
    q.talents.length
      ? `(SELECT v.id FROM vacancy v WHERE ${where} AND (v.required_talents || v.nice_to_have_talents) && $6::text[]
          ORDER BY ${pre} DESC, ${distance}, v.id LIMIT ${limits.talentSlice})`
      : null,
    nearestOrNewest(' AND v.category_code = ANY($7::text[])'),
    nearestOrNewest(''),
  ].filter(Boolean);
  return db.query<T[]>(`SELECT ${selectAs('v', columns)} FROM vacancy v WHERE v.id IN (${slices.join(' UNION ')})`, params);
}
