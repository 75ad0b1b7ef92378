import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, encodeCursor, KeysetCursor } from '../graphql/pagination';

/**
 * One page of a list ordered newest first, by keyset on (created_at, id), with the total count of the unpaged
 * query. Needs an index on (created_at, id) for the table.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  first: number,
  after: KeysetCursor | undefined,
): Promise<Connection<T>> {
  const totalCount = await query.clone().getCount();
  if (after) {
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorAt::timestamptz, :cursorId::uuid)`, {
      cursorAt: after.createdAt,
      cursorId: after.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1)
    .getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    },
  };
}
