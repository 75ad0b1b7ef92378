/**
 * The one definition of distance "as the crow flies": the earth's radius, the haversine the scorer and the search
 * results use, and the SQL the read models and the PostgreSQL engine filter with. test/integration/
 * sql-rules.integration-spec.ts proves the SQL agrees with `distanceKm` on a real database.
 */

/** Mean earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres per degree of latitude (and of longitude at the equator) on that sphere. */
export const KM_PER_DEGREE = (2 * Math.PI * EARTH_RADIUS_KM) / 360;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle (haversine) distance in km. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * SQL: km from the point (`lat`, `lon`, SQL expressions) to the row's lat/lon under `alias`, by the equirectangular
 * approximation: plain arithmetic, far cheaper per row than earth_distance and within 0.5 % of `distanceKm` at the
 * distances people travel to work. `cosLat` may be passed precomputed (a bind parameter).
 */
export function kmFromPointSql(alias: string, lat: string, lon: string, cosLat = `cos(radians(${lat}))`): string {
  return `(${KM_PER_DEGREE.toFixed(5)} * sqrt(power(${alias}.lat - ${lat}, 2) + power((${alias}.lon - ${lon}) * ${cosLat}, 2)))`;
}

/** The sphere of PostgreSQL's earthdistance extension (`earth()`, metres), which `ll_to_earth` points lie on. */
export const EARTHDISTANCE_RADIUS_M = 6378168;

/**
 * A radius in km as the metres of an earthdistance `earth_box`. Its sphere is larger than ours, so the same angle is
 * a longer arc there: a box of this size holds every point within `km` by `distanceKm`.
 */
export function earthBoxMetres(km: number): number {
  return (km * EARTHDISTANCE_RADIUS_M) / EARTH_RADIUS_KM;
}
