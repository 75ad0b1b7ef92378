import { CandidateEntity } from './candidate.entity';

export interface ProfileGapInfo {
  field: string;
  label: string;
}

/**
 * What a profile misses for good matching. The lesson of UWV's Kandidatenverkenner: incomplete profiles must stay
 * findable, and the consulent needs to see what to ask. Each check is one field a matcher uses.
 */
const CHECKS: ReadonlyArray<{ field: string; label: string; present: (c: CandidateEntity) => boolean }> = [
  { field: 'talents', label: 'Talenten', present: (c) => c.talents.length > 0 },
  { field: 'categoryWishes', label: 'Beroepswensen', present: (c) => c.categoryWishes.length > 0 },
  { field: 'taalniveau', label: 'Taalniveau', present: (c) => c.taalniveau !== null },
  { field: 'startkwalificatie', label: 'Startkwalificatie', present: (c) => c.startkwalificatie !== null },
  { field: 'opleidingsniveau', label: 'Opleidingsniveau', present: (c) => c.opleidingsniveau !== null },
  { field: 'workExperience', label: 'Werkervaring', present: (c) => c.workExperience.length > 0 },
  { field: 'hours', label: 'Urenwens', present: (c) => c.hoursMin !== null && c.hoursMax !== null },
  { field: 'availableFrom', label: 'Beschikbaar vanaf', present: (c) => c.availableFrom !== null },
  { field: 'placeName', label: 'Woonplaats', present: (c) => c.placeName !== null },
  { field: 'maxTravelKm', label: 'Maximale reisafstand', present: (c) => c.maxTravelKm !== null },
];

export function profileCompleteness(candidate: CandidateEntity): { percentage: number; missing: ProfileGapInfo[] } {
  const missing = CHECKS.filter((check) => !check.present(candidate)).map(({ field, label }) => ({ field, label }));
  const percentage = Math.round((100 * (CHECKS.length - missing.length)) / CHECKS.length);
  return { percentage, missing };
}
