/**
 * The employer's view of a match (DOMAIN.md, "Visibility"): a projection of the scorer's evaluation that keeps
 * job fit only. Which criteria and requirements count as job fit is declared in one place,
 * scorer/employer-visibility.ts; this file only applies it. The scorer itself is not changed: the WSP's own
 * view keeps every reason, note and near miss.
 *
 * - reasons: the JOB_FIT criteria only; the distance as a band ("Woont 5-15 km van de werkplek"), never in km.
 * - score: recomputed from those reasons alone (their weights, the distance scored at its band), so a hidden
 *   criterion (time without work, support needs) cannot move a candidate up or down the employer's list, and the
 *   score cannot be worked back to a distance.
 * - requirements: SHOWN ones make near misses, FILTER ones drop the candidate silently, IGNORED ones (the
 *   doelgroepregister) are not applied, so who appears does not depend on them either.
 * - notes: none. The scorer's notes are about the person's situation (doelgroepregister, loonkostensubsidie,
 *   jobcoach); anything an employer should know about the list as a whole goes in the result's notes.
 */
import { DistanceBand, distanceBandLabel, distanceBandOf, representativeKm } from '../search/distance-band';
import { CRITERION_RULES } from './scorer/criteria';
import {
  EmployerCriterion,
  EmployerRequirement,
  isEmployerCriterion,
  isEmployerRequirement,
  requirementVisibility,
} from './scorer/employer-visibility';
import type { MatchEvaluation, MatchReason } from './scorer/match-evaluation';
import { deriveMatchFacts } from './scorer/match-facts';
import { MATCH_RULES } from './scorer/match-weights';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './scorer/match-input';

export interface EmployerMatchReason {
  criterion: EmployerCriterion;
  weight: number;
  /** 0..1; for the distance, as scored at the band. */
  fulfilment: number;
  /** This criterion's part of the employer's score. */
  contribution: number;
  text: string;
}

export interface EmployerUnmetRequirement {
  requirement: EmployerRequirement;
  text: string;
}

/** One candidate as an employer sees the match: job fit only, by construction of these types. */
export interface EmployerCandidateMatch {
  candidateId: string;
  score: number;
  reasons: EmployerMatchReason[];
  unmet: EmployerUnmetRequirement[];
  distanceBand: DistanceBand | null;
  /** The scorer's core question (required talents, related work, startkwalificatie for a leerwerkplek): job fit. */
  canDoJob: boolean;
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** The Dutch distance sentence an employer reads: the band and whether it is within the person's own limit. */
export function employerDistanceText(band: DistanceBand | null, maxTravelKnown: boolean): string {
  if (band === null) return 'Afstand tot de werkplek onbekend';
  const within = maxTravelKnown ? ', binnen de eigen reisafstand' : '';
  return band === DistanceBand.BINNEN_5_KM
    ? `Woont binnen 5 km van de werkplek${within}`
    : `Woont ${distanceBandLabel(band)} van de werkplek${within}`;
}

/**
 * The employer's view of one evaluated pair, or null when the employer may not see this candidate for this
 * vacancy (a FILTER requirement missed, or more than one SHOWN requirement missed).
 */
export function toEmployerMatch(
  candidateId: string,
  vacancy: ScorerVacancy,
  candidate: ScorerCandidate,
  context: ScorerContext,
  evaluation: MatchEvaluation,
): EmployerCandidateMatch | null {
  if (evaluation.unmet.some((u) => requirementVisibility(u.requirement) === 'FILTER')) return null;
  const unmet: EmployerUnmetRequirement[] = [];
  for (const u of evaluation.unmet) {
    if (isEmployerRequirement(u.requirement)) unmet.push({ requirement: u.requirement, text: u.text });
  }
  if (unmet.length > 1) return null;

  const facts = deriveMatchFacts(vacancy, candidate, context);
  const band = distanceBandOf(facts.distanceKm);
  const visible = evaluation.reasons.filter((r): r is MatchReason & { criterion: EmployerCriterion } => isEmployerCriterion(r.criterion));
  const scored = visible.map((r) => {
    if (r.criterion !== 'DISTANCE' || band === null) return { reason: r, weight: r.weight, fulfilment: r.fulfilment };
    // The distance criterion scored as if the person lived at the band's typical distance: the scorer's own
    // rule, fed a distance the employer may know.
    const km = representativeKm(band);
    const atBand = CRITERION_RULES.DISTANCE(vacancy, candidate, { ...facts, distanceKm: km, roundedDistanceKm: Math.round(km) }, context);
    return { reason: r, weight: r.weight, fulfilment: round4(Math.min(1, Math.max(0, atBand.fulfilment))) };
  });
  const totalWeight = scored.reduce((sum, r) => sum + r.weight, 0);
  const reasons: EmployerMatchReason[] = scored.map(({ reason, weight, fulfilment }) => ({
    criterion: reason.criterion,
    // Points out of 100 of the employer's own score (job-fit weights only), so a part never exceeds its weight.
    weight: totalWeight > 0 ? round4((weight * 100) / totalWeight) : 0,
    fulfilment,
    contribution: totalWeight > 0 ? round4((weight * fulfilment) / totalWeight) : 0,
    // Read when shown (only the listed matches are), like the staff view's sentences.
    get text() {
      return reason.criterion === 'DISTANCE' ? employerDistanceText(band, facts.maxTravelKm !== null) : reason.text;
    },
  }));
  const score = totalWeight > 0 ? scored.reduce((sum, r) => sum + r.weight * r.fulfilment, 0) / totalWeight : 0;
  return { candidateId, score: round4(Math.min(1, Math.max(0, score))), reasons, unmet, distanceBand: band, canDoJob: evaluation.canDoJob };
}

/**
 * Who can do the job first (as in the staff view), then employer score descending, then candidate id: an order
 * that depends on nothing the employer may not see (the staff view's tie-break, time waiting, is hidden here).
 */
export function compareEmployerMatches(a: EmployerCandidateMatch, b: EmployerCandidateMatch): number {
  if (a.canDoJob !== b.canDoJob) return a.canDoJob ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0;
}

/** A good match by the staff view's rule (MATCH_RULES.goodMatchMinScore), on the employer's job-fit score. */
export function isEmployerGoodMatch(match: EmployerCandidateMatch): boolean {
  return match.canDoJob && match.score >= MATCH_RULES.goodMatchMinScore;
}

/**
 * The employer's matches (no SHOWN requirement missed) and near misses (one missed, and a good match but for
 * it, the staff view's floor), each best first.
 */
export function partitionEmployerMatches(views: readonly (EmployerCandidateMatch | null)[]): {
  eligible: EmployerCandidateMatch[];
  nearMisses: EmployerCandidateMatch[];
} {
  const ranked = views.filter((v): v is EmployerCandidateMatch => v !== null).sort(compareEmployerMatches);
  return { eligible: ranked.filter((v) => v.unmet.length === 0), nearMisses: ranked.filter((v) => v.unmet.length === 1 && isEmployerGoodMatch(v)) };
}

/**
 * What an employer should know about the list as a whole. For a banenafspraak vacancy: only doelgroepregister
 * candidates can be placed, but the list does not say who is in the register (see DOELGROEPREGISTER in
 * employer-visibility.ts); the WSP proposes the candidates who qualify.
 */
export function employerListNotes(vacancy: { banenafspraak: boolean }): string[] {
  return vacancy.banenafspraak
    ? [
        'Banenafspraakbaan: alleen kandidaten uit het doelgroepregister kunnen hier geplaatst worden. ' +
          'Deze lijst laat zien wie bij het werk past, niet wie in het register staat; het WSP draagt de kandidaten voor die in aanmerking komen.',
      ]
    : [];
}
