import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from './format-error';
import { LocalDateScalar } from './local-date.scalar';
import { queryComplexityPlugin } from './query-complexity.plugin';
import { RequestLoaders } from './request-loaders';
import { SafeErrorFilter } from './safe-error.filter';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        introspection: true,
        // The bundled GraphiQL page loads React and GraphiQL from unpkg.com: nothing may come from the internet at
        // run time, so the explorer is off (any local GraphQL client works against /graphql).
        graphiql: false,
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        plugins: [queryComplexityPlugin(config.MAX_QUERY_COMPLEXITY)],
        context: ({ req }: { req: unknown }) => ({ req, loaders: new RequestLoaders(dataSource) }),
      }),
    }),
  ],
  providers: [LocalDateScalar, { provide: APP_FILTER, useClass: SafeErrorFilter }],
})
export class AppGraphQLModule {}
