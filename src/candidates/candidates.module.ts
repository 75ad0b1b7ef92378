import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateEntity, CandidatePersonalEntity } from './candidate.entity';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity, CandidatePersonalEntity])],
  providers: [CandidatesService, CandidatesResolver],
  exports: [CandidatesService],
})
export class CandidatesModule {}
