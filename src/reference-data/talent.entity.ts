import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A talent or skill from the reference list; free tags are normalised to these.' })
@Entity('talent')
export class Talent {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  label: string;

  @Field(() => [String])
  @Column('text', { array: true })
  categories: string[];

  @Field(() => [String])
  @Column('text', { array: true })
  synonyms: string[];
}
