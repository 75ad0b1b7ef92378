import { IndexName } from '../search-engine';
import { Queryable } from '../../database/queryable';

/**
 * "Index this" records, written in the same transaction as the change they describe, so an external engine can
 * never miss a committed write (and never sees one that rolled back). Only an engine that keeps its own copy
 * needs them.
 */
export async function enqueueIndexing(tx: Queryable, index: IndexName, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await tx.query(`INSERT INTO search_outbox (index_name, entity_id) SELECT $1, unnest($2::uuid[])`, [index, ids]);
}

/** Rows waiting, and the age of the oldest, for /health. */
export async function outboxBacklog(db: Queryable): Promise<{ pending: number; oldestSeconds: number | null; failing: number }> {
  const [row] = await db.query<{ pending: number; oldest: number | null; failing: number }[]>(
    `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(enqueued_at))::float8 AS oldest,
            count(*) FILTER (WHERE attempts > 0)::int AS failing
       FROM search_outbox`,
  );
  return { pending: row.pending, oldestSeconds: row.oldest === null ? null : Math.round(row.oldest), failing: row.failing };
}
