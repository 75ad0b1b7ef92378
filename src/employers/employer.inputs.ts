import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { ExpectedVersionField } from '../graphql/expected-version';
import { OptionalCategoryCode, OptionalId, OptionalPostcode, PlaceName } from '../graphql/input-fields';

@InputType()
export class CreateEmployerInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'KvK number, 8 digits.' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'moet uit 8 cijfers bestaan' })
  kvkNumber?: string;

  @OptionalCategoryCode()
  categoryCode?: string;

  @PlaceName('Vestigingsplaats: a Dutch place name.')
  placeName: string;

  @OptionalPostcode()
  postcode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[+0-9][0-9 ()-]{5,19}$/, { message: 'moet een telefoonnummer zijn, zoals 079 123 45 67' })
  contactPhone?: string;

  @OptionalBoolean()
  erkendLeerbedrijf?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  accounthouderId?: string;
}

@InputType()
export class UpdateEmployerInput extends PartialType(CreateEmployerInput) {
  @ExpectedVersionField()
  expectedVersion?: number;
}

@ArgsType()
export class EmployerListArgs {
  @OptionalId('Only the employers of this accounthouder.')
  accounthouderId?: string;

  @OptionalBoolean('Only the employers of the logged-in accounthouder (my caseload).')
  mine?: boolean;
}
