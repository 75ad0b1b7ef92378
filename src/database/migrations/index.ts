import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Search1763900100000 } from './1763900100000-search';
import { GeoPoints1763900200000 } from './1763900200000-geo-points';
import { MatchRetrieval1763900300000 } from './1763900300000-match-retrieval';
import { CandidateSearch1763900400000 } from './1763900400000-candidate-search';
import { CandidateVisible1763900500000 } from './1763900500000-candidate-visible';
import { UserCredentialsChanged1763902000000 } from './1763902000000-user-credentials-changed';
import { AuditTrail1763903000000 } from './1763903000000-audit-trail';
import { SearchVocabularyForget1763903100000 } from './1763903100000-search-vocabulary-forget';
import { Placements1763904000000 } from './1763904000000-placements';
import { PlacementConsent1763904100000 } from './1763904100000-placement-consent';
import { Dashboard1763905000000 } from './1763905000000-dashboard';
import { TalentRelations1763906000000 } from './1763906000000-talent-relations';
import { DashboardSpeed1763908000000 } from './1763908000000-dashboard-speed';
import { DashboardChangeCounters1763910000000 } from './1763910000000-dashboard-change-counters';
import { PlacementFurthestStatus1763910100000 } from './1763910100000-placement-furthest-status';
import { CandidateSearchTravel1763911000000 } from './1763911000000-candidate-search-travel';
import { AppUserNotify1763912000000 } from './1763912000000-app-user-notify';
import { OutboxLease1763914000000 } from './1763914000000-outbox-lease';
import { AuditViewWindow1763915000000 } from './1763915000000-audit-view-window';
import { ExperienceTalents1763916000000 } from './1763916000000-experience-talents';
import { CandidateSearchScoreFacts1763917000000 } from './1763917000000-candidate-search-score-facts';

/** Every migration, in order. The same list runs on the embedded database and on a PostgreSQL server. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  Search1763900100000,
  GeoPoints1763900200000,
  MatchRetrieval1763900300000,
  CandidateSearch1763900400000,
  CandidateVisible1763900500000,
  UserCredentialsChanged1763902000000,
  AuditTrail1763903000000,
  SearchVocabularyForget1763903100000,
  Placements1763904000000,
  PlacementConsent1763904100000,
  Dashboard1763905000000,
  TalentRelations1763906000000,
  DashboardSpeed1763908000000,
  DashboardChangeCounters1763910000000,
  PlacementFurthestStatus1763910100000,
  CandidateSearchTravel1763911000000,
  AppUserNotify1763912000000,
  OutboxLease1763914000000,
  AuditViewWindow1763915000000,
  ExperienceTalents1763916000000,
  CandidateSearchScoreFacts1763917000000,
];
