import { Queryable } from '../database/queryable';
import { kmFromOrigin, nearestSlice, overlapExpression, selectAs, withinKm } from '../database/sql-fragments';

/** The retrieval limits the matching module sets (matching/match-retrieval.ts says why they are what they are). */
export interface PoolLimits {
  maxKm: number;
  talentSlice: number;
  otherSlice: number;
}

/** What a candidate pool is drawn for: a vacancy's place, talents and field, as the matching module reads them. */
export interface CandidatePoolQuery {
  lat: number;
  lon: number;
  /** The required talents first in weight, then the others (nice to have, related). */
  requiredTalents: string[];
  otherTalents: string[];
  /** Whether the job itself asks any talent (if not, the "no talents yet" slice takes anyone). */
  jobAsksTalents: boolean;
  categoryCode: string | null;
  leerwerkplek?: boolean;
  /**
   * to_tsquery texts over the search text (work experience titles), one per required talent: people whose
   * experience names the most of them come first.
   */
  experienceQueries: string[];
  employerView: boolean;
  banenafspraak?: boolean;
}

/**
 * The candidates module's read model for matching: candidate ids for a vacancy (active, within reach or place
 * unknown) in index-backed slices of candidate_search (the narrow search copy of candidate), returned with the
 * requested columns in the same statement. The slices: people with one of the job's talents (on the profile or shown
 * by a job they did: candidate_search.shown_talents, kept from experience-talents.ts), people who wish
 * for the job's category, the nearest people whose profile has no talents yet (or anyone, for a job asking
 * none), people whose work experience names the job's work, and for a leerwerkplek the nearest young people
 * without startkwalificatie whatever their talents. Filters apply inside each slice.
 */
export async function candidateMatchPool<T>(db: Queryable, q: CandidatePoolQuery, columns: readonly string[], limits: PoolLimits): Promise<T[]> {
  const required = q.requiredTalents;
  const nice = q.otherTalents;
  const findable = [...required, ...nice];
  const near = (alias: string) => withinKm(alias, limits.maxKm);
  // Wishing for the job's field weighs as much in the score as living close (match-weights.ts): it orders before km.
  const wishes = (alias: string) => `coalesce(${alias}.category_wishes @> ARRAY[$4::text], false)`;
  const params: unknown[] = [q.lat, q.lon, findable, q.categoryCode];
  let filters = `c.status = 'ACTIVE'${q.employerView ? ' AND c.visible' : ''}`;
  if (q.banenafspraak !== undefined) {
    params.push(q.banenafspraak);
    filters += ` AND c.banenafspraak = $${params.length}::boolean`;
  }
  // A talent shown by a job the person did counts as one on the profile (the scorer's rule): shown_talents holds both.
  const pre = `${overlapExpression('c.shown_talents', params.length + 1, required, 2)} + ${overlapExpression('c.shown_talents', params.length + 1 + required.length, nice, 1)}`;
  params.push(...required, ...nice);
  const experienceParams = q.experienceQueries.map((text) => params.push(text));
  const experienceHits = experienceParams.map((n) => `(x.search_vector @@ to_tsquery('dutch', $${n}::text))::int`).join(' + ');
  const experienceAny = experienceParams.map((n) => `to_tsquery('dutch', $${n}::text)`).join(' || ');
  const slices = [
    // People with one of the job's talents (or a related one) on their profile or shown by a job they did, the most
    // overlap first, then those wishing for the job's field, then the nearest.
    findable.length
      ? `(SELECT c.id FROM candidate_search c WHERE ${filters} AND c.shown_talents && $3::text[] AND (c.geo IS NULL OR ${near('c')})
          ORDER BY ${pre} DESC, ${wishes('c')} DESC, ${kmFromOrigin('c')} NULLS LAST, c.id LIMIT ${limits.talentSlice})`
      : null,
    // People who want to work in the job's field.
    nearestSlice('c', 'candidate_search c', `${filters} AND $4::text IS NOT NULL AND c.category_wishes @> ARRAY[$4::text] AND ${near('c')}`, limits.otherSlice),
    // Profiles without talents yet (or anyone, when the job asks none): the nearest.
    nearestSlice('c', 'candidate_search c', `${filters} ${q.jobAsksTalents ? "AND c.talents = '{}'" : ''} AND ${near('c')}`, limits.otherSlice),
    // People whose work experience (or category wish: the same weight in the search text) names the job's work,
    // those naming the most required talents first, then those wishing for the job's field, then the nearest; an
    // unknown place does not shut anyone out (as in the talent slice). As many as the talent slice keeps: a job done
    // for years counts as fully as a talent on the profile, and with 60 the benchmark's recall check found people
    // with years of the same work missing from dense cities' pools. Read from candidate alone (it holds every column the filters
    // need) through its full-text index: joined with candidate_search, PostgreSQL walked every candidate
    // nearest-first testing each one's text, or hashed the whole search table (measured 105,000-185,000 rows read
    // at 100,000 candidates); now the slice reads only the people whose text matches.
    experienceParams.length
      ? `(SELECT x.id FROM candidate x WHERE ${filters.replace(/\bc\./g, 'x.')} AND x.search_vector @@ (${experienceAny}) AND (x.lat IS NULL OR ${near('x')})
          ORDER BY ${experienceHits} DESC, ${wishes('x')} DESC, ${kmFromOrigin('x')} NULLS LAST, x.id LIMIT ${limits.talentSlice})`
      : null,
    // A leerwerkplek is for young people without startkwalificatie: the nearest, whatever their talents.
    q.leerwerkplek
      ? nearestSlice('c', 'candidate_search c', `${filters} AND c.target_groups @> ARRAY['JONGERE_ZONDER_STARTKWALIFICATIE'] AND ${near('c')}`, limits.otherSlice)
      : null,
  ].filter(Boolean);
  return db.query<T[]>(`SELECT ${selectAs('c', columns)} FROM candidate c WHERE c.id IN (${slices.join(' UNION ')})`, params);
}
