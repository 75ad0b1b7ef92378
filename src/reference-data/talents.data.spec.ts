import { CATEGORIES } from './categories.data';
import { TALENTS } from './talents.data';
import { foldText } from './text-utils';

/** Kebab slug of a label: diacritics dropped, lower case, runs of other characters become one hyphen. */
function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

describe('TALENTS', () => {
  it('has about 300 talents', () => {
    expect(TALENTS.length).toBeGreaterThanOrEqual(250);
    expect(TALENTS.length).toBeLessThanOrEqual(400);
  });

  it('has unique codes that are the kebab slug of the label', () => {
    const codes = TALENTS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of TALENTS) {
      expect(t.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.code).toBe(slug(t.label));
    }
  });

  it('has labels that stay distinct after folding case, diacritics and punctuation', () => {
    const folded = TALENTS.map((t) => foldText(t.label));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('only uses category codes that exist in CATEGORIES, without repeats', () => {
    const known = new Set(CATEGORIES.map((c) => c.code));
    const unknown = TALENTS.flatMap((t) => t.categories.filter((c) => !known.has(c)).map((c) => `${t.code}: ${c}`));
    expect(unknown).toEqual([]);
    for (const t of TALENTS) expect(new Set(t.categories).size).toBe(t.categories.length);
  });

  it('covers every category with at least three talents', () => {
    for (const c of CATEGORIES) {
      const count = TALENTS.filter((t) => t.categories.includes(c.code)).length;
      expect({ category: c.code, enough: count >= 3 }).toEqual({ category: c.code, enough: true });
    }
  });

  it('has 0 to 5 non-empty synonyms per talent, none repeating the talent itself', () => {
    for (const t of TALENTS) {
      expect(t.synonyms.length).toBeLessThanOrEqual(5);
      const own = new Set([foldText(t.label), foldText(t.code)]);
      const folded = t.synonyms.map(foldText);
      for (const s of folded) {
        expect(s).not.toBe('');
        expect(own.has(s)).toBe(false);
      }
      expect(new Set(folded).size).toBe(folded.length);
    }
  });

  it('never lets a synonym equal another talent label or code', () => {
    const owner = new Map<string, string>();
    for (const t of TALENTS) {
      owner.set(foldText(t.label), t.code);
      owner.set(foldText(t.code), t.code);
    }
    const collisions = TALENTS.flatMap((t) =>
      t.synonyms
        .filter((s) => owner.has(foldText(s)) && owner.get(foldText(s)) !== t.code)
        .map((s) => `${t.code}: "${s}" is ${owner.get(foldText(s))}`),
    );
    expect(collisions).toEqual([]);
  });

  it('never shares a synonym between two talents', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const t of TALENTS) {
      for (const s of t.synonyms) {
        const key = foldText(s);
        const previous = seen.get(key);
        if (previous && previous !== t.code) shared.push(`"${s}": ${previous} and ${t.code}`);
        seen.set(key, t.code);
      }
    }
    expect(shared).toEqual([]);
  });

  it('contains the everyday talents with their expected synonyms', () => {
    const byCode = new Map(TALENTS.map((t) => [t.code, t]));
    expect(byCode.get('heftruck')?.synonyms).toEqual(
      expect.arrayContaining(['vorkheftruck', 'heftruckcertificaat', 'vorklift']),
    );
    expect(byCode.get('kassawerk')?.synonyms).toEqual(
      expect.arrayContaining(['kassa', 'kassamedewerker', 'afrekenen', 'caissière']),
    );
    expect(byCode.get('schoonmaken')?.synonyms).toEqual(
      expect.arrayContaining(['schoonmaak', 'schoonmaakwerk', 'poetsen']),
    );
    for (const code of ['orderpicken', 'reachtruck', 'vakkenvullen', 'afwassen', 'koken', 'barista', 'samenwerken', 'punctueel', 'zelfstandig-werken', 'klantgericht', 'vca-basis']) {
      expect(byCode.has(code)).toBe(true);
    }
  });

  it('contains no driving licences and no Dutch language ability (those are separate profile fields)', () => {
    const everything = TALENTS.flatMap((t) => [t.code, t.label, ...t.synonyms].map(foldText));
    for (const word of everything) {
      expect(word).not.toMatch(/\brijbewijs\b|\bnederlands\b|\btaalniveau\b/);
    }
  });
});
