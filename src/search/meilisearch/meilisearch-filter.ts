import { dutchWords, isDutchStopWord, stemDutchWord } from '../dutch-stemmer';
import { CandidateFilter, CandidateSort, GeoFilter, VacancyFilter, VacancySort } from '../search-query';
import { daysSinceEpoch } from './meilisearch-documents';

/**
 * Engine-neutral filters, sorts and free text -> what Meilisearch takes: a filter expression string, a sort
 * array and the `q` text. Pure, so the exact strings are unit-tested against Meilisearch's filter syntax
 * ("Filter expression reference" in its docs). Semantics follow the PostgreSQL engine (postgres-filter.ts):
 * empty lists filter nothing, unknown hours or availability never hide a candidate.
 */

/**
 * A string value in double quotes. Meilisearch's filter parser (filter-parser/src/value.rs) reads a quoted value up
 * to the first unescaped quote, where `\` escapes the next character, then unescapes `\"` to `"` and `\\` to `\`
 * ("If you use backslashes in filter expressions, you must now escape them", v1.4 changelog). Escaping every
 * backslash first and then every double quote therefore keeps any value inside its quotes: no value can end
 * the string early or smuggle in `OR`, `)` or another condition.
 */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A number as a filter token: finite, in plain decimal notation (the parser's bare values are letters, digits,
 * `-`, `_` and `.`, so an exponent like `1e+21` would not parse).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Filter number must be finite, got ${value}`);
  const text = String(value);
  if (/e/i.test(text)) {
    if (Math.abs(value) >= 1e21) throw new Error(`Filter number out of range: ${value}`);
    return value.toFixed(20).replace(/\.?0+$/, '');
  }
  return text;
}

/** `attribute IN ["a", "b"]`: "selects all documents whose chosen field contains at least one of the specified values". */
function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteValue).join(', ')}]`;
}

/** On an array attribute `=` "matches any document where at least one element in the array equals the value". */
function allOf(attribute: string, values: readonly string[]): string {
  return values.map((value) => `${attribute} = ${quoteValue(value)}`).join(' AND ');
}

const eq = (attribute: string, value: boolean | string) =>
  `${attribute} = ${typeof value === 'boolean' ? String(value) : quoteValue(value)}`;

/** `AND` binds tighter than `OR`, so every `OR` group is parenthesized before joining with `AND`. */
const orNull = (condition: string, attribute: string) => `(${condition} OR ${attribute} IS NULL)`;

/**
 * `_geoRadius(lat, lng, distanceInMeters)`: Meilisearch documents the radius as an integer number of meters.
 * Documents without `_geo` never match, as rows without coordinates never match on PostgreSQL.
 */
export function geoRadius(geo: GeoFilter): string {
  assertGeo(geo);
  return `_geoRadius(${formatNumber(geo.lat)}, ${formatNumber(geo.lon)}, ${Math.round(geo.km * 1000)})`;
}

/**
 * Meilisearch cannot compare a document's own field with its distance, so the condition is spelled out per
 * whole km below the radius: a limit of t km (maxTravelKm is a whole number) passes within t km of the centre.
 * A limit at or above the radius, or an unknown one, passes whatever `within` already let through. The employer's
 * radius is capped (search.service.ts), which keeps this to at most that many clauses.
 */
export function withinOwnTravelDistance(geo: GeoFilter): string {
  assertGeo(geo);
  const whole = Math.ceil(geo.km);
  const perLimit = Array.from({ length: whole }, (_, t) => `(maxTravelKm = ${t} AND ${geoRadius({ ...geo, km: t })})`);
  return `(${['maxTravelKm IS NULL', `maxTravelKm >= ${formatNumber(geo.km)}`, ...perLimit].join(' OR ')})`;
}

function assertGeo(geo: GeoFilter): void {
  const ok =
    Number.isFinite(geo.lat) && Number.isFinite(geo.lon) && Number.isFinite(geo.km) && Math.abs(geo.lat) <= 90 && Math.abs(geo.lon) <= 180 && geo.km >= 0;
  if (!ok) throw new Error(`Invalid geo filter: ${JSON.stringify(geo)}`);
}

function join(conditions: string[]): string | undefined {
  return conditions.length ? conditions.join(' AND ') : undefined;
}

/** The filter expression for a candidate search, or undefined when nothing is filtered. */
export function candidateFilterExpression(f: CandidateFilter): string | undefined {
  const c: string[] = [];
  if (f.statuses?.length) c.push(anyOf('status', f.statuses));
  if (f.categories?.length) c.push(anyOf('categoryWishes', f.categories));
  if (f.talents?.length) c.push(allOf('talents', f.talents));
  // Unknown taalniveau is rank -1, so "at least" any real level leaves it out, as PostgreSQL does.
  if (f.minTaalniveauRank !== undefined) c.push(`taalniveauRank >= ${formatNumber(Math.max(0, f.minTaalniveauRank))}`);
  if (f.startkwalificatie !== undefined) c.push(eq('startkwalificatie', f.startkwalificatie));
  if (f.banenafspraak !== undefined) c.push(eq('banenafspraak', f.banenafspraak));
  if (f.loonkostensubsidie !== undefined) c.push(eq('loonkostensubsidie', f.loonkostensubsidie));
  if (f.klantcategorieen?.length) c.push(anyOf('klantcategorie', f.klantcategorieen));
  if (f.targetGroups?.length) c.push(anyOf('targetGroups', f.targetGroups));
  // Hours overlap [hoursMin, hoursMax]; a profile without hours is open ("IS NULL selects documents in which the
  // specified attribute exists but contains a null value": the document mapping always writes the field).
  if (f.hoursMin !== undefined) c.push(orNull(`hoursMax >= ${formatNumber(f.hoursMin)}`, 'hoursMax'));
  if (f.hoursMax !== undefined) c.push(orNull(`hoursMin <= ${formatNumber(f.hoursMax)}`, 'hoursMin'));
  // Available on or before the date; unknown availability is included.
  if (f.availableBy) c.push(orNull(`availableFromDay <= ${daysSinceEpoch(f.availableBy)}`, 'availableFromDay'));
  if (f.within) c.push(geoRadius(f.within));
  if (f.within && f.withinOwnTravelDistance) c.push(withinOwnTravelDistance(f.within));
  if (f.visibleToEmployersOnly) c.push(eq('visibleToEmployers', true));
  if (f.matchmakerId) c.push(eq('matchmakerId', f.matchmakerId));
  return join(c);
}

/** The filter expression for a vacancy search, or undefined when nothing is filtered. */
export function vacancyFilterExpression(f: VacancyFilter): string | undefined {
  const c: string[] = [];
  if (f.statuses?.length) c.push(anyOf('status', f.statuses));
  if (f.categories?.length) c.push(anyOf('categoryCode', f.categories));
  // `talents` is required and nice-to-have together (see meilisearch-documents.ts); every listed one must be there.
  if (f.talents?.length) c.push(allOf('talents', f.talents));
  // "Asks at most this level, or none": no minimum is rank -1.
  if (f.maxTaalniveauRank !== undefined) c.push(`minTaalniveauRank <= ${formatNumber(f.maxTaalniveauRank)}`);
  if (f.startkwalificatieRequired !== undefined) c.push(eq('startkwalificatieRequired', f.startkwalificatieRequired));
  if (f.banenafspraak !== undefined) c.push(eq('banenafspraak', f.banenafspraak));
  if (f.loonkostensubsidie !== undefined) c.push(eq('loonkostensubsidie', f.loonkostensubsidie));
  if (f.leerwerkplek !== undefined) c.push(eq('leerwerkplek', f.leerwerkplek));
  // A vacancy always has hours: plain overlap.
  if (f.hoursMin !== undefined) c.push(`hoursMax >= ${formatNumber(f.hoursMin)}`);
  if (f.hoursMax !== undefined) c.push(`hoursMin <= ${formatNumber(f.hoursMax)}`);
  if (f.employerId) c.push(eq('employerId', f.employerId));
  if (f.within) c.push(geoRadius(f.within));
  return join(c);
}

/** `_geoPoint(lat, lng):asc`: nearest first. */
function byDistance(geo: GeoFilter): string {
  assertGeo(geo);
  return `_geoPoint(${formatNumber(geo.lat)}, ${formatNumber(geo.lon)}):asc`;
}

const NEWEST = ['createdAtTs:desc', 'id:asc'];

/**
 * The `sort` array (empty = relevance). RELEVANCE without text means NEWEST; DISTANCE needs the point of the
 * `within` filter and otherwise means NEWEST; every explicit order ends on `id`, like PostgreSQL's. Documents
 * without a value for the sorted field come last, like `NULLS LAST`.
 */
export function candidateSort(sort: CandidateSort, hasText: boolean, within: GeoFilter | undefined): string[] {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return [];
    case 'DISTANCE':
      return within ? [byDistance(within), 'id:asc'] : [...NEWEST];
    case 'AVAILABLE_FROM':
      return ['availableFromDay:asc', 'id:asc'];
    default:
      return [...NEWEST];
  }
}

export function vacancySort(sort: VacancySort, hasText: boolean, within: GeoFilter | undefined): string[] {
  switch (sort === 'RELEVANCE' && !hasText ? 'NEWEST' : sort) {
    case 'RELEVANCE':
      return [];
    case 'DISTANCE':
      return within ? [byDistance(within), 'id:asc'] : [...NEWEST];
    case 'CLOSING_DATE':
      return ['closingDateDay:asc', 'id:asc'];
    default:
      return [...NEWEST];
  }
}

/** At most this many query words count, as in the PostgreSQL engine (text-query.ts). */
export const MAX_QUERY_WORDS = 8;

/**
 * Free text -> the `q` sent to Meilisearch: the folded words (first 8), stop words dropped, each stemmed with the
 * Snowball Dutch stemmer, joined by spaces. Only the stemmed form is sent, not the original words as well: with
 * matchingStrategy `all` every query word must match, and an unstemmed `fietsen` would then exclude documents that
 * only say `fiets`. Stemmed query words hit the stemmed copies of the text fields; the last word is still a prefix
 * (Meilisearch treats the last query word as a prefix) and typos are still tolerated. The result contains only
 * letters, digits and spaces, so user text cannot switch on Meilisearch's phrase (`"…"`) or negation (`-word`)
 * operators. Empty when no word is left: a placeholder search, as PostgreSQL then searches without text.
 */
export function meiliQueryText(text: string): string {
  return dutchWords(text)
    .slice(0, MAX_QUERY_WORDS)
    .filter((word) => !isDutchStopWord(word))
    .map(stemDutchWord)
    .join(' ');
}
