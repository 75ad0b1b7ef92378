import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Employer } from '../employers/employer.entity';
import { BadInputError, ConflictError, UnauthenticatedError } from '../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CreateUserInput, LoginArgs, LoginResult } from './auth.types';
import { CurrentUser } from './current-user.decorator';
import { LoginRateLimitGuard } from './rate-limit.guards';
import { ALL_ROLES, Role } from './role.enum';
import { Public, Roles } from './roles.decorator';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
  ) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Mutation(() => LoginResult, { description: 'Exchange email and password for a bearer token.' })
  login(@Args() { email, password }: LoginArgs): Promise<LoginResult> {
    return this.auth.login(email, password);
  }

  @Roles(...ALL_ROLES)
  @Query(() => User, { description: 'The logged-in user.' })
  async me(@CurrentUser() user: AuthUser): Promise<User> {
    const found = await this.auth.findById(user.id);
    if (!found) throw new UnauthenticatedError();
    return found;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Create a login for a WSP colleague or an employer contact.' })
  async createUser(@Args('input') input: CreateUserInput, @CurrentUser() actor: AuthUser): Promise<User> {
    if ((input.role === Role.WERKGEVER) !== Boolean(input.employerId)) {
      throw new BadInputError({
        field: 'input.employerId',
        message: input.role === Role.WERKGEVER ? 'is required for a WERKGEVER' : 'is only allowed for a WERKGEVER',
      });
    }
    if (input.employerId && !(await this.employers.exists({ where: { id: input.employerId } }))) {
      throw new BadInputError({ field: 'input.employerId', message: `no employer with id ${input.employerId}` });
    }
    try {
      const user = await this.auth.createUser(input);
      await this.audit.record(actor, 'create', 'user', user.id);
      return user;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictError(`A user with email ${input.email} already exists`);
      throw error;
    }
  }
}
