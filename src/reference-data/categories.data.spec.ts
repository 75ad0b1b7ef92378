import { CATEGORIES, findCategory } from './categories.data';

describe('CATEGORIES', () => {
  it('has about 30 categories', () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(28);
    expect(CATEGORIES.length).toBeLessThanOrEqual(40);
  });

  it('has unique lowercase kebab-case codes', () => {
    const codes = CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique Dutch labels and a description for every category', () => {
    const labels = CATEGORIES.map((c) => c.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const c of CATEGORIES) {
      expect(c.label.trim()).not.toBe('');
      expect(c.description.length).toBeGreaterThan(10);
    }
  });

  it('anchors every category on an ISCO-08 group code (2 to 4 digits, major group 2-9)', () => {
    for (const c of CATEGORIES) expect(c.isco).toMatch(/^[2-9]\d{1,3}$/);
  });

  it('contains the categories the rest of the product relies on', () => {
    for (const code of [
      'logistiek',
      'schoonmaak',
      'horeca-keuken',
      'horeca-bediening',
      'detailhandel',
      'zorg-en-welzijn',
      'bouw',
      'techniek-installatie',
      'productie',
      'groen',
      'transport',
      'beveiliging',
      'administratie',
      'klantenservice',
      'ict',
      'onderwijs-kinderopvang',
    ]) {
      expect(findCategory(code)?.code).toBe(code);
    }
    expect(findCategory('logistiek')?.label).toBe('Logistiek en magazijn');
    expect(findCategory('bestaat-niet')).toBeUndefined();
  });
});
