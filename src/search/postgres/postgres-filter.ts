import { CandidateFilter, CandidateSort, GeoFilter, VacancyFilter, VacancySort } from '../search-query';
import { SqlParams } from '../../database/sql-params';
import { earthBoxMetres, kmFromPointSql } from '../../reference-data/earth-distance';
import { taalniveausFrom, taalniveausUpTo } from '../../reference-data/taalniveau';

/**
 * Filter translation for the PostgreSQL engine: engine-neutral filters -> WHERE conditions on candidate_search (the
 * narrow search copy of candidate, alias c) and vacancy (alias v), every value a bind parameter. Pure, so it is unit-tested without a database.
 */

/** Distance in km from the filter's centre (the equirectangular SQL of reference-data/earth-distance.ts). */
function kmExpression(alias: string, geo: GeoFilter, p: SqlParams): string {
  const lat = p.add(geo.lat);
  const lon = p.add(geo.lon);
  const cosLat = p.add(Math.cos((geo.lat * Math.PI) / 180));
  return kmFromPointSql(alias, `${lat}::float8`, `${lon}::float8`, `${cosLat}::float8`);
}

function geoCondition(alias: string, geo: GeoFilter, p: SqlParams, broad: boolean): string {
  // Known to be broad (many matches): the distance alone, so that the planner walks the order's index (newest,
  // nearest) and stops at the page; the box's selectivity is estimated as a constant, far too low, and would
  // otherwise make it collect and sort every match.
  if (broad) return `${kmExpression(alias, geo, p)} <= ${p.add(geo.km)}::float8`;
  const point = `ll_to_earth(${p.add(geo.lat)}::float8, ${p.add(geo.lon)}::float8)`;
  // The box uses the GiST index on the stored point; the distance then trims its corners.
  return `(earth_box(${point}, ${p.add(earthBoxMetres(geo.km))}::float8) @> ${alias}.geo AND ${kmExpression(alias, geo, p)} <= ${p.add(geo.km)}::float8)`;
}

/**
 * The order "nearest first": the chord distance between stored earth points, which the GiST index on `geo`
 * serves nearest-first (k-nearest-neighbour) without sorting every match. Same order as the distance in km.
 */
export function distanceExpression(alias: string, geo: GeoFilter | undefined, p: SqlParams): string | null {
  return geo ? `(${alias}.geo <-> ll_to_earth(${p.add(geo.lat)}::float8, ${p.add(geo.lon)}::float8))` : null;
}

export function candidateConditions(f: CandidateFilter, p: SqlParams, broad = false): string[] {
  const w: string[] = [];
  if (f.statuses?.length) w.push(`c.status = ANY(${p.add(f.statuses)}::text[])`);
  if (f.categories?.length) w.push(`c.category_wishes && ${p.add(f.categories)}::text[]`);
  if (f.talents?.length) w.push(`c.talents @> ${p.add(f.talents)}::text[]`);
  if (f.minTaalniveauRank !== undefined) {
    const levels = taalniveausFrom(f.minTaalniveauRank);
    w.push(`c.taalniveau = ANY(${p.add(levels)}::text[])`);
  }
  if (f.startkwalificatie !== undefined) w.push(`c.startkwalificatie = ${p.add(f.startkwalificatie)}`);
  if (f.banenafspraak !== undefined) w.push(`c.banenafspraak = ${p.add(f.banenafspraak)}`);
  if (f.loonkostensubsidie !== undefined) w.push(`c.loonkostensubsidie = ${p.add(f.loonkostensubsidie)}`);
  if (f.klantcategorieen?.length) w.push(`c.klantcategorie_code = ANY(${p.add(f.klantcategorieen)}::text[])`);
  if (f.targetGroups?.length) w.push(`c.target_groups && ${p.add(f.targetGroups)}::text[]`);
  // Hours overlap; a profile without hours is not excluded (missing data never hides a person).
  if (f.hoursMin !== undefined) w.push(`(c.hours_max IS NULL OR c.hours_max >= ${p.add(f.hoursMin)})`);
  if (f.hoursMax !== undefined) w.push(`(c.hours_min IS NULL OR c.hours_min <= ${p.add(f.hoursMax)})`);
  if (f.availableBy) w.push(`(c.available_from IS NULL OR c.available_from <= ${p.add(f.availableBy)}::date)`);
  if (f.within) w.push(geoCondition('c', f.within, p, broad));
  // The travel limit is on candidate and on its narrow search copy (migration 1763911000000-candidate-search-travel,
  // trigger candidate_search_sync), so it is read from the row itself. An unknown limit compares as NULL and passes.
  if (f.within && f.withinOwnTravelDistance) {
    w.push(`COALESCE(c.max_travel_km::float8 >= ${kmExpression('c', f.within, p)}, true)`);
  }
  if (f.visibleToEmployersOnly) w.push(`c.visible`);
  if (f.matchmakerId) w.push(`c.matchmaker_id = ${p.add(f.matchmakerId)}::uuid`);
  return w;
}

export function vacancyConditions(f: VacancyFilter, p: SqlParams, broad = false): string[] {
  const w: string[] = [];
  if (f.statuses?.length) w.push(`v.status = ANY(${p.add(f.statuses)}::text[])`);
  if (f.categories?.length) w.push(`v.category_code = ANY(${p.add(f.categories)}::text[])`);
  if (f.talents?.length) w.push(`(v.required_talents || v.nice_to_have_talents) @> ${p.add(f.talents)}::text[]`);
  if (f.maxTaalniveauRank !== undefined) {
    const levels = taalniveausUpTo(f.maxTaalniveauRank);
    w.push(`(v.min_taalniveau IS NULL OR v.min_taalniveau = ANY(${p.add(levels)}::text[]))`);
  }
  if (f.startkwalificatieRequired !== undefined) w.push(`v.startkwalificatie_required = ${p.add(f.startkwalificatieRequired)}`);
  if (f.banenafspraak !== undefined) w.push(`v.banenafspraak = ${p.add(f.banenafspraak)}`);
  if (f.loonkostensubsidie !== undefined) w.push(`v.loonkostensubsidie = ${p.add(f.loonkostensubsidie)}`);
  if (f.leerwerkplek !== undefined) w.push(`v.leerwerkplek = ${p.add(f.leerwerkplek)}`);
  if (f.hoursMin !== undefined) w.push(`v.hours_max >= ${p.add(f.hoursMin)}`);
  if (f.hoursMax !== undefined) w.push(`v.hours_min <= ${p.add(f.hoursMax)}`);
  if (f.employerId) w.push(`v.employer_id = ${p.add(f.employerId)}::uuid`);
  if (f.within) w.push(geoCondition('v', f.within, p, broad));
  return w;
}

/**
 * ORDER BY for a page, over columns id, created_at, rank, dist, available_from or closing_date; every order
 * ends on the id so pages never overlap. NEWEST is `created_at DESC, id DESC` so that the (created_at, id)
 * indexes serve it backwards and a broad search reads only the first page's rows.
 */
const NEWEST = 'created_at DESC, id DESC';

export function candidateOrder(sort: CandidateSort, hasText: boolean, hasDistance: boolean): string {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return 'rank DESC, id';
    case 'DISTANCE':
      return hasDistance ? 'dist ASC NULLS LAST, id' : NEWEST;
    case 'AVAILABLE_FROM':
      return 'available_from ASC NULLS LAST, id';
    default:
      return NEWEST;
  }
}

export function vacancyOrder(sort: VacancySort, hasText: boolean, hasDistance: boolean): string {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return 'rank DESC, id';
    case 'DISTANCE':
      return hasDistance ? 'dist ASC, id' : NEWEST;
    case 'CLOSING_DATE':
      return 'closing_date ASC NULLS LAST, id';
    default:
      return NEWEST;
  }
}
