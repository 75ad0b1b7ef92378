import { findKlantcategorie, KLANTCATEGORIEEN } from './klantcategorieen.data';

describe('KLANTCATEGORIEEN', () => {
  it('has the seven categories of the policy in order', () => {
    expect(KLANTCATEGORIEEN.map((k) => k.code)).toEqual(['1A', '1B', '1C', '2A', '2B', '3A', '3B']);
  });

  it('uses the month ranges of Tabel 3', () => {
    const ranges = Object.fromEntries(KLANTCATEGORIEEN.map((k) => [k.code, [k.monthsMin, k.monthsMax]]));
    expect(ranges).toEqual({
      '1A': [0, 3],
      '1B': [4, 12],
      '1C': [12, 24],
      '2A': [24, 48],
      '2B': [24, 48],
      '3A': [48, null],
      '3B': [48, null],
    });
  });

  it('puts 1A-1C in the re-integratiegroep and 2A-3B in the participatiegroep', () => {
    for (const k of KLANTCATEGORIEEN) {
      expect(k.groep).toBe(k.code.startsWith('1') ? 're-integratie' : 'participatie');
    }
  });

  it('has consistent ranges and Dutch texts', () => {
    for (const k of KLANTCATEGORIEEN) {
      if (k.monthsMax !== null) expect(k.monthsMax).toBeGreaterThan(k.monthsMin);
      expect(k.label).toContain(`Categorie ${k.code}`);
      expect(k.description).toMatch(/bemiddelbaar binnen/);
    }
    expect(findKlantcategorie('2B')?.description).toMatch(/Banenafspraak/);
    expect(findKlantcategorie('2B')?.description).toMatch(/Beschut Werk/);
    expect(findKlantcategorie('3A')?.description).toMatch(/vrijwilligerswerk/);
    expect(findKlantcategorie('3B')?.description).toMatch(/ontheffing/);
  });

  it('finds a category case-insensitively and returns undefined for unknown codes', () => {
    expect(findKlantcategorie(' 1c ')?.code).toBe('1C');
    expect(findKlantcategorie('4A')).toBeUndefined();
  });
});
