import { Module } from '@nestjs/common';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { MatchingResolver } from './matching.resolver';
import { MatchSummaryService } from './match-summary.service';
import { MatchingService } from './matching.service';
import { RankingExplanationResolver } from './ranking-explanation.resolver';

@Module({
  imports: [VacanciesModule],
  providers: [MatchingService, MatchingResolver, RankingExplanationResolver, MatchSummaryService],
  exports: [MatchSummaryService],
})
export class MatchingModule {}
