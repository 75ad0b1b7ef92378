import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { safeErrorText } from '../graphql/safe-log';
import { DashboardService } from './dashboard.service';

/**
 * Keeps the dashboard's default view (what every manager sees first: the whole region, the last 12 months) computed
 * ahead, right after start and then every DASHBOARD_WARM_SECONDS. The figures land in the exact figure cache, so a
 * round after nothing changed costs a few cache lookups, and a round after a change recomputes only the statements
 * whose tables changed. Opening the dashboard then reads kept figures instead of reading 100,000 candidates and a
 * year of placements while the manager waits. A filtered view is computed when asked, as before.
 */
@Injectable()
export class DashboardWarmer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DashboardWarmer');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dashboard: DashboardService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DASHBOARD_WARM_SECONDS > 0) this.schedule(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.round(), ms);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    const started = Date.now();
    try {
      const recomputed = await this.dashboard.warmDefaultView();
      if (recomputed > 0) this.logger.log(`default dashboard view computed ahead: ${recomputed} statements in ${Date.now() - started} ms`);
    } catch (error) {
      // A round that fails (the database restarting, shutting down) leaves the next request to compute the figures.
      if (!this.stopped) this.logger.warn(`computing the default dashboard view ahead failed: ${safeErrorText(error, 0)}`);
    } finally {
      this.schedule(this.config.DASHBOARD_WARM_SECONDS * 1000);
    }
  }
}
