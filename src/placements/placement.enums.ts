/** The steps of a voordracht. PLACED, REJECTED and WITHDRAWN are final. */
export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  INTRODUCED = 'INTRODUCED',
  INTERVIEW = 'INTERVIEW',
  TRIAL = 'TRIAL',
  PLACED = 'PLACED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum IntroductionRequestStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}



/**
 * Why a voordracht ended without a placement. A short list so the dashboard can count reasons; OTHER asks for a
 * note. The Dutch description is what a person reads.
 */
export enum PlacementCloseReason {
  SKILLS_MISMATCH = 'SKILLS_MISMATCH',
  OTHER_CANDIDATE_CHOSEN = 'OTHER_CANDIDATE_CHOSEN',
  TRIAL_UNSUCCESSFUL = 'TRIAL_UNSUCCESSFUL',
  VACANCY_ENDED = 'VACANCY_ENDED',
  CANDIDATE_DECLINED = 'CANDIDATE_DECLINED',
  CANDIDATE_FOUND_OTHER_WORK = 'CANDIDATE_FOUND_OTHER_WORK',
  CANDIDATE_UNAVAILABLE = 'CANDIDATE_UNAVAILABLE',
  OTHER = 'OTHER',
}

export const CLOSE_REASON_LABELS: Record<PlacementCloseReason, string> = {
  SKILLS_MISMATCH: 'Kennis of vaardigheden sluiten onvoldoende aan bij de functie',
  OTHER_CANDIDATE_CHOSEN: 'De werkgever heeft voor een andere kandidaat gekozen',
  TRIAL_UNSUCCESSFUL: 'De proefplaatsing is niet geslaagd',
  VACANCY_ENDED: 'De vacature is ingetrokken of al vervuld',
  CANDIDATE_DECLINED: 'De kandidaat ziet af van deze functie',
  CANDIDATE_FOUND_OTHER_WORK: 'De kandidaat heeft ander werk gevonden',
  CANDIDATE_UNAVAILABLE: 'De kandidaat is (tijdelijk) niet beschikbaar',
  OTHER: 'Andere reden (zie de toelichting)',
};
