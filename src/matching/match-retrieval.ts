import type { CandidateEntity } from '../candidates/candidate.entity';
import type { JobTitleReading } from '../reference-data/reference-data.service';
import type { PoolLimits, VacancyPoolQuery } from '../vacancies/vacancy-match-pool';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';

/**
 * Which rows the scorer gets to rank. Retrieval runs on PostgreSQL whichever search engine is configured: the
 * hard filters compare each candidate's own limits (their travel distance) with the vacancy, which a search
 * index filter cannot express. Requirements are left to the scorer, so that someone who fails one shows up as a
 * near miss with that requirement named, and incomplete profiles are never dropped for what they lack.
 *
 * Vacancy first (matchCandidates) is exact: people are read best score bound first (score-bound.ts, read by the
 * candidates module's candidate-score-bound.ts) until nobody unread can enter the lists, so the top matches are
 * those of scoring every active person within MAX_MATCH_KM. Candidate first (matchVacancies) draws a generous
 * pool of index-backed slices: vacancies asking one of the person's talents (most overlap first), those in the
 * categories they wish for, the nearest; the statement is the vacancies module's read model
 * (vacancy-match-pool.ts), asked through VacanciesService.matchPool.
 */
export const TALENT_SLICE = 250;
export const OTHER_SLICE = 60;
/** Nobody is matched to work further away than this, whatever their stated travel distance. */
export const MAX_MATCH_KM = 60;

export const POOL_LIMITS: PoolLimits = { maxKm: MAX_MATCH_KM, talentSlice: TALENT_SLICE, otherSlice: OTHER_SLICE };

/** What retrieval reads of the reference data (ReferenceDataService fits). */
export interface RetrievalReferenceData {
  relatedTalents(code: string): readonly string[];
  talentsInCategory(code: string): readonly string[];
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
