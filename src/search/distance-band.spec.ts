import { DistanceBand, distanceBandLabel, distanceBandOf, representativeKm } from './distance-band';

describe('distance bands', () => {
  it.each([
    [0, DistanceBand.BINNEN_5_KM],
    [5, DistanceBand.BINNEN_5_KM],
    [5.01, DistanceBand.VAN_5_TOT_15_KM],
    [15, DistanceBand.VAN_5_TOT_15_KM],
    [22, DistanceBand.VAN_15_TOT_30_KM],
    [30.5, DistanceBand.MEER_DAN_30_KM],
    [250, DistanceBand.MEER_DAN_30_KM],
  ])('puts %p km in %s', (km, band) => {
    expect(distanceBandOf(km)).toBe(band);
  });

  it('has no band for an unknown distance', () => {
    expect(distanceBandOf(null)).toBeNull();
    expect(distanceBandOf(NaN)).toBeNull();
  });

  it('labels each band in Dutch and stands for it with a distance inside it', () => {
    for (const band of Object.values(DistanceBand)) {
      expect(distanceBandLabel(band)).toMatch(/km$/);
      expect(distanceBandOf(representativeKm(band))).toBe(band);
    }
  });
});
