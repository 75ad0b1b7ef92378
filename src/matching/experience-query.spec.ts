import { experienceTsQuery } from './experience-query';

describe('experienceTsQuery', () => {
  it('ORs each talent word, restricted to the B weight (work experience titles), phrases as AND', () => {
    expect(experienceTsQuery(['magazijnwerk', 'magazijnmedewerker', 'orders picken'])).toBe(
      'magazijnwerk:B | magazijnmedewerker:B | (orders:B & picken:B)',
    );
  });

  it('folds accents and drops anything that could break the query syntax, and duplicates', () => {
    expect(experienceTsQuery(["bhv'er", 'Hygiënisch', "x'); DROP TABLE candidate; --", 'hygienisch'])).toBe(
      '(bhv:B & er:B) | hygienisch:B | (drop:B & table:B & candidate:B)',
    );
  });

  it('is null without a usable word', () => {
    expect(experienceTsQuery([])).toBeNull();
    expect(experienceTsQuery(['!', 'a'])).toBeNull();
  });
});
