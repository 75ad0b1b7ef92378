import type { Settings } from 'meilisearch';
import { dutchWords, isDutchStopWord, stemDutchWord } from '../dutch-stemmer';
import { EngineSettings, IndexName } from '../search-engine';
import { CANDIDATE_FACETS, VACANCY_FACETS } from '../search-query';

/**
 * Index settings for the candidates and vacancies indexes, as pure data (unit-tested on what is sent). Field names
 * are those of meilisearch-documents.ts.
 */

/**
 * Totals and reachable results stop at `maxTotalHits` ("Neither estimatedTotalHits nor totalHits can exceed the
 * limit configured in the maxTotalHits index setting", Meilisearch search reference). The API serves offsets up to
 * 10 000 (search-cursor.ts) with pages of at most 100, so 10 100 keeps every served page reachable; a larger
 * value makes `page`/`hitsPerPage` searches slower.
 */
export const DEFAULT_MAX_TOTAL_HITS = 10_100;

/** Facet values returned per facet; far above the ~30 categories, so counts are complete, as on PostgreSQL. */
export const MAX_VALUES_PER_FACET = 500;

/**
 * Searchable attributes, most important first (Meilisearch's `attribute` ranking rule). Mirrors the PostgreSQL
 * weights: candidates A talents, B categories and work experience, C profile text; vacancies A title and talents,
 * B category, C description. Each stemmed copy sits just before its original: queries are sent stemmed, so the
 * stemmed copy is where they match; the original stays searchable for exact forms.
 */
export const CANDIDATE_SEARCHABLE_ATTRIBUTES = [
  'talentTextStemmed',
  'talentText',
  'categoryTextStemmed',
  'categoryText',
  'workExperienceTitlesStemmed',
  'workExperienceTitles',
  'profileTextStemmed',
  'profileText',
] as const;

/** The searchable attributes an employer's free text may match: what the anonymised profile shows. */
export const CANDIDATE_PROFILE_SEARCHABLE_ATTRIBUTES = CANDIDATE_SEARCHABLE_ATTRIBUTES.filter((a) => !a.startsWith('profileText'));

export const VACANCY_SEARCHABLE_ATTRIBUTES = [
  'titleStemmed',
  'title',
  'talentTextStemmed',
  'talentText',
  'categoryTextStemmed',
  'categoryText',
  'descriptionStemmed',
  'description',
] as const;

/** Everything meilisearch-filter.ts filters on, plus every facet (a facet must be filterable). */
export const CANDIDATE_FILTERABLE_ATTRIBUTES = [
  'status',
  'categoryWishes',
  'talents',
  'taalniveau',
  'taalniveauRank',
  'startkwalificatie',
  'banenafspraak',
  'loonkostensubsidie',
  'klantcategorie',
  'targetGroups',
  'hoursMin',
  'hoursMax',
  'availableFromDay',
  'visibleToEmployers',
  'matchmakerId',
  'maxTravelKm',
  '_geo',
] as const;

export const VACANCY_FILTERABLE_ATTRIBUTES = [
  'status',
  'categoryCode',
  'talents',
  'minTaalniveau',
  'minTaalniveauRank',
  'startkwalificatieRequired',
  'banenafspraak',
  'loonkostensubsidie',
  'leerwerkplek',
  'contractType',
  'hoursMin',
  'hoursMax',
  'employerId',
  '_geo',
] as const;

/** `id` ends every sort as the tie-breaker, as the PostgreSQL engine's `ORDER BY …, id` does. */
export const CANDIDATE_SORTABLE_ATTRIBUTES = ['createdAtTs', 'availableFromDay', '_geo', 'id'] as const;
export const VACANCY_SORTABLE_ATTRIBUTES = ['createdAtTs', 'closingDateDay', '_geo', 'id'] as const;

/**
 * `sort` first: a sort the user chose (newest, distance, availability, closing date) decides the order, with
 * relevance only between equal values, as on PostgreSQL. Without a `sort` parameter the rule does nothing and
 * relevance decides. `attribute` (not the newer `attributeRank`/`wordPosition` pair) works on every 1.x server.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'] as const;

/** Dutch tokenization for every field (no language detection guessing German and splitting compounds). */
export const LOCALES = ['nld'];

/**
 * Meilisearch looks synonyms up for query terms of one to three words only, and keeps at most 50 synonyms per
 * term (its documented limits); longer keys could never fire.
 */
const MAX_SYNONYM_KEY_WORDS = 3;
const MAX_SYNONYMS_PER_TERM = 50;

/**
 * The talent synonyms (word -> words, both directions already expanded) in the form the query arrives in: each
 * key stemmed with its stop words dropped (meiliQueryText drops them from the query, so a key containing one
 * could never match), each value stemmed (it is looked up in the stemmed fields). Keys that stem to the same
 * stem are merged; a value equal to its key is dropped. Keys sorted, so equal input gives an equal setting.
 */
export function stemSynonyms(synonyms: Record<string, readonly string[]>): Record<string, string[]> {
  const merged = new Map<string, Set<string>>();
  for (const [key, values] of Object.entries(synonyms)) {
    const keyWords = dutchWords(key).filter((word) => !isDutchStopWord(word));
    if (keyWords.length === 0 || keyWords.length > MAX_SYNONYM_KEY_WORDS) continue;
    const stemmedKey = keyWords.map(stemDutchWord).join(' ');
    const target = merged.get(stemmedKey) ?? new Set<string>();
    for (const value of values) {
      const stemmedValue = dutchWords(value).map(stemDutchWord).join(' ');
      if (stemmedValue && stemmedValue !== stemmedKey) target.add(stemmedValue);
    }
    if (target.size > 0) merged.set(stemmedKey, target);
  }
  return Object.fromEntries(
    [...merged.keys()].sort().map((key) => [key, [...merged.get(key)!].sort().slice(0, MAX_SYNONYMS_PER_TERM)]),
  );
}

export interface IndexSettingsOptions {
  maxTotalHits?: number;
}

function commonSettings(engine: EngineSettings, options: IndexSettingsOptions): Settings {
  return {
    rankingRules: [...RANKING_RULES],
    synonyms: stemSynonyms(engine.synonyms),
    // Meilisearch's documented defaults, spelled out: one typo from 5 letters, two from 9. Stemmed words are a
    // little shorter than what was typed, which the thresholds allow for.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
    localizedAttributes: [{ attributePatterns: ['*'], locales: [...LOCALES] }],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: options.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS },
  };
}

export function candidateIndexSettings(engine: EngineSettings, options: IndexSettingsOptions = {}): Settings {
  return {
    searchableAttributes: [...CANDIDATE_SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...CANDIDATE_FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...CANDIDATE_SORTABLE_ATTRIBUTES],
    ...commonSettings(engine, options),
  };
}

export function vacancyIndexSettings(engine: EngineSettings, options: IndexSettingsOptions = {}): Settings {
  return {
    searchableAttributes: [...VACANCY_SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...VACANCY_FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...VACANCY_SORTABLE_ATTRIBUTES],
    ...commonSettings(engine, options),
  };
}

export function indexSettings(index: IndexName, engine: EngineSettings, options: IndexSettingsOptions = {}): Settings {
  return index === 'candidates' ? candidateIndexSettings(engine, options) : vacancyIndexSettings(engine, options);
}

/** The facet names of search-query.ts are the document's attribute names; booleans count only `true`. */
export const FACETS: Record<IndexName, readonly string[]> = { candidates: CANDIDATE_FACETS, vacancies: VACANCY_FACETS };
export const BOOLEAN_FACETS: ReadonlySet<string> = new Set(['banenafspraak', 'loonkostensubsidie', 'startkwalificatie', 'leerwerkplek']);
