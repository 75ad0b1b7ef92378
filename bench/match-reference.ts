import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../src/database/snake-naming.strategy';
import { Category } from '../src/reference-data/category.entity';
import { Klantcategorie } from '../src/reference-data/klantcategorie.entity';
import { ReferenceDataService } from '../src/reference-data/reference-data.service';
import { TalentRelation } from '../src/reference-data/talent-relation.entity';
import { Talent } from '../src/reference-data/talent.entity';

/**
 * The service's own reference data (talent labels, synonyms, relations, job-title reading) loaded from a bench
 * database, so the naive baseline and the pool explainer score and retrieve exactly as the server does.
 */
export async function loadReferenceData(url: string): Promise<{ referenceData: ReferenceDataService; close: () => Promise<void> }> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [Category, Talent, Klantcategorie, TalentRelation],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize: 2,
  });
  await dataSource.initialize();
  const referenceData = new ReferenceDataService(dataSource);
  await referenceData.reload();
  return { referenceData, close: () => dataSource.destroy() };
}
