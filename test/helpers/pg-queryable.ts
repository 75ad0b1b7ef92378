import { Pool, PoolClient } from 'pg';
import { Queryable } from '../../src/database/queryable';

/** The engine/outbox code's database interface over a plain pg pool or client (no Nest needed in-process). */
export function queryable(db: Pool | PoolClient): Queryable {
  return { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params as unknown[])).rows as never };
}

export function transactionRunner(pool: Pool) {
  return async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(queryable(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}
