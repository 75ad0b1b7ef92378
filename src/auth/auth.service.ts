import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { UnauthenticatedError } from '../graphql/errors';
import { AuthUser } from './auth-user';
import { hashPassword, verifyPassword } from './password-hash';
import { Role } from './role.enum';
import { User } from './user.entity';
import { CheckedUser, UserCheckCache } from './user-check-cache';

interface TokenClaims {
  sub: string;
  /** Informational only: every request reads the role from the database, so a change applies at once. */
  role: Role;
  iat?: number;
  /** Issued at, in milliseconds (`iat` has whole seconds), to tell tokens from just before a reset from just after. */
  issuedAtMs?: number;
}

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  employerId?: string | null;
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the email is unknown keeps the response time the same either way.
  private readonly dummyHash = hashPassword('not-a-real-password-just-for-timing');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly checked: UserCheckCache,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('Onbekend e-mailadres of verkeerd wachtwoord.');
    await this.users.update(user.id, { lastLoginAt: new Date() });
    const claims: TokenClaims = { sub: user.id, role: user.role, issuedAtMs: Date.now() };
    return { token: await this.jwt.signAsync(claims), user };
  }

  /** The user behind an `Authorization: Bearer` header, or null. Deactivated users lose access at once. */
  async userFromAuthorization(header: string | undefined): Promise<AuthUser | null> {
    const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
    if (!token) return null;
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new UnauthenticatedError('Uw sessie is verlopen of ongeldig: log opnieuw in.');
    }
    // Role, employer and status come from the database, never from the token: a deactivation, a role change or a
    // password reset takes effect at once for tokens already handed out. The last answer is kept until the user
    // changes (user-check-cache.ts says how that stays at once).
    const user = this.checked.get(claims.sub) ?? (await this.checkInDatabase(claims.sub));
    if (!user || !user.active) throw new UnauthenticatedError('Dit account is niet actief.');
    const issuedAtMs = claims.issuedAtMs ?? (claims.iat ?? 0) * 1000;
    if (user.credentialsChangedAt && issuedAtMs < user.credentialsChangedAt.getTime()) {
      throw new UnauthenticatedError('Uw sessie is verlopen of ongeldig: log opnieuw in.');
    }
    return { id: user.id, role: user.role, employerId: user.employerId };
  }

  private async checkInDatabase(id: string): Promise<CheckedUser | null> {
    const ticket = this.checked.ticket();
    const rows: Array<{ id: string; role: Role; employer_id: string | null; active: boolean; credentials_changed_at: Date | null }> =
      await this.users.query(`SELECT id, role, employer_id, active, credentials_changed_at FROM app_user WHERE id = $1`, [id]);
    if (!rows.length) return null;
    const r = rows[0];
    const user = { id: r.id, role: r.role, employerId: r.employer_id, active: r.active, credentialsChangedAt: r.credentials_changed_at };
    this.checked.store(user, ticket);
    return user;
  }

  /** Whether a login with this email exists, compared as the unique index does (case-insensitively). */
  async emailInUse(email: string): Promise<boolean> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getExists();
  }

  listUsers(): Promise<User[]> {
    return this.users.find({ order: { email: 'ASC' } });
  }

  async setActive(id: string, active: boolean): Promise<User | null> {
    await this.users.update(id, { active });
    this.checked.invalidate(id);
    return this.findById(id);
  }

  async changeRole(id: string, role: Role, employerId: string | null): Promise<User | null> {
    await this.users.update(id, { role, employerId });
    this.checked.invalidate(id);
    return this.findById(id);
  }

  /** Sets a new password and refuses every token issued before it. */
  async setPassword(id: string, password: string): Promise<User | null> {
    await this.users.update(id, { passwordHash: await hashPassword(password), credentialsChangedAt: new Date() });
    this.checked.invalidate(id);
    return this.findById(id);
  }

  async createUser(input: NewUser): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const user = this.users.create({
      email: input.email.trim(),
      passwordHash,
      displayName: input.displayName,
      role: input.role,
      employerId: input.employerId ?? null,
      active: true,
    });
    return this.users.save(user);
  }

  /** Whether `id` is an active user with one of the roles: the rule for who may take on a caseload. */
  async isActiveUserWithRole(id: string, roles: readonly Role[]): Promise<boolean> {
    const user = await this.users.findOne({ where: { id }, select: { id: true, role: true, active: true } });
    return !!user && user.active && roles.includes(user.role);
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  /** Display names of these users (for reports that list staff), by id; unknown ids are left out. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await this.users.find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
