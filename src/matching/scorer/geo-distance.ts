import type { GeoPoint } from './match-input';

export function isUsableGeoPoint(point: GeoPoint | null | undefined): point is GeoPoint {
  return (
    point != null &&
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lon) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lon) <= 180
  );
}

/** Great-circle (haversine) distance in km: "as the crow flies", the same for every candidate. */
export { distanceKm } from '../../reference-data/earth-distance';
