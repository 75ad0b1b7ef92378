/**
 * Small pure text helpers shared by the talent normaliser and the place directory.
 */

/**
 * Folds free text to a comparison key: Unicode compatibility decomposition with the diacritics dropped
 * (é -> e, ë -> e, ĳ -> ij), lower case, hyphens, underscores and slashes read as spaces, other punctuation
 * dropped (apostrophes, dots, &), whitespace collapsed and trimmed. `+` and `#` are kept.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_/\u2010-\u2015]+/g, ' ')
    .replace(/[^a-z0-9+# ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and transpositions of two
 * adjacent characters each cost 1). "heftruk" -> "heftruck" is 1, "hetfruck" -> "heftruck" is 1.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 0; i < rows; i++) d[i][0] = i;
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/**
 * Largest edit distance still worth a "did you mean" for an input of this length: 1 for short words,
 * growing to about a third of the length, capped at 4. Keeps unrelated words out of the suggestions.
 */
export function suggestionThreshold(length: number): number {
  if (length <= 4) return 1;
  return Math.min(4, Math.max(2, Math.floor(length / 3)));
}

export interface RankedCandidate<T> {
  value: T;
  distance: number;
}

/**
 * Ranks candidate keys by edit distance to `query` and returns at most `limit` distinct values, closest first
 * (ties broken by `tieBreak`, then by first appearance). Keys further away than the threshold are dropped.
 */
export function rankByDistance<T>(
  query: string,
  candidates: Iterable<{ key: string; value: T }>,
  limit: number,
  tieBreak?: (a: T, b: T) => number,
): T[] {
  if (limit <= 0 || query.length === 0) return [];
  const threshold = suggestionThreshold(query.length);
  const best = new Map<T, number>();
  for (const { key, value } of candidates) {
    if (Math.abs(key.length - query.length) > threshold) continue;
    const distance = editDistance(query, key);
    if (distance > threshold) continue;
    const previous = best.get(value);
    if (previous === undefined || distance < previous) best.set(value, distance);
  }
  const ranked: RankedCandidate<T>[] = [...best.entries()].map(([value, distance]) => ({ value, distance }));
  ranked.sort((x, y) => x.distance - y.distance || (tieBreak ? tieBreak(x.value, y.value) : 0));
  return ranked.slice(0, limit).map((r) => r.value);
}
