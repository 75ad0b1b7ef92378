import { ExpectedVersionField } from '../graphql/expected-version';
import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { ContractType, VacancyStatus } from './vacancy-status.enum';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';

export const MAX_TALENTS = 30;

@InputType()
export class CreateVacancyInput {
  @Field(() => ID, { nullable: true, description: 'Required for WSP staff; a WERKGEVER posts for their own employer.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  categoryCode?: string;

  @Field(() => [String], { nullable: true, description: `Talent names or synonyms, at most ${MAX_TALENTS}.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TALENTS)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  requiredTalents?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TALENTS)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  niceToHaveTalents?: string[];

  @Field(() => Taalniveau, { nullable: true })
  @IsOptional()
  @IsEnum(Taalniveau)
  minTaalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatieRequired?: boolean;

  @Field(() => Opleidingsniveau, { nullable: true })
  @IsOptional()
  @IsEnum(Opleidingsniveau)
  minOpleidingsniveau?: Opleidingsniveau;

  @Field(() => [Rijbewijs], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(Rijbewijs, { each: true })
  rijbewijsRequired?: Rijbewijs[];

  @Field(() => Int, { description: 'Hours per week, 0-60.' })
  @IsInt()
  @Min(0)
  @Max(60)
  hoursMin: number;

  @Field(() => Int, { description: 'Hours per week, 1-60, not below hoursMin.' })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax: number;

  @Field({ description: 'Where the work is: a Dutch place name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  placeName: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  contractType: ContractType;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  openings?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Not in the past.' })
  @IsOptional()
  closingDate?: string;

  @OptionalBoolean()
  leerwerkplek?: boolean;

  @OptionalBoolean()
  banenafspraak?: boolean;

  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @OptionalBoolean()
  proefplaatsing?: boolean;

  @OptionalBoolean()
  jobcoach?: boolean;

  @OptionalBoolean()
  beschutWerk?: boolean;
}

@InputType()
export class UpdateVacancyInput extends PartialType(OmitType(CreateVacancyInput, ['employerId'] as const)) {
  @ExpectedVersionField()
  expectedVersion?: number;
}

@ArgsType()
export class VacancyListArgs {
  @Field(() => [VacancyStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(VacancyStatus, { each: true })
  status?: VacancyStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}
