/**
 * nDCG@k with the usual exponential gain: DCG = sum over ranks i (1-based) of (2^grade - 1) / log2(i + 1),
 * divided by the DCG of the best possible order of the judged grades. A vacancy with no relevant candidate
 * at all (ideal DCG 0) is left out of the mean.
 */
export function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

export function ndcgAt(ranked: readonly number[], judged: readonly number[], k: number): number | null {
  const ideal = dcg([...judged].sort((a, b) => b - a), k);
  if (ideal === 0) return null;
  return dcg(ranked, k) / ideal;
}
