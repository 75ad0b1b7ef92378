import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MeilisearchEngine } from './meilisearch/meilisearch.engine';
import { SearchIndexingService } from './outbox/search-indexing.service';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SearchEngine } from './search-engine';
import { SEARCH_ENGINE } from './search.constants';

function createEngine(config: AppConfig, dataSource: DataSource): SearchEngine {
  if (config.searchEngine === 'meilisearch') {
    return new MeilisearchEngine({ host: config.MEILI_HOST!, apiKey: config.MEILI_API_KEY, indexPrefix: config.MEILI_INDEX_PREFIX });
  }
  return new PostgresSearchEngine(dataSource);
}

/**
 * The configured engine (PostgreSQL by default, Meilisearch with MEILI_HOST) and the outbox that keeps it true
 * to the database. The domain modules import this to queue their changes; it imports none of them, so the
 * search API (SearchModule), which reads through their services, can import them without a cycle.
 */
@Module({
  providers: [{ provide: SEARCH_ENGINE, inject: [AppConfig, getDataSourceToken()], useFactory: createEngine }, SearchIndexingService],
  exports: [SEARCH_ENGINE, SearchIndexingService],
})
export class SearchIndexingModule {}
