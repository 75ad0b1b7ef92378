import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CandidateProfile } from '../candidates/candidate-profile.types';
import { Candidate } from '../candidates/candidate.types';
import { PageInfo } from '../graphql/pagination';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- the entity doubles as the GraphQL Vacancy type; used in field types only, never to query
import { Vacancy } from '../vacancies/vacancy.entity';
import { DistanceBand } from './distance-band';

/** What the searches answer: hits, counts, paging and facets (what they take is in search.inputs.ts). */

registerEnumType(DistanceBand, {
  name: 'DistanceBand',
  description: 'Distance as an employer may see it: binnen 5 km, 5-15 km, 15-30 km, meer dan 30 km.',
});

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts per value of one field over everything that matches (not just this page).' })
export class Facet {
  @Field()
  field: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class CandidateSearchHit {
  @Field(() => CandidateProfile)
  profile: CandidateProfile;

  @Field(() => Candidate, { nullable: true, description: 'The full record: WSP staff only, null for an employer.' })
  candidate: Candidate | null;

  @Field(() => Float, { nullable: true, description: 'Distance in km from `near.place`, when given: WSP staff only, null for an employer.' })
  distanceKm: number | null;

  @Field(() => DistanceBand, { nullable: true, description: 'Distance from `near.place` as a band, when given: what an employer sees.' })
  distanceBand: DistanceBand | null;
}

/** What both searches answer besides their hits: counts, paging, facets, the engine. */
@ObjectType({ isAbstract: true })
export abstract class SearchResultCounts {
  @Field(() => Int, { description: 'How many match; an estimate (rounded) when `totalCountExact` is false.' })
  totalCount: number;

  @Field({
    description:
      'False when so many match that the total and the facet counts are estimated from a sample (shown as "ca."); the hits and their order are always exact.',
  })
  totalCountExact: boolean;

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [Facet])
  facets: Facet[];

  @Field({ description: 'The search engine that answered.' })
  engine: string;
}

@ObjectType()
export class CandidateSearchResult extends SearchResultCounts {
  @Field(() => [CandidateSearchHit])
  nodes: CandidateSearchHit[];
}

@ObjectType()
export class VacancySearchHit {
  @Field(() => Vacancy)
  vacancy: Vacancy;

  @Field(() => Float, { nullable: true })
  distanceKm: number | null;
}

@ObjectType()
export class VacancySearchResult extends SearchResultCounts {
  @Field(() => [VacancySearchHit])
  nodes: VacancySearchHit[];
}
