import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementStatus } from './placement.enums';

/** One step in a placement's history, the first (PROPOSED) included: who, when, from which step, why. */
@Entity('placement_step')
export class PlacementStepEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column('uuid')
  placementId: string;

  @Column({ type: 'text', nullable: true })
  fromStatus: PlacementStatus | null;

  @Column({ type: 'text' })
  toStatus: PlacementStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** A PlacementCloseReason code, for REJECTED and WITHDRAWN. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
