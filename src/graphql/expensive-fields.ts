/**
 * The root fields that read many rows or personal data: search, matching and candidate reads. One list serves the
 * query cost estimate (each costs its base on top of page size × fields, so 1,000 aliases of
 * `matchCandidates(first: 1)` cannot fit under the limit) and the per-account / per-IP rate limits.
 * Fields named here that a branch does not have yet simply never match.
 */
export const EXPENSIVE_ROOT_FIELDS: Readonly<Record<string, number>> = {
  matchCandidates: 100,
  matchVacancies: 100,
  searchCandidates: 50,
  searchVacancies: 50,
  candidates: 25,
  candidate: 10,
  exportCandidateData: 25,
};

export function isExpensiveRootField(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(EXPENSIVE_ROOT_FIELDS, name);
}
