import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AuditLog } from './audit-log.entity';

export type AuditAction = 'create' | 'update' | 'read' | 'erase' | 'status';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one action; pass the transaction's manager so the record commits (or not) with the change. */
  async record(
    actor: AuthUser | null,
    action: AuditAction,
    entityType: string,
    entityId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditLog, { actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action, entityType, entityId });
  }
}
