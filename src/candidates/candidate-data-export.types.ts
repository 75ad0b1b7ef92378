import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Candidate } from './candidate.types';

@ObjectType({ description: 'What one table (or module) holds about the person.' })
export class CandidateDataSection {
  @Field({ description: 'Where it is stored: the table.' })
  source: string;

  @Field({ description: 'What it is and why it is kept, in Dutch.' })
  description: string;

  @Field(() => [String], { description: 'The stored records, each as a JSON object.' })
  records: string[];
}

@ObjectType({ description: 'Everything the service stores about one person (AVG art. 15, recht op inzage).' })
export class CandidateDataExport {
  @Field(() => ID)
  candidateId: string;

  @Field()
  exportedAt: Date;

  @Field(() => Candidate, { description: 'The profile and personal data as staff see them.' })
  candidate: Candidate;

  @Field(() => [CandidateDataSection], { description: 'Every stored record about the person, table by table.' })
  sections: CandidateDataSection[];
}
