import { ArgsType, Field, Float, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { CandidateStatus, TargetGroup } from './candidate.enums';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { ExpectedVersionField } from '../graphql/expected-version';
import { OptionalDate, OptionalEnum, OptionalEnumList, OptionalId, OptionalInt, OptionalPlaceName, OptionalPostcode, OptionalStringList } from '../graphql/input-fields';

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

  @OptionalDate('Only used to derive jongere (<27) and 50-plus.')
  birthDate?: string;

  @OptionalEnum(CandidateStatus)
  status?: CandidateStatus;

  @OptionalStringList(MAX_CANDIDATE_TALENTS, `Talent names or synonyms, at most ${MAX_CANDIDATE_TALENTS}.`)
  @MaxLength(60, { each: true })
  talents?: string[];

  @OptionalStringList(10, 'Beroepswensen: category codes.')
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

  @OptionalEnum(Taalniveau)
  taalniveau?: Taalniveau;

  @OptionalBoolean('Derived from opleidingsniveau when not given.')
  startkwalificatie?: boolean;

  @OptionalEnum(Opleidingsniveau)
  opleidingsniveau?: Opleidingsniveau;

  @OptionalEnumList(Rijbewijs, undefined, 7)
  rijbewijs?: Rijbewijs[];

  @OptionalInt(0, 60)
  hoursMin?: number;

  @OptionalInt(1, 60)
  hoursMax?: number;

  @OptionalDate()
  availableFrom?: string;

  @OptionalPlaceName('Woonplaats: a Dutch place name.')
  placeName?: string;

  @OptionalPostcode()
  postcode?: string;

  @OptionalInt(0, 300)
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

  @OptionalDate()
  unemployedSince?: string;

  @OptionalBoolean()
  visibleToEmployers?: boolean;

  @OptionalBoolean()
  consulentApprovesVisibility?: boolean;

  @OptionalId()
  matchmakerId?: string;
}

@InputType()
export class UpdateCandidateInput extends PartialType(CreateCandidateInput) {
  @ExpectedVersionField()
  expectedVersion?: number;
}

@ArgsType()
export class CandidateListArgs {
  @OptionalId('Only the candidates of this matchmaker.')
  matchmakerId?: string;

  @OptionalBoolean('Only the candidates of the logged-in matchmaker or leerwerkmakelaar (my caseload).')
  mine?: boolean;

  @OptionalEnum(CandidateStatus)
  status?: CandidateStatus;

  @OptionalEnum(TargetGroup)
  targetGroup?: TargetGroup;
}
