import { TALENT_RELATIONS, relationIndex } from './talent-relations.data';
import { TALENTS } from './talents.data';

describe('TALENT_RELATIONS', () => {
  it('relates only known talents, never a talent to itself, and no pair twice', () => {
    const codes = new Set(TALENTS.map((t) => t.code));
    const seen = new Set<string>();
    for (const [a, b] of TALENT_RELATIONS) {
      expect(codes.has(a) && codes.has(b) ? `${a}~${b}` : `unknown: ${a}~${b}`).toBe(`${a}~${b}`);
      expect(a).not.toBe(b);
      const key = [a, b].sort().join('~');
      expect(seen.has(key) ? `twice: ${key}` : key).toBe(key);
      seen.add(key);
    }
  });

  it('holds the relations the issue names', () => {
    const index = relationIndex(TALENT_RELATIONS);
    expect(index.get('heftruck')).toContain('reachtruck');
    expect(index.get('klantcontact')).toContain('kassawerk');
    expect(index.get('hygienisch-werken')).toContain('schoonmaken');
  });

  it('indexes both directions and drops self-relations', () => {
    const index = relationIndex([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'c'],
    ]);
    expect(index.get('a')).toEqual(['b']);
    expect(index.get('b')).toEqual(['a', 'c']);
    expect(index.get('c')).toEqual(['b']);
  });
});
