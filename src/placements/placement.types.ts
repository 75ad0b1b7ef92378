import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { IntroductionRequestStatus, PlacementCloseReason, PlacementStatus } from './placement.enums';
import './placement-enums.graphql';

@ObjectType({ description: 'One step of a voordracht: who took it, when, and why.' })
export class PlacementStep {
  @Field(() => PlacementStatus, { nullable: true, description: 'Null for the first step.' })
  fromStatus: PlacementStatus | null;

  @Field(() => PlacementStatus)
  toStatus: PlacementStatus;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The user who took the step. WSP staff only.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Internal note of the WSP. WSP staff only.' })
  note: string | null;

  @Field(() => PlacementCloseReason, { nullable: true })
  reason: PlacementCloseReason | null;
}

@ObjectType({ description: 'Instruments attached to a placement.' })
export class PlacementInstruments {
  @Field()
  loonkostensubsidie: boolean;

  @Field(() => Int, { nullable: true, description: 'Loonwaarde in percent of the minimum wage (0-100), from the loonwaardebepaling.' })
  loonwaardePct: number | null;

  @Field()
  jobcoach: boolean;

  @Field()
  noRiskpolis: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Proefplaatsing: first day.' })
  trialStart: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Proefplaatsing: last day (at most 2 months, up to 6 with a reason).' })
  trialEnd: string | null;

  @Field(() => String, { nullable: true })
  trialExtensionReason: string | null;

  @Field(() => String, { nullable: true, description: 'Opleiding on a leerwerkplek: the school.' })
  opleidingSchool: string | null;

  @Field(() => String, { nullable: true, description: 'Opleiding on a leerwerkplek: crebo number or course.' })
  opleidingCrebo: string | null;
}

@ObjectType({ description: 'How to reach a candidate who consented to be introduced to this employer.' })
export class CandidateContact {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType({
  description:
    'A voordracht: a candidate proposed for a vacancy, through its steps. An employer sees its own, without internal notes, ' +
    'nazorg or caseload; instruments and contact details only after the candidate consented to the introduction.',
})
export class Placement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  vacancyId: string;

  @Field()
  vacancyTitle: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { description: 'The candidate, or for an employer the anonymised profile id it saw in matches or search.' })
  candidateId: string;

  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field()
  proposedAt: Date;

  @Field(() => ID, { nullable: true, description: 'WSP staff only.' })
  proposedBy: string | null;

  @Field(() => Date, { nullable: true })
  placedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => PlacementCloseReason, { nullable: true })
  closeReason: PlacementCloseReason | null;

  @Field(() => Date, { nullable: true, description: 'When the candidate consented to be introduced by name.' })
  consentAt: Date | null;

  @Field(() => PlacementInstruments, { nullable: true, description: 'Null for an employer before consent.' })
  instruments: PlacementInstruments | null;

  @Field(() => Boolean, { nullable: true, description: 'Nazorg: still in work 6 months after placement. WSP staff only.' })
  inWorkAfter6Months: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Nazorg: still in work 12 months after placement. WSP staff only.' })
  inWorkAfter12Months: boolean | null;

  @Field(() => ID, { nullable: true, description: "The candidate's matchmaker. WSP staff only." })
  matchmakerId: string | null;

  /** Not a field: whether the viewer may see the candidate's contact details (resolved and audited on demand). */
  contactAllowed: boolean;

  /** Not a field: whether the viewer is the employer (steps are trimmed for them). */
  employerView: boolean;
}

@ObjectType({ description: "An employer's request to be introduced to an anonymised candidate, and the WSP's answer." })
export class IntroductionRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  vacancyId: string;

  @Field()
  vacancyTitle: string;

  @Field(() => ID, { description: 'The anonymised profile id the employer asked about.' })
  candidateProfileId: string;

  @Field()
  message: string;

  @Field(() => IntroductionRequestStatus)
  status: IntroductionRequestStatus;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The WERKGEVER user who asked. WSP staff only.' })
  requestedBy: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the WSP declined; the employer reads it.' })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  consentAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The voordracht the accepted request started.' })
  placementId: string | null;
}
