import nlPlacesJson from './nl-places.json';
import { foldText, rankByDistance } from './text-utils';

/** A Dutch place (GeoNames populated place with 1000+ inhabitants), see nl-places.json. */
export interface Place {
  name: string;
  lat: number;
  lon: number;
  population: number;
  /** Dutch province name, e.g. "Zuid-Holland". */
  province: string;
}

export type { LatLon as GeoPoint } from './earth-distance';

/** All Dutch places bundled with the service, sorted by name. */
export const NL_PLACES: readonly Place[] = nlPlacesJson;

/**
 * Names that mean the same place, most preferred first. A name that is itself in the data always resolves to
 * its own entry; a name that is not resolves to the first member of its group that is in the data.
 *
 * Besides the common aliases (Den Haag / 's-Gravenhage, Den Bosch / 's-Hertogenbosch), this maps municipality
 * names that are not a GeoNames place to their main town, and a few towns that are missing from the 1000+ data
 * set to the nearest main town of the same municipality (Leidschendam -> Voorburg, about 3 km; Nootdorp ->
 * Pijnacker, about 4 km). Distances computed from such an alias are approximate to that extent.
 */
export const PLACE_ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['Den Haag', 'The Hague', "'s-Gravenhage"],
  ["'s-Hertogenbosch", 'Den Bosch', 'Hertogenbosch'],
  // Arbeidsmarktregio Zuid-Holland Centraal and surroundings.
  ['Leidschendam-Voorburg', 'Voorburg', 'Leidschendam', 'Stompwijk'],
  ['Pijnacker-Nootdorp', 'Pijnacker', 'Nootdorp', 'Delfgauw'],
  ['Lansingerland', 'Berkel en Rodenrijs', 'Bergschenhoek', 'Bleiswijk'],
  ['Teylingen', 'Sassenheim', 'Voorhout', 'Warmond'],
  ['Katwijk', 'Katwijk aan Zee', 'Katwijk aan den Rijn', 'Rijnsburg'],
  ['Noordwijk', 'Noordwijk-Binnen', 'Noordwijk aan Zee'],
  ['Zoeterwoude', 'Zoeterwoude-Dorp', 'Zoeterwoude-Rijndijk'],
  ['Kaag en Braassem', 'Roelofarendsveen'],
  ['Westland', 'Naaldwijk', 'Wateringen'],
  ['Midden-Delfland', 'Schipluiden', 'Maasland'],
  ['Bodegraven-Reeuwijk', 'Bodegraven', 'Reeuwijk'],
  ['Alphen aan den Rijn', 'Alphen', 'Alphen a/d Rijn', 'Hazerswoude-Rijndijk', 'Hazerswoude-Dorp', 'Koudekerk aan den Rijn'],
  ['Zuidplas', 'Nieuwerkerk aan den IJssel', 'Moerkapelle'],
  ['Haarlemmermeer', 'Hoofddorp', 'Nieuw-Vennep'],
  ['Almere', 'Almere Stad'],
];

/**
 * Comparison key for place names: folded (case, diacritics, punctuation) and with all spaces removed, so that
 * "'s-Gravenzande", "s Gravenzande" and "sGravenzande" are the same place. A leading "gemeente" is ignored.
 */
export function placeKey(name: string): string {
  const folded = foldText(name).replace(/^gemeente (?=\S)/, '');
  return folded.replace(/ /g, '');
}

/** Spellings to try for a typed name: as typed, "a/d" spelled out, "St." spelled out as "Sint". */
function nameVariants(name: string): string[] {
  const variants = [name];
  if (/\ba\s*\/\s*d\b|\ba\.\s*d\./i.test(name)) {
    const re = /\ba\s*\/\s*d\b|\ba\.\s*d\./gi;
    variants.push(name.replace(re, 'aan den'), name.replace(re, 'aan de'));
  }
  if (/\bst\.?\s/i.test(name)) variants.push(name.replace(/\bst\.?\s/gi, 'Sint '));
  return variants;
}

/**
 * Looks up Dutch places by name (case-, diacritics- and punctuation-insensitive, with aliases) and suggests
 * close names for typos. Pure: built from a list of places, no I/O.
 */
export class PlaceDirectory {
  private readonly byKey = new Map<string, Place>();
  private readonly aliases = new Map<string, Place>();
  private readonly places: readonly Place[];

  constructor(
    places: readonly Place[],
    private readonly aliasGroups: readonly (readonly string[])[] = PLACE_ALIAS_GROUPS,
  ) {
    this.places = places;
    for (const place of places) {
      const key = placeKey(place.name);
      const existing = this.byKey.get(key);
      // Same name twice (Rijswijk ZH and Rijswijk NB): the most populous wins.
      if (!existing || place.population > existing.population) this.byKey.set(key, place);
    }
    for (const group of aliasGroups) {
      const target = group.map((name) => this.byKey.get(placeKey(name))).find((p): p is Place => !!p);
      if (!target) continue;
      for (const name of group) {
        const key = placeKey(name);
        if (!this.byKey.has(key) && !this.aliases.has(key)) this.aliases.set(key, target);
      }
    }
  }

  /** Number of places in the directory. */
  get size(): number {
    return this.places.length;
  }

  /** All places, in the order given. */
  all(): readonly Place[] {
    return this.places;
  }

  /** The place with this name or alias; when two places share the name, the most populous. */
  find(name: string): Place | undefined {
    for (const variant of nameVariants(name)) {
      const key = placeKey(variant);
      if (!key) continue;
      const place = this.byKey.get(key) ?? this.aliases.get(key);
      if (place) return place;
    }
    return undefined;
  }

  /**
   * The places a name stands for, as stored on rows: for a municipality of PLACE_ALIAS_GROUPS (Lansingerland) its
   * towns that are in the data (Berkel en Rodenrijs, Bergschenhoek, Bleiswijk), for any other place itself.
   * Empty when the name is unknown. Used to report per municipality.
   */
  placesIn(name: string): string[] {
    const key = placeKey(name);
    const group = this.aliasGroups.find((g) => placeKey(g[0]) === key);
    const names = group ?? [name];
    return [...new Set(names.map((n) => this.find(n)?.name).filter((n): n is string => !!n))];
  }

  /**
   * Names of the places closest to the input by edit distance (names and aliases), closest first and, at equal
   * distance, the most populous first. For a "bedoelde je ...?" hint; empty when nothing is reasonably close.
   */
  suggest(name: string, limit = 3): string[] {
    const key = placeKey(name);
    const candidates: { key: string; value: Place }[] = [];
    for (const [k, place] of this.byKey) candidates.push({ key: k, value: place });
    for (const [k, place] of this.aliases) candidates.push({ key: k, value: place });
    return rankByDistance(key, candidates, limit, (a, b) => b.population - a.population).map((p) => p.name);
  }
}

let nlDirectory: PlaceDirectory | undefined;

/** A shared PlaceDirectory over the bundled NL_PLACES. */
export function nlPlaceDirectory(): PlaceDirectory {
  nlDirectory ??= new PlaceDirectory(NL_PLACES);
  return nlDirectory;
}
