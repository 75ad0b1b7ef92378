import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Category } from './category.entity';
import { Klantcategorie } from './klantcategorie.entity';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';
import { Talent } from './talent.entity';
import { TalentRelation } from './talent-relation.entity';
import { TalentAdminResolver } from './talent-admin.resolver';
import { TalentAdminService } from './talent-admin.service';

// Still global (issue 12 wants only config and database so): nearly every module and the dashboard and demo
// modules inject ReferenceDataService without importing this module. It becomes a plain module once they list it.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Category, Talent, Klantcategorie, TalentRelation])],
  providers: [ReferenceDataService, ReferenceDataResolver, TalentAdminService, TalentAdminResolver],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
