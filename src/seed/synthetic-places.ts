import nlPlacesJson from '../reference-data/nl-places.json';
import { hashString, Prng, WeightedPicker } from './prng';

/** One entry of src/reference-data/nl-places.json. */
export interface SyntheticPlace {
  name: string;
  lat: number;
  lon: number;
  population: number;
  province: string;
}

/** A place with a postcode for one row. */
export interface PlacedRow {
  placeName: string;
  postcode: string;
  lat: number;
  lon: number;
}

/**
 * The WSP's own region: arbeidsmarktregio Zuid-Holland Centraal (Zoetermeer, Leiden and the Rijnland
 * municipalities) and the towns around it that people commute from. Municipalities that are not a GeoNames place
 * are represented by their towns (Leidschendam-Voorburg by Voorburg, Pijnacker-Nootdorp by Pijnacker, Lansingerland
 * by Berkel en Rodenrijs, Bergschenhoek and Bleiswijk, Katwijk by Katwijk aan Zee / aan den Rijn and Rijnsburg,
 * Noordwijk by Noordwijk-Binnen); Leidschendam and Nootdorp are not in the data set (see places.ts).
 *
 * `factor` scales the population weight: the core region at full weight, the big neighbours (Den Haag, Delft,
 * Rijswijk, Gouda) at less, so that Den Haag alone does not outweigh the region.
 * `postcode` is the range of 4-digit postcode areas of the town.
 */
const REGION: ReadonlyArray<{ name: string; factor: number; postcode: [number, number] }> = [
  { name: 'Zoetermeer', factor: 1.6, postcode: [2711, 2729] },
  { name: 'Leiden', factor: 1.2, postcode: [2311, 2334] },
  { name: 'Voorburg', factor: 1.3, postcode: [2271, 2275] },
  { name: 'Wassenaar', factor: 1.4, postcode: [2241, 2245] },
  { name: 'Voorschoten', factor: 1.4, postcode: [2251, 2253] },
  { name: 'Pijnacker', factor: 1.3, postcode: [2641, 2645] },
  { name: 'Berkel en Rodenrijs', factor: 1.2, postcode: [2651, 2652] },
  { name: 'Bergschenhoek', factor: 1.0, postcode: [2661, 2662] },
  { name: 'Bleiswijk', factor: 1.0, postcode: [2665, 2666] },
  { name: 'Leiderdorp', factor: 1.2, postcode: [2351, 2353] },
  { name: 'Oegstgeest', factor: 1.0, postcode: [2341, 2343] },
  { name: 'Katwijk aan Zee', factor: 1.2, postcode: [2221, 2225] },
  { name: 'Katwijk aan den Rijn', factor: 1.0, postcode: [2231, 2231] },
  { name: 'Rijnsburg', factor: 1.0, postcode: [2231, 2232] },
  { name: 'Noordwijk-Binnen', factor: 1.1, postcode: [2201, 2204] },
  { name: 'Noordwijkerhout', factor: 0.8, postcode: [2211, 2211] },
  { name: 'Alphen aan den Rijn', factor: 1.0, postcode: [2401, 2409] },
  { name: 'Zoeterwoude-Dorp', factor: 0.8, postcode: [2381, 2382] },
  { name: 'Benthuizen', factor: 0.5, postcode: [2731, 2731] },
  { name: 'Valkenburg', factor: 0.8, postcode: [2235, 2236] },
  { name: 'Sassenheim', factor: 0.7, postcode: [2171, 2172] },
  { name: 'Voorhout', factor: 0.7, postcode: [2215, 2215] },
  { name: 'Warmond', factor: 0.7, postcode: [2361, 2361] },
  { name: 'Lisse', factor: 0.6, postcode: [2161, 2165] },
  { name: 'Hillegom', factor: 0.5, postcode: [2181, 2182] },
  { name: 'Boskoop', factor: 0.5, postcode: [2771, 2773] },
  { name: 'Waddinxveen', factor: 0.5, postcode: [2741, 2745] },
  { name: 'Gouda', factor: 0.5, postcode: [2801, 2809] },
  { name: 'Delft', factor: 0.5, postcode: [2611, 2629] },
  { name: 'Rijswijk', factor: 0.6, postcode: [2281, 2289] },
  { name: 'Ypenburg', factor: 0.6, postcode: [2496, 2497] },
  { name: 'Den Haag', factor: 0.3, postcode: [2491, 2597] },
];

/** Postcode areas of some big places outside the region (others get one from their province's range). */
const KNOWN_POSTCODES: Readonly<Record<string, [number, number]>> = {
  Amsterdam: [1011, 1109],
  Rotterdam: [3011, 3089],
  Utrecht: [3511, 3585],
  Eindhoven: [5611, 5658],
  Groningen: [9711, 9747],
  Tilburg: [5011, 5049],
  Almere: [1311, 1365],
  Breda: [4811, 4839],
  Nijmegen: [6511, 6546],
  Haarlem: [2011, 2037],
  Arnhem: [6811, 6846],
  Zaandam: [1501, 1509],
  Amersfoort: [3811, 3829],
  Apeldoorn: [7311, 7339],
  "'s-Hertogenbosch": [5211, 5249],
  Maastricht: [6211, 6229],
  Dordrecht: [3311, 3319],
  Zwolle: [8011, 8043],
  Enschede: [7511, 7548],
  Leeuwarden: [8911, 8939],
  Schiedam: [3111, 3125],
  Vlaardingen: [3131, 3138],
  Naaldwijk: [2671, 2671],
  "'s-Gravenzande": [2691, 2694],
};

/** Rough postcode ranges per province (the first digits follow the region, not an exact mapping). */
const PROVINCE_POSTCODES: Readonly<Record<string, ReadonlyArray<[number, number]>>> = {
  'Noord-Holland': [[1000, 1299], [1400, 1999], [2000, 2159]],
  Flevoland: [[1300, 1399], [8200, 8259], [8300, 8319]],
  'Zuid-Holland': [[2160, 2999], [3000, 3399]],
  Utrecht: [[3400, 3769], [3900, 3999]],
  Zeeland: [[4300, 4599]],
  'Noord-Brabant': [[4600, 5799]],
  Limburg: [[5800, 6499]],
  Gelderland: [[3770, 3899], [4000, 4199], [6500, 7399]],
  Overijssel: [[7400, 7699], [8000, 8199]],
  Drenthe: [[7700, 7999], [9400, 9499]],
  Friesland: [[8400, 9299]],
  Groningen: [[9300, 9399], [9500, 9999]],
};

/** Dutch postcodes never use these letter pairs. */
const FORBIDDEN_LETTERS = new Set(['SA', 'SD', 'SS']);
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ'.split('');

export const NL_PLACES: readonly SyntheticPlace[] = nlPlacesJson as SyntheticPlace[];

function findPlace(name: string, province = 'Zuid-Holland'): SyntheticPlace | undefined {
  return NL_PLACES.find((p) => p.name === name && p.province === province) ?? NL_PLACES.find((p) => p.name === name);
}

interface PlaceInfo {
  place: SyntheticPlace;
  postcode: [number, number];
}

function postcodeRangeFor(place: SyntheticPlace): [number, number] {
  const known = KNOWN_POSTCODES[place.name];
  if (known && place.population > 20_000) return known;
  const ranges = PROVINCE_POSTCODES[place.province] ?? [[1000, 9999]];
  const h = hashString(`${place.name}|${place.province}`);
  const range = ranges[h % ranges.length];
  const span = range[1] - range[0] + 1;
  // Bigger towns get a few consecutive areas, villages one.
  const width = place.population > 50_000 ? 8 : place.population > 15_000 ? 3 : 1;
  const start = range[0] + ((h >>> 8) % Math.max(1, span - width));
  return [start, Math.min(range[1], start + width - 1)];
}

/**
 * Draws places the way the WSP's population is spread: `regionShare` of the draws from the region (weighted by
 * population times the region factor), the rest from all of the Netherlands (weighted by population).
 */
export class PlacePicker {
  readonly regionPlaces: readonly SyntheticPlace[];
  private readonly region: WeightedPicker<PlaceInfo>;
  private readonly country: WeightedPicker<PlaceInfo>;

  constructor(private readonly regionShare = 0.7) {
    const regionInfos: PlaceInfo[] = [];
    const regionWeights: number[] = [];
    for (const r of REGION) {
      const place = findPlace(r.name);
      if (!place) continue; // a place missing from the data set is simply left out
      regionInfos.push({ place, postcode: r.postcode });
      regionWeights.push(place.population * r.factor);
    }
    if (regionInfos.length === 0) throw new Error('nl-places.json has none of the region places');
    this.regionPlaces = regionInfos.map((i) => i.place);
    this.region = new WeightedPicker(regionInfos, regionWeights);
    const regionKeys = new Map(regionInfos.map((i) => [`${i.place.name}|${i.place.province}`, i]));
    const all = NL_PLACES.map((place) => regionKeys.get(`${place.name}|${place.province}`) ?? { place, postcode: postcodeRangeFor(place) });
    this.country = new WeightedPicker(
      all,
      all.map((i) => i.place.population),
    );
  }

  pick(rng: Prng): PlacedRow {
    const info = rng.chance(this.regionShare) ? this.region.pick(rng) : this.country.pick(rng);
    return { placeName: info.place.name, postcode: postcode(rng, info.postcode), lat: info.place.lat, lon: info.place.lon };
  }

  /** Whether a generated row lies in the region (name and coordinates of one of the region places). */
  isRegion(row: { placeName: string | null; lat: number | null; lon: number | null }): boolean {
    return this.regionPlaces.some((p) => p.name === row.placeName && p.lat === row.lat && p.lon === row.lon);
  }
}

function postcode(rng: Prng, [from, to]: [number, number]): string {
  const digits = rng.int(from, to);
  let letters: string;
  do {
    letters = rng.pick(LETTERS) + rng.pick(LETTERS);
  } while (FORBIDDEN_LETTERS.has(letters));
  return `${digits} ${letters}`;
}

/** Landline area codes (netnummers) for business phone numbers; elsewhere a mobile number is used. */
const AREA_CODES: Readonly<Record<string, string>> = {
  Zoetermeer: '079',
  Benthuizen: '079',
  Leiden: '071',
  Leiderdorp: '071',
  Oegstgeest: '071',
  'Katwijk aan Zee': '071',
  'Katwijk aan den Rijn': '071',
  Rijnsburg: '071',
  'Noordwijk-Binnen': '071',
  Voorschoten: '071',
  'Zoeterwoude-Dorp': '071',
  Valkenburg: '071',
  Warmond: '071',
  Voorhout: '0252',
  Sassenheim: '0252',
  Lisse: '0252',
  Hillegom: '0252',
  Noordwijkerhout: '0252',
  'Den Haag': '070',
  Voorburg: '070',
  Wassenaar: '070',
  Rijswijk: '070',
  Ypenburg: '015',
  Delft: '015',
  Pijnacker: '015',
  'Berkel en Rodenrijs': '010',
  Bergschenhoek: '010',
  Bleiswijk: '010',
  Rotterdam: '010',
  'Alphen aan den Rijn': '0172',
  Boskoop: '0172',
  Waddinxveen: '0182',
  Gouda: '0182',
  Amsterdam: '020',
  Utrecht: '030',
};

/** A plausible phone number for a business in this place ("079 345 1289", "0172 123 456") or a mobile number. */
export function businessPhone(rng: Prng, placeName: string): string {
  const area = AREA_CODES[placeName];
  if (!area) return mobilePhone(rng);
  if (area.length === 3) return `${area} ${rng.int(200, 999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
  return `${area} ${rng.int(200, 999)} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}

/** A Dutch mobile number, "06-12345678". */
export function mobilePhone(rng: Prng): string {
  return `06-${rng.int(1, 6)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}
