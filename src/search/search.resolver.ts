import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { SearchService } from './search.service';
import { SearchCandidatesArgs, SearchVacanciesArgs } from './search.inputs';
import { CandidateSearchResult, VacancySearchResult } from './search.types';

/** True when the client asked for `facets`: counting them costs a pass over every match, so only on request. */
function asksForFacets(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'facets'));
}

@Resolver()
@Roles(...ALL_ROLES)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => CandidateSearchResult, {
    description:
      'Free-text and filtered search over candidate profiles (Dutch stemming, typo tolerance, synonyms, prefix). WSP staff get full records; an employer gets anonymised profiles of candidates who agreed to be shown.',
  })
  searchCandidates(@CurrentUser() user: AuthUser, @Args() args: SearchCandidatesArgs, @Info() info: GraphQLResolveInfo) {
    return this.search.searchCandidates(user, args, asksForFacets(info));
  }

  @Query(() => VacancySearchResult, { description: 'Free-text and filtered search over vacancies; OPEN ones unless `status` says otherwise.' })
  searchVacancies(@CurrentUser() user: AuthUser, @Args() args: SearchVacanciesArgs, @Info() info: GraphQLResolveInfo) {
    return this.search.searchVacancies(user, args, asksForFacets(info));
  }
}
