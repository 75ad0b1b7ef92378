import { buildTsQuery, ResolvedWord } from './text-query';

const known = (lexeme: string, hasPrefixMatches = false): ResolvedWord => ({ lexeme, known: true, hasPrefixMatches, corrections: [] });

describe('buildTsQuery', () => {
  it('requires every word, corrects unknown ones and treats the last as a prefix', () => {
    const typo: ResolvedWord = { lexeme: 'heftruk', known: false, hasPrefixMatches: false, corrections: ['heftruck'] };
    expect(buildTsQuery(['heftruk', 'magazijn'], [typo, known('magazijn', true)])).toBe("('heftruck') & ('magazijn':*)");
  });

  it('limits every term to the given weights (an employer searches the profile fields, not the profile text)', () => {
    const typo: ResolvedWord = { lexeme: 'heftruk', known: false, hasPrefixMatches: false, corrections: ['heftruck'] };
    expect(buildTsQuery(['heftruk', 'orderpickers', 'kass'], [typo, known('orderpicker'), known('kass', true)], 'AB')).toBe(
      "('heftruck':AB) & 'orderpicker':AB & ('kass':*AB)",
    );
  });

  it('refuses anything but weight letters', () => {
    expect(() => buildTsQuery(['x'], [known('x')], "A' | 'y")).toThrow('weights');
  });
});
