import { Entity, PrimaryColumn } from 'typeorm';

/** Two related talents (reachtruck ~ heftruck); stored with the smaller code first. */
@Entity('talent_relation')
export class TalentRelation {
  @PrimaryColumn()
  talentA: string;

  @PrimaryColumn()
  talentB: string;
}

/** The stored form of a pair: smaller code first. */
export function orderedPair(a: string, b: string): { talentA: string; talentB: string } {
  return a < b ? { talentA: a, talentB: b } : { talentA: b, talentB: a };
}
