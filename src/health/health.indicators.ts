import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { SearchEngine } from '../search/search-engine';
import { SEARCH_ENGINE } from '../search/search.constants';

/**
 * The readiness checks, as terminus indicators. The database decides readiness: without it nothing works. The
 * search engine is reported but never fails readiness: with Meilisearch down, writes still succeed (they queue
 * in the outbox, which drains when it is back) and only search answers fail, so it shows as `degraded`.
 */
@Injectable()
export class HealthIndicators {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexing: SearchIndexingService,
  ) {}

  async database() {
    const check = this.indicator.check('database');
    const mode = this.config.embeddedDatabase ? 'embedded (PGlite)' : 'server';
    const started = Date.now();
    try {
      await this.dataSource.query('SELECT 1');
      return check.up({ mode, latencyMs: Date.now() - started });
    } catch {
      // No error text: it could name the host or the database user.
      return check.down({ mode });
    }
  }

  /** The engine in use and, for an engine fed by the outbox, how far behind its index is (when the database answers). */
  async search(databaseUp: boolean) {
    const check = this.indicator.check('search');
    const engine = await this.engine.health();
    const details: Record<string, unknown> = { engine: this.engine.name };
    if (engine.detail) details.detail = engine.detail;
    if (this.engine.needsSync && databaseUp) details.outboxBacklog = await this.indexing.backlog();
    return engine.up ? check.up(details) : check.degraded(details);
  }
}
