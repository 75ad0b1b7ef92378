import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Opleidingsniveau } from '../reference-data/opleidingsniveau';
import { Rijbewijs } from '../reference-data/rijbewijs';
import { Taalniveau } from '../reference-data/taalniveau';
import { CandidateStatus } from './candidate.enums';

export interface WorkExperienceEntry {
  title: string;
  years: number;
}

/**
 * A werkzoekende's matching profile. Holds no identifying data (that is CandidatePersonal), so it may feed
 * search indexes and the anonymised employer view.
 */
@Entity('candidate')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  status: CandidateStatus;

  @Column('text', { array: true })
  talents: string[];

  @Column('text', { array: true })
  categoryWishes: string[];

  @Column('jsonb')
  workExperience: WorkExperienceEntry[];

  /**
   * The talents the work experience shows (each job title read by ReferenceDataService.readJobTitle); NULL until
   * read. Kept by this module (experience-talents.ts) for match retrieval, which searches them beside the profile's
   * talents (candidate_search.shown_talents). Not shown anywhere: the scorer reads the titles itself.
   */
  @Column('text', { array: true, nullable: true, select: false })
  experienceTalents?: string[] | null;

  /** Short anonymised profile text: interests, what the person can do ("wat kan je wel"). */
  @Column()
  profileText: string;

  @Column({ type: 'text', nullable: true })
  taalniveau: Taalniveau | null;

  @Column({ type: 'boolean', nullable: true })
  startkwalificatie: boolean | null;

  @Column({ type: 'text', nullable: true })
  opleidingsniveau: Opleidingsniveau | null;

  @Column('text', { array: true })
  rijbewijs: Rijbewijs[];

  @Column({ type: 'integer', nullable: true })
  hoursMin: number | null;

  @Column({ type: 'integer', nullable: true })
  hoursMax: number | null;

  @Column({ type: 'date', nullable: true })
  availableFrom: string | null;

  @Column({ type: 'text', nullable: true })
  placeName: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'integer', nullable: true })
  maxTravelKm: number | null;

  @Column()
  banenafspraak: boolean;

  @Column()
  loonkostensubsidie: boolean;

  @Column()
  jobcoachNeeded: boolean;

  @Column({ type: 'text', nullable: true })
  klantcategorieCode: string | null;

  @Column()
  statushouder: boolean;

  /** Under 27, derived from the birth date at write time: programme eligibility only. */
  @Column()
  jongere: boolean;

  /** 50 or older, derived from the birth date (kept true by age-groups.refresh.ts): a target group for filters and reporting, never scored. */
  @Column()
  vijftigPlus: boolean;

  @Column({ type: 'date', nullable: true })
  unemployedSince: string | null;

  /** The candidate's own consent to be shown (anonymised) to employers. */
  @Column()
  visibleToEmployers: boolean;

  /** The consulent's agreement; an employer sees the profile only when both are on. */
  @Column()
  consulentApprovesVisibility: boolean;

  @Column({ type: 'uuid', nullable: true })
  matchmakerId: string | null;

  @OneToOne(() => CandidatePersonalEntity, (p) => p.candidate, { cascade: true })
  personal?: Relation<CandidatePersonalEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** Identifying data of a candidate: never indexed, never shown to employers, erased with the candidate. */
@Entity('candidate_personal')
export class CandidatePersonalEntity {
  @PrimaryColumn('uuid')
  candidateId: string;

  @OneToOne(() => CandidateEntity, (c) => c.personal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Relation<CandidateEntity>;

  @Column()
  firstName: string;

  @Column()
  lastName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;
}
