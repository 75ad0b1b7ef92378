import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { AppConfig } from '../config/app-config';

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
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const database = await this.database();
    const search: ComponentHealth = { status: database.status, engine: this.config.searchEngine };
    const status = database.status === 'up' && search.status === 'up' ? 'up' : 'down';
    if (status !== 'up') res.status(503);
    return { status, database, search };
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
