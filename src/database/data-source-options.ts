import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone, and a JS Date would invent one.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// bigint counts (COUNT(*), bigserial ids) fit in a JS number for this product's sizes.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));

export function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
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
    applicationName: 'wsp-matching',
  };
}
