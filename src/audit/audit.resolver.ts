import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { Connection, PageArgs } from '../graphql/pagination';
import { AuditLog } from './audit-log.entity';
import { AuditService } from './audit.service';
import { AuditEntryConnection, AuditLogArgs } from './audit.types';

/** The audit trail and the security alerts, for the functional administrator. Reading them is logged too. */
@Resolver(() => AuditLog)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit trail, newest first: who read or changed which record, why, from where and when.' })
  async auditLog(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args() { filter }: AuditLogArgs): Promise<Connection<AuditLog>> {
    const result = await this.audit.find(filter ?? {}, page.first, page.after);
    await this.audit.record(user, 'read', 'audit_log', null);
    return result;
  }

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: 'Security alerts, newest first: accounts refused for opening too many candidate records in an hour (entityId: the account).',
  })
  async securityAlerts(@CurrentUser() user: AuthUser, @Args() page: PageArgs): Promise<Connection<AuditLog>> {
    const result = await this.audit.find({ action: 'alert' }, page.first, page.after);
    await this.audit.record(user, 'read', 'audit_log', null);
    return result;
  }
}
