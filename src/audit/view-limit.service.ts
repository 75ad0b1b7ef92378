import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { AuditAction, AuditService } from './audit.service';
import { AuditPurpose } from './audit-purpose';

/** Actions that open one person's full record: what the view limit counts. */
const VIEW_ACTIONS: AuditAction[] = ['view', 'export'];
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
 * the audit trail itself, so the count and the record of who looked can never disagree.
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
      const [{ views, seen, alerted }] = await m.query<Array<{ views: number; seen: boolean; alerted: boolean }>>(
        `SELECT count(DISTINCT entity_id) FILTER (WHERE action = ANY($2))::int AS views,
                coalesce(bool_or(action = ANY($2) AND entity_type = $4 AND entity_id = $5), false) AS seen,
                bool_or(action = 'alert' AND entity_type = 'user') AS alerted
           FROM audit_log WHERE actor_id = $1 AND at > now() - interval '1 hour' AND action = ANY($3)`,
        [actor.id, VIEW_ACTIONS, [...VIEW_ACTIONS, 'alert'], entityType, entityId],
      );
      if (views >= limit && !seen) {
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
