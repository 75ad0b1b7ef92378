import { stemDutch } from '../dutch-stemmer';
import { CandidateDocument, VacancyDocument } from '../search-documents';

/**
 * What the Meilisearch engine stores per candidate and vacancy: the engine-neutral document plus
 * - stemmed copies of the free-text fields (`*Stemmed`), because Meilisearch does not stem Dutch and the query
 *   is stemmed the same way (meiliQueryText in meilisearch-filter.ts);
 * - dates as numbers (UTC days since 1970-01-01, `*Day`; createdAt as epoch milliseconds, `createdAtTs`), so
 *   range filters and sorting compare numbers instead of strings;
 * - `_geo: { lat, lng }` (Meilisearch's reserved geo field) only when the coordinates are known: Meilisearch
 *   rejects a badly formed `_geo` and fails the whole batch, and a document without `_geo` simply never matches
 *   `_geoRadius`.
 * The primary key stays the UUID `id`. Raw `lat`/`lon` are dropped: `_geo` carries them.
 */

export const PRIMARY_KEY = 'id';

export interface GeoPoint {
  lat: number;
  lng: number;
}

type WithoutLatLon<T> = Omit<T, 'lat' | 'lon'>;

export interface MeiliCandidateDocument extends WithoutLatLon<CandidateDocument> {
  talentTextStemmed: string[];
  categoryTextStemmed: string[];
  workExperienceTitlesStemmed: string[];
  profileTextStemmed: string;
  availableFromDay: number | null;
  unemployedSinceDay: number | null;
  createdAtTs: number;
  _geo?: GeoPoint;
}

export interface MeiliVacancyDocument extends WithoutLatLon<VacancyDocument> {
  /** Required and nice-to-have talents together: the `talents` filter matches either. */
  talents: string[];
  titleStemmed: string;
  descriptionStemmed: string;
  categoryTextStemmed: string[];
  talentTextStemmed: string[];
  closingDateDay: number | null;
  startDateDay: number | null;
  createdAtTs: number;
  _geo?: GeoPoint;
}

const MS_PER_DAY = 86_400_000;

/**
 * `YYYY-MM-DD` (or an ISO timestamp, whose calendar date is used) -> whole days since 1970-01-01 UTC. Throws on
 * anything else, so a malformed date fails the batch loudly instead of indexing a document that filters wrong.
 */
export function daysSinceEpoch(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`Not a calendar date: ${JSON.stringify(date)}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function epochMillis(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (!Number.isFinite(ms)) throw new Error(`Not a timestamp: ${JSON.stringify(timestamp)}`);
  return ms;
}

function optionalDay(date: string | null): number | null {
  return date == null ? null : daysSinceEpoch(date);
}

function geoPoint(lat: number | null, lon: number | null): { _geo: GeoPoint } | Record<string, never> {
  const valid =
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return valid ? { _geo: { lat, lng: lon } } : {};
}

const stemEach = (texts: string[]): string[] => texts.map(stemDutch).filter((text) => text.length > 0);

export function toMeiliCandidate(doc: CandidateDocument): MeiliCandidateDocument {
  const { lat, lon, ...rest } = doc;
  return {
    ...rest,
    // Always present, null when unknown: the hours and availableBy filters include unknown values with `IS NULL`,
    // which "selects documents in which the specified attribute exists but contains a null value".
    hoursMin: doc.hoursMin ?? null,
    hoursMax: doc.hoursMax ?? null,
    // `IS NULL` in the employer's travel-distance filter needs the field present.
    maxTravelKm: doc.maxTravelKm ?? null,
    availableFromDay: optionalDay(doc.availableFrom),
    talentTextStemmed: stemEach(doc.talentText),
    categoryTextStemmed: stemEach(doc.categoryText),
    workExperienceTitlesStemmed: stemEach(doc.workExperienceTitles),
    profileTextStemmed: stemDutch(doc.profileText ?? ''),
    unemployedSinceDay: optionalDay(doc.unemployedSince),
    createdAtTs: epochMillis(doc.createdAt),
    ...geoPoint(lat, lon),
  };
}

export function toMeiliVacancy(doc: VacancyDocument): MeiliVacancyDocument {
  const { lat, lon, ...rest } = doc;
  return {
    ...rest,
    talents: [...new Set([...doc.requiredTalents, ...doc.niceToHaveTalents])],
    titleStemmed: stemDutch(doc.title),
    descriptionStemmed: stemDutch(doc.description ?? ''),
    categoryTextStemmed: stemEach(doc.categoryText),
    talentTextStemmed: stemEach(doc.talentText),
    closingDateDay: optionalDay(doc.closingDate),
    startDateDay: optionalDay(doc.startDate),
    createdAtTs: epochMillis(doc.createdAt),
    ...geoPoint(lat, lon),
  };
}
