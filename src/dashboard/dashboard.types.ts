import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { TargetGroup } from '../candidates/candidate.enums';
import { LocalDateScalar } from '../graphql/local-date.scalar';

@InputType()
export class WspDashboardFilter {
  @Field({ nullable: true, description: 'A municipality (Lansingerland: its towns) or a place, as in the reference list of places.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  @Field({ nullable: true, description: 'A category code: vacancies of this category, candidates who wish for it.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  categoryCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only this accounthouder’s employers (vacancy and placement figures).' })
  @IsOptional()
  @IsUUID('all', { message: 'is geen bekende accounthouder' })
  accounthouderId?: string;
}

/** Below this best score an open vacancy is a knelpunt, unless asked otherwise. */
export const DEFAULT_KNELPUNT_THRESHOLD = 0.6;

@ArgsType()
export class WspDashboardArgs {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day of the period (inclusive). Without it: the first day of the month 11 months before `to` (the last 12 calendar months).',
  })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the period (inclusive); at most 10 years after from. Without it: today.' })
  @IsOptional()
  @IsString()
  to?: string;

  @Field(() => WspDashboardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WspDashboardFilter)
  filter?: WspDashboardFilter;

  @Field(() => Float, { defaultValue: DEFAULT_KNELPUNT_THRESHOLD, description: 'Knelpunt: an open vacancy whose best eligible candidate scores below this (0..1).' })
  @IsNumber()
  @Min(0, { message: 'moet tussen 0 en 1 liggen' })
  @Max(1, { message: 'moet tussen 0 en 1 liggen' })
  knelpuntThreshold!: number;
}

@ObjectType()
export class CategoryVacancies {
  @Field(() => String, { nullable: true })
  categoryCode!: string | null;
  @Field(() => String, { nullable: true })
  categoryLabel!: string | null;
  @Field(() => Int)
  openVacancies!: number;
  @Field(() => Int, { description: 'Openings of the open vacancies.' })
  openings!: number;
  @Field(() => Int, { description: 'Openings not yet filled by a placement.' })
  openingsUnfilled!: number;
  @Field(() => Int)
  leerwerkplekken!: number;
}

@ObjectType()
export class VacancyFigures {
  @Field(() => Int)
  openVacancies!: number;
  @Field(() => Int)
  openings!: number;
  @Field(() => Int)
  openingsUnfilled!: number;
  @Field(() => Int, { description: 'Open vacancies that are a leerwerkplek.' })
  leerwerkplekkenOpen!: number;
  @Field(() => [CategoryVacancies])
  perCategory!: CategoryVacancies[];
}

@ObjectType()
export class KlantcategorieCount {
  @Field(() => String, { nullable: true, description: 'NULL: klantcategorie not recorded.' })
  code!: string | null;
  @Field()
  label!: string;
  @Field(() => Int)
  candidates!: number;
}

@ObjectType()
export class ProfileGaps {
  @Field(() => Float, { description: 'Share (0..1) of active profiles without an education level.' })
  missingOpleidingsniveau!: number;
  @Field(() => Float)
  missingTalents!: number;
  @Field(() => Float)
  missingBeroepswensen!: number;
  @Field(() => Float)
  missingTaalniveau!: number;
}

@ObjectType()
export class CandidateFigures {
  @Field(() => Int, { description: 'Active candidates (in the place and category filter; the accounthouder filter does not apply).' })
  activeCandidates!: number;
  @Field(() => [KlantcategorieCount])
  perKlantcategorie!: KlantcategorieCount[];
  @Field(() => Int)
  vijftigPlus!: number;
  @Field(() => Int)
  statushouder!: number;
  @Field(() => Int)
  jongereZonderStartkwalificatie!: number;
  @Field(() => ProfileGaps)
  profileGaps!: ProfileGaps;
}

@ObjectType()
export class FunnelStep {
  @Field({ description: 'PROPOSED, INTRODUCED, INTERVIEW, TRIAL or PLACED.' })
  step!: string;
  @Field(() => Int, { description: 'Placements proposed in the period that reached this step (by now).' })
  reached!: number;
  @Field(() => Float, { nullable: true, description: 'reached / reached of the step before (NULL for the first step or when that was 0).' })
  conversion!: number | null;
}

@ObjectType()
export class Funnel {
  @Field(() => [FunnelStep])
  steps!: FunnelStep[];
  @Field(() => Int)
  rejected!: number;
  @Field(() => Int)
  withdrawn!: number;
}

@ObjectType()
export class NazorgFigures {
  @Field(() => Int, { description: 'Placements whose check (6 or 12 months after placing) fell in the period.' })
  due!: number;
  @Field(() => Int)
  inWork!: number;
  @Field(() => Int)
  notInWork!: number;
  @Field(() => Int)
  notRecorded!: number;
  @Field(() => Float, { nullable: true, description: 'inWork / (inWork + notInWork).' })
  share!: number | null;
}

@ObjectType()
export class PlacementFigures {
  @Field(() => Int, { description: 'Placements placed in the period.' })
  placed!: number;
  @Field(() => Int, { nullable: true, description: 'Of which the candidate is in the doelgroepregister (staff only).' })
  banenafspraak!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of which with loonkostensubsidie (staff only).' })
  loonkostensubsidie!: number | null;
  @Field(() => Int)
  leerwerkplek!: number;
  @Field(() => Int, { nullable: true, description: 'Of which with a jobcoach (staff only).' })
  jobcoach!: number | null;
  @Field(() => NazorgFigures, { nullable: true, description: 'Still in work 6 months after placing (staff only).' })
  inWorkAfter6Months!: NazorgFigures | null;
  @Field(() => NazorgFigures, { nullable: true, description: 'Still in work 12 months after placing (staff only).' })
  inWorkAfter12Months!: NazorgFigures | null;
}

@ObjectType()
export class Uitstroom {
  @Field(() => Int, { description: 'People placed in the period.' })
  candidatesPlaced!: number;
  @Field(() => Int, { description: 'Active candidates now plus those placed in the period who are no longer active.' })
  candidateBase!: number;
  @Field(() => Float, { nullable: true })
  share!: number | null;
}

@ObjectType()
export class MonthFigures {
  @Field({ description: 'YYYY-MM' })
  month!: string;
  @Field(() => Int)
  proposed!: number;
  @Field(() => Int)
  placed!: number;
}

@ObjectType()
export class CategoryTiming {
  @Field(() => String, { nullable: true, description: 'NULL in the overall row.' })
  categoryCode!: string | null;
  @Field(() => String, { nullable: true })
  categoryLabel!: string | null;
  @Field(() => Float, { nullable: true, description: 'Median days from publication to the first proposal, of vacancies published in the period.' })
  medianDaysToFirstProposal!: number | null;
  @Field(() => Int)
  vacanciesWithoutProposal!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from publication to FILLED, of vacancies filled in the period.' })
  medianDaysToFill!: number | null;
  @Field(() => Int)
  filledVacancies!: number;
}

@ObjectType()
export class Timing {
  @Field(() => CategoryTiming)
  overall!: CategoryTiming;
  @Field(() => [CategoryTiming])
  perCategory!: CategoryTiming[];
}

@ObjectType()
export class Knelpunt {
  @Field(() => ID)
  vacancyId!: string;
  @Field()
  title!: string;
  @Field()
  employerName!: string;
  @Field(() => String, { nullable: true })
  categoryCode!: string | null;
  @Field(() => Int, { nullable: true })
  daysOpen!: number | null;
  @Field(() => Float, { nullable: true, description: 'Best score of an eligible candidate; NULL when nobody is eligible.' })
  bestScore!: number | null;
  @Field(() => Int)
  eligibleCandidates!: number;
}

@ObjectType()
export class Knelpunten {
  @Field(() => Int, { description: 'Open vacancies with no eligible candidate scoring at or above the threshold.' })
  count!: number;
  @Field(() => Int, { description: 'Open vacancies the matching module has not assessed since their last change (counted in neither).' })
  notYetAssessed!: number;
  @Field(() => Float)
  threshold!: number;
  @Field(() => [Knelpunt], { description: 'The longest open first, at most 20.' })
  vacancies!: Knelpunt[];
}

@ObjectType()
export class Workload {
  @Field(() => ID, { nullable: true, description: 'NULL: not assigned to anyone.' })
  userId!: string | null;
  @Field()
  displayName!: string;
  @Field(() => Int, { nullable: true, description: 'Accounthouders: their employers.' })
  employers!: number | null;
  @Field(() => Int, { nullable: true, description: 'Accounthouders: open vacancies of their employers.' })
  openVacancies!: number | null;
  @Field(() => Int, { nullable: true, description: 'Matchmakers: their active candidates.' })
  candidates!: number | null;
  @Field(() => Int)
  openPlacements!: number;
}

@ObjectType()
export class TargetGroupMonth {
  @Field()
  month!: string;
  @Field(() => Float, { nullable: true })
  shareOfProposals!: number | null;
  @Field(() => Float, { nullable: true })
  shareOfPlacements!: number | null;
}

@ObjectType()
export class Proportionality {
  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;
  @Field(() => Float, { nullable: true, description: 'Share of the active candidates (now).' })
  shareOfCandidates!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the proposals in the period.' })
  shareOfProposals!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the placements in the period.' })
  shareOfPlacements!: number | null;
  @Field(() => [TargetGroupMonth])
  perMonth!: TargetGroupMonth[];
}

@ObjectType({
  description:
    'Figures of the WSP over a period, computed from the records on each request. A WERKGEVER gets only its own ' +
    'employer’s vacancy and placement figures; the fields that describe people (candidates, instruments, nazorg, ' +
    'uitstroom, target groups) and staff workload are NULL for a WERKGEVER.',
})
export class WspDashboard {
  @Field(() => LocalDateScalar)
  from!: string;
  @Field(() => LocalDateScalar)
  to!: string;
  @Field(() => VacancyFigures, { description: 'Now (not the period).' })
  vacancies!: VacancyFigures;
  @Field(() => CandidateFigures, { nullable: true, description: 'Now (not the period). Staff only.' })
  candidates!: CandidateFigures | null;
  @Field(() => Funnel)
  funnel!: Funnel;
  @Field(() => PlacementFigures)
  placements!: PlacementFigures;
  @Field(() => Uitstroom, { nullable: true, description: 'Staff only.' })
  uitstroom!: Uitstroom | null;
  @Field(() => [MonthFigures], { description: 'Every month of the period, also those with nothing.' })
  perMonth!: MonthFigures[];
  @Field(() => Timing)
  timing!: Timing;
  @Field(() => Knelpunten)
  knelpunten!: Knelpunten;
  @Field(() => [Workload], { nullable: true, description: 'Staff only.' })
  workloadAccounthouders!: Workload[] | null;
  @Field(() => [Workload], { nullable: true, description: 'Staff only.' })
  workloadMatchmakers!: Workload[] | null;
  @Field(() => [Proportionality], { nullable: true, description: 'Staff only (seed 000: evenredige uitstroom).' })
  proportionality!: Proportionality[] | null;
}
