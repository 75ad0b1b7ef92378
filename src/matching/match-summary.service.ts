import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { VacanciesService } from '../vacancies/vacancies.service';
import { MatchingService } from './matching.service';
import { partitionMatches } from './scorer/rank-matches';

/** A summary older than this is recomputed even when its vacancy did not change (candidates come and go). */
export const SUMMARY_MAX_AGE_HOURS = 24;

/**
 * The read model behind the dashboard's knelpunten (open vacancies without a good candidate): per open vacancy,
 * the best score the scorer gives an eligible candidate of the vacancy's match pool, and how many are eligible.
 *
 * Why a read model and not scoring on request: the scorer ranks a pool of a few hundred candidates per vacancy
 * (about 30 ms); a dashboard over 14,000 open vacancies would take minutes. Scoring only a bounded sample would
 * make the count depend on the sample. So the matching module keeps this table, refreshing a bounded batch at a
 * time in the background: vacancies without a summary first, then those changed since (version), then the
 * oldest. The dashboard reads it and says how many open vacancies are not assessed yet.
 *
 * Same retrieval and scorer as matchCandidates (staff view: every active candidate, visible or not).
 */
@Injectable()
export class MatchSummaryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MatchSummary');
  private timer?: NodeJS.Timeout;
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
    this.timer = setInterval(() => void this.refreshInBackground(), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async refreshInBackground(): Promise<void> {
    if (this.running) return; // one batch at a time
    try {
      this.running = this.refreshStale(this.config.MATCH_SUMMARY_BATCH);
      await this.running;
    } catch (error) {
      this.logger.warn(`refresh failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
    } finally {
      this.running = undefined;
    }
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
      const { evaluated } = await this.matching.rankPool(vacancy, { employerView: false });
      const { eligible } = partitionMatches(evaluated);
      const best = eligible.length ? Math.max(...eligible.map((m) => m.evaluation.score)) : null;
      await this.dataSource.query(
        `INSERT INTO vacancy_match_summary (vacancy_id, vacancy_version, best_score, eligible_count, computed_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (vacancy_id) DO UPDATE SET vacancy_version = EXCLUDED.vacancy_version, best_score = EXCLUDED.best_score,
           eligible_count = EXCLUDED.eligible_count, computed_at = EXCLUDED.computed_at`,
        [vacancy.id, vacancy.version, best, eligible.length],
      );
    }
    return vacancies.length;
  }
}
