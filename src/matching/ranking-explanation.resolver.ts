import { Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { CandidatesService } from '../candidates/candidates.service';
import { explainRanking } from './ranking-explanation';
import { RankingExplanation } from './ranking-explanation.types';
import { SCORED_CANDIDATE_COLUMNS } from './scorer-input.mapper';

/** Transparency: how ranking works is no secret, so every logged-in role (an employer too) may read it. */
@Resolver()
export class RankingExplanationResolver {
  constructor(private readonly candidates: CandidatesService) {}

  @Roles(...ALL_ROLES)
  @Query(() => RankingExplanation, {
    description: 'How matches are ranked, in Dutch: the hard requirements, the criteria with their live weights, and what the ranking never uses.',
  })
  rankingExplanation(): RankingExplanation {
    // Read from the database mapping, so a column added to the candidate tables shows up here by itself.
    return explainRanking(this.candidates.storedProperties(), SCORED_CANDIDATE_COLUMNS);
  }
}
