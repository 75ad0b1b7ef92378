import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacanciesResolver } from './vacancies.resolver';
import { VacanciesService } from './vacancies.service';
import { Vacancy } from './vacancy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Vacancy])],
  providers: [VacanciesService, VacanciesResolver],
  exports: [VacanciesService],
})
export class VacanciesModule {}
