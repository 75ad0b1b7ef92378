import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, Role } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the entity doubles as the GraphQL Employer type (the field's type); loaded through the request loaders, which read via EmployersService
import { Employer } from '../employers/employer.entity';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { SearchTextArg } from '../graphql/search-text.arg';
import { UuidPipe } from '../graphql/uuid.pipe';
import { VacanciesService } from './vacancies.service';
import { Vacancy } from './vacancy.entity';
import { CreateVacancyInput, UpdateVacancyInput, VacancyListArgs } from './vacancy.inputs';
import { VacancyStatus } from './vacancy-status.enum';

const VacancyConnection = ConnectionType(Vacancy, 'VacancyConnection');
const EDITORS = [Role.ACCOUNTHOUDER, Role.LEERWERKMAKELAAR, Role.ADMIN, Role.WERKGEVER] as const;

@Resolver(() => Vacancy)
export class VacanciesResolver {
  constructor(private readonly service: VacanciesService) {}

  @Roles(...ALL_ROLES)
  @Query(() => VacancyConnection, { description: 'Vacancies, newest first. A WERKGEVER sees only their own.' })
  vacancies(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args() filter: VacancyListArgs, @Args() { search }: SearchTextArg) {
    return this.service.list(user, page, filter, search);
  }

  @Roles(...ALL_ROLES)
  @Query(() => Vacancy)
  vacancy(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(user, id);
  }

  @Roles(...EDITORS)
  @Mutation(() => Vacancy, { description: 'Creates a DRAFT vacancy; open it with setVacancyStatus.' })
  createVacancy(@CurrentUser() user: AuthUser, @Args('input') input: CreateVacancyInput) {
    return this.service.create(user, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Vacancy)
  updateVacancy(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateVacancyInput,
  ) {
    return this.service.update(user, id, input);
  }

  @Roles(...EDITORS)
  @Mutation(() => Vacancy, { description: 'DRAFT -> OPEN -> FILLED | CLOSED; a FILLED or CLOSED vacancy may be reopened.' })
  setVacancyStatus(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('status', { type: () => VacancyStatus }) status: VacancyStatus,
  ) {
    return this.service.setStatus(user, id, status);
  }

  @ResolveField(() => Employer)
  async employer(@Parent() vacancy: Vacancy, @Context() ctx: GraphQLRequestContext): Promise<Employer> {
    return (await ctx.loaders.employerById.load(vacancy.employerId))!;
  }
}
