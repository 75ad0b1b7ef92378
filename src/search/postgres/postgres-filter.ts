import { CandidateFilter, CandidateSort, GeoFilter, VacancyFilter, VacancySort } from '../search-query';
import { SqlParams } from './sql-params';

/**
 * Filter translation for the PostgreSQL engine: engine-neutral filters -> WHERE conditions on candidate_search (the
 * narrow search copy of candidate, alias c) and vacancy (alias v), every value a bind parameter. Pure, so it is unit-tested without a database.
 */

const KM_PER_DEGREE = 111.195;

/**
 * Distance in km by the equirectangular approximation: plain arithmetic on lat/lon, far cheaper per row than
 * earth_distance and within 0.5 % of it at the distances people travel to work.
 */
function kmExpression(alias: string, geo: GeoFilter, p: SqlParams): string {
  const lat = p.add(geo.lat);
  const lon = p.add(geo.lon);
  const cosLat = p.add(Math.cos((geo.lat * Math.PI) / 180));
  return `(${KM_PER_DEGREE} * sqrt(power(${alias}.lat - ${lat}::float8, 2) + power((${alias}.lon - ${lon}::float8) * ${cosLat}::float8, 2)))`;
}

function geoCondition(alias: string, geo: GeoFilter, p: SqlParams): string {
  const point = `ll_to_earth(${p.add(geo.lat)}::float8, ${p.add(geo.lon)}::float8)`;
  // The box uses the GiST index on the stored point; the distance then trims its corners.
  return `(earth_box(${point}, ${p.add(geo.km * 1000)}::float8) @> ${alias}.geo AND ${kmExpression(alias, geo, p)} <= ${p.add(geo.km)}::float8)`;
}

export function distanceExpression(alias: string, geo: GeoFilter | undefined, p: SqlParams): string | null {
  return geo ? kmExpression(alias, geo, p) : null;
}

export function candidateConditions(f: CandidateFilter, p: SqlParams): string[] {
  const w: string[] = [];
  if (f.statuses?.length) w.push(`c.status = ANY(${p.add(f.statuses)}::text[])`);
  if (f.categories?.length) w.push(`c.category_wishes && ${p.add(f.categories)}::text[]`);
  if (f.talents?.length) w.push(`c.talents @> ${p.add(f.talents)}::text[]`);
  if (f.minTaalniveauRank !== undefined) {
    const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].slice(f.minTaalniveauRank);
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
  if (f.within) w.push(geoCondition('c', f.within, p));
  if (f.visibleToEmployersOnly) w.push(`c.visible`);
  if (f.matchmakerId) w.push(`c.matchmaker_id = ${p.add(f.matchmakerId)}::uuid`);
  return w;
}

export function vacancyConditions(f: VacancyFilter, p: SqlParams): string[] {
  const w: string[] = [];
  if (f.statuses?.length) w.push(`v.status = ANY(${p.add(f.statuses)}::text[])`);
  if (f.categories?.length) w.push(`v.category_code = ANY(${p.add(f.categories)}::text[])`);
  if (f.talents?.length) w.push(`(v.required_talents || v.nice_to_have_talents) @> ${p.add(f.talents)}::text[]`);
  if (f.maxTaalniveauRank !== undefined) {
    const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].slice(0, f.maxTaalniveauRank + 1);
    w.push(`(v.min_taalniveau IS NULL OR v.min_taalniveau = ANY(${p.add(levels)}::text[]))`);
  }
  if (f.startkwalificatieRequired !== undefined) w.push(`v.startkwalificatie_required = ${p.add(f.startkwalificatieRequired)}`);
  if (f.banenafspraak !== undefined) w.push(`v.banenafspraak = ${p.add(f.banenafspraak)}`);
  if (f.loonkostensubsidie !== undefined) w.push(`v.loonkostensubsidie = ${p.add(f.loonkostensubsidie)}`);
  if (f.leerwerkplek !== undefined) w.push(`v.leerwerkplek = ${p.add(f.leerwerkplek)}`);
  if (f.hoursMin !== undefined) w.push(`v.hours_max >= ${p.add(f.hoursMin)}`);
  if (f.hoursMax !== undefined) w.push(`v.hours_min <= ${p.add(f.hoursMax)}`);
  if (f.employerId) w.push(`v.employer_id = ${p.add(f.employerId)}::uuid`);
  if (f.within) w.push(geoCondition('v', f.within, p));
  return w;
}

/**
 * ORDER BY for a page, over the matched rows `m` (columns id, created_at, rank, dist, available_from or
 * closing_date); every order ends on the id so pages never overlap.
 */
export function candidateOrder(sort: CandidateSort, hasText: boolean, hasDistance: boolean): string {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return 'rank DESC, id';
    case 'DISTANCE':
      return hasDistance ? 'dist ASC NULLS LAST, id' : 'created_at DESC, id';
    case 'AVAILABLE_FROM':
      return 'available_from ASC NULLS LAST, id';
    default:
      return 'created_at DESC, id';
  }
}

export function vacancyOrder(sort: VacancySort, hasText: boolean, hasDistance: boolean): string {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return 'rank DESC, id';
    case 'DISTANCE':
      return hasDistance ? 'dist ASC, id' : 'created_at DESC, id';
    case 'CLOSING_DATE':
      return 'closing_date ASC NULLS LAST, id';
    default:
      return 'created_at DESC, id';
  }
}
