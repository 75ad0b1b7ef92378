import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ALL_ROLES } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { CandidateEntity, CandidatePersonalEntity } from '../candidates/candidate.entity';
import { explainRanking } from './ranking-explanation';
import { RankingExplanation } from './ranking-explanation.types';
import { SCORED_CANDIDATE_COLUMNS } from './scorer-input.mapper';

/** Transparency: how ranking works is no secret, so every logged-in role (an employer too) may read it. */
@Resolver()
export class RankingExplanationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles(...ALL_ROLES)
  @Query(() => RankingExplanation, {
    description: 'How matches are ranked, in Dutch: the hard requirements, the criteria with their live weights, and what the ranking never uses.',
  })
  rankingExplanation(): RankingExplanation {
    // Read from the database mapping, so a column added to the candidate tables shows up here by itself.
    const stored = [CandidateEntity, CandidatePersonalEntity].flatMap((entity) => this.dataSource.getMetadata(entity).columns.map((c) => c.propertyName));
    return explainRanking(stored, SCORED_CANDIDATE_COLUMNS);
  }
}
