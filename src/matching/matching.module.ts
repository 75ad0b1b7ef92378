import { Module } from '@nestjs/common';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({ imports: [VacanciesModule], providers: [MatchingService, MatchingResolver] })
export class MatchingModule {}
