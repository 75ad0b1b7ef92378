import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EditableRecord, NullableTextField } from '../database/entity-fields';

@ObjectType({ description: 'An employer (werkgever) the WSP works with.' })
@Entity('employer')
export class Employer extends EditableRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  name: string;

  @NullableTextField('Chamber of Commerce number (8 digits).')
  kvkNumber: string | null;

  @NullableTextField()
  categoryCode: string | null;

  @Field({ description: 'Vestigingsplaats.' })
  @Column()
  placeName: string;

  @NullableTextField()
  postcode: string | null;

  @Field(() => Float)
  @Column('double precision')
  lat: number;

  @Field(() => Float)
  @Column('double precision')
  lon: number;

  @NullableTextField()
  contactName: string | null;

  @NullableTextField()
  contactEmail: string | null;

  @NullableTextField()
  contactPhone: string | null;

  @Field({ description: 'Recognised by SBB as a learning company (erkend leerbedrijf), so it can offer BBL places.' })
  @Column({ default: false })
  erkendLeerbedrijf: boolean;

  @Field(() => ID, { nullable: true, description: 'The WSP accounthouder who looks after this employer.' })
  @Column({ type: 'uuid', nullable: true })
  accounthouderId: string | null;
}
