import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { VacanciesService } from '../vacancies/vacancies.service';
import { MatchingService } from './matching.service';
import { partitionMatches } from './scorer/rank-matches';

/**
 * How many of the best matches the summary asks the pool for: the best score is exact, and the eligible count is of
 * the people retrieval read to find them (all eligible people up to this many, at times a few more).
 */
const SUMMARY_FIRST = 20;

/** A summary older than this is recomputed even when its vacancy did not change (candidates come and go). */
export const SUMMARY_MAX_AGE_HOURS = 24;
/** The first background batch after start-up (or the interval, when shorter). */
const FIRST_BATCH_AFTER_MS = 2_000;
/** While catching up, the least pause between batches. */
const CATCH_UP_PAUSE_MIN_MS = 200;

/**
 * The read model behind the dashboard's knelpunten (open vacancies without a good candidate): per open vacancy,
 * the best score the scorer gives an eligible candidate of the vacancy's match pool, and how many are eligible.
 *
 * Why a read model and not scoring on request: the scorer ranks a pool of a few hundred candidates per vacancy
 * (about 30 ms); a dashboard over 14,000 open vacancies would take minutes. Scoring only a bounded sample would
 * make the count depend on the sample. So the matching module keeps this table, refreshing a bounded batch at a
 * time in the background: vacancies without a summary first, then those changed since (version), then the
 * oldest. A fresh start catches up batch after batch (see refreshInBackground) instead of one batch a minute. The dashboard reads it and says how many open vacancies are not assessed yet.
 *
 * Same retrieval and scorer as matchCandidates (staff view: every active candidate, visible or not).
 */
@Injectable()
export class MatchSummaryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MatchSummary');
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private running?: Promise<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly vacancies: VacanciesService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.MATCH_SUMMARY_INTERVAL_MS;
    if (every <= 0) return;
    // The first batch soon after start, not a whole interval later: a fresh demo would otherwise show every
    // vacancy as "nog niet beoordeeld" for minutes.
    this.schedule(Math.min(every, FIRST_BATCH_AFTER_MS));
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.refreshInBackground(), ms);
    this.timer.unref();
  }

  /**
   * One batch, then the next: after the interval when every open vacancy has a summary of its current version;
   * while some have none (a fresh start, a bulk import) or changed, again after a pause as long as the batch took,
   * so catching up uses at most half of one core and requests are served in between (the scorer yields at every
   * database call, a few ms apart).
   */
  private async refreshInBackground(): Promise<void> {
    if (this.running) return; // one batch at a time
    const started = Date.now();
    let behind = false;
    try {
      this.running = this.refreshStale(this.config.MATCH_SUMMARY_BATCH);
      await this.running;
      behind = await this.unassessedLeft();
    } catch (error) {
      this.logger.warn(`refresh failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
    } finally {
      this.running = undefined;
      const every = this.config.MATCH_SUMMARY_INTERVAL_MS;
      this.schedule(behind ? Math.min(every, Math.max(CATCH_UP_PAUSE_MIN_MS, Date.now() - started)) : every);
    }
  }

  /** Whether an open vacancy has no summary of its current version yet (what the dashboard counts as not assessed). */
  private async unassessedLeft(): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT FROM vacancy v LEFT JOIN vacancy_match_summary s ON s.vacancy_id = v.id
                       WHERE v.status = 'OPEN' AND (s.vacancy_id IS NULL OR s.vacancy_version <> v.version)) AS behind`,
    )) as Array<{ behind: boolean }>;
    return row.behind;
  }

  /** Recomputes up to `limit` stale summaries of open vacancies; returns how many it computed. */
  async refreshStale(limit: number): Promise<number> {
    const stale: Array<{ id: string }> = await this.dataSource.query(
      `SELECT v.id FROM vacancy v LEFT JOIN vacancy_match_summary s ON s.vacancy_id = v.id
        WHERE v.status = 'OPEN'
          AND (s.vacancy_id IS NULL OR s.vacancy_version <> v.version OR s.computed_at < now() - make_interval(hours => $2))
        ORDER BY s.vacancy_id IS NOT NULL, s.vacancy_version = v.version, s.computed_at NULLS FIRST, v.id
        LIMIT $1`,
      [limit, SUMMARY_MAX_AGE_HOURS],
    );
    if (stale.length === 0) return 0;
    const vacancies = await this.vacancies.byIds(stale.map((s) => s.id));
    for (const vacancy of vacancies) {
      // Exactly what matchCandidates ranks for staff (every active candidate, visible to employers or not).
      const { evaluated, eligibleCount } = await this.matching.rankPool(vacancy, { employerView: false, first: SUMMARY_FIRST });
      // The best eligible match by the ranking (who can do the job first): exact, as the lists are.
      const best = partitionMatches(evaluated).eligible[0]?.evaluation.score ?? null;
      await this.dataSource.query(
        `INSERT INTO vacancy_match_summary (vacancy_id, vacancy_version, best_score, eligible_count, computed_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (vacancy_id) DO UPDATE SET vacancy_version = EXCLUDED.vacancy_version, best_score = EXCLUDED.best_score,
           eligible_count = EXCLUDED.eligible_count, computed_at = EXCLUDED.computed_at`,
        [vacancy.id, vacancy.version, best, eligibleCount],
      );
    }
    return vacancies.length;
  }
}
