import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { AuthService } from './auth.service';
import { requestOf } from './request-of';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { Role } from './role.enum';

/**
 * Global guard, closed by default: a resolver or route must say which roles may use it (@Roles) or that it is
 * public (@Public). A field resolver inherits its class's @Roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets);
    const req = requestOf(context);
    if (!req) return true; // field resolvers of nested types run inside an already guarded operation
    if (req.user === undefined) {
      req.user = await this.auth.userFromAuthorization(req.headers?.authorization);
    }
    if (isPublic) return true;
    if (!roles) throw new ForbiddenError('Dit is voor geen enkele rol open.');
    if (!req.user) throw new UnauthenticatedError();
    if (!roles.includes(req.user.role)) throw new ForbiddenError(`Dit mag de rol ${req.user.role} niet.`);
    return true;
  }
}
