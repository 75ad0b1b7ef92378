import { CandidateEntity } from './candidate.entity';
import { TargetGroup } from './candidate.enums';
import { Candidate } from './candidate.types';
import { profileCompleteness } from './profile-completeness';

export function targetGroupsOf(c: Pick<CandidateEntity, 'statushouder' | 'vijftigPlus' | 'jongere' | 'startkwalificatie'>): TargetGroup[] {
  const groups: TargetGroup[] = [];
  if (c.statushouder) groups.push(TargetGroup.STATUSHOUDER);
  if (c.vijftigPlus) groups.push(TargetGroup.VIJFTIG_PLUS);
  if (c.jongere && c.startkwalificatie === false) groups.push(TargetGroup.JONGERE_ZONDER_STARTKWALIFICATIE);
  return groups;
}

/** Staff view of a candidate: the profile row plus its personal row. */
export function toCandidate(entity: CandidateEntity): Candidate {
  const { personal, klantcategorieCode, statushouder: _s, jongere: _j, vijftigPlus: _v, lat: _lat, lon: _lon, ...profile } =
    entity;
  return {
    ...profile,
    personal: {
      firstName: personal?.firstName ?? '',
      lastName: personal?.lastName ?? '',
      email: personal?.email ?? null,
      phone: personal?.phone ?? null,
      birthDate: personal?.birthDate ?? null,
    },
    klantcategorie: klantcategorieCode,
    targetGroups: targetGroupsOf(entity),
    completeness: profileCompleteness(entity),
  };
}
