import { Controller, Get, HttpCode, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { HealthIndicators } from './health.indicators';

/**
 * Liveness and readiness (@nestjs/terminus), for an orchestrator:
 * - `/health/live`: the process is up and answering; nothing it depends on is checked, so an outage elsewhere
 *   (the database, Meilisearch) never gets it restarted.
 * - `/health/ready`: 503 when the database does not answer; a search engine that is down shows as `degraded`
 *   in the details and keeps the answer 200, as writes still succeed.
 * - `/health`: the same readiness in the shape clients and the test harness already read
 *   (`{ status, database, search }`): 503 only without the database, `status: "degraded"` when search is down.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicators,
  ) {}

  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Public()
  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) res: Response) {
    const database = await this.indicators.database();
    try {
      return await this.health.check([() => database, () => this.indicators.search(database.database.status === 'up')]);
    } catch (error) {
      // Terminus answers "not ready" with an exception; the app's exception filter is GraphQL's, so the 503 and
      // its JSON body are written here.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse();
    }
  }

  @Public()
  @Get()
  @HttpCode(200)
  async overview(@Res({ passthrough: true }) res: Response) {
    const { database: db } = await this.indicators.database();
    const { search } = await this.indicators.search(db.status === 'up');
    const status = db.status !== 'up' ? 'down' : search.status === 'up' ? 'up' : 'degraded';
    if (status === 'down') res.status(503);
    // The search component keeps its old up/down wording here.
    return { status, database: db, search: { ...search, status: search.status === 'up' ? 'up' : 'down' } };
  }
}
