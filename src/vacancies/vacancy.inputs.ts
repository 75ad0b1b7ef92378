import { ExpectedVersionField } from '../graphql/expected-version';
import { ArgsType, Field, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { ContractType, VacancyStatus } from './vacancy-status.enum';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { OptionalCategoryCode, OptionalDate, OptionalEnum, OptionalEnumList, OptionalId, OptionalInt, OptionalPostcode, OptionalStringList, PlaceName } from '../graphql/input-fields';

export const MAX_TALENTS = 30;

@InputType()
export class CreateVacancyInput {
  @OptionalId('Required for WSP staff; a WERKGEVER posts for their own employer.')
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

  @OptionalCategoryCode()
  categoryCode?: string;

  @OptionalStringList(MAX_TALENTS, `Talent names or synonyms, at most ${MAX_TALENTS}.`)
  @MaxLength(60, { each: true })
  requiredTalents?: string[];

  @OptionalStringList(MAX_TALENTS)
  @MaxLength(60, { each: true })
  niceToHaveTalents?: string[];

  @OptionalEnum(Taalniveau)
  minTaalniveau?: Taalniveau;

  @OptionalBoolean()
  startkwalificatieRequired?: boolean;

  @OptionalEnum(Opleidingsniveau)
  minOpleidingsniveau?: Opleidingsniveau;

  @OptionalEnumList(Rijbewijs, undefined, 7)
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

  @PlaceName('Where the work is: a Dutch place name.')
  placeName: string;

  @OptionalPostcode()
  postcode?: string;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  contractType: ContractType;

  @OptionalInt(1, 1000)
  openings?: number;

  @OptionalDate()
  startDate?: string;

  @OptionalDate('Not in the past.')
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
  @OptionalEnumList(VacancyStatus, undefined, 4)
  status?: VacancyStatus[];

  @OptionalId()
  employerId?: string;
}
