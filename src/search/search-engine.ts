import { CandidateDocument, VacancyDocument } from './search-documents';
import { CandidateFilter, CandidateSort, SearchHits, SearchRequest, VacancyFilter, VacancySort } from './search-query';

export type IndexName = 'candidates' | 'vacancies';

export interface EngineSettings {
  /** Word -> words that mean the same (both directions already expanded), from the talent reference list. */
  synonyms: Record<string, string[]>;
}

/**
 * The port every search engine implements (after Laravel Scout's engines): index, remove, search. PostgreSQL is
 * the source of truth; an engine answers which ids match, in which order, with counts and facets.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** True when the engine keeps its own copy that the outbox must keep in sync (Meilisearch). */
  readonly needsSync: boolean;

  /** Creates indexes and applies settings (synonyms from the talent reference list); safe at every start. */
  prepare(settings: EngineSettings): Promise<void>;
  indexCandidates(docs: CandidateDocument[]): Promise<void>;
  indexVacancies(docs: VacancyDocument[]): Promise<void>;
  remove(index: IndexName, ids: string[]): Promise<void>;
  searchCandidates(request: SearchRequest<CandidateFilter, CandidateSort>): Promise<SearchHits>;
  searchVacancies(request: SearchRequest<VacancyFilter, VacancySort>): Promise<SearchHits>;
  /**
   * Rebuilds one index from scratch out of the batches given (read from PostgreSQL), then swaps it in, so
   * searches keep answering from the old index until the new one is complete.
   */
  rebuild(index: 'candidates', batches: AsyncIterable<CandidateDocument[]>): Promise<number>;
  rebuild(index: 'vacancies', batches: AsyncIterable<VacancyDocument[]>): Promise<number>;
  health(): Promise<{ up: boolean; detail?: string }>;
}
