import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, MATCHMAKERS_AND_ADMIN, Role } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { IntroductionRequestsService } from './introduction-requests.service';
import { AcceptIntroductionArgs, DeclineIntroductionArgs, IntroductionRequestListArgs, RequestIntroductionArgs } from './placement.inputs';
import { IntroductionRequest } from './placement.types';

const IntroductionRequestConnection = ConnectionType(IntroductionRequest, 'IntroductionRequestConnection');

@Resolver(() => IntroductionRequest)
export class IntroductionRequestsResolver {
  constructor(private readonly service: IntroductionRequestsService) {}

  @Roles(Role.WERKGEVER)
  @Mutation(() => IntroductionRequest, {
    description: 'An employer asks the WSP to be introduced to an anonymised profile it saw in its matches or search, for one of its own vacancies.',
  })
  requestIntroduction(@CurrentUser() user: AuthUser, @Args() args: RequestIntroductionArgs) {
    return this.service.request(user, args);
  }

  @Roles(...ALL_ROLES)
  @Query(() => IntroductionRequestConnection, { description: 'Introduction requests, newest first. A WERKGEVER sees its own.' })
  introductionRequests(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args() filter: IntroductionRequestListArgs) {
    return this.service.list(user, page, filter);
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Mutation(() => IntroductionRequest, { description: "With the candidate's consent: starts a voordracht at INTRODUCED." })
  acceptIntroduction(@CurrentUser() user: AuthUser, @Args() args: AcceptIntroductionArgs) {
    return this.service.accept(user, args);
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Mutation(() => IntroductionRequest, { description: 'Declines with a reason the employer reads.' })
  declineIntroduction(@CurrentUser() user: AuthUser, @Args() args: DeclineIntroductionArgs) {
    return this.service.decline(user, args);
  }
}
