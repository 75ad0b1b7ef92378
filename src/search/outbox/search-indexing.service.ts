import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '../../database/transaction';
import { IndexName, SearchEngine } from '../search-engine';
import { SEARCH_ENGINE } from '../search.constants';
import { OutboxWorker } from './outbox-worker';
import { enqueueIndexing, outboxBacklog } from './search-outbox';

const IDLE_POLL_MS = 1000;

/**
 * Keeps an external engine's index true to PostgreSQL: services call `enqueue` inside their write transaction;
 * a loop in every replica drains the outbox (retrying with backoff while the engine is down). With the
 * PostgreSQL engine there is nothing to sync and this does nothing.
 */
@Injectable()
export class SearchIndexingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexing');
  private readonly worker: OutboxWorker;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {
    this.worker = new OutboxWorker((work) => this.dataSource.transaction((m) => work(m)), engine);
    // Every committed write may have queued records: drain soon instead of at the next poll.
    transactions.afterCommit(() => this.kick());
  }

  /**
   * Records "index this" in the caller's transaction (started with database/transaction.ts): it commits, or
   * rolls back, with the change.
   */
  async enqueue(manager: EntityManager, index: IndexName, ids: string[]): Promise<void> {
    if (this.engine.needsSync) await enqueueIndexing(manager, index, ids);
  }

  /** Drain soon (after a commit), instead of waiting for the next poll. */
  kick(): void {
    if (this.engine.needsSync && !this.stopped) this.schedule(0);
  }

  backlog() {
    return outboxBacklog(this.dataSource);
  }

  onApplicationBootstrap(): void {
    if (this.engine.needsSync) this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) return this.schedule(100);
      this.running = this.loop().finally(() => (this.running = undefined));
    }, delay);
  }

  private async loop(): Promise<void> {
    try {
      for (;;) {
        const result = await this.worker.drainOnce();
        if (result.failed) this.logger.warn(`search engine refused ${result.failed} updates; retrying with backoff`);
        if (this.stopped || result.indexed + result.removed + result.failed === 0 || result.failed > 0) break;
      }
    } catch (error) {
      this.logger.error(`outbox drain failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!this.stopped) this.schedule(IDLE_POLL_MS);
  }
}
