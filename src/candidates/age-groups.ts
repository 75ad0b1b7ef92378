/**
 * Age is used only to derive programme eligibility (jongere under 27, 50-plus); it never enters a match score.
 */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function ageGroups(birthDate: string | null, today: string): { jongere: boolean; vijftigPlus: boolean } {
  if (!birthDate) return { jongere: false, vijftigPlus: false };
  const age = ageOn(birthDate, today);
  return { jongere: age < 27, vijftigPlus: age >= 50 };
}
