import { CRITERION_RULES } from './criteria';
import { CRITERIA } from './match-evaluation';
import type { MatchEvaluation, MatchReason } from './match-evaluation';
import { deriveMatchFacts } from './match-facts';
import type { MatchFacts } from './match-facts';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import * as sentence from './match-sentences';
import { assertValidMatchWeights, DEFAULT_MATCH_WEIGHTS, MATCH_RULES } from './match-weights';
import { checkRequirements } from './requirements';

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * Scores one candidate for one vacancy: a pure function of its three arguments (no clock, no I/O), so the same
 * input always gives a deep-equal result.
 *
 * - `unmet`: the hard requirements the candidate misses; `eligible` when there are none. The score is computed
 *   either way, so a near miss (one unmet requirement, a good match otherwise) can be shown with it named.
 * - `canDoJob`: the core question (job-fit.ts); ranking puts those who can above those who cannot.
 * - `reasons`: one per criterion with a weight above 0, in CRITERIA order; score = sum of their contributions.
 * - `notes`: facts worth telling the employer that carry no weight.
 *
 * Throws only on a programming error: an invalid `context.today` or unusable weights.
 */
export function evaluateMatch(
  vacancy: ScorerVacancy,
  candidate: ScorerCandidate,
  context: ScorerContext,
): MatchEvaluation {
  const weights = context.weights ?? DEFAULT_MATCH_WEIGHTS;
  assertValidMatchWeights(weights);
  const facts = deriveMatchFacts(vacancy, candidate, context);
  const totalWeight = CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);

  let score = 0;
  const reasons: MatchReason[] = [];
  for (const criterion of CRITERIA) {
    const weight = weights[criterion];
    if (weight === 0) continue;
    const assessment = CRITERION_RULES[criterion](vacancy, candidate, facts, context);
    const fulfilment = round4(clamp01(Number.isNaN(assessment.fulfilment) ? 0 : assessment.fulfilment));
    const contribution = (weight * fulfilment) / totalWeight;
    score += contribution;
    // The sentence is written the first time it is read (the shown matches), then kept: a plain data property to
    // every reader (JSON, spread, deep equality), so the result stays a pure function of the arguments.
    const explain = assessment.text;
    let said: string | undefined;
    reasons.push({
      criterion,
      weight,
      fulfilment,
      contribution: round4(contribution),
      get text() {
        return (said ??= explain());
      },
    });
  }

  const unmet = checkRequirements(vacancy, candidate, facts);
  const finalScore = clamp01(round4(score));
  const canDoJob = canDoTheJob(vacancy, facts);
  return {
    score: finalScore,
    eligible: unmet.length === 0,
    canDoJob,
    goodMatch: canDoJob && finalScore >= MATCH_RULES.goodMatchMinScore,
    unmet,
    reasons,
    notes: collectNotes(vacancy, candidate, facts),
  };
}

/**
 * A near miss: someone who would be a good match (can do the job, score at least goodMatchMinScore) but for
 * exactly one requirement, which is named. Someone with nothing for the job is no near miss.
 */
export function isNearMiss(evaluation: MatchEvaluation): boolean {
  return evaluation.unmet.length === 1 && evaluation.goodMatch;
}

/**
 * The core question before any score. A leerwerkplek is for people without a startkwalificatie, whatever their
 * talents (learning the work is the point): they come first, and someone who already has one is better served
 * by a regular job. Otherwise: a required talent (own, shown by a job, or related) or related work experience;
 * a vacancy asking no talents is open to everyone.
 */
function canDoTheJob(vacancy: ScorerVacancy, facts: MatchFacts): boolean {
  if (vacancy.leerwerkplek) return facts.startkwalificatie !== true;
  if (facts.requiredCovers.length === 0) return true;
  return facts.requiredCovers.some((c) => c.via !== 'geen') || facts.experienceFits.length > 0;
}

function collectNotes(vacancy: ScorerVacancy, candidate: ScorerCandidate, facts: MatchFacts): string[] {
  const notes: string[] = [];
  if (vacancy.status !== 'OPEN') notes.push(sentence.NOTE_STATUS[vacancy.status]);
  if (candidate.banenafspraak) notes.push(sentence.NOTE_DOELGROEPREGISTER);
  if (candidate.loonkostensubsidie && vacancy.loonkostensubsidie) notes.push(sentence.NOTE_LOONKOSTENSUBSIDIE);
  if (candidate.jobcoachNeeded && vacancy.jobcoach) notes.push(sentence.NOTE_JOBCOACH);
  if (vacancy.proefplaatsing) notes.push(sentence.NOTE_PROEFPLAATSING);
  if (vacancy.beschutWerk) notes.push(sentence.NOTE_BESCHUT_WERK);
  if (facts.heldRijbewijs.length > 0) notes.push(sentence.hasRijbewijs(facts.heldRijbewijs));
  return notes;
}
