import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { Opleidingsniveau, Rijbewijs, Taalniveau } from '../reference-data/reference-enums.graphql';
import { CandidateEntity } from './candidate.entity';
import { WorkExperience } from './candidate.types';

/**
 * The anonymised profile an employer may see (DOMAIN.md, "Visibility"): education, talents, hours, travel
 * distance, interests. Never name, address, place, contact data, age, BSN or free text that could identify.
 */
@ObjectType({ description: 'Anonymised candidate profile: what an employer may see.' })
export class CandidateProfile {
  @Field(() => ID, { description: 'Quote this id when asking the WSP about the candidate.' })
  id: string;

  @Field(() => Opleidingsniveau, { nullable: true })
  opleidingsniveau: Opleidingsniveau | null;

  @Field(() => Boolean, { nullable: true })
  startkwalificatie: boolean | null;

  @Field(() => Taalniveau, { nullable: true })
  taalniveau: Taalniveau | null;

  @Field(() => [String])
  talents: string[];

  @Field(() => [String], { description: 'Interests: beroepswensen as category codes.' })
  categoryWishes: string[];

  @Field(() => [WorkExperience])
  workExperience: WorkExperience[];

  @Field(() => [Rijbewijs])
  rijbewijs: Rijbewijs[];

  @Field(() => Int, { nullable: true })
  hoursMin: number | null;

  @Field(() => Int, { nullable: true })
  hoursMax: number | null;

  @Field(() => Int, { nullable: true })
  maxTravelKm: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  availableFrom: string | null;
}

export function toCandidateProfile(c: CandidateEntity): CandidateProfile {
  return {
    id: c.id,
    opleidingsniveau: c.opleidingsniveau,
    startkwalificatie: c.startkwalificatie,
    taalniveau: c.taalniveau,
    talents: c.talents,
    categoryWishes: c.categoryWishes,
    workExperience: c.workExperience,
    rijbewijs: c.rijbewijs,
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    maxTravelKm: c.maxTravelKm,
    availableFrom: c.availableFrom,
  };
}
