/** Ranked criteria, in the order their reasons are listed. Each has a weight in match-weights.ts. */
export const CRITERIA = [
  'REQUIRED_TALENTS',
  'WORK_EXPERIENCE',
  'NICE_TO_HAVE_TALENTS',
  'CATEGORY',
  'TAALNIVEAU',
  'STARTKWALIFICATIE',
  'DISTANCE',
  'HOURS',
  'AVAILABILITY',
  'INSTRUMENTS',
  'UNEMPLOYMENT_DURATION',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Hard requirements, in the order unmet ones are listed. */
export const REQUIREMENTS = [
  'ACTIVE',
  'DOELGROEPREGISTER',
  'AVAILABILITY',
  'TRAVEL_DISTANCE',
  'TAALNIVEAU',
  'STARTKWALIFICATIE',
  'RIJBEWIJS',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface MatchReason {
  criterion: Criterion;
  weight: number;
  /** 0..1, rounded to 4 decimals. */
  fulfilment: number;
  /** weight * fulfilment / total weight, rounded to 4 decimals: this criterion's part of the score. */
  contribution: number;
  /** One Dutch sentence a matchmaker can read aloud. */
  text: string;
}

export interface UnmetRequirement {
  requirement: Requirement;
  /** Dutch, e.g. "Mist startkwalificatie". */
  text: string;
}

export interface MatchEvaluation {
  /** [0,1], the sum of the contributions, rounded to 4 decimals. Computed also when not eligible. */
  score: number;
  /** unmet.length === 0 */
  eligible: boolean;
  /**
   * Can this person do the job at all: a required talent (own, from experience, or related) or related work
   * experience; for a leerwerkplek also anyone without startkwalificatie; a vacancy asking no talents: everyone.
   * Ranking puts everyone who can above everyone who cannot.
   */
  canDoJob: boolean;
  /** canDoJob and score >= MATCH_RULES.goodMatchMinScore (requirements aside). */
  goodMatch: boolean;
  unmet: UnmetRequirement[];
  /** One per criterion with a weight above 0, in CRITERIA order. */
  reasons: MatchReason[];
  /** Informational Dutch sentences that carry no weight. */
  notes: string[];
}
