import { registerEnumType } from '@nestjs/graphql';

export enum CandidateStatus {
  /** Looking for work and available for mediation. */
  ACTIVE = 'ACTIVE',
  /** Temporarily not available (illness is never recorded as such: only "not available"). */
  INACTIVE = 'INACTIVE',
  PLACED = 'PLACED',
}

/** Groups the municipality reports on (seed 004). Derived from profile fields; never used to score a match. */
export enum TargetGroup {
  STATUSHOUDER = 'STATUSHOUDER',
  VIJFTIG_PLUS = 'VIJFTIG_PLUS',
  JONGERE_ZONDER_STARTKWALIFICATIE = 'JONGERE_ZONDER_STARTKWALIFICATIE',
}

registerEnumType(CandidateStatus, { name: 'CandidateStatus' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
