import { Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CandidatesModule } from './candidates/candidates.module';
import { ConfigModule } from './config/config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EmployersModule } from './employers/employers.module';
import { AppGraphQLModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { MatchingModule } from './matching/matching.module';
import { PlacementsModule } from './placements/placements.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { SearchModule } from './search/search.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    AppGraphQLModule,
    AuditModule,
    AuthModule,
    ReferenceDataModule,
    EmployersModule,
    VacanciesModule,
    CandidatesModule,
    SearchModule,
    MatchingModule,
    PlacementsModule,
    DashboardModule,
    HealthModule,
    DemoModule,
    WebModule,
  ],
})
export class AppModule {}
