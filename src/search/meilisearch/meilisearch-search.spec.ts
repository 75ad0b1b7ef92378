import { CandidateFilter, CandidateSort, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { candidateSearch, pageParams, toSearchHits, vacancySearch } from './meilisearch-search';

const candidateRequest = (overrides: Partial<SearchRequest<CandidateFilter, CandidateSort>> = {}): SearchRequest<CandidateFilter, CandidateSort> => ({
  text: '',
  filter: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  facets: [],
  ...overrides,
});

const vacancyRequest = (overrides: Partial<SearchRequest<VacancyFilter, VacancySort>> = {}): SearchRequest<VacancyFilter, VacancySort> => ({
  text: '',
  filter: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  facets: [],
  ...overrides,
});

describe('pageParams', () => {
  it('turns whole-page offsets into page numbers (page/hitsPerPage give an exhaustive totalHits)', () => {
    expect(pageParams(0, 20)).toEqual({ page: 1, hitsPerPage: 20 });
    expect(pageParams(40, 20)).toEqual({ page: 3, hitsPerPage: 20 });
    expect(pageParams(10_000, 100)).toEqual({ page: 101, hitsPerPage: 100 });
  });

  it('asks for counts only when limit is 0 ("If you set hitsPerPage to 0 … the response body will include the exhaustive value for totalHits")', () => {
    expect(pageParams(0, 0)).toEqual({ page: 1, hitsPerPage: 0 });
  });

  it('refuses an offset that is not a multiple of the limit rather than returning the wrong rows', () => {
    expect(() => pageParams(10, 20)).toThrow('offset 10 must be a multiple of limit 20');
  });

  it('refuses negative or fractional values', () => {
    expect(() => pageParams(-20, 20)).toThrow('non-negative integers');
    expect(() => pageParams(0, 2.5)).toThrow('non-negative integers');
  });
});

describe('candidateSearch', () => {
  it('sends a placeholder search, newest first, only ids, exact totals, every word required, Dutch locale', () => {
    expect(candidateSearch(candidateRequest())).toEqual({
      q: '',
      params: {
        page: 1,
        hitsPerPage: 20,
        attributesToRetrieve: ['id'],
        matchingStrategy: 'all',
        locales: ['nld'],
        sort: ['createdAtTs:desc', 'id:asc'],
      },
    });
  });

  it("matches an employer's free text on the profile's own fields only, not on the profile text", () => {
    const search = candidateSearch(candidateRequest({ text: 'heftruck', filter: { textOnProfileFieldsOnly: true } }));
    expect(search.params.attributesToSearchOn).toEqual([
      'talentTextStemmed',
      'talentText',
      'categoryTextStemmed',
      'categoryText',
      'workExperienceTitlesStemmed',
      'workExperienceTitles',
    ]);
    expect(candidateSearch(candidateRequest({ text: 'heftruck' })).params.attributesToSearchOn).toBeUndefined();
  });

  it('sends stemmed text with relevance order, the filter string and the requested facets', () => {
    const search = candidateSearch(
      candidateRequest({
        text: 'Kassamedewerkers in Delft',
        filter: { statuses: ['ACTIVE'], banenafspraak: true },
        offset: 40,
        limit: 20,
        facets: ['taalniveau', 'banenafspraak'],
      }),
    );
    expect(search).toEqual({
      q: 'kassamedewerker delft',
      params: {
        page: 3,
        hitsPerPage: 20,
        attributesToRetrieve: ['id'],
        matchingStrategy: 'all',
        locales: ['nld'],
        filter: 'status IN ["ACTIVE"] AND banenafspraak = true',
        facets: ['taalniveau', 'banenafspraak'],
      },
    });
  });

  it('treats text of only stop words as no text (placeholder search, NEWEST), as PostgreSQL does', () => {
    const search = candidateSearch(candidateRequest({ text: 'de en het' }));
    expect(search.q).toBe('');
    expect(search.params.sort).toEqual(['createdAtTs:desc', 'id:asc']);
  });

  it('sorts by distance from the within point', () => {
    const search = candidateSearch(candidateRequest({ sort: 'DISTANCE', filter: { within: { lat: 52.0116, lon: 4.3571, km: 13 } } }));
    expect(search.params.filter).toBe('_geoRadius(52.0116, 4.3571, 13000)');
    expect(search.params.sort).toEqual(['_geoPoint(52.0116, 4.3571):asc', 'id:asc']);
  });

  it('sends only facets of the candidates index, once each', () => {
    expect(candidateSearch(candidateRequest({ facets: ['taalniveau', 'status', 'taalniveau', 'bogus'] })).params.facets).toEqual(['taalniveau']);
    expect(candidateSearch(candidateRequest({ facets: ['bogus'] })).params).not.toHaveProperty('facets');
  });
});

describe('vacancySearch', () => {
  it('sends the vacancy filter, closing-date sort and vacancy facets', () => {
    expect(
      vacancySearch(vacancyRequest({ text: 'heftruk', filter: { statuses: ['OPEN'], leerwerkplek: true }, sort: 'CLOSING_DATE', facets: ['status', 'leerwerkplek', 'taalniveau'] })),
    ).toEqual({
      q: 'heftruk',
      params: {
        page: 1,
        hitsPerPage: 20,
        attributesToRetrieve: ['id'],
        matchingStrategy: 'all',
        locales: ['nld'],
        filter: 'status IN ["OPEN"] AND leerwerkplek = true',
        sort: ['closingDateDay:asc', 'id:asc'],
        facets: ['status', 'leerwerkplek'],
      },
    });
  });
});

describe('toSearchHits', () => {
  const params = candidateSearch(candidateRequest({ facets: ['taalniveau', 'banenafspraak', 'klantcategorie', 'targetGroups'] })).params;

  it('returns the ids in order, totalHits as the total, and the facets in our shape', () => {
    const hits = toSearchHits(
      {
        hits: [{ id: 'b' }, { id: 'a' }],
        totalHits: 5,
        facetDistribution: { taalniveau: { A2: 1, B1: 1, C1: 1 }, banenafspraak: { false: 4, true: 1 }, klantcategorie: { '2A': 1 } },
      },
      params,
    );
    expect(hits).toEqual({
      ids: ['b', 'a'],
      totalCount: 5,
      totalCountExact: true,
      facets: { taalniveau: { A2: 1, B1: 1, C1: 1 }, banenafspraak: { true: 1 }, klantcategorie: { '2A': 1 }, targetGroups: {} },
    });
  });

  it('gives every requested facet, empty when nothing matched, and drops zero counts', () => {
    expect(toSearchHits({ hits: [], totalHits: 0, facetDistribution: { banenafspraak: { false: 3 }, taalniveau: { B1: 0 } } }, params).facets).toEqual({
      taalniveau: {},
      banenafspraak: {},
      klantcategorie: {},
      targetGroups: {},
    });
    expect(toSearchHits({ hits: [], totalHits: 0 }, { ...params, facets: undefined }).facets).toEqual({});
  });

  it('refuses a response without an exhaustive totalHits or with a hit lacking its id', () => {
    expect(() => toSearchHits({ hits: [] }, params)).toThrow('without totalHits');
    expect(() => toSearchHits({ hits: [{ title: 'x' }], totalHits: 1 }, params)).toThrow('without a string id');
  });
});
