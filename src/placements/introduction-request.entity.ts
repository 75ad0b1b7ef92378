import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IntroductionRequestStatus } from './placement.enums';

/** An employer asking the WSP to be introduced to an anonymised candidate, and the matchmaker's answer. */
@Entity('introduction_request')
export class IntroductionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  vacancyId: string;

  @Column('uuid')
  candidateId: string;

  /** The WERKGEVER user who asked. */
  @Column('uuid')
  requestedBy: string;

  @Column()
  message: string;

  @Column({ type: 'text' })
  status: IntroductionRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Shown to the employer. */
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  /** When the matchmaker recorded the candidate's consent to share their details with this employer. */
  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  placementId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
