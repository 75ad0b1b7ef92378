import type { CandidateEntity } from '../candidates/candidate.entity';
import { CandidateStatus } from '../candidates/candidate.enums';
import type { Vacancy } from '../vacancies/vacancy.entity';
import type { JobTitleReading } from '../reference-data/reference-data.service';
import { ScorerCandidate, ScorerVacancy } from './scorer/match-input';

/**
 * Stored rows -> what the scorer reads. Field by field on purpose: nothing the scorer must not see (birth date,
 * statushouder, klantcategorie, target groups, personal data) can slip through a spread.
 */
/** The candidate columns the scorer reads; matching loads just these for the whole pool. */
export type ScoredCandidateColumns = Pick<
  CandidateEntity,
  | 'id'
  | 'status'
  | 'talents'
  | 'categoryWishes'
  | 'taalniveau'
  | 'startkwalificatie'
  | 'opleidingsniveau'
  | 'rijbewijs'
  | 'hoursMin'
  | 'hoursMax'
  | 'availableFrom'
  | 'lat'
  | 'lon'
  | 'placeName'
  | 'maxTravelKm'
  | 'banenafspraak'
  | 'loonkostensubsidie'
  | 'jobcoachNeeded'
  | 'unemployedSince'
  | 'workExperience'
>;

export const SCORED_CANDIDATE_COLUMNS: ReadonlyArray<keyof ScoredCandidateColumns> = [
  'id',
  'status',
  'talents',
  'categoryWishes',
  'taalniveau',
  'startkwalificatie',
  'opleidingsniveau',
  'rijbewijs',
  'hoursMin',
  'hoursMax',
  'availableFrom',
  'lat',
  'lon',
  'placeName',
  'maxTravelKm',
  'banenafspraak',
  'loonkostensubsidie',
  'jobcoachNeeded',
  'unemployedSince',
  'workExperience',
];

/**
 * `readJobTitle` reads each job title into the talents and categories it stands for (the reference data's
 * ReferenceDataService.readJobTitle); without it work experience is left out.
 */
export function toScorerCandidate(c: ScoredCandidateColumns, readJobTitle?: (title: string) => JobTitleReading): ScorerCandidate {
  return {
    id: c.id,
    active: c.status === CandidateStatus.ACTIVE,
    talents: c.talents,
    categoryWishes: c.categoryWishes,
    taalniveau: c.taalniveau,
    startkwalificatie: c.startkwalificatie,
    opleidingsniveau: c.opleidingsniveau,
    rijbewijs: c.rijbewijs,
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    availableFrom: c.availableFrom,
    location: c.lat !== null && c.lon !== null ? { lat: c.lat, lon: c.lon } : null,
    placeName: c.placeName,
    maxTravelKm: c.maxTravelKm,
    banenafspraak: c.banenafspraak,
    loonkostensubsidie: c.loonkostensubsidie,
    jobcoachNeeded: c.jobcoachNeeded,
    unemployedSince: c.unemployedSince,
    experience: readJobTitle
      ? (c.workExperience ?? []).map((e) => ({ title: e.title, years: Number(e.years), ...readJobTitle(e.title) }))
      : [],
  };
}

/** The vacancy columns the scorer reads; matching loads just these for the whole pool. */
export type ScoredVacancyColumns = Pick<
  Vacancy,
  | 'id'
  | 'status'
  | 'title'
  | 'categoryCode'
  | 'requiredTalents'
  | 'niceToHaveTalents'
  | 'minTaalniveau'
  | 'startkwalificatieRequired'
  | 'rijbewijsRequired'
  | 'hoursMin'
  | 'hoursMax'
  | 'lat'
  | 'lon'
  | 'placeName'
  | 'startDate'
  | 'leerwerkplek'
  | 'banenafspraak'
  | 'loonkostensubsidie'
  | 'proefplaatsing'
  | 'jobcoach'
  | 'beschutWerk'
  | 'createdAt'
>;

export const SCORED_VACANCY_COLUMNS: ReadonlyArray<keyof ScoredVacancyColumns> = [
  'id',
  'status',
  'title',
  'categoryCode',
  'requiredTalents',
  'niceToHaveTalents',
  'minTaalniveau',
  'startkwalificatieRequired',
  'rijbewijsRequired',
  'hoursMin',
  'hoursMax',
  'lat',
  'lon',
  'placeName',
  'startDate',
  'leerwerkplek',
  'banenafspraak',
  'loonkostensubsidie',
  'proefplaatsing',
  'jobcoach',
  'beschutWerk',
  'createdAt',
];

export function toScorerVacancy(v: ScoredVacancyColumns): ScorerVacancy {
  return {
    id: v.id,
    status: v.status,
    title: v.title,
    categoryCode: v.categoryCode,
    requiredTalents: v.requiredTalents,
    niceToHaveTalents: v.niceToHaveTalents,
    minTaalniveau: v.minTaalniveau,
    startkwalificatieRequired: v.startkwalificatieRequired,
    rijbewijsRequired: v.rijbewijsRequired,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    location: { lat: v.lat, lon: v.lon },
    placeName: v.placeName,
    startDate: v.startDate,
    leerwerkplek: v.leerwerkplek,
    banenafspraak: v.banenafspraak,
    loonkostensubsidie: v.loonkostensubsidie,
    proefplaatsing: v.proefplaatsing,
    jobcoach: v.jobcoach,
    beschutWerk: v.beschutWerk,
  };
}
