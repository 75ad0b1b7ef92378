import { Queryable } from '../../database/queryable';
import { CandidateDocument, VacancyDocument } from '../search-documents';
import { EngineSettings, IndexName, SearchEngine } from '../search-engine';
import { CandidateFilter, CandidateSort, FacetCounts, SearchHits, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { candidateConditions, candidateOrder, distanceExpression, vacancyConditions, vacancyOrder } from './postgres-filter';
import { SqlParams } from './sql-params';
import { buildTsQuery, queryWords, ResolvedWord } from './text-query';


/** Facet name -> the column it reads, and how to count it over a set of rows (`{src}`, the matches or the sampled matches). */
const CANDIDATE_FACET_SQL: Record<string, { column: string; sql: string }> = {
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

const VACANCY_FACET_SQL: Record<string, { column: string; sql: string }> = {
  categoryCode: { column: 'v.category_code', sql: `SELECT 'categoryCode', category_code, count(*) FROM {src} WHERE category_code IS NOT NULL GROUP BY category_code` },
  minTaalniveau: { column: 'v.min_taalniveau', sql: `SELECT 'minTaalniveau', min_taalniveau, count(*) FROM {src} WHERE min_taalniveau IS NOT NULL GROUP BY min_taalniveau` },
  status: { column: 'v.status', sql: `SELECT 'status', status, count(*) FROM {src} GROUP BY status` },
  contractType: { column: 'v.contract_type', sql: `SELECT 'contractType', contract_type, count(*) FROM {src} GROUP BY contract_type` },
  leerwerkplek: { column: 'v.leerwerkplek', sql: `SELECT 'leerwerkplek', 'true', count(*) FROM {src} WHERE leerwerkplek` },
  banenafspraak: { column: 'v.banenafspraak', sql: `SELECT 'banenafspraak', 'true', count(*) FROM {src} WHERE banenafspraak` },
  loonkostensubsidie: { column: 'v.loonkostensubsidie', sql: `SELECT 'loonkostensubsidie', 'true', count(*) FROM {src} WHERE loonkostensubsidie` },
};

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
}

/** Bound on the known-word memory (oldest forgotten first). */
const MAX_KNOWN_WORDS = 20_000;

export const DEFAULT_COUNTING: CountingOptions = { exactCountLimit: 500, sampleRows: 5_000 };

/** Estimates are shown rounded to two significant digits, so they read as the estimates they are. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

interface TableSpec<F, S> {
  /** The table searched, without and with free text (read as `alias`). */
  tables: { filter: string; text: string };
  alias: 'c' | 'v';
  /** The search vector's column in the text FROM clause. */
  vector: string;
  /** The column a date sort needs, carried into the matched rows. */
  dateColumn: string;
  facets: Record<string, { column: string; sql: string }>;
  conditions: (filter: F, p: SqlParams, broad?: boolean) => string[];
  order: (sort: S, hasText: boolean, hasDistance: boolean) => string;
  within: (filter: F) => CandidateFilter['within'];
}

const CANDIDATES: TableSpec<CandidateFilter, CandidateSort> = {
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
};

const VACANCIES: TableSpec<VacancyFilter, VacancySort> = {
  tables: { filter: 'vacancy', text: 'vacancy' },
  alias: 'v',
  vector: 'v.search_vector',
  dateColumn: 'closing_date',
  facets: VACANCY_FACET_SQL,
  conditions: vacancyConditions,
  order: vacancyOrder,
  within: (f) => f.within,
};

/**
 * Search on PostgreSQL itself: the tables are the index (see the search migration), so results are consistent
 * at commit and there is nothing to sync. Full-text in the `dutch` configuration (stemming), typo tolerance by
 * correcting query words against the vocabulary of indexed words, prefix matching on the last word, synonyms
 * folded into the indexed text, geo by earth distance.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  readonly needsSync = false;

  /** Rows per searched table (pg_class.reltuples), as the last search saw it: decides sample or full count. */
  private readonly tableRows = new Map<string, number>();

  /**
   * Stems of query words known to be in the index. An erasure can forget a word (migration 1763903100000), so an
   * entry may outlive its word: the query then simply finds nothing for it, as for any word not indexed.
   */
  private readonly knownWords = new Map<string, { lexeme: string; prefix: boolean }>();

  constructor(
    private readonly db: Queryable,
    private readonly counting: CountingOptions = DEFAULT_COUNTING,
  ) {}

  async prepare(_settings: EngineSettings): Promise<void> {
    // The migrations create everything this engine needs.
  }

  async indexCandidates(_docs: CandidateDocument[]): Promise<void> {
    // Consistent at commit: the candidate table is the index.
  }

  async indexVacancies(_docs: VacancyDocument[]): Promise<void> {
    // Consistent at commit: the vacancy table is the index.
  }

  async remove(_index: IndexName, _ids: string[]): Promise<void> {
    // A deleted row is gone from the index with it.
  }

  searchCandidates(request: SearchRequest<CandidateFilter, CandidateSort>): Promise<SearchHits> {
    // Talents are weighted A, beroepswensen and work experience titles B, the profile text C (search migration).
    return this.search(CANDIDATES, request, request.filter.textOnProfileFieldsOnly ? 'AB' : undefined);
  }

  searchVacancies(request: SearchRequest<VacancyFilter, VacancySort>): Promise<SearchHits> {
    return this.search(VACANCIES, request);
  }

  /** Recomputes every search vector (after reference data changed, e.g. new synonyms) and the vocabulary. */
  async rebuild(index: IndexName, _batches: AsyncIterable<unknown[]>): Promise<number> {
    if (index === 'candidates') {
      const rows = await this.db.query<{ n: number }[]>(`WITH u AS (UPDATE candidate SET talents = talents RETURNING 1) SELECT count(*)::int AS n FROM u`);
      return rows[0].n;
    }
    const rows = await this.db.query<{ n: number }[]>(`WITH u AS (UPDATE vacancy SET title = title RETURNING 1) SELECT count(*)::int AS n FROM u`);
    return rows[0].n;
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    try {
      await this.db.query('SELECT 1');
      return { up: true };
    } catch {
      return { up: false, detail: 'database not reachable' };
    }
  }

  /**
   * One statement: the matches are collected up to the exact-count limit; when they all fit, the page, the
   * total and the facets come from that one pass. When more match, the page is read in order through the
   * indexes (newest, nearest) or by ranking the text matches, and the counts are estimated from a sample (see
   * CountingOptions). PostgreSQL evaluates only the branch it needs.
   */
  private async search<F, S>(spec: TableSpec<F, S>, request: SearchRequest<F, S>, textWeights?: string): Promise<SearchHits> {
    const tsquery = request.text ? await this.textQuery(request.text, textWeights) : null;
    const p = new SqlParams();
    const a = spec.alias;
    const where = spec.conditions(request.filter, p);
    const broadWhere = spec.conditions(request.filter, p, true);
    let rank = '0::real';
    if (tsquery) {
      const q = `to_tsquery('simple', ${p.add(tsquery)})`;
      where.push(`${spec.vector} @@ ${q}`);
      broadWhere.push(`${spec.vector} @@ ${q}`);
      rank = `ts_rank_cd(${spec.vector}, ${q})`;
    }
    const distance = String(request.sort) === 'DISTANCE' ? distanceExpression(a, spec.within(request.filter), p) : null;
    const order = spec.order(request.sort, Boolean(tsquery), distance !== null);
    const facets = request.facets.filter((f) => spec.facets[f]);
    const pageColumns = [`${a}.id`, `${a}.created_at`, `${a}.${spec.dateColumn}`, `${rank} AS rank`, `${distance ?? 'NULL::float8'} AS dist`];
    const facetColumns = facets.map((f) => spec.facets[f].column);
    const table = tsquery ? spec.tables.text : spec.tables.filter;
    const from = `${table} ${a}`;
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = p.add(request.limit);
    const offset = p.add(request.offset);
    const cap = this.counting.exactCountLimit;
    // The table's size as of its last ANALYZE, and the percentage of its blocks that makes a sample of about
    // `sampleRows`. Sampling pays only on a table well over the sample's size; a smaller one is counted in full.
    const size = `(SELECT greatest(reltuples, 0)::float8 AS rows, least(100, 100.0 * ${p.add(this.counting.sampleRows)} / greatest(reltuples, 1))::float4 AS pct FROM pg_class WHERE oid = ${p.add(table)}::regclass)`;
    // Known from an earlier search (sizes change slowly), only the broad branch that applies is planned.
    const knownRows = this.tableRows.get(table);
    const mode = knownRows === undefined ? 'either' : knownRows > 2 * this.counting.sampleRows ? 'sample' : 'all';
    const facetSql = (src: string) =>
      `(SELECT json_agg(json_build_object('facet', facet, 'value', value, 'n', n)) FROM (${facets.map((name) => spec.facets[name].sql.replaceAll('{src}', src)).join(' UNION ALL ') || 'SELECT NULL, NULL, NULL WHERE false'}) f (facet, value, n))`;
    const page = (src: string) => `(SELECT array_agg(id ORDER BY ${order}) FROM (SELECT * FROM ${src} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page)`;
    const sampleOf = `${from} TABLESAMPLE SYSTEM ((SELECT pct FROM size)) REPEATABLE (0)`;
    const sampled = { either: `(SELECT n FROM n) > ${cap} AND (SELECT pct FROM size) < 50`, sample: 'true', all: 'false' }[mode];
    const broad = (ifSampled: string, ifAll: string) =>
      mode === 'either' ? `CASE WHEN (SELECT yes FROM sampled) THEN ${ifSampled} ELSE ${ifAll} END` : mode === 'sample' ? ifSampled : ifAll;
    // Broad: estimate from a block sample (matches among the sampled rows, scaled to the table's size; the
    // sample's size is counted apart over the same blocks, same seed and percentage), or count every match.
    const sql = `
      WITH m AS MATERIALIZED (SELECT ${[...pageColumns, ...facetColumns].join(', ')} FROM ${from} ${whereSql} LIMIT ${cap + 1}),
      n AS (SELECT count(*) AS n FROM m),
      size AS MATERIALIZED ${size},
      sampled AS (SELECT ${sampled} AS yes)
      ${mode !== 'all' ? `, sh AS MATERIALIZED (SELECT ${facetColumns.join(', ') || '1'} FROM ${sampleOf} ${whereSql})` : ''}
      ${mode !== 'sample' ? `, a AS MATERIALIZED (SELECT ${facetColumns.join(', ') || '1'} FROM ${from} ${whereSql})` : ''}
      SELECT CASE WHEN (SELECT n FROM n) <= ${cap} THEN ${page('m')}
                  ELSE ${page(`(SELECT ${pageColumns.join(', ')} FROM ${from} ${broadWhere.length ? `WHERE ${broadWhere.join(' AND ')}` : ''}) x`)} END AS ids,
             (SELECT n FROM n)::int AS exact_n,
             (SELECT rows FROM size) AS table_rows,
             CASE WHEN (SELECT n FROM n) > ${cap} AND (SELECT yes FROM sampled) THEN (SELECT count(*) FROM ${sampleOf}) END::int AS sample_rows,
             CASE WHEN (SELECT n FROM n) > ${cap} THEN ${broad('(SELECT count(*) FROM sh)', '(SELECT count(*) FROM a)')} END::int AS broad_n,
             CASE WHEN (SELECT n FROM n) <= ${cap} THEN ${facetSql('m')} WHEN ${facets.length === 0} THEN NULL
                  ELSE ${broad(mode === 'all' ? '' : facetSql('sh'), mode === 'sample' ? '' : facetSql('a'))} END AS counts`;
    const [row] = await this.db.query<
      { ids: string[] | null; exact_n: number; sample_rows: number | null; table_rows: number | null; broad_n: number | null; counts: { facet: string; value: string; n: number }[] | null }[]
    >(sql, p.values);
    if (row.table_rows !== null) this.tableRows.set(table, Number(row.table_rows));
    // Exact when everything fitted under the limit, or when every match was counted.
    const exact = row.sample_rows === null;
    const scale = exact ? 1 : Number(row.table_rows) / Math.max(1, row.sample_rows!);
    const estimate = (n: number) => (exact ? n : roundEstimate(n * scale));
    const facetCounts: FacetCounts = Object.fromEntries(facets.map((f) => [f, {}]));
    for (const count of row.counts ?? []) {
      const n = estimate(Number(count.n));
      if (n > 0) facetCounts[count.facet][count.value] = n;
    }
    // An estimate never claims fewer than the matches already seen.
    const totalCount = row.exact_n <= cap ? row.exact_n : exact ? Number(row.broad_n) : Math.max(cap + 1, estimate(Number(row.broad_n)));
    return { ids: row.ids ?? [], totalCount, totalCountExact: exact, facets: facetCounts };
  }

  /**
   * Resolves every query word against the vocabulary: known, prefix, or nearest corrections. Words already
   * known are answered from memory (a stem is a pure function of the word; see knownWords for erasures); the
   * others take one round trip for all of them.
   */
  private async textQuery(text: string, weights?: string): Promise<string | null> {
    const words = queryWords(text);
    if (!words.length) return null;
    const key = (word: string, i: number) => (i === words.length - 1 ? `${word}*` : word);
    const cached = words.map((w, i) => this.knownWords.get(key(w, i)));
    let resolved: ResolvedWord[];
    if (cached.every((c) => c !== undefined)) {
      resolved = cached.map((c) => ({ lexeme: c!.lexeme, known: true, hasPrefixMatches: c!.prefix, corrections: [] }));
    } else {
      resolved = await this.resolveWords(words);
      resolved.forEach((r, i) => {
        if (r.known && r.lexeme && (i < words.length - 1 || r.hasPrefixMatches)) {
          if (this.knownWords.size >= MAX_KNOWN_WORDS) this.knownWords.delete(this.knownWords.keys().next().value!);
          this.knownWords.set(key(words[i], i), { lexeme: r.lexeme, prefix: r.hasPrefixMatches });
        }
      });
    }
    return buildTsQuery(words, resolved, weights);
  }

  private async resolveWords(words: string[]): Promise<ResolvedWord[]> {
    const rows = await this.db.query<{ lex: string | null; known: boolean; prefix: boolean; corrections: string[] }[]>(
      `SELECT l.lex,
              (l.lex IS NOT NULL AND EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word = l.lex)) AS known,
              (w.i = $2 AND length(w.word) >= 3 AND EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word LIKE w.word || '%')) AS prefix,
              CASE WHEN l.lex IS NULL OR EXISTS (SELECT 1 FROM search_vocabulary s WHERE s.word = l.lex) THEN '{}'::text[]
                   ELSE ARRAY(SELECT s.word FROM search_vocabulary s WHERE s.word % l.lex ORDER BY s.word <-> l.lex, s.word LIMIT 2)
              END AS corrections
         FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i)
         CROSS JOIN LATERAL (SELECT (SELECT lexeme FROM unnest(to_tsvector('dutch', w.word)) LIMIT 1) AS lex) l
        ORDER BY w.i`,
      [words, words.length],
    );
    return rows.map((r) => ({ lexeme: r.lex, known: r.known, hasPrefixMatches: r.prefix, corrections: r.corrections ?? [] }));
  }
}
