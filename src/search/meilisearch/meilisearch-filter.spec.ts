import fc from 'fast-check';
import { CandidateFilter, VacancyFilter } from '../search-query';
import { daysSinceEpoch } from './meilisearch-documents';
import {
  candidateFilterExpression,
  candidateSort,
  formatNumber,
  geoRadius,
  meiliQueryText,
  quoteValue,
  vacancyFilterExpression,
  vacancySort,
} from './meilisearch-filter';

/**
 * How Meilisearch reads a double-quoted filter value (crates/filter-parser/src/value.rs, `quoted_by` then
 * `unescape` then the `unescaper` crate): the value runs to the first `"` not preceded by an escaping `\` (a `\`
 * always escapes the next character); `\"` then becomes `"`, and `\\` becomes `\`. Returns the value and what
 * follows the closing quote, so a test can see whether a value broke out.
 */
function readQuoted(input: string): { value: string; rest: string } {
  if (input[0] !== '"') throw new Error('not quoted');
  let i = 1;
  for (; i < input.length; i++) {
    if (input[i] === '\\') i++;
    else if (input[i] === '"') break;
  }
  if (i >= input.length) throw new Error('missing closing quote');
  const raw = input.slice(1, i).replace(/\\"/g, '"');
  let value = '';
  for (let j = 0; j < raw.length; j++) {
    if (raw[j] === '\\') {
      const next = raw[++j];
      // Only `\\` may be left after the quote pass; any other escape would be interpreted by `unescaper`.
      if (next !== '\\') throw new Error(`unexpected escape \\${next}`);
      value += '\\';
    } else value += raw[j];
  }
  return { value, rest: input.slice(i + 1) };
}

describe('quoteValue', () => {
  it('wraps plain values in double quotes ("String values containing whitespace must be enclosed in single or double quotes")', () => {
    expect(quoteValue('detailhandel')).toBe('"detailhandel"');
    expect(quoteValue('Tim Burton')).toBe('"Tim Burton"');
    expect(quoteValue('')).toBe('""');
  });

  it('escapes double quotes and backslashes', () => {
    expect(quoteValue('a"b')).toBe('"a\\"b"');
    expect(quoteValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteValue('\\"')).toBe('"\\\\\\""');
    expect(quoteValue('x\\')).toBe('"x\\\\"');
  });

  it('keeps hostile values inside their quotes', () => {
    for (const hostile of [
      '" OR status = "INACTIVE',
      'x" OR "1" = "1',
      '\\" OR visibleToEmployers = false OR "',
      'ends with backslash\\',
      "single ' quote",
      ') OR (status EXISTS',
      'NOT',
      'AND',
      '_geoRadius(0, 0, 1)',
      'line\nbreak',
    ]) {
      const quoted = quoteValue(hostile);
      expect(readQuoted(quoted)).toEqual({ value: hostile, rest: '' });
      // Inside a larger expression the value still ends exactly where it should.
      expect(readQuoted(`${quoted} AND x = 1`)).toEqual({ value: hostile, rest: ' AND x = 1' });
    }
  });

  it('round-trips any string through Meilisearch’s reading of a quoted value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: fc.constantFrom('\\', '"', "'", 'a', ' ', ')') }), (a, b) => {
        for (const value of [a, b]) expect(readQuoted(`${quoteValue(value)} OR z = 1`)).toEqual({ value, rest: ' OR z = 1' });
      }),
    );
  });
});

describe('formatNumber', () => {
  it('prints finite numbers in plain decimal notation', () => {
    expect(formatNumber(24)).toBe('24');
    expect(formatNumber(-1)).toBe('-1');
    expect(formatNumber(52.0116)).toBe('52.0116');
    expect(formatNumber(1e-7)).toBe('0.0000001');
  });

  it('refuses what a filter cannot hold', () => {
    expect(() => formatNumber(Number.NaN)).toThrow('finite');
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow('finite');
    expect(() => formatNumber(1e21)).toThrow('out of range');
  });
});

describe('geoRadius', () => {
  it('is _geoRadius(lat, lng, distanceInMeters) with whole meters', () => {
    expect(geoRadius({ lat: 52.0116, lon: 4.3571, km: 13 })).toBe('_geoRadius(52.0116, 4.3571, 13000)');
    expect(geoRadius({ lat: 52, lon: 4, km: 2.5004 })).toBe('_geoRadius(52, 4, 2500)');
  });

  it('refuses impossible points and radii', () => {
    expect(() => geoRadius({ lat: 91, lon: 4, km: 1 })).toThrow('Invalid geo filter');
    expect(() => geoRadius({ lat: 52, lon: -181, km: 1 })).toThrow('Invalid geo filter');
    expect(() => geoRadius({ lat: 52, lon: 4, km: -1 })).toThrow('Invalid geo filter');
    expect(() => geoRadius({ lat: Number.NaN, lon: 4, km: 1 })).toThrow('Invalid geo filter');
  });
});

describe('candidateFilterExpression', () => {
  const day = daysSinceEpoch('2025-03-01');

  it('is undefined for an empty filter and for empty lists (nothing filtered, as on PostgreSQL)', () => {
    expect(candidateFilterExpression({})).toBeUndefined();
    expect(candidateFilterExpression({ categories: [], talents: [], statuses: [], klantcategorieen: [], targetGroups: [] })).toBeUndefined();
    expect(candidateFilterExpression({ visibleToEmployersOnly: false, availableBy: '', matchmakerId: '' })).toBeUndefined();
    // The travel-distance condition needs a radius to compare with.
    expect(candidateFilterExpression({ withinOwnTravelDistance: true })).toBeUndefined();
  });

  it.each<[string, CandidateFilter, string]>([
    // "IN combines equality operators by taking an array of comma-separated values delimited by square brackets"
    ['statuses', { statuses: ['ACTIVE', 'PLACED'] }, 'status IN ["ACTIVE", "PLACED"]'],
    ['categories (any of)', { categories: ['logistiek', 'detailhandel'] }, 'categoryWishes IN ["logistiek", "detailhandel"]'],
    // On an array field `=` "matches any document where at least one element in the array equals the value".
    ['talents (every one)', { talents: ['heftruck', 'orderpicken'] }, 'talents = "heftruck" AND talents = "orderpicken"'],
    ['minTaalniveauRank', { minTaalniveauRank: 2 }, 'taalniveauRank >= 2'],
    ['minTaalniveauRank below A1 still leaves unknown out', { minTaalniveauRank: -3 }, 'taalniveauRank >= 0'],
    ['startkwalificatie', { startkwalificatie: false }, 'startkwalificatie = false'],
    ['banenafspraak', { banenafspraak: true }, 'banenafspraak = true'],
    ['loonkostensubsidie', { loonkostensubsidie: false }, 'loonkostensubsidie = false'],
    ['klantcategorieen', { klantcategorieen: ['2A'] }, 'klantcategorie IN ["2A"]'],
    ['targetGroups (any of)', { targetGroups: ['STATUSHOUDER', 'VIJFTIG_PLUS'] }, 'targetGroups IN ["STATUSHOUDER", "VIJFTIG_PLUS"]'],
    // Overlap with missing hours treated as open; "IS NULL selects documents in which the attribute exists but contains a null value".
    ['hoursMin', { hoursMin: 30 }, '(hoursMax >= 30 OR hoursMax IS NULL)'],
    ['hoursMax', { hoursMax: 40 }, '(hoursMin <= 40 OR hoursMin IS NULL)'],
    ['availableBy (unknown included)', { availableBy: '2025-03-01' }, `(availableFromDay <= ${day} OR availableFromDay IS NULL)`],
    ['within', { within: { lat: 52.0116, lon: 4.3571, km: 13 } }, '_geoRadius(52.0116, 4.3571, 13000)'],
    ['visibleToEmployersOnly', { visibleToEmployersOnly: true }, 'visibleToEmployers = true'],
    [
      "within the candidate's own travel distance, per whole km below the radius",
      { within: { lat: 52, lon: 4.5, km: 2.5 }, withinOwnTravelDistance: true },
      '_geoRadius(52, 4.5, 2500) AND (maxTravelKm IS NULL OR maxTravelKm >= 2.5 OR (maxTravelKm = 0 AND _geoRadius(52, 4.5, 0)) OR ' +
        '(maxTravelKm = 1 AND _geoRadius(52, 4.5, 1000)) OR (maxTravelKm = 2 AND _geoRadius(52, 4.5, 2000)))',
    ],
    ['matchmakerId', { matchmakerId: '6f1c2d3e-0000-4000-8000-0000000000aa' }, 'matchmakerId = "6f1c2d3e-0000-4000-8000-0000000000aa"'],
  ])('%s', (_name, filter, expected) => {
    expect(candidateFilterExpression(filter)).toBe(expected);
  });

  it('joins conditions with AND, every OR group in parentheses ("AND has higher precedence than OR")', () => {
    expect(
      candidateFilterExpression({
        statuses: ['ACTIVE'],
        talents: ['heftruck'],
        hoursMin: 30,
        hoursMax: 40,
        availableBy: '2025-03-01',
        within: { lat: 52, lon: 4.5, km: 10 },
        visibleToEmployersOnly: true,
      }),
    ).toBe(
      'status IN ["ACTIVE"] AND talents = "heftruck" AND (hoursMax >= 30 OR hoursMax IS NULL) AND (hoursMin <= 40 OR hoursMin IS NULL) AND ' +
        `(availableFromDay <= ${day} OR availableFromDay IS NULL) AND _geoRadius(52, 4.5, 10000) AND visibleToEmployers = true`,
    );
  });

  it('keeps hostile list values and ids inside their quotes', () => {
    const expression = candidateFilterExpression({ categories: ['x"] OR status != "y'], matchmakerId: '" OR "1" = "1' })!;
    expect(expression).toBe('categoryWishes IN ["x\\"] OR status != \\"y"] AND matchmakerId = "\\" OR \\"1\\" = \\"1"');
    const afterIn = readQuoted(expression.slice('categoryWishes IN ['.length));
    expect(afterIn.value).toBe('x"] OR status != "y');
    expect(afterIn.rest.startsWith('] AND matchmakerId = ')).toBe(true);
    expect(readQuoted(afterIn.rest.slice('] AND matchmakerId = '.length))).toEqual({ value: '" OR "1" = "1', rest: '' });
  });

  it('refuses a malformed availableBy date and non-finite hours instead of sending a broken filter', () => {
    expect(() => candidateFilterExpression({ availableBy: '2025-13-01' })).toThrow('Not a calendar date');
    expect(() => candidateFilterExpression({ hoursMin: Number.NaN })).toThrow('finite');
  });
});

describe('vacancyFilterExpression', () => {
  it('is undefined for an empty filter', () => {
    expect(vacancyFilterExpression({})).toBeUndefined();
    expect(vacancyFilterExpression({ categories: [], talents: [], statuses: [], employerId: '' })).toBeUndefined();
  });

  it.each<[string, VacancyFilter, string]>([
    ['statuses', { statuses: ['OPEN'] }, 'status IN ["OPEN"]'],
    ['categories', { categories: ['logistiek', 'schoonmaak'] }, 'categoryCode IN ["logistiek", "schoonmaak"]'],
    ['talents (required or nice-to-have, every one)', { talents: ['heftruck', 'vca-basis'] }, 'talents = "heftruck" AND talents = "vca-basis"'],
    // No minimum is rank -1, so it always passes "at most".
    ['maxTaalniveauRank', { maxTaalniveauRank: 1 }, 'minTaalniveauRank <= 1'],
    ['maxTaalniveauRank -1 = only vacancies without a minimum', { maxTaalniveauRank: -1 }, 'minTaalniveauRank <= -1'],
    ['startkwalificatieRequired', { startkwalificatieRequired: false }, 'startkwalificatieRequired = false'],
    ['banenafspraak', { banenafspraak: true }, 'banenafspraak = true'],
    ['loonkostensubsidie', { loonkostensubsidie: true }, 'loonkostensubsidie = true'],
    ['leerwerkplek', { leerwerkplek: true }, 'leerwerkplek = true'],
    ['hoursMin (vacancies always have hours)', { hoursMin: 30 }, 'hoursMax >= 30'],
    ['hoursMax', { hoursMax: 20 }, 'hoursMin <= 20'],
    ['employerId', { employerId: '7a1c2d3e-0000-4000-8000-0000000000bb' }, 'employerId = "7a1c2d3e-0000-4000-8000-0000000000bb"'],
    ['within', { within: { lat: 52.0575, lon: 4.4931, km: 10 } }, '_geoRadius(52.0575, 4.4931, 10000)'],
  ])('%s', (_name, filter, expected) => {
    expect(vacancyFilterExpression(filter)).toBe(expected);
  });

  it('joins everything with AND', () => {
    expect(vacancyFilterExpression({ statuses: ['OPEN'], leerwerkplek: true, hoursMin: 20, hoursMax: 32, maxTaalniveauRank: 2 })).toBe(
      'status IN ["OPEN"] AND minTaalniveauRank <= 2 AND leerwerkplek = true AND hoursMax >= 20 AND hoursMin <= 32',
    );
  });

  it('escapes a hostile employer id', () => {
    expect(vacancyFilterExpression({ employerId: 'a\\" OR status = "DRAFT' })).toBe('employerId = "a\\\\\\" OR status = \\"DRAFT"');
  });
});

describe('candidateSort / vacancySort', () => {
  const delft = { lat: 52.0116, lon: 4.3571, km: 13 };

  it('RELEVANCE with text sends no sort (the ranking rules decide)', () => {
    expect(candidateSort('RELEVANCE', true, undefined)).toEqual([]);
    expect(vacancySort('RELEVANCE', true, delft)).toEqual([]);
  });

  it('RELEVANCE without text means NEWEST', () => {
    expect(candidateSort('RELEVANCE', false, undefined)).toEqual(['createdAtTs:desc', 'id:asc']);
    expect(vacancySort('RELEVANCE', false, undefined)).toEqual(['createdAtTs:desc', 'id:asc']);
  });

  it('NEWEST sorts on the creation timestamp, ties by id', () => {
    expect(candidateSort('NEWEST', true, undefined)).toEqual(['createdAtTs:desc', 'id:asc']);
    expect(vacancySort('NEWEST', false, undefined)).toEqual(['createdAtTs:desc', 'id:asc']);
  });

  it('DISTANCE is _geoPoint(lat, lng):asc from the within point, NEWEST without one', () => {
    expect(candidateSort('DISTANCE', false, delft)).toEqual(['_geoPoint(52.0116, 4.3571):asc', 'id:asc']);
    expect(vacancySort('DISTANCE', true, delft)).toEqual(['_geoPoint(52.0116, 4.3571):asc', 'id:asc']);
    expect(candidateSort('DISTANCE', true, undefined)).toEqual(['createdAtTs:desc', 'id:asc']);
  });

  it('AVAILABLE_FROM and CLOSING_DATE sort on day numbers, earliest first', () => {
    expect(candidateSort('AVAILABLE_FROM', false, undefined)).toEqual(['availableFromDay:asc', 'id:asc']);
    expect(vacancySort('CLOSING_DATE', true, undefined)).toEqual(['closingDateDay:asc', 'id:asc']);
  });
});

describe('meiliQueryText', () => {
  it('sends the stemmed words, so they hit the stemmed copies', () => {
    expect(meiliQueryText('kassamedewerkers')).toBe('kassamedewerker');
    expect(meiliQueryText('Fietsen repareren')).toBe('fiets reparer');
  });

  it('drops Dutch stop words, as PostgreSQL’s dutch configuration does', () => {
    expect(meiliQueryText('medewerker in de bediening')).toBe('medewerker bedien');
    expect(meiliQueryText('de het een')).toBe('');
  });

  it('keeps a partly typed last word as a prefix Meilisearch can extend', () => {
    expect(meiliQueryText('heftr')).toBe('heftr');
    expect(meiliQueryText('kassamedewerke')).toBe('kassamedewerk');
  });

  it('counts only the first 8 words, like the PostgreSQL engine', () => {
    expect(meiliQueryText('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10')).toBe('a1 a2 a3 a4 a5 a6 a7 a8');
  });

  it('leaves no query syntax: phrases and negation are plain words', () => {
    expect(meiliQueryText('"heftruck chauffeur" -nacht')).toBe('heftruck chauffeur nacht');
    expect(meiliQueryText('  ')).toBe('');
  });
});
