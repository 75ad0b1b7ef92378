import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Queryable } from './queryable';

/** Runs a function in one database transaction (TypeORM's DataSource.transaction fits). */
export type TransactionRunner = <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>;

/**
 * Where every write transaction starts. Work that must commit with the change (the search outbox record, the
 * audit line) runs on the manager it is given; listeners registered with `afterCommit` hear of each commit, so
 * the search indexing can drain its outbox at once instead of at its next poll, without every module's writes
 * going through the search module.
 */
@Injectable()
export class Transactions {
  private readonly committed: Array<() => void> = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    for (const listener of this.committed) listener();
    return result;
  }

  afterCommit(listener: () => void): void {
    this.committed.push(listener);
  }
}
