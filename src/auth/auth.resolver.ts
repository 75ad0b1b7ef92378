import { randomBytes } from 'node:crypto';
import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EmployersService } from '../employers/employers.service';
import { BadInputError, FieldProblem, NotFoundError, UnauthenticatedError } from '../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { ChangeUserRoleInput, CreateUserInput, LoginArgs, LoginResult, PasswordResetResult, ResetPasswordInput, UserIdArgs } from './auth.types';
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
    private readonly employers: EmployersService,
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
    const problems = [...(await this.employerProblems('input', input.role, input.employerId))];
    if (await this.auth.emailInUse(input.email)) problems.push(EMAIL_IN_USE);
    if (problems.length > 0) throw new BadInputError(problems);
    try {
      const user = await this.auth.createUser(input);
      await this.audit.record(actor, 'create', 'user', user.id);
      return user;
    } catch (error) {
      // Two ADMINs creating the same email at once: the unique index decides, the answer is the same.
      const failed = error as { driverError?: { code?: string }; code?: string };
      if ((failed.driverError?.code ?? failed.code) === '23505') throw new BadInputError(EMAIL_IN_USE);
      throw error;
    }
  }

  @Roles(Role.ADMIN)
  @Query(() => [User], { description: 'Every login, active or not, by email.' })
  users(): Promise<User[]> {
    return this.auth.listUsers();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Switch a login off; its tokens stop working at once. Reversible with reactivateUser.' })
  async deactivateUser(@Args() { id }: UserIdArgs, @CurrentUser() actor: AuthUser): Promise<User> {
    if (id === actor.id) throw new BadInputError({ field: 'id', message: 'een beheerder kan het eigen account niet uitschakelen' });
    return this.update(actor, id, () => this.auth.setActive(id, false));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Switch a deactivated login on again.' })
  reactivateUser(@Args() { id }: UserIdArgs, @CurrentUser() actor: AuthUser): Promise<User> {
    return this.update(actor, id, () => this.auth.setActive(id, true));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Give a login another role; it applies at once, also to tokens already handed out.' })
  async changeUserRole(@Args() { id }: UserIdArgs, @Args('input') input: ChangeUserRoleInput, @CurrentUser() actor: AuthUser): Promise<User> {
    const problems = await this.employerProblems('input', input.role, input.employerId);
    if (id === actor.id && input.role !== Role.ADMIN) problems.push({ field: 'input.role', message: 'een beheerder kan zichzelf de rol ADMIN niet afnemen' });
    if (problems.length > 0) throw new BadInputError(problems);
    return this.update(actor, id, () => this.auth.changeRole(id, input.role, input.employerId ?? null));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PasswordResetResult, {
    description: 'Set a new password (or have one generated, shown once in the answer); tokens issued before it stop working.',
  })
  async resetUserPassword(
    @Args() { id }: UserIdArgs,
    // Typed without `| undefined` on purpose: a union type hides the class from the validation pipe.
    @Args('input', { type: () => ResetPasswordInput, nullable: true }) input: ResetPasswordInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<PasswordResetResult> {
    const generatedPassword = input?.newPassword ? null : generatePassword();
    const user = await this.update(actor, id, () => this.auth.setPassword(id, input?.newPassword ?? generatedPassword!));
    return { user, generatedPassword };
  }

  /** Refuses an unknown user, changes it, and records who did it (never what the password became). */
  private async update(actor: AuthUser, id: string, change: () => Promise<User | null>): Promise<User> {
    if (!(await this.auth.findById(id))) throw new NotFoundError('gebruiker', id);
    const user = await change();
    if (!user) throw new NotFoundError('gebruiker', id);
    await this.audit.record(actor, 'update', 'user', id);
    return user;
  }

  /** A WERKGEVER acts for exactly one existing employer; no other role has one. */
  private async employerProblems(prefix: string, role: Role, employerId: string | undefined): Promise<FieldProblem[]> {
    const field = `${prefix}.employerId`;
    if ((role === Role.WERKGEVER) !== Boolean(employerId)) {
      return [{ field, message: role === Role.WERKGEVER ? 'is verplicht voor een gebruiker met de rol WERKGEVER' : 'hoort alleen bij een gebruiker met de rol WERKGEVER' }];
    }
    if (employerId && !(await this.employers.exists(employerId))) return [{ field, message: `geen werkgever gevonden met id ${employerId}` }];
    return [];
  }
}

const EMAIL_IN_USE: FieldProblem = { field: 'input.email', message: 'is al in gebruik als login van een andere gebruiker' };

/** 18 random bytes as 24 URL-safe characters: 144 bits, easy to read out over the phone in groups. */
function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
