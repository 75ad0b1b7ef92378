import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CandidateStatus, TargetGroup } from '../candidates/candidate.enums';
import { CandidateProfile } from '../candidates/candidate-profile.types';
import { Candidate } from '../candidates/candidate.types';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { MAX_PAGE_SIZE, PageInfo } from '../graphql/pagination';
import { Taalniveau } from '../reference-data/reference-enums.graphql';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the entity doubles as the GraphQL Vacancy type; used in field types only, never to query
import { Vacancy } from '../vacancies/vacancy.entity';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { DistanceBand } from './distance-band';

export const MAX_QUERY_LENGTH = 200;
export const MAX_RADIUS_KM = 300;

export enum CandidateSortOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
  AVAILABLE_FROM = 'AVAILABLE_FROM',
}

export enum VacancySortOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
  CLOSING_DATE = 'CLOSING_DATE',
}

registerEnumType(CandidateSortOrder, { name: 'CandidateSortOrder', description: 'RELEVANCE without a query sorts NEWEST. DISTANCE is for WSP staff only.' });
registerEnumType(DistanceBand, {
  name: 'DistanceBand',
  description: 'Distance as an employer may see it: binnen 5 km, 5-15 km, 15-30 km, meer dan 30 km.',
});
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
  @Field(() => [String], { nullable: true, description: 'Any of these beroepswensen (category codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  categories?: string[];

  @Field(() => [String], { nullable: true, description: 'All of these talents (names or synonyms).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  talents?: string[];

  @Field(() => Taalniveau, { nullable: true, description: 'At least this level (unknown levels are excluded).' })
  @IsOptional()
  @IsEnum(Taalniveau)
  minTaalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatie?: boolean;

  @OptionalBoolean('In the doelgroepregister.')
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @Field(() => [String], { nullable: true, description: 'WSP staff only.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  klantcategorieen?: string[];

  @Field(() => [TargetGroup], { nullable: true, description: 'WSP staff only.' })
  @IsOptional()
  @IsArray()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => Int, { nullable: true, description: 'Available hours overlap this range (profiles without hours stay in).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMax?: number;

  @Field(() => [CandidateStatus], { nullable: true, description: 'Default ACTIVE.' })
  @IsOptional()
  @IsArray()
  @IsEnum(CandidateStatus, { each: true })
  status?: CandidateStatus[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Available on or before this date (unknown stays in).' })
  @IsOptional()
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

  @Field(() => ID, { nullable: true, description: 'WSP staff only.' })
  @IsOptional()
  @IsUUID()
  matchmakerId?: string;
}

@InputType()
export class VacancySearchFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  categories?: string[];

  @Field(() => [String], { nullable: true, description: 'All of these talents, required or nice to have.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  talents?: string[];

  @Field(() => Taalniveau, { nullable: true, description: "Vacancies this level is enough for (the candidate's level)." })
  @IsOptional()
  @IsEnum(Taalniveau)
  taalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatieRequired?: boolean;

  @OptionalBoolean()
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @OptionalBoolean('Learn-work places (BBL).')
  leerwerkplek?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMax?: number;

  @Field(() => [VacancyStatus], { nullable: true, description: 'Default OPEN.' })
  @IsOptional()
  @IsArray()
  @IsEnum(VacancyStatus, { each: true })
  status?: VacancyStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
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

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts per value of one field over everything that matches (not just this page).' })
export class Facet {
  @Field()
  field: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class CandidateSearchHit {
  @Field(() => CandidateProfile)
  profile: CandidateProfile;

  @Field(() => Candidate, { nullable: true, description: 'The full record: WSP staff only, null for an employer.' })
  candidate: Candidate | null;

  @Field(() => Float, { nullable: true, description: 'Distance in km from `near.place`, when given: WSP staff only, null for an employer.' })
  distanceKm: number | null;

  @Field(() => DistanceBand, { nullable: true, description: 'Distance from `near.place` as a band, when given: what an employer sees.' })
  distanceBand: DistanceBand | null;
}

/** What both searches answer besides their hits: counts, paging, facets, the engine. */
@ObjectType({ isAbstract: true })
export abstract class SearchResultCounts {
  @Field(() => Int, { description: 'How many match; an estimate (rounded) when `totalCountExact` is false.' })
  totalCount: number;

  @Field({
    description:
      'False when so many match that the total and the facet counts are estimated from a sample (shown as "ca."); the hits and their order are always exact.',
  })
  totalCountExact: boolean;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [Facet])
  facets: Facet[];

  @Field({ description: 'The search engine that answered.' })
  engine: string;
}

@ObjectType()
export class CandidateSearchResult extends SearchResultCounts {
  @Field(() => [CandidateSearchHit])
  nodes: CandidateSearchHit[];
}

@ObjectType()
export class VacancySearchHit {
  @Field(() => Vacancy)
  vacancy: Vacancy;

  @Field(() => Float, { nullable: true })
  distanceKm: number | null;
}

@ObjectType()
export class VacancySearchResult extends SearchResultCounts {
  @Field(() => [VacancySearchHit])
  nodes: VacancySearchHit[];
}
