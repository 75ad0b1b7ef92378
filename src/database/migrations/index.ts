import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Search1763900100000 } from './1763900100000-search';
import { GeoPoints1763900200000 } from './1763900200000-geo-points';
import { MatchRetrieval1763900300000 } from './1763900300000-match-retrieval';
import { CandidateSearch1763900400000 } from './1763900400000-candidate-search';
import { CandidateVisible1763900500000 } from './1763900500000-candidate-visible';
import { TalentRelations1763906000000 } from './1763906000000-talent-relations';

/** Every migration, in order. The same list runs on the embedded database and on a PostgreSQL server. */
export const MIGRATIONS = [InitialSchema1763900000000, Search1763900100000, GeoPoints1763900200000, MatchRetrieval1763900300000, CandidateSearch1763900400000, CandidateVisible1763900500000, TalentRelations1763906000000];
