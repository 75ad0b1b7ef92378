import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';
import { Transactions } from './transaction';

/** Owns the embedded PostgreSQL in zero-setup mode (no DATABASE_URL); idle otherwise. */
@Injectable()
export class EmbeddedDatabase implements OnApplicationShutdown {
  readonly postgres: EmbeddedPostgres;

  constructor(readonly config: AppConfig) {
    this.postgres = new EmbeddedPostgres(config.DATA_DIR);
  }

  async url(): Promise<string> {
    return this.config.DATABASE_URL ?? this.postgres.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.postgres.stop();
  }
}

@Global()
@Module({ providers: [EmbeddedDatabase], exports: [EmbeddedDatabase] })
class EmbeddedDatabaseModule {}

/** The connection and the transaction helper every module writes through; global, as config is. */
@Global()
@Module({
  imports: [
    EmbeddedDatabaseModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig, EmbeddedDatabase],
      useFactory: async (config: AppConfig, embedded: EmbeddedDatabase) => ({
        ...dataSourceOptions(await embedded.url(), config.embeddedDatabase ? 4 : config.DATABASE_POOL_SIZE, !config.embeddedDatabase),
        autoLoadEntities: true,
      }),
    }),
  ],
  providers: [Transactions],
  exports: [Transactions],
})
export class DatabaseModule {}
