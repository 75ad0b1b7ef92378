import { kmFromPointSql } from '../reference-data/earth-distance';
import { snake } from './snake-naming.strategy';

/**
 * SQL pieces shared by the modules' own read models (candidates, vacancies). Each module writes the statements
 * on its own tables; these only spell out the expressions they have in common.
 */

/** Kilometres from the point in $1 (lat) and $2 (lon) to the row's lat/lon (equirectangular, fine within a region). */
export const kmFromOrigin = (alias: string) => kmFromPointSql(alias, '$1::float8', '$2::float8');

/**
 * Within reach of the point in $1/$2, tested per row by distance. Not by the indexed earth box: PostgreSQL
 * estimates any box to hold a constant 0.1 % of rows, while a 60 km box holds most of a region, so it built an
 * 80,000-entry bitmap for every slice and sorted all of it (measured 30 ms a slice at 100,000 candidates). With
 * the distance as a filter, each slice starts from the index that fits it (talents, or the geo index walked
 * nearest-first) and stops at its limit.
 */
export const withinKm = (alias: string, maxKm: number) => `${kmFromOrigin(alias)} <= ${Number(maxKm)}`;

/** Nearest to $1/$2 first through the GiST index (k-nearest-neighbour on the stored earth point), no full scan. */
export const nearestFirst = (alias: string) => `${alias}.geo <-> ll_to_earth($1::float8, $2::float8)`;

/**
 * The `limit` rows of `from` (aliased `alias`, with an id) nearest to $1/$2 that pass `where`, as a subquery of
 * ids. The inner ORDER BY is the distance alone, so PostgreSQL can walk the GiST index nearest-first and stop
 * (a second sort key, even the id, forces it to read and sort every row that passes: the whole vacancy table
 * for the nearest 60). Rows at the same distance (people and vacancies share a place's centroid) are ordered by
 * id among twice as many, so the slice is the same on every run unless more than `limit` rows tie at its edge.
 */
export function nearestSlice(alias: string, from: string, where: string, limit: number): string {
  const n = Number(limit);
  return `(SELECT k.id FROM (SELECT ${alias}.id, ${nearestFirst(alias)} AS d FROM ${from} WHERE ${where}
      ORDER BY ${nearestFirst(alias)} LIMIT ${2 * n}) k ORDER BY k.d, k.id LIMIT ${n})`;
}

/**
 * `alias.snake_case AS "camelCase"` for each property: rows come back shaped like the entity's properties, with
 * no ORM hydration of hundreds of rows.
 */
export function selectAs(alias: string, properties: readonly string[]): string {
  return properties.map((p) => `${alias}.${snake(p)} AS "${p}"`).join(', ');
}

/** Sum over the given codes of "the array holds it", weighted: plain expressions, no subquery per row. */
export function overlapExpression(column: string, firstParam: number, codes: string[], weight: number): string {
  if (!codes.length) return '0';
  return codes.map((_, i) => `${weight} * (($${firstParam + i})::text = ANY(${column}))::int`).join(' + ');
}
