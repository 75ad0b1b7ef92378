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
 * Planner settings for this workload, sent with every connection to a PostgreSQL server. Searched tables and
 * their indexes are read from memory (or SSD), where a random page costs about as much as a sequential one;
 * with the default 4.0 the planner reads all 100,000 candidate rows for a common word instead of the few
 * thousand the full-text index points at (measured: 95 ms against 50 ms at 100,000 candidates).
 */
export const SERVER_PLANNER_OPTIONS = '-c random_page_cost=1.1';

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
