import { CANDIDATE_FACETS, VACANCY_FACETS } from '../search-query';
import { toMeiliCandidate, toMeiliVacancy } from './meilisearch-documents';
import {
  candidateIndexSettings,
  DEFAULT_MAX_TOTAL_HITS,
  indexSettings,
  stemSynonyms,
  vacancyIndexSettings,
} from './meilisearch-settings';
import { candidateDoc, vacancyDoc } from './testing/search-documents.fixtures';

const synonyms = { vorkheftruck: ['heftruck'], heftruck: ['vorkheftruck', 'heftrucks'], kassamedewerkers: ['caissières'] };

describe('candidateIndexSettings', () => {
  const settings = candidateIndexSettings({ synonyms });

  it('is exactly this settings object', () => {
    expect(settings).toEqual({
      searchableAttributes: [
        'talentTextStemmed',
        'talentText',
        'categoryTextStemmed',
        'categoryText',
        'workExperienceTitlesStemmed',
        'workExperienceTitles',
        'profileTextStemmed',
        'profileText',
      ],
      filterableAttributes: [
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
      ],
      sortableAttributes: ['createdAtTs', 'availableFromDay', '_geo', 'id'],
      rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
      synonyms: { heftruck: ['vorkheftruck'], kassamedewerker: ['caissieres'], vorkheftruck: ['heftruck'] },
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
      faceting: { maxValuesPerFacet: 500 },
      pagination: { maxTotalHits: DEFAULT_MAX_TOTAL_HITS },
    });
  });

  it('makes every facet filterable ("If an attribute used on facets has not been added to filterableAttributes, it will be ignored")', () => {
    for (const facet of CANDIDATE_FACETS) expect(settings.filterableAttributes).toContain(facet);
  });

  it('names only attributes the document mapping writes', () => {
    const doc = toMeiliCandidate(candidateDoc());
    for (const attribute of [...settings.searchableAttributes!, ...(settings.filterableAttributes as string[]), ...settings.sortableAttributes!]) {
      expect(doc).toHaveProperty(attribute);
    }
  });

  it('puts each stemmed copy right before its original, in the PostgreSQL weight order', () => {
    const searchable = settings.searchableAttributes!;
    for (let i = 0; i < searchable.length; i += 2) expect(searchable[i]).toBe(`${searchable[i + 1]}Stemmed`);
  });

  it('takes maxTotalHits from the options', () => {
    expect(candidateIndexSettings({ synonyms: {} }, { maxTotalHits: 50_000 }).pagination).toEqual({ maxTotalHits: 50_000 });
  });
});

describe('vacancyIndexSettings', () => {
  const settings = vacancyIndexSettings({ synonyms: {} });

  it('searches title and talents first, then category, then description', () => {
    expect(settings.searchableAttributes).toEqual([
      'titleStemmed',
      'title',
      'talentTextStemmed',
      'talentText',
      'categoryTextStemmed',
      'categoryText',
      'descriptionStemmed',
      'description',
    ]);
  });

  it('filters on every VacancyFilter field and facet, sorts on newest, closing date, distance and id', () => {
    expect(settings.filterableAttributes).toEqual([
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
    ]);
    for (const facet of VACANCY_FACETS) expect(settings.filterableAttributes).toContain(facet);
    expect(settings.sortableAttributes).toEqual(['createdAtTs', 'closingDateDay', '_geo', 'id']);
  });

  it('names only attributes the document mapping writes', () => {
    const doc = toMeiliVacancy(vacancyDoc());
    for (const attribute of [...settings.searchableAttributes!, ...(settings.filterableAttributes as string[]), ...settings.sortableAttributes!]) {
      expect(doc).toHaveProperty(attribute);
    }
  });

  it('shares the language, typo, ranking, faceting and pagination settings', () => {
    const candidates = candidateIndexSettings({ synonyms: {} });
    for (const key of ['rankingRules', 'typoTolerance', 'localizedAttributes', 'faceting', 'pagination', 'synonyms'] as const) {
      expect(settings[key]).toEqual(candidates[key]);
    }
  });

  it('is what indexSettings gives per index name', () => {
    expect(indexSettings('vacancies', { synonyms: {} })).toEqual(settings);
    expect(indexSettings('candidates', { synonyms: {} })).toEqual(candidateIndexSettings({ synonyms: {} }));
  });
});

describe('stemSynonyms', () => {
  it('stems keys and values the way queries and the stemmed fields are stemmed', () => {
    expect(stemSynonyms({ Kassamedewerkers: ['Caissières', 'kassa medewerkers'] })).toEqual({
      kassamedewerker: ['caissieres', 'kassa medewerker'],
    });
  });

  it('merges keys with the same stem and drops values equal to their key', () => {
    expect(stemSynonyms({ heftruck: ['heftrucks', 'vorklift'], heftrucks: ['vorkheftruck'] })).toEqual({
      heftruck: ['vorkheftruck', 'vorklift'],
    });
  });

  it('drops stop words from keys (the query never contains them) and keys longer than Meilisearch looks up', () => {
    expect(stemSynonyms({ 'medewerker in de bediening': ['ober'], 'heftruck chauffeur met vca certificaat': ['x'], de: ['het'] })).toEqual({
      'medewerker bedien': ['ober'],
    });
  });

  it('caps a term at 50 synonyms and sorts, so equal input gives an equal setting', () => {
    const many = Array.from({ length: 60 }, (_, i) => `woord${String(i).padStart(2, '0')}`);
    const result = stemSynonyms({ zoek: [...many].reverse() });
    expect(result.zoek).toHaveLength(50);
    expect(result.zoek).toEqual([...result.zoek].sort());
    expect(Object.keys(stemSynonyms({ b: ['x'], a: ['y'] }))).toEqual(['a', 'b']);
  });

  it('gives an empty object for no synonyms', () => {
    expect(stemSynonyms({})).toEqual({});
  });
});
