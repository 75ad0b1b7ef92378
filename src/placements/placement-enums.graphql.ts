import { registerEnumType } from '@nestjs/graphql';
import { CLOSE_REASON_LABELS, IntroductionRequestStatus, PlacementCloseReason, PlacementStatus } from './placement.enums';

/** The placement enums as GraphQL types, with the Dutch descriptions a person reads. */
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

registerEnumType(PlacementCloseReason, {
  name: 'PlacementCloseReason',
  description: 'Why a voordracht ended without a placement (REJECTED or WITHDRAWN).',
  valuesMap: Object.fromEntries(Object.entries(CLOSE_REASON_LABELS).map(([key, description]) => [key, { description }])),
});
