import type { CandidateEntity, CandidatePersonalEntity, WorkExperienceEntry } from '../candidates/candidate.entity';
import type { Employer } from '../employers/employer.entity';
import type { Vacancy } from '../vacancies/vacancy.entity';

/**
 * The rows the synthetic generator writes, one property per entity column (synthetic-data.ts derives the insert
 * columns from the same entities).
 *
 * An entity's columns as the generator writes them: timestamps as ISO strings, since the bulk insert sends text;
 * relations and the columns left to defaults or to their module (`Omitted`) are not written.
 */
type Written<E, Omitted extends keyof E> = {
  [K in Exclude<keyof E, Omitted>]-?: E[K] extends Date ? string : E[K] extends Date | null ? string | null : E[K];
};

/** Every synthetic employer has a KvK number and a category. */
export type EmployerRow = Written<Employer, 'version'> & { kvkNumber: string; categoryCode: string };

/** No user made a synthetic vacancy (createdById stays NULL); every one has a category. */
export type VacancyRow = Written<Vacancy, 'version' | 'createdById'> & { categoryCode: string };

/** One job of the work experience, as the candidate entity stores it. */
export type WorkExperience = WorkExperienceEntry;

/** Every candidate the generator writes has a klantcategorie. */
export type CandidateRow = Written<CandidateEntity, 'personal' | 'version' | 'experienceTalents'> & { klantcategorieCode: string };

/** Every synthetic person has a birth date. */
export type CandidatePersonalRow = Written<CandidatePersonalEntity, 'candidate'> & { birthDate: string };

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
