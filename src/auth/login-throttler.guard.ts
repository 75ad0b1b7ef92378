import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';

/**
 * Brute-force brake on `login`, counted per client address and email, so one attacker cannot lock out a whole
 * office behind one NAT address and one account cannot be guessed at from many tabs.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<{ req: Record<string, any> }>();
    const email = String(gql.getArgs<{ email?: unknown }>().email ?? '').toLowerCase();
    return { req: Object.assign(Object.create(req), { throttleEmail: email }), res: req.res };
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    return `${req.ip}:${req.throttleEmail}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new GraphQLError(`Too many login attempts: try again in ${Math.ceil(detail.timeToBlockExpire)} seconds`, {
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  }
}
