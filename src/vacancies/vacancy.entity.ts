import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { EditableRecord, NullableTextField } from '../database/entity-fields';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { ContractType, VacancyStatus } from './vacancy-status.enum';

@ObjectType({ description: 'A vacancy of an employer. Hard requirements filter matches; everything else ranks.' })
@Entity('vacancy')
export class Vacancy extends EditableRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  employerId: string;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column()
  description: string;

  @NullableTextField()
  categoryCode: string | null;

  @Field(() => [String], { description: 'Canonical talent codes the job needs.' })
  @Column('text', { array: true })
  requiredTalents: string[];

  @Field(() => [String])
  @Column('text', { array: true })
  niceToHaveTalents: string[];

  @Field(() => Taalniveau, { nullable: true })
  @Column({ type: 'text', nullable: true })
  minTaalniveau: Taalniveau | null;

  @Field({ description: 'Ignored for a leerwerkplek, which exists for people without startkwalificatie.' })
  @Column()
  startkwalificatieRequired: boolean;

  @Field(() => Opleidingsniveau, { nullable: true })
  @Column({ type: 'text', nullable: true })
  minOpleidingsniveau: Opleidingsniveau | null;

  @Field(() => [Rijbewijs])
  @Column('text', { array: true })
  rijbewijsRequired: Rijbewijs[];

  @Field(() => Int)
  @Column()
  hoursMin: number;

  @Field(() => Int)
  @Column()
  hoursMax: number;

  @Field()
  @Column()
  placeName: string;

  @NullableTextField()
  postcode: string | null;

  @Column('double precision')
  lat: number;

  @Column('double precision')
  lon: number;

  @Field(() => ContractType)
  @Column({ type: 'text' })
  contractType: ContractType;

  @Field(() => Int)
  @Column()
  openings: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  closingDate: string | null;

  @Field({ description: 'A learn-work place (BBL: four days work, one day school), for people without startkwalificatie.' })
  @Column()
  leerwerkplek: boolean;

  @Field({ description: 'Created for the banenafspraak: only candidates in the doelgroepregister qualify.' })
  @Column()
  banenafspraak: boolean;

  @Field({ description: 'The employer is open to a candidate with loonkostensubsidie.' })
  @Column()
  loonkostensubsidie: boolean;

  @Field()
  @Column()
  proefplaatsing: boolean;

  @Field()
  @Column()
  jobcoach: boolean;

  @Field()
  @Column()
  beschutWerk: boolean;

  @Field(() => VacancyStatus)
  @Column({ type: 'text' })
  status: VacancyStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the vacancy was filled or closed.' })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
