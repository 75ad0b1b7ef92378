import type { MatchEvaluation } from './match-evaluation';
import { isNearMiss } from './evaluate-match';

export interface RankableMatch {
  /** The candidate id (vacancy first) or the vacancy id (candidate first). */
  id: string;
  evaluation: MatchEvaluation;
}

/**
 * Score descending; equal scores by id ascending, compared by UTF-16 code units (not localeCompare, whose
 * order depends on the machine's locale), so the order is total and the same everywhere.
 */
export function compareMatches(a: RankableMatch, b: RankableMatch): number {
  if (a.evaluation.score !== b.evaluation.score) return b.evaluation.score - a.evaluation.score;
  if (a.id < b.id) return -1;
  if (a.id > b.id) return 1;
  return 0;
}

/** A new array in rank order (see compareMatches); the input is not changed. Eligibility is not looked at. */
export function rankMatches<T extends RankableMatch>(matches: readonly T[]): T[] {
  return [...matches].sort(compareMatches);
}

/** The eligible matches and the near misses (exactly one unmet requirement), each in rank order; the rest dropped. */
export function partitionMatches<T extends RankableMatch>(matches: readonly T[]): { eligible: T[]; nearMisses: T[] } {
  const ranked = rankMatches(matches);
  return {
    eligible: ranked.filter((m) => m.evaluation.eligible),
    nearMisses: ranked.filter((m) => isNearMiss(m.evaluation)),
  };
}
