import { registerEnumType } from '@nestjs/graphql';

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

registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'Step of a voordracht.',
  valuesMap: {
    PROPOSED: { description: 'Voorgedragen: de WSP stelt de kandidaat voor.' },
    INTRODUCED: { description: 'Voorgesteld aan de werkgever.' },
    INTERVIEW: { description: 'Sollicitatiegesprek.' },
    TRIAL: { description: 'Proefplaatsing.' },
    PLACED: { description: 'Geplaatst.' },
    REJECTED: { description: 'Afgewezen.' },
    WITHDRAWN: { description: 'Teruggetrokken.' },
  },
});

registerEnumType(IntroductionRequestStatus, {
  name: 'IntroductionRequestStatus',
  valuesMap: {
    OPEN: { description: 'Wacht op de matchmaker.' },
    ACCEPTED: { description: 'Kandidaat heeft toestemming gegeven; de voordracht is gestart.' },
    DECLINED: { description: 'Afgewezen, met een reden voor de werkgever.' },
  },
});
