import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Candidate } from '../candidates/candidate.types';
import { CandidateProfile } from '../candidates/candidate-profile.types';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the entity doubles as the GraphQL Vacancy type; used in field types only, never to query
import { Vacancy } from '../vacancies/vacancy.entity';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { CRITERIA, Criterion, REQUIREMENTS, Requirement } from './scorer/match-evaluation';
import { enumOf } from '../graphql/enum-of';
import { OptionalBoolean } from '../graphql/optional-boolean.decorator';
import { DistanceBand } from '../search/distance-band';
import { OptionalEnumList, OptionalStringList } from '../graphql/input-fields';

export const MAX_MATCHES = 50;

/** The scorer's criteria and requirements (scorer/match-evaluation.ts), as GraphQL enums. */
export const MatchCriterion = enumOf(CRITERIA);
export type MatchCriterion = Criterion;
export const MatchRequirement = enumOf(REQUIREMENTS);
export type MatchRequirement = Requirement;

registerEnumType(MatchCriterion, { name: 'MatchCriterion', description: 'What ranks a match; weights in matching/scorer/match-weights.ts.' });
registerEnumType(MatchRequirement, { name: 'MatchRequirement', description: 'A hard requirement: failing one makes a near miss.' });

@ObjectType({ description: 'One criterion of a match: its weight, how far it is met, its part of the score, and why.' })
export class MatchReasonType {
  @Field(() => MatchCriterion)
  criterion: MatchCriterion;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: '0..1: how far this criterion is met.' })
  fulfilment: number;

  @Field(() => Float, { description: "This criterion's part of the score." })
  contribution: number;

  @Field({ description: 'One Dutch sentence to read aloud to an employer.' })
  text: string;
}

@ObjectType()
export class UnmetRequirementType {
  @Field(() => MatchRequirement)
  requirement: MatchRequirement;

  @Field({ description: 'Dutch, e.g. "Mist startkwalificatie".' })
  text: string;
}

@ObjectType()
export class CandidateMatch {
  @Field(() => CandidateProfile)
  profile: CandidateProfile;

  @Field(() => Candidate, { nullable: true, description: 'The full record: WSP staff only, null for an employer.' })
  candidate: Candidate | null;

  @Field(() => Float, { description: '0..1' })
  score: number;

  @Field(() => [MatchReasonType])
  reasons: MatchReasonType[];

  @Field(() => [UnmetRequirementType], { description: 'Empty for a match; the one missing requirement for a near miss.' })
  unmet: UnmetRequirementType[];

  @Field(() => [String], { description: 'Facts without weight: doelgroepregister, loonkostensubsidie, vacancy status. Empty for an employer.' })
  notes: string[];

  @Field(() => DistanceBand, { nullable: true, description: 'How far from the workplace, as a band; null when a location is unknown.' })
  distanceBand: DistanceBand | null;
}

@ObjectType({
  description:
    'WSP staff see every reason, note and near miss. An employer sees job fit only (matching/employer-view.ts): job-fit reasons, the distance as a band, a score and order from those alone, near misses on job-fit requirements only, no notes.',
})
export class CandidateMatchResult {
  @Field(() => Vacancy)
  vacancy: Vacancy;

  @Field({ description: 'False when the vacancy is not OPEN: still matchable, but say so.' })
  vacancyOpen: boolean;

  @Field(() => [CandidateMatch], { description: 'Candidates meeting every requirement, best first.' })
  matches: CandidateMatch[];

  @Field(() => [CandidateMatch], { description: 'Candidates missing exactly one requirement, named, best first.' })
  nearMisses: CandidateMatch[];

  @Field(() => Int, { description: 'How many candidates were ranked.' })
  considered: number;

  @Field(() => [String], { description: 'Dutch notes about the list as a whole (for an employer: what a banenafspraak vacancy means for it).' })
  notes: string[];

  @Field({ description: 'True when at least one match can do the job and scores at least the good-match floor.' })
  goodMatchFound: boolean;

  @Field(() => String, { nullable: true, description: 'Dutch, said plainly when no good match exists; null otherwise.' })
  noGoodMatchText: string | null;
}

@ObjectType()
export class VacancyMatch {
  @Field(() => Vacancy)
  vacancy: Vacancy;

  @Field(() => Float)
  score: number;

  @Field(() => [MatchReasonType])
  reasons: MatchReasonType[];

  @Field(() => [UnmetRequirementType])
  unmet: UnmetRequirementType[];

  @Field(() => [String])
  notes: string[];
}

@ObjectType()
export class VacancyMatchResult {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => [VacancyMatch])
  matches: VacancyMatch[];

  @Field(() => [VacancyMatch])
  nearMisses: VacancyMatch[];

  @Field(() => Int)
  considered: number;

  @Field({ description: 'True when at least one match can do the job and scores at least the good-match floor.' })
  goodMatchFound: boolean;

  @Field(() => String, { nullable: true, description: 'Dutch, said plainly when no good match exists; null otherwise.' })
  noGoodMatchText: string | null;
}

@InputType()
export class CandidateMatchFilter {
  @OptionalBoolean('Only candidates in the doelgroepregister. WSP staff only.')
  banenafspraak?: boolean;
}

@InputType()
export class VacancyMatchFilter {
  @OptionalBoolean("Learn-work places only: the leerwerkmakelaar's view.")
  leerwerkplek?: boolean;

  @OptionalStringList(30)
  categories?: string[];

  @OptionalEnumList(VacancyStatus, 'Default OPEN.')
  status?: VacancyStatus[];
}

@ArgsType()
export class MatchCandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_MATCHES}, for the matches and again for the near misses.` })
  @IsInt()
  @Min(1)
  @Max(MAX_MATCHES)
  first: number = 20;

  @Field(() => CandidateMatchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidateMatchFilter)
  filter?: CandidateMatchFilter;
}

@ArgsType()
export class MatchVacanciesArgs {
  @Field(() => ID)
  @IsUUID()
  candidateId: string;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${MAX_MATCHES}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_MATCHES)
  first: number = 20;

  @Field(() => VacancyMatchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyMatchFilter)
  filter?: VacancyMatchFilter;
}
