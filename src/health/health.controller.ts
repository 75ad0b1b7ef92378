import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { AppConfig } from '../config/app-config';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { SearchEngine } from '../search/search-engine';
import { SEARCH_ENGINE } from '../search/search.constants';

interface ComponentHealth {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

/** Liveness and readiness in one: 200 when the database answers, 503 otherwise; names the engines in use. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexing: SearchIndexingService,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const database = await this.database();
    const search = await this.search(database.status === 'up');
    const status = database.status === 'up' && search.status === 'up' ? 'up' : 'down';
    if (status !== 'up') res.status(503);
    return { status, database, search };
  }

  /** The engine in use and, for an engine fed by the outbox, how far behind its index is. */
  private async search(databaseUp: boolean): Promise<ComponentHealth> {
    const engine = await this.engine.health();
    const health: ComponentHealth = { status: engine.up ? 'up' : 'down', engine: this.engine.name };
    if (engine.detail) health.detail = engine.detail;
    if (this.engine.needsSync && databaseUp) health.outboxBacklog = await this.indexing.backlog();
    return health;
  }

  private async database(): Promise<ComponentHealth> {
    const started = Date.now();
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', mode: this.config.embeddedDatabase ? 'embedded (PGlite)' : 'server', latencyMs: Date.now() - started };
    } catch {
      return { status: 'down', mode: this.config.embeddedDatabase ? 'embedded (PGlite)' : 'server' };
    }
  }
}
