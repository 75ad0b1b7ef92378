import { Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';

export interface RateLimit {
  /** Which limit this is (login per IP, reads per account ...); counters of different limits never mix. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Refused for now, 429 in meaning: code TOO_MANY_REQUESTS, a Retry-After header and `retryAfterSeconds`, and a
 * Dutch message the screen can show as it is. The HTTP status stays 200 as for every execution error (the
 * NestJS Apollo driver resets it, so clients always get the `{ data, errors }` shape).
 */
export class TooManyRequestsError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(`${message} Probeer het over ${retryAfterSeconds} seconden opnieuw.`, {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds,
        http: { headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/**
 * Counts requests per key in a sliding window with @nestjs/throttler's storage (in memory, per process: a
 * deployment with several instances behind one address divides the limits by their number, at worst).
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectThrottlerStorage() private readonly storage: ThrottlerStorage) {}

  /**
   * Counts one request against each limit for its key; throws TooManyRequestsError with `message` when any is
   * over. Every limit is counted, so a refused caller stays refused until the window has passed.
   */
  async consume(checks: Array<{ limit: RateLimit; key: string }>, message: string): Promise<void> {
    let retryAfterMs = 0;
    for (const { limit, key } of checks) {
      const record = await this.storage.increment(`${limit.name}:${key}`, limit.windowMs, limit.limit, limit.windowMs, limit.name);
      if (record.isBlocked) retryAfterMs = Math.max(retryAfterMs, record.timeToBlockExpire * 1000);
    }
    if (retryAfterMs > 0) throw new TooManyRequestsError(message, Math.max(1, Math.ceil(retryAfterMs / 1000)));
  }
}
