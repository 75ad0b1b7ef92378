import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../graphql/enum-of';
import { TARGET_GROUPS, type TargetGroup as TargetGroupCode } from './target-groups';

export enum CandidateStatus {
  /** Looking for work and available for mediation. */
  ACTIVE = 'ACTIVE',
  /** Temporarily not available (illness is never recorded as such: only "not available"). */
  INACTIVE = 'INACTIVE',
  PLACED = 'PLACED',
}

/** The target groups (target-groups.ts holds the list and who belongs to each), as a GraphQL enum. */
export const TargetGroup = enumOf(TARGET_GROUPS);
export type TargetGroup = TargetGroupCode;

registerEnumType(CandidateStatus, { name: 'CandidateStatus' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
