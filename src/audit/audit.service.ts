import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AuditLog } from './audit-log.entity';

export type AuditAction = 'create' | 'update' | 'read' | 'erase' | 'status';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records an action on one record, or on each of a list (a page of people read at once); pass the
   * transaction's manager so the record commits (or not) with the change.
   */
  async record(
    actor: AuthUser | null,
    action: AuditAction,
    entityType: string,
    entityIds: string | string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const ids = Array.isArray(entityIds) ? entityIds : [entityIds];
    if (!ids.length) return;
    await manager.insert(
      AuditLog,
      ids.map((entityId) => ({ actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action, entityType, entityId })),
    );
  }
}
