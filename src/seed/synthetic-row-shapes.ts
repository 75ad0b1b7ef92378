import type { CandidateStatus } from '../candidates/candidate.enums';
import type { Opleidingsniveau } from '../reference-data/opleidingsniveau';
import type { Rijbewijs } from '../reference-data/rijbewijs';
import type { Taalniveau } from '../reference-data/taalniveau';
import type { ContractType, VacancyStatus } from '../vacancies/vacancy-status.enum';

/** The rows the synthetic generator writes: one property per column (camelCase of the snake_case column), in table order. */

export interface EmployerRow {
  id: string;
  name: string;
  kvkNumber: string;
  categoryCode: string;
  placeName: string;
  postcode: string;
  lat: number;
  lon: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  erkendLeerbedrijf: boolean;
  accounthouderId: string | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface VacancyRow {
  id: string;
  employerId: string;
  title: string;
  description: string;
  categoryCode: string;
  requiredTalents: string[];
  niceToHaveTalents: string[];
  minTaalniveau: Taalniveau | null;
  startkwalificatieRequired: boolean;
  minOpleidingsniveau: Opleidingsniveau | null;
  rijbewijsRequired: Rijbewijs[];
  hoursMin: number;
  hoursMax: number;
  placeName: string;
  postcode: string;
  lat: number;
  lon: number;
  contractType: ContractType;
  openings: number;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  closingDate: string | null;
  leerwerkplek: boolean;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  beschutWerk: boolean;
  status: VacancyStatus;
  /** ISO timestamps. */
  publishedAt: string | null;
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WorkExperience {
  title: string;
  years: number;
}

export interface CandidateRow {
  id: string;
  status: CandidateStatus;
  talents: string[];
  categoryWishes: string[];
  workExperience: WorkExperience[];
  profileText: string;
  taalniveau: Taalniveau | null;
  startkwalificatie: boolean | null;
  opleidingsniveau: Opleidingsniveau | null;
  rijbewijs: Rijbewijs[];
  hoursMin: number | null;
  hoursMax: number | null;
  availableFrom: string | null;
  placeName: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  maxTravelKm: number | null;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  jobcoachNeeded: boolean;
  klantcategorieCode: string;
  statushouder: boolean;
  jongere: boolean;
  vijftigPlus: boolean;
  unemployedSince: string | null;
  visibleToEmployers: boolean;
  consulentApprovesVisibility: boolean;
  matchmakerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CandidatePersonalRow {
  candidateId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthDate: string;
}

export interface SyntheticCandidate {
  candidate: CandidateRow;
  personal: CandidatePersonalRow;
}

export interface SyntheticOptions {
  seed: number;
  /** "Today" for all dates (YYYY-MM-DD): OPEN vacancies close after it, ages are computed on it. */
  referenceDate: string;
  /** Number of employers the vacancies are spread over (employer indexes 0..employers-1). */
  employers: number;
  /** Users every employer gets one of as accounthouder (none: no accounthouder). */
  accounthouderIds?: readonly string[];
  /** Users every candidate gets one of as matchmaker (none: no matchmaker). */
  matchmakerIds?: readonly string[];
}
