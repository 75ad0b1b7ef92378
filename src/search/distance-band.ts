/**
 * How far a candidate lives from a place, as an employer may learn it (DOMAIN.md, "Visibility"): a coarse band,
 * never the km. Bands this wide keep a handful of radius searches or vacancies in different places from
 * narrowing a person down to their woonplaats. One definition for search hits and match reasons. Registered as a
 * GraphQL enum in search.types.ts, so this file stays free of NestJS (pure, unit-tested).
 */
export enum DistanceBand {
  BINNEN_5_KM = 'BINNEN_5_KM',
  VAN_5_TOT_15_KM = 'VAN_5_TOT_15_KM',
  VAN_15_TOT_30_KM = 'VAN_15_TOT_30_KM',
  MEER_DAN_30_KM = 'MEER_DAN_30_KM',
}

interface BandRule {
  band: DistanceBand;
  /** Upper bound in km (inclusive). */
  upToKm: number;
  /** Dutch, for the screen and the match reason. */
  label: string;
  /** One distance standing for the whole band, where a calculation needs a number (the employer's ranking). */
  representativeKm: number;
}

const BANDS: readonly BandRule[] = [
  { band: DistanceBand.BINNEN_5_KM, upToKm: 5, label: 'binnen 5 km', representativeKm: 2.5 },
  { band: DistanceBand.VAN_5_TOT_15_KM, upToKm: 15, label: '5-15 km', representativeKm: 10 },
  { band: DistanceBand.VAN_15_TOT_30_KM, upToKm: 30, label: '15-30 km', representativeKm: 22.5 },
  { band: DistanceBand.MEER_DAN_30_KM, upToKm: Infinity, label: 'meer dan 30 km', representativeKm: 35 },
];

function ruleOf(band: DistanceBand): BandRule {
  return BANDS.find((b) => b.band === band)!;
}

export function distanceBandOf(km: number | null): DistanceBand | null {
  if (km === null || !Number.isFinite(km)) return null;
  return BANDS.find((b) => km <= b.upToKm)!.band;
}

export function distanceBandLabel(band: DistanceBand): string {
  return ruleOf(band).label;
}

export function representativeKm(band: DistanceBand): number {
  return ruleOf(band).representativeKm;
}
