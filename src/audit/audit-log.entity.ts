import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who read or changed which record holding personal data, why, from where and when. Ids and actions only, never
 * the values. Append-only: the database refuses updates and deletes (migration 1763903000000).
 */
@ObjectType('AuditEntry', { description: 'One line of the audit trail (Logboek Dataverwerkingen).' })
@Entity('audit_log')
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The user who acted; null for the service itself.' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Field({ description: 'create, read, view, update, status, erase, export, alert, ...' })
  @Column()
  action: string;

  @Field({ description: 'The kind of record: candidate, employer, vacancy, user, audit_log.' })
  @Column()
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field({ description: 'Why (AuditPurpose).' })
  @Column()
  purpose: string;

  @Field({ description: "From where: the client's IP address, 'cli' or 'system'." })
  @Column()
  origin: string;
}
