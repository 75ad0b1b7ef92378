import { DUTCH_STOP_WORDS, dutchWords, isDutchStopWord, stemDutch, stemDutchWord } from './dutch-stemmer';

describe('stemDutch', () => {
  it('stems like PostgreSQL’s dutch configuration', () => {
    expect(stemDutch('fietsen')).toBe('fiets');
    expect(stemDutch('kassamedewerkers')).toBe('kassamedewerker');
    expect(stemDutch('magazijnmedewerkers')).toBe('magazijnmedewerker');
    expect(stemDutch('heftrucks')).toBe('heftruck');
    expect(stemDutch('opleidingen')).toBe('opleid');
    expect(stemDutch('opleiding')).toBe('opleid');
    expect(stemDutch('bakken')).toBe('bak');
  });

  it('lowercases, strips diacritics and joins the stemmed words with single spaces', () => {
    expect(stemDutch('Kassamedewerkers')).toBe('kassamedewerker');
    expect(stemDutch('café  CRÈME')).toBe(stemDutch('cafe creme'));
    expect(stemDutch('  Fietsen, en... HEFTRUCKS!  ')).toBe('fiets en heftruck');
    expect(stemDutch('heftruck-chauffeur/orderpicker')).toBe('heftruck chauffeur orderpicker');
  });

  it('returns an empty string for text without words', () => {
    expect(stemDutch('')).toBe('');
    expect(stemDutch('  -- !! ')).toBe('');
  });

  it('keeps digits and leaves unknown short words alone', () => {
    expect(stemDutch('VCA 2024')).toBe('vca 2024');
  });

  it('is stable on its own output for common job words (a stemmed copy can be stemmed again)', () => {
    for (const word of ['kassamedewerker', 'fiets', 'heftruck', 'magazijnmedewerker', 'schoonmaker']) {
      expect(stemDutchWord(stemDutchWord(word))).toBe(stemDutchWord(word));
    }
  });
});

describe('dutchWords', () => {
  it('folds ĳ and accents and splits on punctuation', () => {
    expect(dutchWords('Bĳbaan, één dag!')).toEqual(['bijbaan', 'een', 'dag']);
  });
});

describe('DUTCH_STOP_WORDS', () => {
  it('is PostgreSQL’s 101-word dutch.stop list', () => {
    expect(DUTCH_STOP_WORDS.size).toBe(101);
    expect(isDutchStopWord('de')).toBe(true);
    expect(isDutchStopWord('hebben')).toBe(true);
    expect(isDutchStopWord('fiets')).toBe(false);
  });
});
