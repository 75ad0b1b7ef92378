import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, Role } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { SearchTextArg } from '../graphql/search-text.arg';
import { NullableUuidPipe, UuidPipe } from '../graphql/uuid.pipe';
import { Employer } from './employer.entity';
import { CreateEmployerInput, EmployerListArgs, UpdateEmployerInput } from './employer.inputs';
import { EmployersService } from './employers.service';

const EmployerConnection = ConnectionType(Employer, 'EmployerConnection');

@Resolver(() => Employer)
export class EmployersResolver {
  constructor(private readonly service: EmployersService) {}

  @Roles(...ALL_ROLES)
  @Query(() => EmployerConnection, { description: 'Employers, newest first. A WERKGEVER sees only their own.' })
  employers(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args() filter: EmployerListArgs, @Args() { search }: SearchTextArg) {
    return this.service.list(user, page, filter, search);
  }

  @Roles(...ALL_ROLES)
  @Query(() => Employer)
  employer(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(user, id);
  }

  @Roles(Role.ACCOUNTHOUDER, Role.ADMIN)
  @Mutation(() => Employer)
  createEmployer(@CurrentUser() user: AuthUser, @Args('input') input: CreateEmployerInput) {
    return this.service.create(user, input);
  }

  @Roles(Role.ACCOUNTHOUDER, Role.ADMIN, Role.WERKGEVER)
  @Mutation(() => Employer, { description: 'A WERKGEVER may update their own employer, except the accounthouder.' })
  updateEmployer(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateEmployerInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Roles(Role.ACCOUNTHOUDER, Role.ADMIN)
  @Mutation(() => Employer, { description: 'Gives the employer to an active ACCOUNTHOUDER, or to none with null.' })
  assignAccounthouder(
    @CurrentUser() user: AuthUser,
    @Args('employerId', { type: () => ID }, UuidPipe) employerId: string,
    @Args('accounthouderId', { type: () => ID, nullable: true }, NullableUuidPipe) accounthouderId: string | null,
  ) {
    return this.service.assignAccounthouder(user, employerId, accounthouderId);
  }
}
