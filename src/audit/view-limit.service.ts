import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { AuditAction, AuditService } from './audit.service';
import { AuditPurpose } from './audit-purpose';
/** Any key that is not another advisory lock's; the second half is per account. */
const VIEW_LOCK_NAMESPACE = 7_635_002;

export class ViewLimitError extends GraphQLError {
  constructor(limit: number) {
    super(
      `U heeft in het afgelopen uur ${limit} kandidaatprofielen geopend, het maximum per account. Verdere profielen worden ` +
        'voorlopig geweigerd en de functioneel beheerder is gewaarschuwd. Probeer het later opnieuw of neem contact op met de beheerder.',
      { extensions: { code: 'FORBIDDEN', reason: 'CANDIDATE_VIEWS_PER_HOUR' } },
    );
  }
}

/**
 * The werk.nl lesson (one account opened about 150,000 CVs before anyone noticed): an account may open at most
 * CANDIDATE_VIEWS_PER_HOUR full candidate records in any hour. Past it the request is refused and an 'alert'
 * audit row about the account is written (one per hour), which an ADMIN sees in `securityAlerts`. Counted from
 * audit_view_window, which a trigger on audit_log keeps (migration 1763915000000, VIEW_ACTIONS in view-actions.ts):
 * one row per account and person with the last time it opened them, so the count is derived from the audit trail
 * and costs the number of people opened, not the number of views.
 */
@Injectable()
export class ViewLimitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Opens one record for `actor`: checks the limit, runs `read` and logs the view in one transaction (an
   * advisory lock per account keeps concurrent requests from slipping past the limit together).
   */
  async view<T>(
    actor: AuthUser,
    entityType: string,
    entityId: string,
    read: (manager: EntityManager) => Promise<T>,
    action: AuditAction = 'view',
    purpose?: AuditPurpose,
  ): Promise<T> {
    const limit = this.config.CANDIDATE_VIEWS_PER_HOUR;
    const outcome = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [VIEW_LOCK_NAMESPACE, actor.id]);
      // Distinct records: opening the same person again (their page, then their matching vacancies) is not
      // opening more people, so it neither counts again nor is refused.
      await m.query(`DELETE FROM audit_view_window WHERE actor_id = $1 AND last_viewed_at <= now() - interval '1 hour'`, [actor.id]);
      const [{ views, seen }] = await m.query<Array<{ views: number; seen: boolean }>>(
        `SELECT count(*)::int AS views, coalesce(bool_or(entity_type = $2 AND entity_id = $3), false) AS seen
           FROM audit_view_window WHERE actor_id = $1`,
        [actor.id, entityType, entityId],
      );
      if (views >= limit && !seen) {
        const [{ alerted }] = await m.query<Array<{ alerted: boolean }>>(
          `SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'alert' AND at > now() - interval '1 hour'
                           AND actor_id = $1 AND entity_type = 'user') AS alerted`,
          [actor.id],
        );
        if (!alerted) await this.audit.record(actor, 'alert', 'user', actor.id, m, { purpose: AuditPurpose.BEVEILIGING });
        return { refused: true as const };
      }
      const value = await read(m);
      await this.audit.record(actor, action, entityType, entityId, m, { purpose });
      return { refused: false as const, value };
    });
    if (outcome.refused) throw new ViewLimitError(limit);
    return outcome.value;
  }
}
