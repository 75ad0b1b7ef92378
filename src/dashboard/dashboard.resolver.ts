import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { DashboardService } from './dashboard.service';
import { WspDashboard, WspDashboardArgs } from './dashboard.types';

@Resolver(() => WspDashboard)
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Roles(...ALL_ROLES)
  @Query(() => WspDashboard, {
    description: 'The WSP dashboard over a period (from and to inclusive, at most 10 years). A WERKGEVER gets its own employer’s figures only.',
  })
  wspDashboard(@CurrentUser() user: AuthUser, @Args() args: WspDashboardArgs) {
    return this.service.wspDashboard(user, args);
  }
}
