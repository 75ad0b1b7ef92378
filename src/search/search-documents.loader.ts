import { Queryable } from '../database/queryable';
import { CANDIDATE_DOCUMENT_SQL as CANDIDATE_SQL } from '../candidates/candidate-search-document.sql';
import { VACANCY_DOCUMENT_SQL as VACANCY_SQL } from '../vacancies/vacancy-search-document.sql';
import { CandidateDocument, VacancyDocument } from './search-documents';

/**
 * Reads index documents from PostgreSQL, the source of truth: for the outbox worker (the current state of the
 * rows it was told about) and for a full rebuild. The statements are the candidates and vacancies modules' read
 * models; this loader only runs them by id or in batches. Selects only non-identifying columns.
 */
export class SearchDocumentLoader {
  constructor(private readonly db: Queryable) {}

  candidates(ids: string[]): Promise<CandidateDocument[]> {
    return this.db.query(`${CANDIDATE_SQL} WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  vacancies(ids: string[]): Promise<VacancyDocument[]> {
    return this.db.query(`${VACANCY_SQL} WHERE v.id = ANY($1::uuid[])`, [ids]);
  }

  /** Every candidate, in batches by id (keyset), for a rebuild. */
  async *allCandidates(batchSize = 2000): AsyncIterable<CandidateDocument[]> {
    yield* this.batches<CandidateDocument>(CANDIDATE_SQL, 'c', batchSize);
  }

  async *allVacancies(batchSize = 2000): AsyncIterable<VacancyDocument[]> {
    yield* this.batches<VacancyDocument>(VACANCY_SQL, 'v', batchSize);
  }

  private async *batches<T extends { id: string }>(sql: string, alias: string, batchSize: number): AsyncIterable<T[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.query<T[]>(`${sql} WHERE ${alias}.id > $1::uuid ORDER BY ${alias}.id LIMIT ${Number(batchSize)}`, [after]);
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1].id;
    }
  }
}
