/**
 * Test data builders for the scorer specs (test-only code). The defaults describe an eligible, fairly complete
 * match, so a spec changes only the field it is about.
 */
import { KM_PER_DEGREE } from '../../../reference-data/earth-distance';
import { Opleidingsniveau } from '../../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../../reference-data/rijbewijs';
import { Taalniveau } from '../../../reference-data/taalniveau';
import type { Criterion, MatchEvaluation, MatchReason } from '../match-evaluation';
import type { GeoPoint, ScorerCandidate, ScorerContext, ScorerVacancy } from '../match-input';

export const TODAY = '2025-03-01';

/** Km per degree of latitude on the sphere distanceKm uses, to place points at an exact distance. */
export const KM_PER_DEGREE_LAT = KM_PER_DEGREE;

export const ZOETERMEER: GeoPoint = { lat: 52.0575, lon: 4.4931 };

/** A point `km` due north of `from`. */
export function kmNorthOf(from: GeoPoint, km: number): GeoPoint {
  return { lat: from.lat + km / KM_PER_DEGREE_LAT, lon: from.lon };
}

const TALENT_LABELS: Record<string, string> = {
  heftruck: 'heftruck',
  orderpicken: 'orderpicken',
  magazijn: 'magazijn',
  reachtruck: 'reachtruck',
  kassa: 'kassawerk',
  klantcontact: 'klantcontact',
};

const CATEGORY_LABELS: Record<string, string> = {
  LOGISTIEK: 'Logistiek',
  ZORG: 'Zorg',
  SCHOONMAAK: 'Schoonmaak',
  HORECA: 'Horeca',
};

export function aContext(overrides: Partial<ScorerContext> = {}): ScorerContext {
  return {
    today: TODAY,
    talentLabel: (code) => TALENT_LABELS[code] ?? code,
    categoryLabel: (code) => CATEGORY_LABELS[code] ?? code,
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<ScorerVacancy> = {}): ScorerVacancy {
  return {
    id: 'vac-1',
    status: 'OPEN',
    title: 'Magazijnmedewerker',
    categoryCode: 'LOGISTIEK',
    requiredTalents: ['heftruck', 'orderpicken'],
    niceToHaveTalents: ['reachtruck'],
    minTaalniveau: Taalniveau.A2,
    startkwalificatieRequired: false,
    rijbewijsRequired: [],
    hoursMin: 32,
    hoursMax: 40,
    location: ZOETERMEER,
    placeName: 'Zoetermeer',
    startDate: null,
    leerwerkplek: false,
    banenafspraak: false,
    loonkostensubsidie: false,
    proefplaatsing: false,
    jobcoach: false,
    beschutWerk: false,
    ...overrides,
  };
}

export function aCandidate(overrides: Partial<ScorerCandidate> = {}): ScorerCandidate {
  return {
    id: 'cand-1',
    active: true,
    talents: ['heftruck', 'orderpicken'],
    categoryWishes: ['LOGISTIEK'],
    taalniveau: Taalniveau.B1,
    startkwalificatie: true,
    opleidingsniveau: Opleidingsniveau.MBO2,
    rijbewijs: [Rijbewijs.B],
    hoursMin: 24,
    hoursMax: 32,
    availableFrom: '2025-02-01',
    location: kmNorthOf(ZOETERMEER, 6),
    placeName: 'Zoetermeer-Noord',
    maxTravelKm: 15,
    banenafspraak: false,
    loonkostensubsidie: false,
    jobcoachNeeded: false,
    unemployedSince: '2024-03-01',
    // Same sector, long enough for full WORK_EXPERIENCE, and no talent of its own (so talent tests stay about talents).
    experience: [{ title: 'Medewerker distributiecentrum', years: 4, talents: [], categories: ['LOGISTIEK'] }],
    ...overrides,
  };
}

export function reasonFor(evaluation: MatchEvaluation, criterion: Criterion): MatchReason {
  const reason = evaluation.reasons.find((r) => r.criterion === criterion);
  if (!reason) throw new Error(`No reason for ${criterion}`);
  return reason;
}
