import type { UnmetRequirement } from './match-evaluation';
import type { MatchFacts } from './match-facts';
import type { ScorerCandidate, ScorerVacancy } from './match-input';
import {
  beyondTravelDistance,
  availabilitySentence,
  LACKS_STARTKWALIFICATIE,
  lacksRijbewijs,
  NOT_ACTIVE,
  NOT_IN_DOELGROEPREGISTER,
  taalniveauCompared,
} from './match-sentences';
import { MATCH_RULES } from './match-weights';
import { taalniveauRank } from '../../reference-data/taalniveau';

/**
 * The hard requirements, in REQUIREMENTS order. Unknown data (no location, no maxTravelKm, no taalniveau, no
 * startkwalificatie, no availableFrom) never fails a requirement: the criterion is lowered instead.
 */
export function checkRequirements(
  vacancy: ScorerVacancy,
  candidate: ScorerCandidate,
  facts: MatchFacts,
): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];

  if (!candidate.active) unmet.push({ requirement: 'ACTIVE', text: NOT_ACTIVE });

  if (vacancy.banenafspraak && !candidate.banenafspraak) {
    unmet.push({ requirement: 'DOELGROEPREGISTER', text: NOT_IN_DOELGROEPREGISTER });
  }

  if (facts.availableFrom !== null && facts.availableFrom > facts.availabilityDeadline) {
    unmet.push({
      requirement: 'AVAILABILITY',
      text: availabilitySentence(facts.availableFrom, facts.today, facts.startDay, true, MATCH_RULES.asapMonths),
    });
  }

  if (facts.roundedDistanceKm !== null && facts.maxTravelKm !== null && facts.roundedDistanceKm > facts.maxTravelKm) {
    unmet.push({
      requirement: 'TRAVEL_DISTANCE',
      text: beyondTravelDistance(facts.roundedDistanceKm, facts.maxTravelKm, facts.samePlace),
    });
  }

  if (
    vacancy.minTaalniveau !== null &&
    candidate.taalniveau !== null &&
    taalniveauRank(candidate.taalniveau) < taalniveauRank(vacancy.minTaalniveau)
  ) {
    const margin = taalniveauRank(candidate.taalniveau) - taalniveauRank(vacancy.minTaalniveau);
    unmet.push({ requirement: 'TAALNIVEAU', text: taalniveauCompared(candidate.taalniveau, vacancy.minTaalniveau, margin) });
  }

  // A leerwerkplek exists precisely for people without a startkwalificatie, so it never requires one.
  if (vacancy.startkwalificatieRequired && !vacancy.leerwerkplek && facts.startkwalificatie === false) {
    unmet.push({ requirement: 'STARTKWALIFICATIE', text: LACKS_STARTKWALIFICATIE });
  }

  if (facts.missingRijbewijs.length > 0) {
    unmet.push({ requirement: 'RIJBEWIJS', text: lacksRijbewijs(facts.missingRijbewijs) });
  }

  return unmet;
}
