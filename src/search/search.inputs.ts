import { ArgsType, Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CandidateStatus, TargetGroup } from '../candidates/candidate.enums';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { Taalniveau } from '../reference-data/reference-enums.graphql';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { enumOf } from '../graphql/enum-of';
import { CANDIDATE_SORTS, CandidateSort, VACANCY_SORTS, VacancySort } from './search-query';
import { OptionalDate, OptionalEnum, OptionalEnumList, OptionalId, OptionalInt, OptionalStringList } from '../graphql/input-fields';

/** What the searches take: the text, filters, sort order and page (the answers are in search.types.ts). */

export const MAX_QUERY_LENGTH = 200;
export const MAX_RADIUS_KM = 300;

export const CandidateSortOrder = enumOf(CANDIDATE_SORTS);
export type CandidateSortOrder = CandidateSort;
export const VacancySortOrder = enumOf(VACANCY_SORTS);
export type VacancySortOrder = VacancySort;

registerEnumType(CandidateSortOrder, { name: 'CandidateSortOrder', description: 'RELEVANCE without a query sorts NEWEST. DISTANCE is for WSP staff only.' });
registerEnumType(VacancySortOrder, { name: 'VacancySortOrder', description: 'RELEVANCE without a query sorts NEWEST.' });

@InputType({ description: 'Where: within `withinKm` of the place `nearPlace`.' })
export class NearInput {
  @Field({ description: 'A Dutch place name.' })
  @IsString()
  @MaxLength(100)
  place: string;

  @Field(() => Float, { description: `Radius in km, 0-${MAX_RADIUS_KM}.` })
  @IsNumber()
  @Min(0)
  @Max(MAX_RADIUS_KM)
  withinKm: number;
}

@InputType()
export class CandidateSearchFilter {
  @OptionalStringList(30, 'Any of these beroepswensen (category codes).')
  categories?: string[];

  @OptionalStringList(20, 'All of these talents (names or synonyms).')
  talents?: string[];

  @OptionalEnum(Taalniveau, 'At least this level (unknown levels are excluded).')
  minTaalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatie?: boolean;

  @OptionalBoolean('In the doelgroepregister.')
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @OptionalStringList(10, 'WSP staff only.')
  klantcategorieen?: string[];

  @OptionalEnumList(TargetGroup, 'WSP staff only.')
  targetGroups?: TargetGroup[];

  @OptionalInt(0, 60, 'Available hours overlap this range (profiles without hours stay in).')
  hoursMin?: number;

  @OptionalInt(0, 60)
  hoursMax?: number;

  @OptionalEnumList(CandidateStatus, 'Default ACTIVE.')
  status?: CandidateStatus[];

  @OptionalDate('Available on or before this date (unknown stays in).')
  availableBy?: string;

  @Field(() => NearInput, {
    nullable: true,
    description:
      'Lives within N km of a place. An employer: around its own vestigingsplaats or an OPEN vacancy of its own, 10 to 60 km, and only people whose own travel distance reaches that place.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @OptionalId('WSP staff only.')
  matchmakerId?: string;
}

@InputType()
export class VacancySearchFilter {
  @OptionalStringList(30)
  categories?: string[];

  @OptionalStringList(20, 'All of these talents, required or nice to have.')
  talents?: string[];

  @OptionalEnum(Taalniveau, "Vacancies this level is enough for (the candidate's level).")
  taalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatieRequired?: boolean;

  @OptionalBoolean()
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @OptionalBoolean('Learn-work places (BBL).')
  leerwerkplek?: boolean;

  @OptionalInt(0, 60)
  hoursMin?: number;

  @OptionalInt(0, 60)
  hoursMax?: number;

  @OptionalEnumList(VacancyStatus, 'Default OPEN.')
  status?: VacancyStatus[];

  @OptionalId()
  employerId?: string;

  @Field(() => NearInput, { nullable: true, description: 'Work within N km of a place.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;
}

@ArgsType()
class SearchPageArgs {
  @Field({ nullable: true, description: `Free text in Dutch, at most ${MAX_QUERY_LENGTH} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class SearchCandidatesArgs extends SearchPageArgs {
  @Field(() => CandidateSearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateSearchFilter)
  filter?: CandidateSearchFilter;

  @Field(() => CandidateSortOrder, { defaultValue: CandidateSortOrder.RELEVANCE })
  @IsEnum(CandidateSortOrder)
  sort: CandidateSortOrder = CandidateSortOrder.RELEVANCE;
}

@ArgsType()
export class SearchVacanciesArgs extends SearchPageArgs {
  @Field(() => VacancySearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancySearchFilter)
  filter?: VacancySearchFilter;

  @Field(() => VacancySortOrder, { defaultValue: VacancySortOrder.RELEVANCE })
  @IsEnum(VacancySortOrder)
  sort: VacancySortOrder = VacancySortOrder.RELEVANCE;
}
