import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { enqueueIndexing } from '../search/outbox/search-outbox';
import { SearchDocumentLoader } from '../search/search-documents.loader';
import { IndexName, SearchEngine } from '../search/search-engine';
import { SEARCH_ENGINE } from '../search/search.constants';
import { oneOf, parseCliArgs, runCli } from './cli-args';

const USAGE = 'usage: reindex [--index candidates|vacancies|all]   (default all)';

/**
 * Rebuilds the search index from PostgreSQL, the source of truth:
 *   npm run reindex [-- --index candidates|vacancies|all]
 * Meilisearch: a fresh index is filled and swapped in, so searches keep answering meanwhile; writes that landed
 * during the rebuild are queued again afterwards (rows changed since the start, candidates erased since the
 * start), so the swap cannot lose them. PostgreSQL: every search vector and the word list are recomputed.
 */
async function main(): Promise<void> {
  const values = parseCliArgs({ index: { type: 'string', default: 'all' } }, process.argv.slice(2));
  const which = oneOf('index', values.index, ['candidates', 'vacancies', 'all'] as const)!;
  process.env.DEMO_DATA = 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const loader = new SearchDocumentLoader(dataSource);
    const indexes: IndexName[] = which === 'all' ? ['candidates', 'vacancies'] : [which];
    for (const index of indexes) {
      const [{ now: startedAt }] = await dataSource.query(`SELECT now()`);
      const started = Date.now();
      const count =
        index === 'candidates' ? await engine.rebuild('candidates', loader.allCandidates()) : await engine.rebuild('vacancies', loader.allVacancies());
      if (engine.needsSync) {
        // Each module answers for its own table: rows changed since the start, and candidates erased since.
        const changed =
          index === 'candidates' ? await app.get(CandidatesService).idsChangedSince(startedAt) : await app.get(VacanciesService).idsChangedSince(startedAt);
        const erased = await app.get(AuditService).erasedSince(index === 'candidates' ? 'candidate' : 'vacancy', startedAt);
        await enqueueIndexing(dataSource, index, [...new Set([...changed, ...erased])]);
      }
      process.stdout.write(`${engine.name}: rebuilt ${index} (${count} documents) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    if (engine.name === 'postgres') {
      await dataSource.query(
        `DELETE FROM search_vocabulary WHERE word NOT IN (SELECT word FROM ts_stat('SELECT search_vector FROM candidate UNION ALL SELECT search_vector FROM vacancy'))`,
      );
    }
  } finally {
    await app.close();
  }
}

runCli('reindex', USAGE, main);
