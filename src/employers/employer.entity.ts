import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@ObjectType({ description: 'An employer (werkgever) the WSP works with.' })
@Entity('employer')
export class Employer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true, description: 'Chamber of Commerce number (8 digits).' })
  @Column({ type: 'text', nullable: true })
  kvkNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  categoryCode: string | null;

  @Field({ description: 'Vestigingsplaats.' })
  @Column()
  placeName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Field(() => Float)
  @Column('double precision')
  lat: number;

  @Field(() => Float)
  @Column('double precision')
  lon: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  @Field({ description: 'Recognised by SBB as a learning company (erkend leerbedrijf), so it can offer BBL places.' })
  @Column({ default: false })
  erkendLeerbedrijf: boolean;

  @Field(() => ID, { nullable: true, description: 'The WSP accounthouder who looks after this employer.' })
  @Column({ type: 'uuid', nullable: true })
  accounthouderId: string | null;

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
