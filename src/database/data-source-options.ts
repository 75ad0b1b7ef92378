import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SafeTypeOrmLogger } from './safe-typeorm.logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone, and a JS Date would invent one.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// bigint counts (COUNT(*), bigserial ids) fit in a JS number for this product's sizes.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));

/**
 * Planner settings for this workload, sent with every connection to a PostgreSQL server.
 * - random_page_cost 1.1: searched tables and their indexes are read from memory (or SSD), where a random page
 *   costs about as much as a sequential one; with the default 4.0 the planner reads all 100,000 candidate rows for
 *   a common word instead of the few thousand the full-text index points at (measured: 95 ms against 50 ms at
 *   100,000 candidates).
 * - no parallel workers: the service answers many requests at once, each a statement or a few, so the cores are
 *   busy with other requests; starting workers for one statement costs more than it saves (measured at 100,000
 *   candidates on a quiet 2-core machine: a match page of 401 possible near misses took 82-94 ms with two workers
 *   and 41-48 ms without; under 8 clients the match throughput went from 12.1-12.4 to 12.7-15.3 requests a second).
 */
export const SERVER_PLANNER_OPTIONS = '-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0';

export function dataSourceOptions(url: string, poolSize: number, server = true): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize,
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(),
    applicationName: 'wsp-matching',
    // The migrations create every extension they need (ids come from the built-in gen_random_uuid()); without this
    // TypeORM tries uuid-ossp at every start and logs an alarming warning where it may not.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    // Embedded PGlite speaks to one process over a socket that takes no startup options.
    ...(server ? { extra: { options: SERVER_PLANNER_OPTIONS } } : {}),
  };
}
