import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateEntity, CandidatePersonalEntity } from './candidate.entity';
import { AgeGroupsService } from './age-groups.service';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity, CandidatePersonalEntity])],
  providers: [CandidatesService, CandidatesResolver, AgeGroupsService],
  exports: [CandidatesService],
})
export class CandidatesModule {}
