import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who read or changed which record holding personal data. Ids and actions only, never the values. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  @Column()
  action: string;

  @Column()
  entityType: string;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;
}
