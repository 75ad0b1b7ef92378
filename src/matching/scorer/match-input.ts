import { Opleidingsniveau } from '../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../reference-data/rijbewijs';
import { Taalniveau } from '../../reference-data/taalniveau';
import type { MatchWeights } from './match-weights';

/** WGS84 coordinates (in practice the centroid of the woonplaats or the workplace's place). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** What the scorer reads of a vacancy. Built by the matching service from the vacancy entity. */
export interface ScorerVacancy {
  id: string;
  status: 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';
  title: string;
  categoryCode: string | null;
  /** Canonical talent codes (synonyms already normalised at write time). */
  requiredTalents: string[];
  niceToHaveTalents: string[];
  minTaalniveau: Taalniveau | null;
  startkwalificatieRequired: boolean;
  /** Empty = no driving licence needed. */
  rijbewijsRequired: Rijbewijs[];
  /** Hours per week offered; one bound may be null (open on that side), both null = unknown. */
  hoursMin: number | null;
  hoursMax: number | null;
  location: GeoPoint | null;
  placeName: string | null;
  /** ISO date the job starts; null (or a date that has passed) = as soon as possible. */
  startDate: string | null;
  leerwerkplek: boolean;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  beschutWerk: boolean;
}

/**
 * What the scorer reads of a candidate. Deliberately NO age, birth date, gender, origin, nationality,
 * statushouder, klantcategorie or health field: the scorer cannot rank on what it cannot read
 * (fairness.spec.ts fails when one is added).
 */
export interface ScorerCandidate {
  id: string;
  /** Actively looking and available for mediation. */
  active: boolean;
  /** Canonical talent codes. */
  talents: string[];
  /** Beroepswensen (category codes). */
  categoryWishes: string[];
  /** null = unknown (incomplete profile). */
  taalniveau: Taalniveau | null;
  /** null = unknown; then derived from opleidingsniveau when that is known. */
  startkwalificatie: boolean | null;
  opleidingsniveau: Opleidingsniveau | null;
  rijbewijs: Rijbewijs[];
  /** Hours per week available; one bound may be null (open on that side), both null = unknown. */
  hoursMin: number | null;
  hoursMax: number | null;
  /** ISO date; null = unknown. */
  availableFrom: string | null;
  location: GeoPoint | null;
  placeName: string | null;
  /** null = unknown. */
  maxTravelKm: number | null;
  /** In UWV's doelgroepregister. */
  banenafspraak: boolean;
  /** Indication: loonwaarde below minimum wage. */
  loonkostensubsidie: boolean;
  jobcoachNeeded: boolean;
  /** Optional addition: the consulent advises starting with a proefplaatsing. Absent = false. */
  proefplaatsingNeeded?: boolean;
  /** ISO date, for "time without work"; null = unknown. */
  unemployedSince: string | null;
  /** Work experience, each job read into the talents and categories it stands for. Absent = none recorded. */
  experience?: ScorerExperience[];
}

/**
 * One job a candidate did, as the reference data reads its title: "Magazijnmedewerker" -> talent magazijnwerk,
 * category logistiek. Built by the matching service (scorer-input.mapper.ts) so the scorer stays pure.
 */
export interface ScorerExperience {
  /** As the consulent typed it; shown in the reason. */
  title: string;
  years: number;
  /** Talent codes the title stands for (may be empty when the title matches no talent). */
  talents: readonly string[];
  /** Categories of those talents. */
  categories: readonly string[];
}

export interface ScorerContext {
  /** ISO date (YYYY-MM-DD) the evaluation is made on; passed in so the scorer stays deterministic. */
  today: string;
  /** Dutch label of a talent code, for the reason sentences (falls back to the code when empty). */
  talentLabel: (code: string) => string;
  /** Dutch label of a category code, for the reason sentences (falls back to the code when empty). */
  categoryLabel: (code: string) => string;
  /**
   * Talents related to a talent (reachtruck -> heftruck), from the reference data's relation table, both
   * directions. Absent = no relations known.
   */
  relatedTalents?: (code: string) => readonly string[];
  /** Defaults to DEFAULT_MATCH_WEIGHTS. */
  weights?: MatchWeights;
}
