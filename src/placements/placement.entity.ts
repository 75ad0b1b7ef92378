import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PlacementStatus } from './placement.enums';

/** A voordracht: one candidate for one vacancy, its current step and the instruments attached to it. */
@Entity('placement')
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  vacancyId: string;

  @Column('uuid')
  candidateId: string;

  @Column({ type: 'text' })
  status: PlacementStatus;

  /** app_user id, without a foreign key: users may be removed, the history stays. */
  @Column({ type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  placedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** A PlacementCloseReason code, for REJECTED and WITHDRAWN. */
  @Column({ type: 'text', nullable: true })
  closeReason: string | null;

  /** When the candidate consented to be introduced by name; before it the employer sees the anonymised profile only. */
  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ default: false })
  loonkostensubsidie: boolean;

  @Column({ type: 'integer', nullable: true })
  loonwaardePct: number | null;

  @Column({ default: false })
  jobcoach: boolean;

  @Column({ default: false })
  noRiskpolis: boolean;

  @Column({ type: 'date', nullable: true })
  trialStart: string | null;

  @Column({ type: 'date', nullable: true })
  trialEnd: string | null;

  @Column({ type: 'text', nullable: true })
  trialExtensionReason: string | null;

  @Column({ type: 'text', nullable: true })
  opleidingSchool: string | null;

  @Column({ type: 'text', nullable: true })
  opleidingCrebo: string | null;

  @Column({ name: 'in_work_after_6_months', type: 'boolean', nullable: true })
  inWorkAfter6Months: boolean | null;

  @Column({ name: 'in_work_after_12_months', type: 'boolean', nullable: true })
  inWorkAfter12Months: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
