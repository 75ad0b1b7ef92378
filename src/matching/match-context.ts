import type { JobTitleReading } from '../reference-data/reference-data.service';
import type { RetrievalReferenceData } from './match-retrieval';
import type { ScorerContext } from './scorer/match-input';

/** What matching reads of the reference data (ReferenceDataService fits): labels, relations, job titles. */
export interface MatchReferenceData extends RetrievalReferenceData {
  talentLabel(code: string): string;
  categoryLabel(code: string): string;
  readJobTitle(title: string): JobTitleReading;
}

/** The scorer's context for a day: one definition for the service and the benchmark's naive baseline. */
export function scorerContextOf(referenceData: MatchReferenceData, today: string): ScorerContext {
  return {
    today,
    talentLabel: (code) => referenceData.talentLabel(code),
    categoryLabel: (code) => referenceData.categoryLabel(code),
    relatedTalents: (code) => referenceData.relatedTalents(code),
  };
}
