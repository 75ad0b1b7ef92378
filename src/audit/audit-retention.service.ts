import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention job: removes audit rows older than AUDIT_RETENTION_DAYS, at start-up and once a day, through
 * audit_log_purge (the only delete the append-only trigger lets through). Running in every replica is harmless:
 * a second run finds nothing to remove.
 */
@Injectable()
export class AuditRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.purge();
    this.timer = setInterval(() => void this.purge(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many rows were removed. */
  async purge(): Promise<number> {
    try {
      const [{ removed }] = await this.dataSource.query<Array<{ removed: number }>>('SELECT audit_log_purge($1) AS removed', [
        this.config.AUDIT_RETENTION_DAYS,
      ]);
      if (removed > 0) this.logger.log(`removed ${removed} audit rows older than ${this.config.AUDIT_RETENTION_DAYS} days`);
      // The view limit's working set outside its hour (each account drops its own as it opens records; this clears
      // the accounts that stopped), so who-opened-whom is kept there at most a day past the hour it counts.
      await this.dataSource.query(`DELETE FROM audit_view_window WHERE last_viewed_at <= now() - interval '1 hour'`);
      return removed;
    } catch (error) {
      this.logger.error(`audit retention failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
