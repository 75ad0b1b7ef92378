import { Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidatesService } from '../candidates/candidates.service';
import { Transactions } from '../database/transaction';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { SearchIndexingService } from './outbox/search-indexing.service';
import { SearchEngine } from './search-engine';
import { SearchIndexingModule } from './search-indexing.module';
import { SEARCH_ENGINE } from './search.constants';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** The search API, and the engine's settings (synonyms from the talent reference list). */
@Module({
  // Search hits are loaded through the candidates and vacancies services; an employer's candidate search is
  // centred on their own places, which the employers and vacancies modules own.
  imports: [SearchIndexingModule, AuditModule, CandidatesModule, EmployersModule, VacanciesModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Search');

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly referenceData: ReferenceDataService,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
  ) {}

  /** Applies index settings; synonyms come from the talent reference list, so an ADMIN's edits reach the engine. */
  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.ensureLoaded();
    // An ADMIN's talent edits: the engine gets the new synonyms, and the rows with those talents are re-indexed.
    this.referenceData.onTalentsChanged(async (codes) => {
      await this.talentsChanged(codes);
      await this.applySettings();
    });
    await this.applySettings();
  }

  /**
   * The rows carrying these talents get their search text refolded by their own modules (the PostgreSQL
   * engine's triggers fold talent labels and synonyms in) and, for an external engine, are re-indexed through
   * the outbox, all in one transaction.
   */
  private async talentsChanged(codes: string[]): Promise<void> {
    await this.transactions.run(async (m) => {
      await this.indexing.enqueue(m, 'candidates', await this.candidates.refoldTalents(codes, m));
      await this.indexing.enqueue(m, 'vacancies', await this.vacancies.refoldTalents(codes, m));
    });
  }

  private async applySettings(): Promise<void> {
    try {
      await this.engine.prepare({ synonyms: this.referenceData.talentSynonyms() });
    } catch (error) {
      // An engine that is down must not stop the service: writes go on into the outbox, and the engine applies
      // its settings before its next call.
      this.logger.warn(`search engine ${this.engine.name} not ready: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
