import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { todayInNetherlands } from '../graphql/local-date.scalar';
import { Transactions } from '../database/transaction';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { refreshAgeGroups } from './age-groups.refresh';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps the stored age groups true as birthdays pass (see age-groups.refresh.ts). */
@Injectable()
export class AgeGroupsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AgeGroups');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      await this.transactions.run(async (m) => {
        const changed = await refreshAgeGroups(m, todayInNetherlands());
        await this.indexing.enqueue(m, 'candidates', changed);
        if (changed.length) this.logger.log(`age groups updated for ${changed.length} candidates`);
      });
    } catch (error) {
      this.logger.error(`age group refresh failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
