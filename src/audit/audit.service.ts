import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { BadInputError } from '../graphql/errors';
import { Connection } from '../graphql/pagination';
import { currentAuditContext } from './audit-context';
import { AuditLog } from './audit-log.entity';
import { AuditPurpose, defaultPurpose } from './audit-purpose';

/**
 * What was done: `read` a person appeared in a list, search or match result; `view` one person's full record was
 * opened (counts towards the view limit); `export` an AVG art. 15 export; `alert` a security alert about an
 * account (entity: the user).
 */
export type AuditAction = 'create' | 'update' | 'read' | 'view' | 'erase' | 'status' | 'export' | 'alert';

export interface AuditOptions {
  /** Defaults to the purpose of the action on that kind of record (audit-purpose.ts). */
  purpose?: AuditPurpose;
}

export interface AuditLogQuery {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

const encodeId = (id: string) => Buffer.from(String(id)).toString('base64url');
function decodeId(after: string | undefined): string | undefined {
  if (!after) return undefined;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!/^[0-9]{1,19}$/.test(id)) throw new BadInputError({ field: 'after', message: 'is geen cursor die deze API heeft uitgegeven' });
  return id;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records an action on one record, or on each of a list (a page of people read at once: only those returned);
   * pass the transaction's manager so the record commits (or not) with the change. The origin comes from the
   * request (or CLI) in progress, the purpose from the action unless given.
   */
  async record(
    actor: AuthUser | null,
    action: AuditAction,
    entityType: string,
    entityIds: string | string[] | null,
    manager: EntityManager = this.dataSource.manager,
    options: AuditOptions = {},
  ): Promise<void> {
    const ids = Array.isArray(entityIds) ? entityIds : [entityIds];
    if (!ids.length) return;
    const purpose = options.purpose ?? defaultPurpose(action, entityType);
    const { origin } = currentAuditContext();
    await manager.insert(
      AuditLog,
      ids.map((entityId) => ({ actorId: actor?.id ?? null, actorRole: actor?.role ?? null, action, entityType, entityId, purpose, origin })),
    );
  }

  /** The audit trail, newest first, filtered; a page of `first`. */
  /** Ids of the entities of one type erased since a moment (a search rebuild queues them again for removal). */
  async erasedSince(entityType: string, since: Date): Promise<string[]> {
    const rows: Array<{ entity_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT entity_id FROM audit_log WHERE entity_type = $1 AND action = 'erase' AND at >= $2 AND entity_id IS NOT NULL`,
      [entityType, since],
    );
    return rows.map((r) => r.entity_id);
  }

  async find(filter: AuditLogQuery, first: number, after?: string): Promise<Connection<AuditLog>> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadInputError({ field: 'filter.from', message: 'mag niet na filter.to liggen' });
    }
    const q = this.dataSource.getRepository(AuditLog).createQueryBuilder('a');
    if (filter.actorId) q.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.entityType) q.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) q.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.action) q.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) q.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) q.andWhere('a.at < :to', { to: filter.to });
    const totalCount = await q.getCount();
    const cursor = decodeId(after);
    if (cursor) q.andWhere('a.id < :cursor', { cursor });
    const rows = await q.orderBy('a.id', 'DESC').take(first + 1).getMany();
    const hasNextPage = rows.length > first;
    const nodes = rows.slice(0, first);
    return { nodes, totalCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeId(nodes[nodes.length - 1].id) : null } };
  }

  /** Everything the trail holds about one record, oldest first (for an AVG export). */
  async about(entityType: string, entityId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditLog[]> {
    return manager.find(AuditLog, { where: { entityType, entityId }, order: { id: 'ASC' } });
  }
}
