/** fast-check arbitraries for the scorer's property specs (test-only code). */
import fc from 'fast-check';
import { Opleidingsniveau } from '../../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../../reference-data/rijbewijs';
import { Taalniveau } from '../../../reference-data/taalniveau';
import { isoDayToString, parseIsoDay } from '../iso-date';
import type { GeoPoint, ScorerCandidate, ScorerContext, ScorerVacancy } from '../match-input';
import { aContext, TODAY } from './match-fixtures';

/** Small pools, so vacancies and candidates overlap often. */
export const TALENT_POOL = [
  'heftruck',
  'orderpicken',
  'magazijn',
  'reachtruck',
  'kassa',
  'klantcontact',
  'schoonmaak',
  'koken',
];
export const CATEGORY_POOL = ['LOGISTIEK', 'ZORG', 'SCHOONMAAK', 'HORECA', 'TECHNIEK'];

const TODAY_DAY = parseIsoDay(TODAY)!;

/** An ISO date within a few years around TODAY. */
export const arbIsoDate = (): fc.Arbitrary<string> =>
  fc.integer({ min: -2000, max: 400 }).map((offset) => isoDayToString(TODAY_DAY + offset));

/** Somewhere in the Randstad and a bit beyond (about 0-110 km apart). */
export const arbGeoPoint = (): fc.Arbitrary<GeoPoint> =>
  fc.record({
    lat: fc.double({ min: 51.7, max: 52.5, noNaN: true }),
    lon: fc.double({ min: 4.0, max: 5.0, noNaN: true }),
  });

const arbHours = () => fc.option(fc.integer({ min: 0, max: 40 }), { nil: null });
const arbTalents = () => fc.uniqueArray(fc.constantFrom(...TALENT_POOL), { maxLength: 5 });

export const arbVacancy = (): fc.Arbitrary<ScorerVacancy> =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    status: fc.constantFrom('DRAFT' as const, 'OPEN' as const, 'FILLED' as const, 'CLOSED' as const),
    title: fc.constant('Vacature'),
    categoryCode: fc.option(fc.constantFrom(...CATEGORY_POOL), { nil: null }),
    requiredTalents: arbTalents(),
    niceToHaveTalents: arbTalents(),
    minTaalniveau: fc.option(fc.constantFrom(...Object.values(Taalniveau)), { nil: null }),
    startkwalificatieRequired: fc.boolean(),
    rijbewijsRequired: fc.uniqueArray(fc.constantFrom(...Object.values(Rijbewijs)), { maxLength: 2 }),
    hoursMin: arbHours(),
    hoursMax: arbHours(),
    location: fc.option(arbGeoPoint(), { nil: null }),
    placeName: fc.option(fc.constant('Zoetermeer'), { nil: null }),
    startDate: fc.option(arbIsoDate(), { nil: null }),
    leerwerkplek: fc.boolean(),
    banenafspraak: fc.boolean(),
    loonkostensubsidie: fc.boolean(),
    proefplaatsing: fc.boolean(),
    jobcoach: fc.boolean(),
    beschutWerk: fc.boolean(),
  });

/** Sets every field, including the optional proefplaatsingNeeded. */
export const arbCandidate = (): fc.Arbitrary<ScorerCandidate> =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    active: fc.boolean(),
    talents: arbTalents(),
    categoryWishes: fc.uniqueArray(fc.constantFrom(...CATEGORY_POOL), { maxLength: 3 }),
    taalniveau: fc.option(fc.constantFrom(...Object.values(Taalniveau)), { nil: null }),
    startkwalificatie: fc.option(fc.boolean(), { nil: null }),
    opleidingsniveau: fc.option(fc.constantFrom(...Object.values(Opleidingsniveau)), { nil: null }),
    rijbewijs: fc.uniqueArray(fc.constantFrom(...Object.values(Rijbewijs)), { maxLength: 3 }),
    hoursMin: arbHours(),
    hoursMax: arbHours(),
    availableFrom: fc.option(arbIsoDate(), { nil: null }),
    location: fc.option(arbGeoPoint(), { nil: null }),
    placeName: fc.option(fc.constant('Delft'), { nil: null }),
    maxTravelKm: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    banenafspraak: fc.boolean(),
    loonkostensubsidie: fc.boolean(),
    jobcoachNeeded: fc.boolean(),
    proefplaatsingNeeded: fc.boolean(),
    unemployedSince: fc.option(arbIsoDate(), { nil: null }),
    experience: fc.array(arbExperience(), { maxLength: 3 }),
  });

/** A job as the reference data reads its title. */
export const arbExperience = () =>
  fc.record({
    title: fc.constantFrom('Magazijnmedewerker', 'Kok', 'Schoonmaker', 'Monteur'),
    years: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0.5, 1.5, Number.NaN, -1)),
    talents: arbTalents(),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORY_POOL), { maxLength: 2 }),
  });

/** The fixed context, or one with another "today". */
export const arbContext = (): fc.Arbitrary<ScorerContext> =>
  fc
    .tuple(fc.option(arbIsoDate(), { nil: null }), fc.boolean())
    .map(([today, related]) =>
      aContext({ ...(today ? { today } : {}), ...(related ? { relatedTalents: relatedInPool } : {}) }),
    );

/** A relation table over TALENT_POOL: each talent related to the next one. */
function relatedInPool(code: string): readonly string[] {
  const i = TALENT_POOL.indexOf(code as (typeof TALENT_POOL)[number]);
  if (i < 0) return [];
  return [TALENT_POOL[(i + 1) % TALENT_POOL.length], TALENT_POOL[(i + TALENT_POOL.length - 1) % TALENT_POOL.length]];
}
