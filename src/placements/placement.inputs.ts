import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { IntroductionRequestStatus, PlacementCloseReason, PlacementStatus } from './placement.enums';
import './placement-enums.graphql';
import { OptionalDate, OptionalEnum, OptionalEnumList, OptionalId } from '../graphql/input-fields';

const NOTE_MAX = 2000;

@ArgsType()
export class ProposeCandidateArgs {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@ArgsType()
export class AdvancePlacementArgs {
  @Field(() => ID)
  @IsUUID()
  placementId: string;

  @Field(() => PlacementStatus)
  @IsEnum(PlacementStatus)
  status: PlacementStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;

  @OptionalEnum(PlacementCloseReason, 'Required for REJECTED and WITHDRAWN.')
  reason?: PlacementCloseReason | null;

  @OptionalBoolean('Required (true) for INTRODUCED: the candidate consented to be introduced to the employer by name.')
  candidateConsent?: boolean;
}

/** Only the fields given change; an explicit null clears one. */
@InputType()
export class PlacementInstrumentsInput {
  @OptionalBoolean()
  loonkostensubsidie?: boolean;

  @Field(() => Int, { nullable: true, description: '0-100, with loonkostensubsidie.' })
  @IsOptional()
  @IsInt()
  loonwaardePct?: number | null;

  @OptionalBoolean()
  jobcoach?: boolean;

  @OptionalBoolean()
  noRiskpolis?: boolean;

  @OptionalDate()
  trialStart?: string | null;

  @OptionalDate()
  trialEnd?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a proefplaatsing longer than 2 months (at most 6).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  trialExtensionReason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  opleidingSchool?: string | null;

  @Field(() => String, { nullable: true, description: 'Crebo number or course name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  opleidingCrebo?: string | null;
}

@ArgsType()
export class PlacementListArgs {
  @OptionalId()
  vacancyId?: string;

  @OptionalId()
  candidateId?: string;

  @OptionalId()
  employerId?: string;

  @OptionalEnumList(PlacementStatus, undefined, 7)
  status?: PlacementStatus[];

  @OptionalId("The candidates' matchmaker.")
  matchmakerId?: string;

  @OptionalId("The employers' accounthouder.")
  accounthouderId?: string;

  @OptionalDate('Proposed on or after this date (Dutch time).')
  from?: string;

  @OptionalDate('Proposed on or before this date (Dutch time).')
  to?: string;
}

@ArgsType()
export class RequestIntroductionArgs {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => ID, { description: 'The id of the anonymised profile seen in matches or search.' })
  @IsUUID()
  candidateProfileId: string;

  @Field({ description: 'Why the employer is interested; the matchmaker reads it.' })
  @IsString()
  @MinLength(1)
  @MaxLength(NOTE_MAX)
  message: string;
}

@ArgsType()
export class IntroductionRequestListArgs {
  @OptionalEnumList(IntroductionRequestStatus, undefined, 3)
  status?: IntroductionRequestStatus[];

  @OptionalId()
  vacancyId?: string;

  @OptionalBoolean('Only requests about candidates in my caseload (matchmaker or leerwerkmakelaar).')
  mine?: boolean;
}

@ArgsType()
export class AcceptIntroductionArgs {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field({ description: 'Must be true: the candidate consented to be introduced to this employer by name.' })
  @IsBoolean()
  candidateConsent: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

@ArgsType()
export class DeclineIntroductionArgs {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field({ description: 'Why not, in words the employer reads (nothing about the person).' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
