import type { MatchEvaluation } from './match-evaluation';
import { isNearMiss } from './evaluate-match';

export interface RankableMatch {
  /** The candidate id (vacancy first) or the vacancy id (candidate first). */
  id: string;
  evaluation: MatchEvaluation;
  /**
   * ISO date for a fair tie-break, earliest first: the candidate's unemployedSince (longest waiting first) or the
   * vacancy's opening date (longest open first). null or absent = unknown, after the known ones.
   */
  waitingSince?: string | null;
}

/**
 * Those who can do the job (evaluation.canDoJob) before those who cannot; then score descending; equal scores
 * by the longest waiting first (waitingSince, unknown last), then by id ascending, compared by UTF-16 code units
 * (not localeCompare, whose order depends on the machine's locale), so the order is total, stable between runs
 * and the same everywhere.
 */
export function compareMatches(a: RankableMatch, b: RankableMatch): number {
  if (a.evaluation.canDoJob !== b.evaluation.canDoJob) return a.evaluation.canDoJob ? -1 : 1;
  if (a.evaluation.score !== b.evaluation.score) return b.evaluation.score - a.evaluation.score;
  const wa = a.waitingSince ?? null;
  const wb = b.waitingSince ?? null;
  if (wa !== wb) {
    if (wa === null) return 1;
    if (wb === null) return -1;
    return wa < wb ? -1 : 1;
  }
  if (a.id < b.id) return -1;
  if (a.id > b.id) return 1;
  return 0;
}

/** A new array in rank order (see compareMatches); the input is not changed. Eligibility is not looked at. */
export function rankMatches<T extends RankableMatch>(matches: readonly T[]): T[] {
  return [...matches].sort(compareMatches);
}

/** The eligible matches and the near misses (see isNearMiss), each in rank order; the rest dropped. */
export function partitionMatches<T extends RankableMatch>(matches: readonly T[]): { eligible: T[]; nearMisses: T[] } {
  const ranked = rankMatches(matches);
  return {
    eligible: ranked.filter((m) => m.evaluation.eligible),
    nearMisses: ranked.filter((m) => isNearMiss(m.evaluation)),
  };
}
