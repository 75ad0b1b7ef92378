import { Args, Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ALL_ROLES } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { BadInputError } from '../graphql/errors';
import { Category } from './category.entity';
import { Klantcategorie } from './klantcategorie.entity';
import { ReferenceDataService } from './reference-data.service';
import { Talent } from './talent.entity';

@ObjectType({ description: 'A Dutch place (woonplaats) with coordinates, GeoNames.' })
export class PlaceInfo {
  @Field()
  name: string;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lon: number;

  @Field()
  province: string;
}

@Resolver()
@Roles(...ALL_ROLES)
export class ReferenceDataResolver {
  constructor(
    private readonly referenceData: ReferenceDataService,
    @InjectRepository(Category) private readonly categories: Repository<Category>,
    @InjectRepository(Talent) private readonly talents: Repository<Talent>,
    @InjectRepository(Klantcategorie) private readonly klantcategorieen: Repository<Klantcategorie>,
  ) {}

  @Query(() => [Category], { name: 'categories' })
  listCategories(): Promise<Category[]> {
    return this.categories.find({ order: { sortOrder: 'ASC' } });
  }

  @Query(() => [Talent], { name: 'talents', description: 'The talent reference list; `search` matches label and synonyms.' })
  listTalents(
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<Talent[]> {
    if (search && search.length > 100) throw new BadInputError({ field: 'search', message: 'mag hoogstens 100 tekens lang zijn' });
    if (first < 1 || first > 500) throw new BadInputError({ field: 'first', message: 'moet van 1 tot en met 500 zijn' });
    const q = this.talents.createQueryBuilder('t').orderBy('t.label').limit(first);
    if (search) {
      q.where(`(t.label ILIKE :like OR EXISTS (SELECT 1 FROM unnest(t.synonyms) s WHERE s ILIKE :like))`, {
        like: `%${search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    return q.getMany();
  }

  @Query(() => [Klantcategorie], { name: 'klantcategorieen' })
  listKlantcategorieen(): Promise<Klantcategorie[]> {
    return this.klantcategorieen.find({ order: { sortOrder: 'ASC' } });
  }

  @Query(() => [PlaceInfo], { description: 'Dutch places whose name starts like `search` (for a place picker).' })
  places(@Args('search') search: string, @Args('first', { type: () => Int, defaultValue: 10 }) first = 10): PlaceInfo[] {
    if (search.length > 100) throw new BadInputError({ field: 'search', message: 'mag hoogstens 100 tekens lang zijn' });
    if (first < 1 || first > 50) throw new BadInputError({ field: 'first', message: 'moet van 1 tot en met 50 zijn' });
    return this.referenceData.searchPlaces(search, first);
  }
}
