import { CandidateEntity } from './candidate.entity';
import { Candidate } from './candidate.types';
import { profileCompleteness } from './profile-completeness';
import { targetGroupsOf } from './target-groups';

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
