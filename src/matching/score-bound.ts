import type { BoundTerm, CandidateScoreBound, CertainlyMet } from '../candidates/candidate-score-bound';
import type { RetrievalReferenceData } from './match-retrieval';
import { isEmployerCriterion, requirementVisibility } from './scorer/employer-visibility';
import { isUsableGeoPoint } from './scorer/geo-distance';
import { isoDayToString, parseIsoDay } from './scorer/iso-date';
import { CRITERIA, Criterion, REQUIREMENTS, Requirement } from './scorer/match-evaluation';
import { availabilityDeadline } from './scorer/match-facts';
import type { ScorerContext, ScorerVacancy } from './scorer/match-input';
import { DEFAULT_MATCH_WEIGHTS, MATCH_RULES } from './scorer/match-weights';
import { taalniveauRank } from '../reference-data/taalniveau';

/**
 * An upper bound of the score a vacancy gives each person, in terms the candidates module can compute on its search
 * copy, so that retrieval can read people best bound first and stop once the list cannot change (exact retrieval:
 * the same top matches as scoring everyone). Per criterion, the most the scorer's rule (scorer/criteria.ts) can give
 * with what the search copy knows:
 * - talents: a talent shown on the profile or by a job counts fully, one related to it for MATCH_RULES.relatedTalentCredit;
 * - work experience: full when a job shows the same work, related work or the sector (the years are not known);
 * - beroepswens, taalniveau, distance and support needs as the rule computes them;
 * - hours, availability and time without work: full when known, the unknown share when not;
 * - startkwalificatie: full.
 * bench/match-exact-check.ts checks on real people that no score exceeds its bound (exact-retrieval.integration-spec
 * runs it on a generated population).
 * For the employer's view the weights are the job-fit ones and the distance (scored at its band) is full when known.
 */
export function candidateScoreBound(
  vacancy: ScorerVacancy,
  referenceData: RetrievalReferenceData,
  view: 'staff' | 'employer',
  context: Pick<ScorerContext, 'today' | 'weights'>,
): CandidateScoreBound {
  // The scorer's own weights (evaluate-match.ts): a bound on other weights would bound another score.
  const weights = context.weights ?? DEFAULT_MATCH_WEIGHTS;
  const counted = CRITERIA.filter((c) => view === 'staff' || isEmployerCriterion(c));
  const total = counted.reduce((sum, c) => sum + weights[c], 0);
  const required = [...new Set(vacancy.requiredTalents)];
  const requiredSet = new Set(required);
  const nice = [...new Set(vacancy.niceToHaveTalents)].filter((t) => !requiredSet.has(t));
  const related = (code: string) => [...referenceData.relatedTalents(code)];
  const unknown = MATCH_RULES.unknownFulfilment;
  const sector = vacancy.categoryCode === null ? [] : referenceData.talentsInCategory(vacancy.categoryCode);
  const relatedToRequired = required.flatMap(related);

  const talentShare = (codes: string[], w: number): BoundTerm[] =>
    codes.length === 0
      ? [{ kind: 'constant', weight: w }]
      : codes.map((code) => ({
          kind: 'shows',
          code,
          partial: related(code),
          weight: w / codes.length,
          partialWeight: (w * MATCH_RULES.relatedTalentCredit) / codes.length,
        }));

  const rules: Record<Criterion, (w: number) => BoundTerm[]> = {
    REQUIRED_TALENTS: (w) => talentShare(required, w),
    NICE_TO_HAVE_TALENTS: (w) => talentShare(nice, w),
    WORK_EXPERIENCE: (w) => [{ kind: 'experience', talents: [...required, ...nice, ...relatedToRequired, ...sector], weight: w }],
    CATEGORY: (w) =>
      vacancy.categoryCode === null ? [{ kind: 'constant', weight: w * unknown }] : [{ kind: 'wish', category: vacancy.categoryCode, weight: w, noWishes: w * unknown }],
    TAALNIVEAU: (w) =>
      vacancy.minTaalniveau === null
        ? [{ kind: 'constant', weight: w }]
        : [{ kind: 'taalniveau', minRank: taalniveauRank(vacancy.minTaalniveau), weight: w, atMinimum: w * MATCH_RULES.taalniveauAtMinimumFulfilment, unknown: w * unknown }],
    STARTKWALIFICATIE: (w) => [{ kind: 'constant', weight: w }],
    DISTANCE: (w) =>
      !isUsableGeoPoint(vacancy.location)
        ? [{ kind: 'constant', weight: w * unknown }]
        : view === 'employer'
          ? [{ kind: 'known', fact: 'place', weight: w, unknown: w * unknown }]
          : [{ kind: 'distance', weight: w, fullKm: MATCH_RULES.distanceFullKm, zeroKm: MATCH_RULES.distanceZeroKm, unknown: w * unknown }],
    HOURS: (w) =>
      vacancy.hoursMin === null && vacancy.hoursMax === null
        ? [{ kind: 'constant', weight: w * unknown }]
        : [{ kind: 'known', fact: 'hours', weight: w, unknown: w * unknown }],
    AVAILABILITY: (w) => [{ kind: 'known', fact: 'availableFrom', weight: w, unknown: w * unknown }],
    INSTRUMENTS: (w) => [{ kind: 'needs', loonkostensubsidie: vacancy.loonkostensubsidie, jobcoach: vacancy.jobcoach, weight: w }],
    UNEMPLOYMENT_DURATION: (w) => [{ kind: 'known', fact: 'unemployedSince', weight: w, unknown: w * unknown }],
  };
  const terms = counted.filter((c) => weights[c] > 0).flatMap((c) => rules[c](weights[c] / total));
  // The scorer rounds each fulfilment and the score to 4 decimals: at most half a unit up, once per criterion and once more.
  terms.push({ kind: 'constant', weight: (CRITERIA.length + 1) * 0.00005 });

  // The scorer's core question (evaluate-match.ts canDoTheJob), as far as talents and jobs tell.
  const canDo: CandidateScoreBound['canDo'] = vacancy.leerwerkplek
    ? { kind: 'withoutStartkwalificatie' }
    : required.length === 0
      ? { kind: 'everyone' }
      : { kind: 'shows', talents: [...required, ...relatedToRequired], experience: [...nice, ...sector] };
  // When each requirement is certainly met (requirements.ts); in the employer's view only those that make a near
  // miss there (SHOWN): missing a FILTER one drops the person, an IGNORED one is not applied.
  const day = parseIsoDay(context.today);
  if (day === null) throw new Error(`today must be an ISO date, got ${context.today}`);
  const met: Record<Requirement, CertainlyMet | null> = {
    ACTIVE: null, // only active people are read at all
    DOELGROEPREGISTER: vacancy.banenafspraak ? { kind: 'registered' } : null,
    AVAILABILITY: { kind: 'availableBy', date: isoDayToString(availabilityDeadline(vacancy, day)) },
    TRAVEL_DISTANCE: { kind: 'withinOwnTravelDistance' },
    TAALNIVEAU: vacancy.minTaalniveau === null ? null : { kind: 'taalniveauAtLeast', minRank: taalniveauRank(vacancy.minTaalniveau) },
    STARTKWALIFICATIE: vacancy.startkwalificatieRequired && !vacancy.leerwerkplek ? { kind: 'hasStartkwalificatie' } : null,
    RIJBEWIJS: vacancy.rijbewijsRequired.length > 0 ? { kind: 'unknowable' } : null,
  };
  const certainlyMet = REQUIREMENTS.filter((r) => view === 'staff' || requirementVisibility(r) === 'SHOWN')
    .map((r) => met[r])
    .filter((m): m is CertainlyMet => m !== null);
  return { terms, canDo, certainlyMet };
}

/** Where a match ranks: who can do the job first, then the score (scorer/rank-matches.ts, employer-view.ts). */
export interface RankKey {
  canDo: boolean;
  score: number;
}

/**
 * Whether someone whose rank is at most `best` could still enter the matches or the near misses, whose last places
 * (of those asked for) are held by `last`: by outranking it (a tie may win on the tie-break, so a tie counts), or by
 * filling a list while it is short (`last` null). A near miss must be a good match besides: can do the job, score
 * at least MATCH_RULES.goodMatchMinScore. Reading stops once neither holds for the best bound not read yet, and
 * reads only possible near misses once only that one holds.
 */
export function couldStillEnter(best: RankKey, last: { match: RankKey | null; nearMiss: RankKey | null }): { asMatch: boolean; asNearMiss: boolean } {
  const outranks = (k: RankKey) => (best.canDo !== k.canDo ? best.canDo : best.score >= k.score);
  return {
    asMatch: last.match === null || outranks(last.match),
    asNearMiss: best.canDo && best.score >= MATCH_RULES.goodMatchMinScore && (last.nearMiss === null || outranks(last.nearMiss)),
  };
}

/**
 * Of everyone scored so far, only those holding one of the first `first` places of the matches or the near misses
 * (the rest can never be shown: later people only push them further down), and the rank key of each list's last
 * place, null while the list is short.
 */
export function keepListPlaces<T>(
  scored: readonly T[],
  first: number,
  partition: (all: readonly T[]) => { eligible: T[]; nearMisses: T[] },
  key: (m: T) => RankKey,
): { places: T[]; last: { match: RankKey | null; nearMiss: RankKey | null } } {
  const { eligible, nearMisses } = partition(scored);
  const [match, nearMiss] = [eligible.slice(0, first), nearMisses.slice(0, first)];
  const at = (list: T[]) => (list.length >= first ? key(list[first - 1]) : null);
  return { places: [...new Set([...match, ...nearMiss])], last: { match: at(match), nearMiss: at(nearMiss) } };
}
