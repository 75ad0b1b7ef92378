/** What plain SQL needs from a database connection: a TypeORM DataSource or EntityManager fits, so does a pg client. */
export interface Queryable {
  query<T = any>(sql: string, parameters?: unknown[]): Promise<T>;
}
