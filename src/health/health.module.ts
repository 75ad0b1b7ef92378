import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { HealthController } from './health.controller';
import { HealthIndicators } from './health.indicators';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), SearchIndexingModule],
  controllers: [HealthController],
  providers: [HealthIndicators],
})
export class HealthModule {}
