import { AuditModule } from '../audit/audit.module';
import { SearchIndexingModule } from '../search/search-indexing.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '../employers/employers.module';
import { VacanciesResolver } from './vacancies.resolver';
import { VacanciesService } from './vacancies.service';
import { Vacancy } from './vacancy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Vacancy]), AuditModule, SearchIndexingModule, EmployersModule],
  providers: [VacanciesService, VacanciesResolver],
  exports: [VacanciesService],
})
export class VacanciesModule {}
