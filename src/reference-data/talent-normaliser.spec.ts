import { TalentNormaliser } from './talent-normaliser';
import { TALENTS, TalentDefinition } from './talents.data';

describe('TalentNormaliser with the bundled TALENTS', () => {
  const normaliser = new TalentNormaliser(TALENTS);

  it('maps codes, labels and synonyms to the canonical code', () => {
    expect(normaliser.normalise('heftruck')).toBe('heftruck');
    expect(normaliser.normalise('vorkheftruck')).toBe('heftruck');
    expect(normaliser.normalise('kassa')).toBe('kassawerk');
    expect(normaliser.normalise('poetsen')).toBe('schoonmaken');
    expect(normaliser.normalise('zelfstandig-werken')).toBe('zelfstandig-werken');
    expect(normaliser.normalise('zelfstandig werken')).toBe('zelfstandig-werken');
    expect(normaliser.normalise('persoonlijke verzorging')).toBe('persoonlijke-verzorging');
  });

  it('ignores case, surrounding and repeated whitespace', () => {
    expect(normaliser.normalise('  HEFTRUCK ')).toBe('heftruck');
    expect(normaliser.normalise('Laden   en\tLossen')).toBe('laden-en-lossen');
    expect(normaliser.normalise('VCA')).toBe('vca-basis');
  });

  it('ignores diacritics both ways', () => {
    expect(normaliser.normalise('caissière')).toBe('kassawerk');
    expect(normaliser.normalise('caissiere')).toBe('kassawerk');
    expect(normaliser.normalise('hygienisch werken')).toBe('hygienisch-werken');
    expect(normaliser.normalise('Cliëntbegeleiding')).toBe('clientbegeleiding');
    expect(normaliser.normalise('enquêteren')).toBe('enqueteren');
  });

  it('matches regardless of spaces or hyphens inside the tag', () => {
    expect(normaliser.normalise('heftruck certificaat')).toBe('heftruck');
    expect(normaliser.normalise('mig mag lassen')).toBe('mig-mag-lassen');
    expect(normaliser.normalise('MIG/MAG-lassen')).toBe('mig-mag-lassen');
  });

  it('matches simple Dutch inflections through the stemmer', () => {
    expect(normaliser.normalise('heftrucks')).toBe('heftruck');
    expect(normaliser.normalise('magazijnen')).toBe('magazijnwerk');
  });

  it('returns null for unknown or empty input', () => {
    expect(normaliser.normalise('raketwetenschap')).toBeNull();
    expect(normaliser.normalise('')).toBeNull();
    expect(normaliser.normalise('   ')).toBeNull();
    expect(normaliser.normalise('rijbewijs b')).toBeNull();
  });

  it('normaliseAll dedupes codes in first-seen order and lists unknown tags once', () => {
    const result = normaliser.normaliseAll([
      'Orderpicker',
      'vorklift',
      'heftruck',
      'raketwetenschap',
      'orderpicken',
      'Raketwetenschap ',
      'kassa',
      '  ',
    ]);
    expect(result.codes).toEqual(['orderpicken', 'heftruck', 'kassawerk']);
    expect(result.unknown).toEqual(['raketwetenschap']);
  });

  it('suggests the closest labels for a typo', () => {
    expect(normaliser.suggest('heftruk')).toContain('heftruck');
    expect(normaliser.suggest('heftruk')[0]).toBe('heftruck');
    expect(normaliser.suggest('orderpikken')[0]).toBe('orderpicken');
    expect(normaliser.suggest('barrista')[0]).toBe('barista');
  });

  it('respects the suggestion limit and returns nothing for unrelated input', () => {
    expect(normaliser.suggest('heftruk', 1)).toEqual(['heftruck']);
    expect(normaliser.suggest('lassen', 2).length).toBeLessThanOrEqual(2);
    expect(normaliser.suggest('qqqqqqqqqqqq')).toEqual([]);
    expect(normaliser.suggest('')).toEqual([]);
  });

  it('returns labels for codes', () => {
    expect(normaliser.label('vca-basis')).toBe('VCA basis');
    expect(normaliser.label('kassawerk')).toBe('kassawerk');
    expect(normaliser.label('bestaat-niet')).toBeUndefined();
    expect(normaliser.has('heftruck')).toBe(true);
    expect(normaliser.has('vorklift')).toBe(false);
  });
});

describe('TalentNormaliser with a custom (database-loaded) list', () => {
  const custom: TalentDefinition[] = [
    { code: 'stapelen', label: 'Stapelen', categories: [], synonyms: ['opstapelen'] },
    { code: 'kranen', label: 'Kraanmachinist', categories: [], synonyms: ['kraan', 'Stapelen'] },
  ];

  it('uses only the given list', () => {
    const normaliser = new TalentNormaliser(custom);
    expect(normaliser.normalise('opstapelen')).toBe('stapelen');
    expect(normaliser.normalise('kraan')).toBe('kranen');
    expect(normaliser.normalise('heftruck')).toBeNull();
    expect(normaliser.label('kranen')).toBe('Kraanmachinist');
  });

  it('lets a label win over a colliding synonym of another talent', () => {
    const normaliser = new TalentNormaliser(custom);
    expect(normaliser.normalise('stapelen')).toBe('stapelen');
  });

  it('can run without stemming', () => {
    const normaliser = new TalentNormaliser(TALENTS, { stemmer: null });
    expect(normaliser.normalise('heftruck')).toBe('heftruck');
    expect(normaliser.normalise('heftrucks')).toBeNull();
  });

  it('does not match a stem shared by two different talents', () => {
    const stemmer = (word: string) => word.replace(/(en|er|s)$/, '');
    const normaliser = new TalentNormaliser(
      [
        { code: 'bakken', label: 'bakken', categories: [], synonyms: [] },
        { code: 'bakker', label: 'bakker', categories: [], synonyms: [] },
      ],
      { stemmer },
    );
    expect(normaliser.normalise('bakken')).toBe('bakken');
    expect(normaliser.normalise('bakker')).toBe('bakker');
    expect(normaliser.normalise('baks')).toBeNull();
  });
});
