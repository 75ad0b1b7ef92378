import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { UnauthenticatedError } from '../graphql/errors';
import { AuthUser } from './auth-user';
import { hashPassword, verifyPassword } from './password-hash';
import { Role } from './role.enum';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
  role: Role;
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
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('Unknown email or wrong password');
    await this.users.update(user.id, { lastLoginAt: new Date() });
    const claims: TokenClaims = { sub: user.id, role: user.role };
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
      throw new UnauthenticatedError('Token is invalid or expired: log in again');
    }
    const user = await this.users.findOne({ where: { id: claims.sub }, select: { id: true, role: true, employerId: true, active: true } });
    if (!user || !user.active) throw new UnauthenticatedError('Account is not active');
    return { id: user.id, role: user.role, employerId: user.employerId };
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
