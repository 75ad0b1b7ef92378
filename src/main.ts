import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { AppConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const config = app.get(AppConfig);
  await app.listen(config.PORT, '0.0.0.0');
  Logger.log(`GraphQL at http://localhost:${config.PORT}/graphql, dashboard at http://localhost:${config.PORT}/`, 'Bootstrap');
}

void bootstrap();
