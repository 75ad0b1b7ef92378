import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

/** An optional yes/no input field: nullable in the schema, checked to be a boolean when given. */
export function OptionalBoolean(description?: string): PropertyDecorator {
  return applyDecorators(Field(() => Boolean, { nullable: true, ...(description ? { description } : {}) }), IsOptional(), IsBoolean());
}
