import { distanceKm, isUsableGeoPoint } from './geo-distance';
import { KM_PER_DEGREE_LAT, kmNorthOf, ZOETERMEER } from './testing/match-fixtures';

describe('distanceKm', () => {
  it('is 0 for the same point', () => {
    expect(distanceKm(ZOETERMEER, ZOETERMEER)).toBe(0);
  });

  it('measures along a meridian exactly', () => {
    expect(distanceKm(ZOETERMEER, kmNorthOf(ZOETERMEER, 23))).toBeCloseTo(23, 9);
    expect(KM_PER_DEGREE_LAT).toBeCloseTo(111.195, 3);
  });

  it('gives real distances between places in Zuid-Holland Centraal', () => {
    const delft = { lat: 52.0116, lon: 4.3571 };
    const wassenaar = { lat: 52.1429, lon: 4.4012 };
    expect(distanceKm(ZOETERMEER, delft)).toBeCloseTo(10.4, 0);
    expect(distanceKm(ZOETERMEER, wassenaar)).toBeCloseTo(11.7, 0);
  });

  it('is symmetric', () => {
    const a = { lat: 52.1, lon: 4.3 };
    const b = { lat: 51.9, lon: 4.6 };
    expect(distanceKm(a, b)).toBe(distanceKm(b, a));
  });
});

describe('isUsableGeoPoint', () => {
  it.each([
    [ZOETERMEER, true],
    [{ lat: 0, lon: 0 }, true],
    [null, false],
    [undefined, false],
    [{ lat: Number.NaN, lon: 4 }, false],
    [{ lat: 52, lon: Infinity }, false],
    [{ lat: 91, lon: 4 }, false],
    [{ lat: 52, lon: -181 }, false],
  ])('%j -> %s', (point, usable) => {
    expect(isUsableGeoPoint(point)).toBe(usable);
  });
});
