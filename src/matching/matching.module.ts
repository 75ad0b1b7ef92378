import { AuditModule } from '../audit/audit.module';
import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { MatchingResolver } from './matching.resolver';
import { MatchSummaryService } from './match-summary.service';
import { MatchingService } from './matching.service';
import { RankingExplanationResolver } from './ranking-explanation.resolver';

@Module({
  imports: [AuditModule, CandidatesModule, VacanciesModule],
  providers: [MatchingService, MatchingResolver, RankingExplanationResolver, MatchSummaryService],
  exports: [MatchSummaryService],
})
export class MatchingModule {}
