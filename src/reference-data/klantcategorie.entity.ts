import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    'Local client category by distance to the labour market (Wassenaar policy, table 3). Reference data, not a verdict: it never lowers a match.',
})
@Entity('klantcategorie')
export class Klantcategorie {
  @Field()
  @PrimaryColumn()
  code: string;

  @Field()
  @Column()
  label: string;

  @Field(() => Int)
  @Column()
  monthsMin: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  monthsMax: number | null;

  @Field()
  @Column()
  groep: string;

  @Field()
  @Column()
  description: string;

  @Column()
  sortOrder: number;
}
