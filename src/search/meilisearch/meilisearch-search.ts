import type { SearchParams } from 'meilisearch';
import { IndexName } from '../search-engine';
import { CandidateFilter, CandidateSort, FacetCounts, SearchHits, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { candidateFilterExpression, candidateSort, meiliQueryText, vacancyFilterExpression, vacancySort } from './meilisearch-filter';
import { PRIMARY_KEY } from './meilisearch-documents';
import { BOOLEAN_FACETS, CANDIDATE_PROFILE_SEARCHABLE_ATTRIBUTES, FACETS, LOCALES } from './meilisearch-settings';

/** The search request body this engine sends; `page` and `hitsPerPage` are always set (exhaustive totals). */
export interface MeiliSearchParams extends SearchParams {
  page: number;
  hitsPerPage: number;
}

export interface MeiliSearch {
  q: string;
  params: MeiliSearchParams;
}

/** The part of a Meilisearch search response this engine reads. */
export interface MeiliSearchResponse {
  hits: Record<string, unknown>[];
  totalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/**
 * offset/limit -> `page`/`hitsPerPage`. Meilisearch returns an exhaustive `totalHits` only for `page`/`hitsPerPage`
 * searches (offset/limit give `estimatedTotalHits`), and our API needs exact totals. Pages are whole: the API
 * only hands out offsets that are multiples of the page size (search-cursor.ts), which is asserted here rather
 * than silently returning the wrong rows. `limit` 0 asks for counts only ("If you set hitsPerPage to 0,
 * Meilisearch processes your request, but does not return any documents").
 */
export function pageParams(offset: number, limit: number): { page: number; hitsPerPage: number } {
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) {
    throw new Error(`Search offset and limit must be non-negative integers, got offset ${offset}, limit ${limit}`);
  }
  if (limit === 0) return { page: 1, hitsPerPage: 0 };
  if (offset % limit !== 0) {
    throw new Error(`Meilisearch pages by page number: offset ${offset} must be a multiple of limit ${limit}`);
  }
  return { page: offset / limit + 1, hitsPerPage: limit };
}

function build(
  index: IndexName,
  request: SearchRequest<unknown, unknown>,
  filter: string | undefined,
  sortFor: (hasText: boolean) => string[],
): MeiliSearch {
  const q = meiliQueryText(request.text);
  const known = FACETS[index];
  // Facet names outside the index's list are ignored, as the PostgreSQL engine ignores them.
  const facets = [...new Set(request.facets.filter((facet) => known.includes(facet)))];
  const sort = sortFor(q.length > 0);
  const params: MeiliSearchParams = {
    ...pageParams(request.offset, request.limit),
    attributesToRetrieve: [PRIMARY_KEY],
    // Every query word must match (as PostgreSQL's `&` of all words); `last` would also return documents that
    // match only the first words, and count them.
    matchingStrategy: 'all',
    locales: [...LOCALES],
  };
  if (filter !== undefined) params.filter = filter;
  if (sort.length > 0) params.sort = sort;
  if (facets.length > 0) params.facets = facets;
  return { q, params };
}

export function candidateSearch(request: SearchRequest<CandidateFilter, CandidateSort>): MeiliSearch {
  const search = build('candidates', request, candidateFilterExpression(request.filter), (hasText) =>
    candidateSort(request.sort, hasText, request.filter.within),
  );
  // "attributesToSearchOn": the free text is matched against these searchable attributes only.
  if (request.filter.textOnProfileFieldsOnly) search.params.attributesToSearchOn = [...CANDIDATE_PROFILE_SEARCHABLE_ATTRIBUTES];
  return search;
}

export function vacancySearch(request: SearchRequest<VacancyFilter, VacancySort>): MeiliSearch {
  return build('vacancies', request, vacancyFilterExpression(request.filter), (hasText) =>
    vacancySort(request.sort, hasText, request.filter.within),
  );
}

/**
 * Response -> SearchHits: the ids in order, the exact total, and every requested facet (an empty object when
 * nothing matched). Boolean facets keep only the `true` count under "true", like the PostgreSQL engine.
 */
export function toSearchHits(response: MeiliSearchResponse, params: MeiliSearchParams): SearchHits {
  if (typeof response.totalHits !== 'number') {
    throw new Error('Meilisearch answered without totalHits; expected an exhaustive (page/hitsPerPage) search response');
  }
  const ids = response.hits.map((hit) => {
    const id = hit[PRIMARY_KEY];
    if (typeof id !== 'string') throw new Error(`Meilisearch hit without a string ${PRIMARY_KEY}: ${JSON.stringify(hit)}`);
    return id;
  });
  const facets: FacetCounts = {};
  for (const facet of params.facets ?? []) {
    const distribution = response.facetDistribution?.[facet] ?? {};
    const counts: Record<string, number> = {};
    for (const [value, count] of Object.entries(distribution)) {
      if (count > 0 && (!BOOLEAN_FACETS.has(facet) || value === 'true')) counts[value] = count;
    }
    facets[facet] = counts;
  }
  return { ids, totalCount: response.totalHits, totalCountExact: true, facets };
}
