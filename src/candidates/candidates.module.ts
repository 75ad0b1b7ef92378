import { AuditModule } from '../audit/audit.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateEntity, CandidatePersonalEntity } from './candidate.entity';
import { AgeGroupsService } from './age-groups.service';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';
import { CandidateDataExportService } from './candidate-data-export.service';
import { ExperienceTalentsReader } from './experience-talents';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity, CandidatePersonalEntity]), AuditModule, SearchIndexingModule],
  providers: [CandidatesService, CandidatesResolver, AgeGroupsService, CandidateDataExportService, ExperienceTalentsReader],
  exports: [CandidatesService, CandidateDataExportService],
})
export class CandidatesModule {}
