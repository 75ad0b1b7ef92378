import { CandidatePoolQuery, PoolLimits } from '../candidates/candidate-match-pool';
import type { CandidateEntity } from '../candidates/candidate.entity';
import type { JobTitleReading } from '../reference-data/reference-data.service';
import type { VacancyPoolQuery } from '../vacancies/vacancy-match-pool';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { experienceTsQuery } from './experience-query';

/**
 * Which rows the scorer gets to rank. Retrieval runs on PostgreSQL whichever search engine is configured: the
 * hard filters compare each candidate's own limits (their travel distance) with the vacancy, which a search
 * index filter cannot express. It is generous on purpose: requirements are left to the scorer, so that a
 * candidate who fails one shows up as a near miss with that requirement named, and incomplete profiles are never
 * dropped for what they lack. The pool is the union of small, index-backed slices: people with one of the
 * job's talents (most overlap first), people who wish for the job's category, and the nearest people whose
 * profile has no talents yet (or, for a job asking no talents, simply the nearest). The statements themselves are
 * the candidates and vacancies modules' read models (candidate-match-pool.ts, vacancy-match-pool.ts): matching
 * asks them through CandidatesService.matchPool and VacanciesService.matchPool.
 */
export const TALENT_SLICE = 250;
export const OTHER_SLICE = 60;
/** Nobody is matched to work further away than this, whatever their stated travel distance. */
export const MAX_MATCH_KM = 60;

export const POOL_LIMITS: PoolLimits = { maxKm: MAX_MATCH_KM, talentSlice: TALENT_SLICE, otherSlice: OTHER_SLICE };

/** The match filters a caller may set; applied inside every slice, so the pool is drawn from those who pass. */
export interface CandidatePoolFilter {
  banenafspraak?: boolean;
}

/** A vacancy as candidate retrieval reads it. */
export interface PoolVacancy {
  lat: number;
  lon: number;
  talents: string[];
  requiredTalents: string[];
  /** Talents related to the required ones (reference data), found with the job's own talents. */
  relatedTalents?: string[];
  categoryCode: string | null;
  leerwerkplek?: boolean;
  /**
   * Per required talent, its words (labels and synonyms: "magazijnmedewerker", "orderpicker"), to find people
   * whose work experience names them even when their talent list does not, most required talents shown first.
   */
  experienceWords?: string[][];
}

/** The candidates module's pool query for a vacancy: required talents weigh double, related ones count as nice to have. */
export function candidatePoolQuery(vacancy: PoolVacancy, options: { employerView: boolean; filter?: CandidatePoolFilter }): CandidatePoolQuery {
  const required = vacancy.requiredTalents;
  const nice = [...new Set([...vacancy.talents, ...(vacancy.relatedTalents ?? [])])].filter((t) => !required.includes(t));
  return {
    lat: vacancy.lat,
    lon: vacancy.lon,
    requiredTalents: required,
    otherTalents: nice,
    jobAsksTalents: vacancy.talents.length > 0,
    categoryCode: vacancy.categoryCode,
    leerwerkplek: vacancy.leerwerkplek,
    experienceQueries: (vacancy.experienceWords ?? []).map((words) => experienceTsQuery(words)).filter((q): q is string => q !== null),
    employerView: options.employerView,
    banenafspraak: options.filter?.banenafspraak,
  };
}

/** What retrieval reads of the reference data (ReferenceDataService fits). */
export interface RetrievalReferenceData {
  relatedTalents(code: string): readonly string[];
  talentWords(code: string): string[];
}

/**
 * The pool query for a stored vacancy: its talents, the talents related to the required ones, and the words of
 * the required talents for the work-experience slice. One definition for matchCandidates, the knelpunten summary
 * and the benchmark's recall check.
 */
export function candidatePoolQueryFor(
  vacancy: Pick<Vacancy, 'lat' | 'lon' | 'requiredTalents' | 'niceToHaveTalents' | 'categoryCode' | 'leerwerkplek'>,
  referenceData: RetrievalReferenceData,
  options: { employerView: boolean; filter?: CandidatePoolFilter },
): CandidatePoolQuery {
  return candidatePoolQuery(
    {
      lat: vacancy.lat,
      lon: vacancy.lon,
      requiredTalents: vacancy.requiredTalents,
      talents: [...vacancy.requiredTalents, ...vacancy.niceToHaveTalents],
      relatedTalents: vacancy.requiredTalents.flatMap((t) => referenceData.relatedTalents(t)),
      categoryCode: vacancy.categoryCode,
      leerwerkplek: vacancy.leerwerkplek,
      experienceWords: vacancy.requiredTalents.map((t) => referenceData.talentWords(t)),
    },
    options,
  );
}

/** The match filters of candidate-first matching, already checked. */
export interface VacancyPoolFilter {
  status?: string[];
  leerwerkplek?: boolean;
  categories?: string[];
}

/**
 * The vacancy pool query for a person: vacancies asking a talent on the profile, one shown by a job they did, or
 * a related one; their category wishes; the nearest (or newest, without a place).
 */
export function vacancyPoolQueryFor(
  candidate: Pick<CandidateEntity, 'lat' | 'lon' | 'talents' | 'categoryWishes' | 'workExperience'>,
  referenceData: RetrievalReferenceData & { readJobTitle(title: string): JobTitleReading },
  filter: VacancyPoolFilter = {},
): VacancyPoolQuery {
  const shownByJobs = (candidate.workExperience ?? []).flatMap((e) => referenceData.readJobTitle(e.title).talents);
  const shown = [...new Set([...candidate.talents, ...shownByJobs])];
  const findable = [...new Set([...shown, ...shown.flatMap((t) => referenceData.relatedTalents(t))])];
  return {
    lat: candidate.lat,
    lon: candidate.lon,
    talents: findable,
    categoryWishes: candidate.categoryWishes,
    statuses: filter.status ?? [VacancyStatus.OPEN],
    leerwerkplek: filter.leerwerkplek,
    categories: filter.categories,
  };
}
