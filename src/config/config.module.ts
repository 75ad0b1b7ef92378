import { Global, Module } from '@nestjs/common';
import { AppConfig, validateConfig } from './app-config';

/** Exposes the validated AppConfig as an injectable; read once from the environment at start-up. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => validateConfig(process.env) }],
  exports: [AppConfig],
})
export class ConfigModule {}
