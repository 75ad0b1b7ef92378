import { ArgsType, Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { CandidateStatus, TargetGroup } from './candidate.enums';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { ExpectedVersionField } from '../graphql/expected-version';

export const MAX_CANDIDATE_TALENTS = 50;

@InputType()
export class WorkExperienceInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(150)
  title: string;

  @Field(() => Float)
  @IsNumber()
  @Min(0)
  @Max(60)
  years: number;
}

/**
 * Defaults are applied by the service on create, not here: mapped types (PartialType) copy initialisers, which
 * would silently reset fields on every update.
 */
@InputType()
export class CreateCandidateInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[+0-9][0-9 ()-]{5,19}$/, { message: 'moet een telefoonnummer zijn, zoals 06 12 34 56 78' })
  phone?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only used to derive jongere (<27) and 50-plus.' })
  @IsOptional()
  birthDate?: string;

  @Field(() => CandidateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateStatus)
  status?: CandidateStatus;

  @Field(() => [String], { nullable: true, description: `Talent names or synonyms, at most ${MAX_CANDIDATE_TALENTS}.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CANDIDATE_TALENTS)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  talents?: string[];

  @Field(() => [String], { nullable: true, description: 'Beroepswensen: category codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  categoryWishes?: string[];

  @Field(() => [WorkExperienceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => WorkExperienceInput)
  workExperience?: WorkExperienceInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  profileText?: string;

  @Field(() => Taalniveau, { nullable: true })
  @IsOptional()
  @IsEnum(Taalniveau)
  taalniveau?: Taalniveau;

  @OptionalBoolean('Derived from opleidingsniveau when not given.')
  startkwalificatie?: boolean;

  @Field(() => Opleidingsniveau, { nullable: true })
  @IsOptional()
  @IsEnum(Opleidingsniveau)
  opleidingsniveau?: Opleidingsniveau;

  @Field(() => [Rijbewijs], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(Rijbewijs, { each: true })
  rijbewijs?: Rijbewijs[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  availableFrom?: string;

  @Field({ nullable: true, description: 'Woonplaats: a Dutch place name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  placeName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  maxTravelKm?: number;

  @OptionalBoolean()
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @OptionalBoolean()
  jobcoachNeeded?: boolean;

  @Field({ nullable: true, description: 'Klantcategorie code (1A-3B).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  klantcategorie?: string;

  @OptionalBoolean()
  statushouder?: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  unemployedSince?: string;

  @OptionalBoolean()
  visibleToEmployers?: boolean;

  @OptionalBoolean()
  consulentApprovesVisibility?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  matchmakerId?: string;
}

@InputType()
export class UpdateCandidateInput extends PartialType(CreateCandidateInput) {
  @ExpectedVersionField()
  expectedVersion?: number;
}

@ArgsType()
export class CandidateListArgs {
  @Field(() => ID, { nullable: true, description: 'Only the candidates of this matchmaker.' })
  @IsOptional()
  @IsUUID()
  matchmakerId?: string;

  @OptionalBoolean('Only the candidates of the logged-in matchmaker or leerwerkmakelaar (my caseload).')
  mine?: boolean;

  @Field(() => CandidateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateStatus)
  status?: CandidateStatus;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;
}
