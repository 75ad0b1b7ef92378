import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { EmployersModule } from '../employers/employers.module';
import { EmployersService } from '../employers/employers.service';
import { formatGraphQLError } from './format-error';
import { LocalDateScalar } from './local-date.scalar';
import { queryComplexityPlugin } from './query-complexity.plugin';
import { RequestLoaders } from './request-loaders';
import { requestLogPlugin } from './request-log.plugin';
import { SafeErrorFilter } from './safe-error.filter';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      // The request loaders read through the owning modules' services.
      imports: [EmployersModule],
      inject: [AppConfig, EmployersService],
      useFactory: (config: AppConfig, employers: EmployersService) => ({
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        // Off in production unless GRAPHQL_INTROSPECTION says otherwise; so are "Did you mean ..." suggestions,
        // which would spell out the schema one guess at a time.
        introspection: config.introspection,
        hideSchemaDetailsFromClientErrors: !config.introspection,
        // The bundled GraphiQL page loads React and GraphiQL from unpkg.com: nothing may come from the internet at
        // run time, so the explorer is off (any local GraphQL client works against /graphql).
        graphiql: false,
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        plugins: [requestLogPlugin(), queryComplexityPlugin({ maxComplexity: config.MAX_QUERY_COMPLEXITY, maxRootFields: config.MAX_ROOT_FIELDS })],
        context: ({ req }: { req: unknown }) => ({ req, loaders: new RequestLoaders({ employers }) }),
      }),
    }),
  ],
  providers: [LocalDateScalar, { provide: APP_FILTER, useClass: SafeErrorFilter }],
})
export class AppGraphQLModule {}
