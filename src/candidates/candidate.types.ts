import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { CandidateStatus, TargetGroup } from './candidate.enums';

@ObjectType()
export class WorkExperience {
  @Field()
  title: string;

  @Field(() => Float)
  years: number;
}

@ObjectType({ description: 'Identifying data. WSP staff only; never indexed, never shown to an employer.' })
export class CandidatePersonal {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate: string | null;
}

@ObjectType()
export class ProfileGap {
  @Field({ description: 'The input field to fill in.' })
  field: string;

  @Field({ description: 'Dutch label for the screen.' })
  label: string;
}

@ObjectType({ description: 'How complete the matching profile is. Incomplete profiles are still found and ranked.' })
export class ProfileCompleteness {
  @Field(() => Int)
  percentage: number;

  @Field(() => [ProfileGap])
  missing: ProfileGap[];
}

@ObjectType({ description: 'A werkzoekende as WSP staff see them: matching profile plus personal data.' })
export class Candidate {
  @Field(() => ID)
  id: string;

  @Field(() => CandidateStatus)
  status: CandidateStatus;

  @Field(() => CandidatePersonal)
  personal: CandidatePersonal;

  @Field(() => [String], { description: 'Canonical talent codes.' })
  talents: string[];

  @Field(() => [String], { description: 'Beroepswensen: category codes.' })
  categoryWishes: string[];

  @Field(() => [WorkExperience])
  workExperience: WorkExperience[];

  @Field({ description: 'What the person can and wants to do, in a few lines.' })
  profileText: string;

  @Field(() => Taalniveau, { nullable: true })
  taalniveau: Taalniveau | null;

  @Field(() => Boolean, { nullable: true, description: 'null = not known yet.' })
  startkwalificatie: boolean | null;

  @Field(() => Opleidingsniveau, { nullable: true })
  opleidingsniveau: Opleidingsniveau | null;

  @Field(() => [Rijbewijs])
  rijbewijs: Rijbewijs[];

  @Field(() => Int, { nullable: true })
  hoursMin: number | null;

  @Field(() => Int, { nullable: true })
  hoursMax: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  availableFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Woonplaats.' })
  placeName: string | null;

  @Field(() => String, { nullable: true, description: 'Bemiddelingspostcode.' })
  postcode: string | null;

  @Field(() => Int, { nullable: true })
  maxTravelKm: number | null;

  @Field({ description: 'Registered in the doelgroepregister: counts for the banenafspraak.' })
  banenafspraak: boolean;

  @Field({ description: 'Indication: loonwaarde below minimum wage, the municipality pays the difference.' })
  loonkostensubsidie: boolean;

  @Field()
  jobcoachNeeded: boolean;

  @Field(() => String, { nullable: true })
  klantcategorie: string | null;

  @Field(() => [TargetGroup])
  targetGroups: TargetGroup[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Without paid work since.' })
  unemployedSince: string | null;

  @Field({ description: "The candidate's consent to be shown anonymised to employers." })
  visibleToEmployers: boolean;

  @Field({ description: "The consulent's agreement; both must be on for employers to see the profile." })
  consulentApprovesVisibility: boolean;

  @Field(() => ID, { nullable: true })
  matchmakerId: string | null;

  @Field(() => ProfileCompleteness)
  completeness: ProfileCompleteness;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Raised by every change; send it back as updateCandidate(input.expectedVersion).' })
  version: number;
}
