import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LocalDateScalar } from './local-date.scalar';

/**
 * Optional input fields as one decorator each: nullable in the schema and checked when given. Each stands for the
 * stack of decorators it replaces, applied in the same order as when written one above the other.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}

const described = (description?: string) => ({ nullable: true, ...(description ? { description } : {}) });

export function OptionalInt(min: number, max: number, description?: string): PropertyDecorator {
  return stacked(Field(() => Int, described(description)), IsOptional(), IsInt(), Min(min), Max(max));
}

export function OptionalStringList(maxItems: number, description?: string): PropertyDecorator {
  return stacked(Field(() => [String], described(description)), IsOptional(), IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }));
}

export function OptionalEnum(values: object, description?: string): PropertyDecorator {
  return stacked(Field(() => values, described(description)), IsOptional(), IsEnum(values));
}

export function OptionalEnumList(values: object, description?: string, maxItems?: number): PropertyDecorator {
  const size = maxItems === undefined ? [] : [ArrayMaxSize(maxItems)];
  return stacked(Field(() => [values], described(description)), IsOptional(), IsArray(), ...size, IsEnum(values, { each: true }));
}

export function OptionalId(description?: string): PropertyDecorator {
  return stacked(Field(() => ID, described(description)), IsOptional(), IsUUID());
}

export function OptionalDate(description?: string): PropertyDecorator {
  return stacked(Field(() => LocalDateScalar, described(description)), IsOptional());
}

export function OptionalString(maxLength: number, description?: string, minLength?: number): PropertyDecorator {
  const min = minLength === undefined ? [] : [MinLength(minLength)];
  return stacked(Field(() => String, described(description)), IsOptional(), IsString(), ...min, MaxLength(maxLength));
}

// Where an employer, a vacancy or a candidate is: a Dutch place name the service geocodes, and a postcode.
const PLACE_NAME_MAX = 100;
const POSTCODE_MAX = 10;

/** A required place name; the description says which place (vestigingsplaats, where the work is). */
export function PlaceName(description: string): PropertyDecorator {
  return stacked(Field(() => String, { description }), IsString(), MinLength(1), MaxLength(PLACE_NAME_MAX));
}

export function OptionalPlaceName(description: string): PropertyDecorator {
  return OptionalString(PLACE_NAME_MAX, description, 1);
}

export function OptionalPostcode(): PropertyDecorator {
  return OptionalString(POSTCODE_MAX);
}

/** A reference-data category code (beroepsgroep). */
export function OptionalCategoryCode(): PropertyDecorator {
  return OptionalString(60);
}
