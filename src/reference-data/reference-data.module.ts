import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Category } from './category.entity';
import { Klantcategorie } from './klantcategorie.entity';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';
import { Talent } from './talent.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Category, Talent, Klantcategorie])],
  providers: [ReferenceDataService, ReferenceDataResolver],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
