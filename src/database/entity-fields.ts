import { applyDecorators } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A property that is both a table column and a field of the entity's GraphQL type, as one decorator: optional
 * text (`text NULL` in the table, a nullable String in the schema), such as a postcode, a category code or a
 * contact detail.
 */
export function NullableTextField(description?: string): PropertyDecorator {
  return applyDecorators(Field(() => String, { nullable: true, ...(description ? { description } : {}) }), Column({ type: 'text', nullable: true }));
}

/**
 * The columns and fields of a record that users edit and the API shows as it is stored (employers, vacancies): when
 * it was made and last changed, and the version an update sends back so a lost update is refused.
 */
@ObjectType({ isAbstract: true })
export abstract class EditableRecord {
  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Raised by every change; send it back as expectedVersion on update.' })
  @VersionColumn()
  version: number;
}
