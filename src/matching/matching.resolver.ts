import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, WSP_STAFF } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { CandidateMatchResult, MatchCandidatesArgs, MatchVacanciesArgs, VacancyMatchResult } from './match.types';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles(...ALL_ROLES)
  @Query(() => CandidateMatchResult, {
    description:
      'Vacancy first: the candidates who fit best, each with a score and reasons, and the near misses with the one requirement they miss. An employer sees anonymised profiles for their own vacancies only, explained, scored and ordered by job fit alone (see CandidateMatchResult).',
  })
  matchCandidates(@CurrentUser() user: AuthUser, @Args() args: MatchCandidatesArgs) {
    return this.matching.matchCandidates(user, args);
  }

  @Roles(...WSP_STAFF)
  @Query(() => VacancyMatchResult, {
    description: "Candidate first: the vacancies that fit this person. filter: { leerwerkplek: true } is the leerwerkmakelaar's view.",
  })
  matchVacancies(@CurrentUser() user: AuthUser, @Args() args: MatchVacanciesArgs) {
    return this.matching.matchVacancies(user, args);
  }
}
