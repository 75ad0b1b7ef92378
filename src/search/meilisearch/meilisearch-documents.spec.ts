import { daysSinceEpoch, epochMillis, toMeiliCandidate, toMeiliVacancy } from './meilisearch-documents';
import { candidateDoc, vacancyDoc } from './testing/search-documents.fixtures';

describe('daysSinceEpoch', () => {
  it('counts whole UTC days since 1970-01-01', () => {
    expect(daysSinceEpoch('1970-01-01')).toBe(0);
    expect(daysSinceEpoch('1970-01-02')).toBe(1);
    expect(daysSinceEpoch('2025-03-01')).toBe(20148);
    expect(daysSinceEpoch('1969-12-31')).toBe(-1);
  });

  it('uses the calendar date of an ISO timestamp', () => {
    expect(daysSinceEpoch('2025-03-01T23:59:59Z')).toBe(20148);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => daysSinceEpoch('01-03-2025')).toThrow('Not a calendar date');
    expect(() => daysSinceEpoch('2025-02-30')).toThrow('Not a calendar date');
    expect(() => daysSinceEpoch('')).toThrow('Not a calendar date');
  });
});

describe('epochMillis', () => {
  it('parses ISO timestamps and refuses garbage', () => {
    expect(epochMillis('1970-01-01T00:00:01.500Z')).toBe(1500);
    expect(() => epochMillis('yesterday')).toThrow('Not a timestamp');
  });
});

describe('toMeiliCandidate', () => {
  it('keeps the engine-neutral fields and the UUID id, drops raw lat/lon for _geo', () => {
    const doc = toMeiliCandidate(candidateDoc());
    expect(doc.id).toBe('6f1c2d3e-0000-4000-8000-000000000001');
    expect(doc._geo).toEqual({ lat: 52.0575, lng: 4.4931 });
    expect(doc).not.toHaveProperty('lat');
    expect(doc).not.toHaveProperty('lon');
    expect(doc.talents).toEqual(['kassawerk', 'klantvriendelijk']);
    expect(doc.status).toBe('ACTIVE');
    expect(doc.visibleToEmployers).toBe(true);
  });

  it('adds stemmed copies of every free-text field', () => {
    const doc = toMeiliCandidate(candidateDoc());
    expect(doc.talentTextStemmed).toEqual(['kassawerk', 'kassamedewerker', 'klantvriend']);
    expect(doc.categoryTextStemmed).toEqual(['detailhandel en supermarkt']);
    expect(doc.workExperienceTitlesStemmed).toEqual(['vakkenvuller', 'medewerker bedien']);
    expect(doc.profileTextStemmed).toBe('repareert grag fiets bij de buurtwerkplat');
  });

  it('adds numeric dates for filtering and sorting', () => {
    const doc = toMeiliCandidate(candidateDoc());
    expect(doc.availableFromDay).toBe(daysSinceEpoch('2025-03-01'));
    expect(doc.unemployedSinceDay).toBe(daysSinceEpoch('2023-01-15'));
    expect(doc.createdAtTs).toBe(Date.UTC(2025, 0, 2, 3, 4, 5, 678));
  });

  it('writes unknown hours and availability as explicit nulls (IS NULL only matches an existing null field)', () => {
    const doc = toMeiliCandidate(candidateDoc({ hoursMin: null, hoursMax: null, availableFrom: null, unemployedSince: null }));
    const json = JSON.parse(JSON.stringify(doc));
    expect(json).toHaveProperty('hoursMin', null);
    expect(json).toHaveProperty('hoursMax', null);
    expect(json).toHaveProperty('availableFromDay', null);
    expect(json).toHaveProperty('unemployedSinceDay', null);
  });

  it('adds _geo only when both coordinates are known and valid', () => {
    expect(toMeiliCandidate(candidateDoc({ lat: null, lon: null }))).not.toHaveProperty('_geo');
    expect(toMeiliCandidate(candidateDoc({ lat: 52, lon: null }))).not.toHaveProperty('_geo');
    expect(toMeiliCandidate(candidateDoc({ lat: Number.NaN, lon: 4 }))).not.toHaveProperty('_geo');
    expect(toMeiliCandidate(candidateDoc({ lat: 0, lon: 0 }))._geo).toEqual({ lat: 0, lng: 0 });
  });

  it('fails loudly on a malformed date instead of indexing a document that filters wrong', () => {
    expect(() => toMeiliCandidate(candidateDoc({ availableFrom: 'soon' }))).toThrow('Not a calendar date');
  });
});

describe('toMeiliVacancy', () => {
  it('joins required and nice-to-have talents for the talents filter, without duplicates', () => {
    expect(toMeiliVacancy(vacancyDoc()).talents).toEqual(['kassawerk', 'klantvriendelijk']);
  });

  it('adds stemmed title, description, category and talent text', () => {
    const doc = toMeiliVacancy(vacancyDoc());
    expect(doc.titleStemmed).toBe('kassamedewerker supermarkt');
    expect(doc.descriptionStemmed).toBe('je helpt klant bij het afreken en vult de schapp');
    expect(doc.categoryTextStemmed).toEqual(['detailhandel en supermarkt']);
    expect(doc.talentTextStemmed).toEqual(['kassawerk', 'kassa', 'klantvriend']);
  });

  it('adds numeric closing and start dates (null when unknown), createdAtTs and _geo', () => {
    const doc = toMeiliVacancy(vacancyDoc());
    expect(doc.closingDateDay).toBe(daysSinceEpoch('2025-06-30'));
    expect(doc.startDateDay).toBeNull();
    expect(doc.createdAtTs).toBe(Date.parse('2025-02-03T10:00:00.000Z'));
    expect(doc._geo).toEqual({ lat: 52.0575, lng: 4.4931 });
    expect(doc.id).toBe('7a1c2d3e-0000-4000-8000-000000000002');
  });
});
