import { LRUCache } from 'lru-cache';
import { Queryable } from '../../database/queryable';
import { CandidateDocument, VacancyDocument } from '../search-documents';
import { EngineSettings, IndexName, SearchEngine } from '../search-engine';
import { CandidateFilter, CandidateSort, FacetCounts, SearchHits, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { buildSearchStatement, CANDIDATE_TABLE, CountingOptions, countModeFor, DEFAULT_COUNTING, TableSpec, VACANCY_TABLE } from './search-statement';
import { buildTsQuery, queryWords, ResolvedWord } from './text-query';


/** Bound on the known-word memory (least recently used forgotten first). */
const MAX_KNOWN_WORDS = 20_000;

/** Bound on the estimate memory (least recently used forgotten first). */
const MAX_ESTIMATES = 2_000;

interface Estimate {
  at: number;
  totalCount: number;
  facets: FacetCounts;
}

export { DEFAULT_COUNTING };
export type { CountingOptions };

/** Estimates are shown rounded to two significant digits, so they read as the estimates they are. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

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

  /** Recent estimates of broad matches, by table, text and filter (CountingOptions.estimateSeconds). */
  private readonly estimates = new LRUCache<string, Estimate>({ max: MAX_ESTIMATES });

  /**
   * Stems of query words known to be in the index. A word leaves the vocabulary when the last row holding it is
   * deleted or edited (migration 1763903100000-search-vocabulary-forget.ts); a remembered word that has gone
   * merely matches nothing, as it would after the look-up.
   */
  private readonly knownWords = new LRUCache<string, { lexeme: string; prefix: boolean }>({ max: MAX_KNOWN_WORDS });

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
    return this.search(CANDIDATE_TABLE, request, request.filter.textOnProfileFieldsOnly ? 'AB' : undefined);
  }

  searchVacancies(request: SearchRequest<VacancyFilter, VacancySort>): Promise<SearchHits> {
    return this.search(VACANCY_TABLE, request);
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

  /** The statement (search-statement.ts), its answer turned into hits: estimates scaled and rounded. */
  private async search<F, S>(spec: TableSpec<F, S>, request: SearchRequest<F, S>, textWeights?: string): Promise<SearchHits> {
    const tsquery = request.text ? await this.textQuery(request.text, textWeights) : null;
    const table = tsquery ? spec.tables.text : spec.tables.filter;
    const key = JSON.stringify([table, tsquery, request.filter, request.facets]);
    const known = this.estimates.get(key);
    const fresh = known !== undefined && Date.now() - known.at < (this.counting.estimateSeconds ?? DEFAULT_COUNTING.estimateSeconds!) * 1000;
    const mode = fresh ? 'known' : countModeFor(this.tableRows.get(table), this.counting);
    const { sql, values, facets } = buildSearchStatement(spec, request, tsquery, this.counting, mode);
    const cap = this.counting.exactCountLimit;
    const [row] = await this.db.query<
      { ids: string[] | null; exact_n: number; sample_rows: number | null; table_rows: number | null; broad_n: number | null; counts: { facet: string; value: string; n: number }[] | null }[]
    >(sql, values);
    if (row.table_rows !== null) this.tableRows.set(table, Number(row.table_rows));
    this.estimates.delete(key);
    // Still more matches than the limit: the recent estimate stands (the page is exact as always).
    if (fresh && row.exact_n > cap) {
      this.estimates.set(key, known);
      return { ids: row.ids ?? [], totalCount: known.totalCount, totalCountExact: false, facets: known.facets };
    }
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
    if (!exact) {
      this.estimates.set(key, { at: Date.now(), totalCount, facets: facetCounts });
    }
    return { ids: row.ids ?? [], totalCount, totalCountExact: exact, facets: facetCounts };
  }

  /**
   * Resolves every query word against the vocabulary: known, prefix, or nearest corrections. Words already
   * known are answered from memory (see knownWords; a stem is a pure function of the word); the
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
