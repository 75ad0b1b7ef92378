import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One ranking criterion with its live weight.' })
export class RankingCriterion {
  @Field({ description: 'The criterion code, as in match reasons.' })
  code: string;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Points, out of the sum of all weights.' })
  weight: number;

  @Field(() => Float, { description: 'Share of the total weight, 0 to 100.' })
  percentage: number;

  @Field({ description: 'What the criterion rewards, in Dutch.' })
  description: string;
}

@ObjectType({ description: 'One hard requirement: without it a candidate is not proposed (one missing = near miss).' })
export class RankingRequirement {
  @Field()
  code: string;

  @Field()
  description: string;
}

@ObjectType({ description: "How matches are ranked, in Dutch, for the municipality's algorithm register. Derived from the code's definitions." })
export class RankingExplanation {
  @Field()
  summary: string;

  @Field(() => [RankingCriterion], { description: 'Highest weight first.' })
  criteria: RankingCriterion[];

  @Field(() => [RankingRequirement])
  requirements: RankingRequirement[];

  @Field({ description: 'What happens when a profile is incomplete.' })
  missingData: string;

  @Field(() => [String], { description: 'Everything the ranking never uses: what is not stored at all, and what is stored but not read by the scorer.' })
  neverUsed: string[];

  @Field(() => [String], { description: 'Stored about a candidate, never read by the ranking (klantcategorie, statushouder, age ...).' })
  storedButNotUsed: string[];

  @Field(() => [String], { description: 'Never stored at all (gender, origin, religion, health ...).' })
  neverStored: string[];

  @Field({ description: 'All of the above as one text, ready for the register.' })
  text: string;
}
