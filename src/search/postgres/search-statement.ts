import { CandidateFilter, CandidateSort, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { candidateConditions, candidateOrder, distanceExpression, vacancyConditions, vacancyOrder } from './postgres-filter';
import { SqlParams } from '../../database/sql-params';

/**
 * The PostgreSQL engine's one search statement, built from named parts (each a CTE or an output column below) and
 * composed in `buildSearchStatement`. Pure: the generated SQL of every request kind is committed under `sql/` and
 * compared by `search-statement.spec.ts`, so a change to it shows in review.
 *
 * What the statement relies on that lives in migrations, not here:
 * - `candidate.search_vector` and `vacancy.search_vector` (weights A talents / title, B beroepswensen and work
 *   experience titles / category, C profile text / description) are kept by the triggers `candidate_search_vector`
 *   and `vacancy_search_vector` (migration 1763900100000-search.ts), which also fill `search_vocabulary`;
 * - `candidate_search`, the narrow copy of candidate that filters and counts read, is kept by the trigger
 *   `candidate_search_sync` (1763900400000-candidate-search.ts, redefined with `max_travel_km` in
 *   1763911000000-candidate-search-travel.ts);
 * - the generated columns `target_groups`, `visible` and `geo` (1763900100000, 1763900500000, 1763900200000).
 */

/**
 * How far counting is exact. Up to `exactCountLimit` matches, the total and every facet count are exact (and
 * the page is taken from the same pass). Beyond it, as Elasticsearch (track_total_hits) and Meilisearch
 * (estimatedTotalHits) do, the counts are estimated: from a block sample of about `sampleRows` rows of the table
 * (TABLESAMPLE SYSTEM, repeatable, so the same search gives the same estimate), scaled up. The page itself is
 * always exact. A table no bigger than the sample is counted in full, exactly.
 */
export interface CountingOptions {
  exactCountLimit: number;
  sampleRows: number;
  /**
   * How long an estimate is reused for the same matches (same table, text and filter, any page or sort): the
   * broad counts are then not recomputed, only the page and whether the matches still exceed the limit. Exact
   * counts are never reused. Default 30 s; 0 estimates every time.
   */
  estimateSeconds?: number;
}

export const DEFAULT_COUNTING: CountingOptions = { exactCountLimit: 500, sampleRows: 5_000, estimateSeconds: 30 };

/** Facet name -> the column it reads, and how to count it over a set of rows (`{src}`, the matches or the sampled matches). */
type FacetSql = Record<string, { column: string; sql: string }>;

const CANDIDATE_FACET_SQL: FacetSql = {
  categoryWishes: { column: 'c.category_wishes', sql: `SELECT 'categoryWishes', x, count(*) FROM {src}, unnest({src}.category_wishes) x GROUP BY x` },
  taalniveau: { column: 'c.taalniveau', sql: `SELECT 'taalniveau', taalniveau, count(*) FROM {src} WHERE taalniveau IS NOT NULL GROUP BY taalniveau` },
  klantcategorie: {
    column: 'c.klantcategorie_code',
    sql: `SELECT 'klantcategorie', klantcategorie_code, count(*) FROM {src} WHERE klantcategorie_code IS NOT NULL GROUP BY klantcategorie_code`,
  },
  targetGroups: { column: 'c.target_groups', sql: `SELECT 'targetGroups', x, count(*) FROM {src}, unnest({src}.target_groups) x GROUP BY x` },
  banenafspraak: { column: 'c.banenafspraak', sql: `SELECT 'banenafspraak', 'true', count(*) FROM {src} WHERE banenafspraak` },
  loonkostensubsidie: { column: 'c.loonkostensubsidie', sql: `SELECT 'loonkostensubsidie', 'true', count(*) FROM {src} WHERE loonkostensubsidie` },
  startkwalificatie: { column: 'c.startkwalificatie', sql: `SELECT 'startkwalificatie', 'true', count(*) FROM {src} WHERE startkwalificatie` },
};

const VACANCY_FACET_SQL: FacetSql = {
  categoryCode: { column: 'v.category_code', sql: `SELECT 'categoryCode', category_code, count(*) FROM {src} WHERE category_code IS NOT NULL GROUP BY category_code` },
  minTaalniveau: { column: 'v.min_taalniveau', sql: `SELECT 'minTaalniveau', min_taalniveau, count(*) FROM {src} WHERE min_taalniveau IS NOT NULL GROUP BY min_taalniveau` },
  status: { column: 'v.status', sql: `SELECT 'status', status, count(*) FROM {src} GROUP BY status` },
  contractType: { column: 'v.contract_type', sql: `SELECT 'contractType', contract_type, count(*) FROM {src} GROUP BY contract_type` },
  leerwerkplek: { column: 'v.leerwerkplek', sql: `SELECT 'leerwerkplek', 'true', count(*) FROM {src} WHERE leerwerkplek` },
  banenafspraak: { column: 'v.banenafspraak', sql: `SELECT 'banenafspraak', 'true', count(*) FROM {src} WHERE banenafspraak` },
  loonkostensubsidie: { column: 'v.loonkostensubsidie', sql: `SELECT 'loonkostensubsidie', 'true', count(*) FROM {src} WHERE loonkostensubsidie` },
};

export interface TableSpec<F, S> {
  /** The table searched, without and with free text (read as `alias`). */
  tables: { filter: string; text: string };
  alias: 'c' | 'v';
  /** The search vector's column in the text FROM clause. */
  vector: string;
  /** The column a date sort needs, carried into the matched rows. */
  dateColumn: string;
  facets: FacetSql;
  conditions: (filter: F, p: SqlParams, broad?: boolean) => string[];
  order: (sort: S, hasText: boolean, hasDistance: boolean) => string;
  within: (filter: F) => CandidateFilter['within'];
  /**
   * True when the filter is a radius and little else (status, visibility, travel limit): the matches are then
   * collected nearest first through the GiST index, which stops at the exact-count limit, instead of a bitmap of
   * every point in the box (measured at 100,000 candidates, 15 km around Zoetermeer: 515 buffers against 1,873).
   * With other conditions that index walk could visit the whole box to find a few matches, so it is not used.
   */
  radiusOnly: (filter: F) => boolean;
}

/** A filter with `within` and no other field than those listed. */
function radiusOnly<F extends { within?: unknown }>(filter: F, allowed: (keyof F)[]): boolean {
  return filter.within !== undefined && Object.entries(filter).every(([key, value]) => value === undefined || allowed.includes(key as keyof F));
}

export const CANDIDATE_TABLE: TableSpec<CandidateFilter, CandidateSort> = {
  // Filters and counts read the narrow copy. With text, the full-text index finds the (few) matching rows and
  // those are read from candidate itself, which has the same filter columns: joining the narrow copy instead
  // cost a hash join over all of it or a key lookup per match (both ~70 ms at 100,000 candidates).
  tables: { filter: 'candidate_search', text: 'candidate' },
  alias: 'c',
  vector: 'c.search_vector',
  dateColumn: 'available_from',
  facets: CANDIDATE_FACET_SQL,
  conditions: candidateConditions,
  order: candidateOrder,
  within: (f) => f.within,
  radiusOnly: (f) => radiusOnly(f, ['within', 'statuses', 'withinOwnTravelDistance', 'textOnProfileFieldsOnly', 'visibleToEmployersOnly']),
};

export const VACANCY_TABLE: TableSpec<VacancyFilter, VacancySort> = {
  tables: { filter: 'vacancy', text: 'vacancy' },
  alias: 'v',
  vector: 'v.search_vector',
  dateColumn: 'closing_date',
  facets: VACANCY_FACET_SQL,
  conditions: vacancyConditions,
  order: vacancyOrder,
  within: (f) => f.within,
  radiusOnly: (f) => radiusOnly(f, ['within', 'statuses']),
};

/**
 * Which broad-count branch the statement carries: `sample` (the table is known to be well over the sample's size),
 * `all` (known to be small: count every match), `either` (size not yet known: PostgreSQL picks at run time), or
 * `known` (a recent estimate of these very matches is at hand, see the engine's estimate cache: no broad count).
 */
export type CountMode = 'either' | 'sample' | 'all' | 'known';

export function countModeFor(tableRows: number | undefined, counting: CountingOptions): CountMode {
  if (tableRows === undefined) return 'either';
  return tableRows > 2 * counting.sampleRows ? 'sample' : 'all';
}

export interface SearchStatement {
  sql: string;
  values: unknown[];
  /** The table read, whose size the answer reports (pg_class.reltuples). */
  table: string;
  facets: string[];
}

const NO_FACETS = `SELECT NULL, NULL, NULL WHERE false`;

/**
 * One statement: the matches are collected up to the exact-count limit; when they all fit, the page, the total and
 * the facets come from that one pass. When more match, the page is read in order through the indexes (newest,
 * nearest) or by ranking the text matches, and the counts are estimated from a sample (see CountingOptions).
 * PostgreSQL evaluates only the branch it needs.
 *
 * `tsquery` is the resolved free text (text-query.ts) or null; `mode` comes from `countModeFor`.
 */
export function buildSearchStatement<F, S>(
  spec: TableSpec<F, S>,
  request: SearchRequest<F, S>,
  tsquery: string | null,
  counting: CountingOptions,
  mode: CountMode,
): SearchStatement {
  const p = new SqlParams();
  const a = spec.alias;
  // Part "where": the filter's conditions, exact and broad (the broad form lets the planner walk an order's index).
  const where = spec.conditions(request.filter, p);
  const broadWhere = spec.conditions(request.filter, p, true);
  // Part "text": the full-text condition and its rank.
  let rank = '0::real';
  if (tsquery) {
    const q = `to_tsquery('simple', ${p.add(tsquery)})`;
    where.push(`${spec.vector} @@ ${q}`);
    broadWhere.push(`${spec.vector} @@ ${q}`);
    rank = `ts_rank_cd(${spec.vector}, ${q})`;
  }
  // Part "order": the page's order, over the columns of "pageColumns".
  const distance = String(request.sort) === 'DISTANCE' ? distanceExpression(a, spec.within(request.filter), p) : null;
  const order = spec.order(request.sort, Boolean(tsquery), distance !== null);
  const facets = request.facets.filter((f) => spec.facets[f]);
  const pageColumns = [`${a}.id`, `${a}.created_at`, `${a}.${spec.dateColumn}`, `${rank} AS rank`, `${distance ?? 'NULL::float8'} AS dist`];
  const facetColumns = facets.map((f) => spec.facets[f].column);
  const table = tsquery ? spec.tables.text : spec.tables.filter;
  const from = `${table} ${a}`;
  // One condition a line in the generated SQL, so the committed snapshots read well.
  const whereSql = where.length ? `\n       WHERE ${where.join('\n         AND ')}` : '';
  const broadWhereSql = broadWhere.length ? `\n         WHERE ${broadWhere.join('\n           AND ')}` : '';
  const limit = p.add(request.limit);
  const offset = p.add(request.offset);
  const cap = counting.exactCountLimit;
  const sampleRows = p.add(counting.sampleRows);
  const tableName = p.add(table);
  const nearestFirst = !tsquery && spec.radiusOnly(request.filter) ? distanceExpression(a, spec.within(request.filter), p) : null;

  // CTE "m" (matches): up to one more than the exact-count limit, with the page's and the facets' columns; which
  // ones when more match does not matter (they only show that more match), so a radius takes the nearest.
  const matches = `\n       SELECT ${[...pageColumns, ...facetColumns].join(', ')}\n       FROM ${from}${whereSql}${nearestFirst ? `\n       ORDER BY ${nearestFirst}` : ''}\n       LIMIT ${cap + 1}`;
  // CTE "n" (match count, up to the limit).
  const matchCount = `SELECT count(*) AS n FROM m`;
  // CTE "size": the table's size as of its last ANALYZE, and the percentage of its blocks that makes a sample of
  // about `sampleRows`. Sampling pays only on a table well over the sample's size; a smaller one is counted in full.
  const tableSize = `SELECT greatest(reltuples, 0)::float8 AS rows, least(100, 100.0 * ${sampleRows} / greatest(reltuples, 1))::float4 AS pct FROM pg_class WHERE oid = ${tableName}::regclass`;
  // CTE "sampled": whether the broad counts come from the sample. Known from an earlier search (sizes change
  // slowly), only the branch that applies is planned.
  const sampled = { either: `(SELECT n FROM n) > ${cap} AND (SELECT pct FROM size) < 50`, sample: 'true', all: 'false', known: 'false' }[mode];
  // CTE "sample": every row of the sampled blocks (one pass gives the sample's size and its matches), with a
  // flag for the rows that match.
  const hit = where.length ? where.map((c) => `(${c})`).join('\n         AND ') : 'true';
  const sample = `\n       SELECT ${[...facetColumns, `${hit} AS hit`].join(', ')}\n       FROM ${from} TABLESAMPLE SYSTEM ((SELECT pct FROM size)) REPEATABLE (0)`;
  // CTE "sh" (sampled matches): the matches among the sampled rows, for estimated counts.
  const sampledMatches = `SELECT * FROM sample WHERE hit`;
  // CTE "a" (all matches): every match, for exact broad counts on a small table.
  const allMatches = `\n       SELECT ${facetColumns.join(', ') || '1'}\n       FROM ${from}${whereSql}`;

  const broad = (ifSampled: string, ifAll: string) =>
    mode === 'either' ? `CASE WHEN (SELECT yes FROM sampled) THEN ${ifSampled} ELSE ${ifAll} END` : mode === 'sample' ? ifSampled : ifAll;
  const page = (src: string) => `(SELECT array_agg(id ORDER BY ${order}) FROM (SELECT * FROM ${src} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page)`;
  const facetCounts = (src: string) =>
    `(SELECT json_agg(json_build_object('facet', facet, 'value', value, 'n', n)) FROM (${facets.map((name) => spec.facets[name].sql.replaceAll('{src}', src)).join(' UNION ALL ') || NO_FACETS}) f (facet, value, n))`;

  // Column "ids": the page, from the matches when they all fitted, else in order from every match (broad form).
  const ids = `CASE WHEN (SELECT n FROM n) <= ${cap} THEN ${page('m')}
            ELSE ${page(`(SELECT ${pageColumns.join(', ')}\n         FROM ${from}${broadWhereSql}) x`)} END`;
  // Column "sample_rows": how many rows the sample holds (its scale).
  const sampleSize = mode === 'known' || mode === 'all' ? 'NULL::int' : `CASE WHEN (SELECT n FROM n) > ${cap} AND (SELECT yes FROM sampled) THEN (SELECT count(*) FROM sample) END::int`;
  // Column "broad_n": the matches in the sample, or all of them.
  const broadCount = mode === 'known' ? 'NULL::int' : `CASE WHEN (SELECT n FROM n) > ${cap} THEN ${broad('(SELECT count(*) FROM sh)', '(SELECT count(*) FROM a)')} END::int`;
  // Column "counts": the facets over the matches when they fitted, else over the sample or all matches.
  const counts =
    mode === 'known'
      ? `CASE WHEN (SELECT n FROM n) <= ${cap} THEN ${facetCounts('m')} END`
      : `CASE WHEN (SELECT n FROM n) <= ${cap} THEN ${facetCounts('m')} WHEN ${facets.length === 0} THEN NULL
            ELSE ${broad(mode === 'all' ? '' : facetCounts('sh'), mode === 'sample' ? '' : facetCounts('a'))} END`;

  // [name, materialized, body]: the materialized ones are read more than once or must run once.
  const ctes: [string, boolean, string][] = [
    ['m', true, matches],
    ['n', false, matchCount],
    ['size', true, tableSize],
    ['sampled', false, `SELECT ${sampled} AS yes`],
    ...(mode === 'either' || mode === 'sample'
      ? [['sample', true, sample] as [string, boolean, string], ['sh', false, sampledMatches] as [string, boolean, string]]
      : []),
    ...(mode === 'either' || mode === 'all' ? [['a', true, allMatches] as [string, boolean, string]] : []),
  ];
  const columns: [string, string][] = [
    ['ids', ids],
    ['exact_n', '(SELECT n FROM n)::int'],
    ['table_rows', '(SELECT rows FROM size)'],
    ['sample_rows', sampleSize],
    ['broad_n', broadCount],
    ['counts', counts],
  ];
  const sql = `WITH ${ctes.map(([name, materialized, body]) => `${name} AS ${materialized ? 'MATERIALIZED ' : ''}(${body})`).join(',\n     ')}
SELECT ${columns.map(([name, expr]) => `${expr} AS ${name}`).join(',\n       ')}`;
  return { sql, values: p.values, table, facets };
}
