import { givesStartkwalificatie } from '../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../reference-data/rijbewijs';
import { distanceKm, isUsableGeoPoint } from './geo-distance';
import { addMonths, parseIsoDay } from './iso-date';
import { coverTalents, fitExperience } from './job-fit';
import type { ExperienceFit, TalentCover } from './job-fit';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import { MATCH_RULES } from './match-weights';

/**
 * Facts derived once per (vacancy, candidate) pair and read by both the requirements and the criteria,
 * so a requirement and its reason can never disagree.
 */
export interface MatchFacts {
  today: number;
  /** Great-circle distance; null when either location is unknown. */
  distanceKm: number | null;
  /** Whole km, as shown in the sentences and as checked against maxTravelKm (locations are place centroids). */
  roundedDistanceKm: number | null;
  /** null when unknown (missing, negative or not a number). */
  maxTravelKm: number | null;
  /** The vacancy has no start date, or it has passed: fill as soon as possible. */
  startsAsap: boolean;
  /** Start date in the future, or null when startsAsap. */
  startDay: number | null;
  /** The day the vacancy would like the candidate to start: today when startsAsap, else the start date. */
  neededBy: number;
  /** Latest availableFrom that still meets the requirement: the start date, or today + asapMonths. */
  availabilityDeadline: number;
  availableFrom: number | null;
  unemployedSince: number | null;
  /** candidate.startkwalificatie, or derived from opleidingsniveau when that is unknown; null = unknown. */
  startkwalificatie: boolean | null;
  /** Required licences (deduplicated) that no licence of the candidate covers. */
  missingRijbewijs: Rijbewijs[];
  /** Required licences the candidate covers. */
  heldRijbewijs: Rijbewijs[];
  /**
   * The candidate lives in the place of the workplace (same place name). Locations are place centroids, so
   * the sentence says "in dezelfde plaats" rather than a distance the data cannot know.
   */
  samePlace: boolean;
  /** Each required talent (deduplicated) and how the candidate covers it. */
  requiredCovers: TalentCover[];
  /** The candidate's jobs that count for this vacancy, best first. */
  experienceFits: ExperienceFit[];
}

/** Each licence with the categories it also allows (EU directive 2006/126: B needs no AM, CE covers C and BE, ...). */
const RIJBEWIJS_COVERS: Readonly<Record<Rijbewijs, readonly Rijbewijs[]>> = {
  [Rijbewijs.AM]: [Rijbewijs.AM],
  [Rijbewijs.A]: [Rijbewijs.A, Rijbewijs.AM],
  [Rijbewijs.B]: [Rijbewijs.B, Rijbewijs.AM],
  [Rijbewijs.BE]: [Rijbewijs.BE, Rijbewijs.B, Rijbewijs.AM],
  [Rijbewijs.C]: [Rijbewijs.C, Rijbewijs.B, Rijbewijs.AM],
  [Rijbewijs.CE]: [Rijbewijs.CE, Rijbewijs.C, Rijbewijs.BE, Rijbewijs.B, Rijbewijs.AM],
  [Rijbewijs.D]: [Rijbewijs.D, Rijbewijs.B, Rijbewijs.AM],
};

export function rijbewijsCovers(held: readonly Rijbewijs[], required: Rijbewijs): boolean {
  return held.some((licence) => (RIJBEWIJS_COVERS[licence] ?? [licence]).includes(required));
}

/** The vacancy's start: its start date, or null when it starts as soon as possible (no date, or one passed). */
function startDayOf(vacancy: Pick<ScorerVacancy, 'startDate'>, today: number): number | null {
  const parsedStart = parseIsoDay(vacancy.startDate);
  return parsedStart === null || parsedStart <= today ? null : parsedStart;
}

/** The last day someone may become available and still meet AVAILABILITY: the start, or asapMonths from today. */
export function availabilityDeadline(vacancy: Pick<ScorerVacancy, 'startDate'>, today: number): number {
  return startDayOf(vacancy, today) ?? addMonths(today, MATCH_RULES.asapMonths);
}

export function deriveMatchFacts(
  vacancy: ScorerVacancy,
  candidate: ScorerCandidate,
  context: ScorerContext,
): MatchFacts {
  const today = parseIsoDay(context.today);
  if (today === null) throw new Error(`ScorerContext.today must be an ISO date, got ${String(context.today)}`);

  const exactKm =
    isUsableGeoPoint(vacancy.location) && isUsableGeoPoint(candidate.location)
      ? distanceKm(candidate.location, vacancy.location)
      : null;
  const maxTravelKm =
    candidate.maxTravelKm !== null && Number.isFinite(candidate.maxTravelKm) && candidate.maxTravelKm >= 0
      ? candidate.maxTravelKm
      : null;

  const startDay = startDayOf(vacancy, today);
  const startsAsap = startDay === null;

  const requiredRijbewijs = [...new Set(vacancy.rijbewijsRequired)];
  const placeKey = (name: string | null) => (name ?? '').trim().toLocaleLowerCase('nl');

  return {
    today,
    distanceKm: exactKm,
    roundedDistanceKm: exactKm === null ? null : Math.round(exactKm),
    maxTravelKm,
    startsAsap,
    startDay,
    neededBy: startDay ?? today,
    availabilityDeadline: availabilityDeadline(vacancy, today),
    availableFrom: parseIsoDay(candidate.availableFrom),
    unemployedSince: parseIsoDay(candidate.unemployedSince),
    startkwalificatie:
      candidate.startkwalificatie ??
      (candidate.opleidingsniveau != null ? givesStartkwalificatie(candidate.opleidingsniveau) : null),
    missingRijbewijs: requiredRijbewijs.filter((r) => !rijbewijsCovers(candidate.rijbewijs, r)),
    heldRijbewijs: requiredRijbewijs.filter((r) => rijbewijsCovers(candidate.rijbewijs, r)),
    samePlace: placeKey(candidate.placeName) !== '' && placeKey(candidate.placeName) === placeKey(vacancy.placeName),
    requiredCovers: coverTalents([...new Set(vacancy.requiredTalents)], candidate, context),
    experienceFits: fitExperience(vacancy, candidate, context),
  };
}
