/**
 * What goes into a search index: only non-identifying fields (no name, contact data, BSN or birth date). Age
 * enters only as the derived programme markers in `targetGroups`.
 */
export interface CandidateDocument {
  id: string;
  status: 'ACTIVE' | 'INACTIVE' | 'PLACED';
  talents: string[];
  /** Labels and synonyms of the talents, for free-text recall. */
  talentText: string[];
  categoryWishes: string[];
  categoryText: string[];
  workExperienceTitles: string[];
  profileText: string;
  taalniveau: string | null;
  /** 0 (A1) to 5 (C2), -1 unknown: lets "at least B1" be a range filter. */
  taalniveauRank: number;
  startkwalificatie: boolean | null;
  opleidingsniveau: string | null;
  rijbewijs: string[];
  hoursMin: number | null;
  hoursMax: number | null;
  availableFrom: string | null;
  lat: number | null;
  lon: number | null;
  maxTravelKm: number | null;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  jobcoachNeeded: boolean;
  klantcategorie: string | null;
  targetGroups: string[];
  /** Both the candidate and their consulent agreed to show the anonymised profile to employers. */
  visibleToEmployers: boolean;
  matchmakerId: string | null;
  unemployedSince: string | null;
  createdAt: string;
  version: number;
}

export interface VacancyDocument {
  id: string;
  employerId: string;
  employerName: string;
  title: string;
  description: string;
  categoryCode: string | null;
  categoryText: string[];
  requiredTalents: string[];
  niceToHaveTalents: string[];
  talentText: string[];
  minTaalniveau: string | null;
  minTaalniveauRank: number;
  startkwalificatieRequired: boolean;
  hoursMin: number;
  hoursMax: number;
  placeName: string;
  lat: number;
  lon: number;
  contractType: string;
  status: 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED';
  closingDate: string | null;
  startDate: string | null;
  leerwerkplek: boolean;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  beschutWerk: boolean;
  createdAt: string;
  version: number;
}
