import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'Occupational category (beroepsgroep), anchored on ISCO-08.' })
@Entity('category')
export class Category {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  label: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  isco: string | null;

  @Field()
  @Column()
  description: string;

  @Column()
  sortOrder: number;
}
