import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './role.enum';

@ObjectType({ description: 'A person who logs in: WSP staff or an employer contact.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  email: string;

  @Column({ select: false })
  passwordHash: string;

  @Field()
  @Column()
  displayName: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The employer a WERKGEVER acts for.' })
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Tokens issued before this (a password reset) are refused. */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  credentialsChangedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
