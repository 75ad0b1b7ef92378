import { SearchIndexingModule } from '../search/search-indexing.module';
import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

@Module({ imports: [SearchIndexingModule], controllers: [HealthController] })
export class HealthModule {}
