import { AuditModule } from '../audit/audit.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { IntroductionRequestEntity } from './introduction-request.entity';
import { IntroductionRequestsResolver } from './introduction-requests.resolver';
import { IntroductionRequestsService } from './introduction-requests.service';
import { PlacementStepEntity } from './placement-step.entity';
import { PlacementEntity } from './placement.entity';
import { PlacementsDataExport } from './placements-data-export';
import { PlacementsResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';

/**
 * Voordrachten, their status history and instruments, and the employers' introduction requests. Owns its three
 * tables; vacancies, candidates and employers are asked through their services (a lint rule keeps it so).
 */
@Module({
  imports: [TypeOrmModule.forFeature([PlacementEntity, PlacementStepEntity, IntroductionRequestEntity]), AuditModule, SearchIndexingModule, VacanciesModule, CandidatesModule, EmployersModule],
  providers: [PlacementsService, PlacementsResolver, IntroductionRequestsService, IntroductionRequestsResolver, PlacementsDataExport],
  exports: [PlacementsService],
})
export class PlacementsModule {}
