import { Logger as NestLogger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';
import { safeErrorText, statementSummary } from '../graphql/safe-log';

/**
 * TypeORM's own loggers print a failed query with its parameters: a duplicate user put the email and the argon2
 * hash in the log. This one says which kind of statement failed and why, never the SQL values or parameters.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Queries are not logged (they would carry parameters).
  }

  logQueryError(error: string | Error, query: string): void {
    const why = typeof error === 'string' ? safeErrorText(new Error(error), 0) : safeErrorText(error, 0);
    this.logger.warn(`${statementSummary(query)} failed: ${why}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow ${statementSummary(query)}: ${time} ms`);
  }

  logSchemaBuild(): void {
    // The schema is built by migrations, which log themselves.
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
