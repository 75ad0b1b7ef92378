import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { AppConfig } from '../config/app-config';
import { isExpensiveRootField } from '../graphql/expensive-fields';
import { RateLimit, RateLimiter } from './rate-limiter';
import { AuthenticatedRequest } from './request-of';

function limits(config: AppConfig, perAccountOrEmail: number, perIp: number, prefix: string): [RateLimit, RateLimit] {
  const windowMs = config.RATE_LIMIT_WINDOW_SECONDS * 1000;
  return [
    { name: `${prefix}-account`, limit: perAccountOrEmail, windowMs },
    { name: `${prefix}-ip`, limit: perIp, windowMs },
  ];
}

/**
 * Brute-force brake on `login`: per email and client address (guessing one account's password), and per client
 * address whatever the email (trying one password on many accounts). The email brake is per address too, so an
 * attacker cannot lock a colleague out from elsewhere.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly perEmail: RateLimit;
  private readonly perIp: RateLimit;

  constructor(
    private readonly limiter: RateLimiter,
    config: AppConfig,
  ) {
    [this.perEmail, this.perIp] = limits(config, config.RATE_LIMIT_LOGINS_PER_EMAIL, config.RATE_LIMIT_LOGINS_PER_IP, 'login');
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<{ req: AuthenticatedRequest }>();
    const email = String(gql.getArgs<{ email?: unknown }>().email ?? '').toLowerCase();
    const ip = req.ip ?? 'unknown';
    await this.limiter.consume(
      [
        { limit: this.perEmail, key: `${ip}:${email}` },
        { limit: this.perIp, key: ip },
      ],
      'Te veel inlogpogingen.',
    );
    return true;
  }
}

/**
 * Global guard on the expensive reads (search, matching, candidate reads: graphql/expensive-fields.ts): each root
 * field counts, aliases included, per account and per client address. Runs after AuthGuard, so the account is
 * known; other fields pass untouched.
 */
@Injectable()
export class ReadRateLimitGuard implements CanActivate {
  private readonly perAccount: RateLimit;
  private readonly perIp: RateLimit;

  constructor(
    private readonly limiter: RateLimiter,
    config: AppConfig,
  ) {
    [this.perAccount, this.perIp] = limits(config, config.RATE_LIMIT_READS_PER_ACCOUNT, config.RATE_LIMIT_READS_PER_IP, 'reads');
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType !== info.schema.getQueryType() || !isExpensiveRootField(info.fieldName)) return true;
    const { req } = gql.getContext<{ req: AuthenticatedRequest }>();
    await this.limiter.consume(
      [
        { limit: this.perAccount, key: req.user?.id ?? 'anonymous' },
        { limit: this.perIp, key: req.ip ?? 'unknown' },
      ],
      'Te veel zoek-, match- of kandidaatverzoeken in korte tijd.',
    );
    return true;
  }
}
