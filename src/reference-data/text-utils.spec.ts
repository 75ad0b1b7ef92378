import { editDistance, foldText, rankByDistance, suggestionThreshold } from './text-utils';

describe('foldText', () => {
  it('lower-cases, strips diacritics and collapses whitespace', () => {
    expect(foldText('  Caissière  ')).toBe('caissiere');
    expect(foldText('Tweede   Exloërmond')).toBe('tweede exloermond');
    expect(foldText('Feanwâlden')).toBe('feanwalden');
  });

  it('reads hyphens, underscores and slashes as spaces and drops other punctuation', () => {
    expect(foldText("'s-Gravenhage")).toBe('s gravenhage');
    expect(foldText('MIG/MAG-lassen')).toBe('mig mag lassen');
    expect(foldText("foto's maken!")).toBe('fotos maken');
  });

  it('decomposes the ij ligature', () => {
    expect(foldText('\u0132sselstein')).toBe('ijsselstein');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('heftruck', 'heftruck')).toBe(0);
    expect(editDistance('heftruk', 'heftruck')).toBe(1);
    expect(editDistance('hetfruck', 'heftruck')).toBe(1);
    expect(editDistance('kassa', 'kasa')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('rankByDistance', () => {
  it('keeps the best distance per value and orders closest first', () => {
    const ranked = rankByDistance(
      'kasa',
      [
        { key: 'kassa', value: 'A' },
        { key: 'kast', value: 'B' },
        { key: 'kaas', value: 'C' },
        { key: 'zzzz', value: 'D' },
      ],
      5,
    );
    expect(ranked).toEqual(['A', 'B', 'C']);
    expect(suggestionThreshold(4)).toBe(1);
    expect(suggestionThreshold(12)).toBe(4);
  });
});
