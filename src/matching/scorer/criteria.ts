import { taalniveauRank } from '../../reference-data/taalniveau';
import { isUsableGeoPoint } from './geo-distance';
import { wholeMonthsBetween } from './iso-date';
import type { Criterion } from './match-evaluation';
import type { MatchFacts } from './match-facts';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import * as zin from './match-sentences';
import { MATCH_RULES } from './match-weights';

/** How far one criterion is fulfilled (0..1) and the Dutch sentence that says why. */
export interface CriterionAssessment {
  fulfilment: number;
  text: string;
}

type CriterionRule = (
  vacancy: ScorerVacancy,
  candidate: ScorerCandidate,
  facts: MatchFacts,
  context: ScorerContext,
) => CriterionAssessment;

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];
const labelOf = (label: (code: string) => string) => (code: string) => label(code) || code;

/**
 * Share of `wanted` talents the candidate has. An empty `wanted` list counts as fully met: the vacancy asks
 * nothing on this point, so every candidate is equal on it and the score keeps the same scale for every vacancy.
 */
function talentFit(
  wanted: readonly string[],
  candidate: ScorerCandidate,
  context: ScorerContext,
  kind: 'gevraagde' | 'wenselijke',
): CriterionAssessment {
  if (wanted.length === 0) {
    return { fulfilment: 1, text: kind === 'gevraagde' ? zin.GEEN_GEVRAAGDE_TALENTEN : zin.GEEN_WENSELIJKE_TALENTEN };
  }
  const label = labelOf(context.talentLabel);
  // Missing talents score 0, not "unknown": otherwise adding a talent to an empty profile could lower the score.
  if (candidate.talents.length === 0) {
    return {
      fulfilment: 0,
      text: zin.geenTalentenIngevuld(kind === 'gevraagde' ? 'gevraagd' : 'wenselijk', wanted.map(label)),
    };
  }
  const has = new Set(candidate.talents);
  const present = wanted.filter((code) => has.has(code));
  const missing = wanted.filter((code) => !has.has(code));
  return {
    fulfilment: present.length / wanted.length,
    text: zin.talentenZin(kind, present.map(label), missing.map(label)),
  };
}

function hoursRange(min: number | null, max: number | null): zin.HoursRange | null {
  const usable = (h: number | null) => (h !== null && Number.isFinite(h) && h >= 0 ? h : null);
  const lo = usable(min);
  const hi = usable(max);
  if (lo === null && hi === null) return null;
  if (lo !== null && hi !== null && lo > hi) return { min: hi, max: lo };
  return { min: lo, max: hi };
}

export const CRITERION_RULES: Readonly<Record<Criterion, CriterionRule>> = {
  TALENTEN_VEREIST: (vacancy, candidate, _facts, context) =>
    talentFit(unique(vacancy.requiredTalents), candidate, context, 'gevraagde'),

  TALENTEN_WENSELIJK: (vacancy, candidate, _facts, context) => {
    const required = new Set(vacancy.requiredTalents);
    const niceToHave = unique(vacancy.niceToHaveTalents).filter((code) => !required.has(code));
    return talentFit(niceToHave, candidate, context, 'wenselijke');
  },

  CATEGORIE: (vacancy, candidate, _facts, context) => {
    if (vacancy.categoryCode === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.VACATURE_ZONDER_CATEGORIE };
    }
    const wishes = unique(candidate.categoryWishes);
    if (wishes.length === 0) return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.GEEN_BEROEPSWENSEN };
    const label = labelOf(context.categoryLabel);
    return wishes.includes(vacancy.categoryCode)
      ? { fulfilment: 1, text: zin.pastBijBeroepswens(label(vacancy.categoryCode)) }
      : { fulfilment: 0, text: zin.buitenBeroepswensen(label(vacancy.categoryCode), wishes.map(label)) };
  },

  TAALNIVEAU: (vacancy, candidate) => {
    if (vacancy.minTaalniveau === null) return { fulfilment: 1, text: zin.geenTaaleis(candidate.taalniveau) };
    if (candidate.taalniveau === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.taalniveauOnbekend(vacancy.minTaalniveau) };
    }
    const margin = taalniveauRank(candidate.taalniveau) - taalniveauRank(vacancy.minTaalniveau);
    const fulfilment = margin < 0 ? 0 : margin === 0 ? MATCH_RULES.taalniveauAtMinimumFulfilment : 1;
    return { fulfilment, text: zin.taalniveauVergeleken(candidate.taalniveau, vacancy.minTaalniveau) };
  },

  STARTKWALIFICATIE: (vacancy, _candidate, facts) => {
    const has = facts.startkwalificatie;
    if (vacancy.leerwerkplek) {
      if (has === false) return { fulfilment: 1, text: zin.LEERWERKPLEK_ZONDER_STARTKWALIFICATIE };
      if (has === true) {
        return {
          fulfilment: MATCH_RULES.leerwerkplekWithStartkwalificatieFulfilment,
          text: zin.LEERWERKPLEK_MET_STARTKWALIFICATIE,
        };
      }
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.LEERWERKPLEK_STARTKWALIFICATIE_ONBEKEND };
    }
    if (!vacancy.startkwalificatieRequired) return { fulfilment: 1, text: zin.GEEN_STARTKWALIFICATIE_GEVRAAGD };
    if (has === true) return { fulfilment: 1, text: zin.HEEFT_STARTKWALIFICATIE };
    if (has === false) return { fulfilment: 0, text: zin.MIST_STARTKWALIFICATIE };
    return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.STARTKWALIFICATIE_ONBEKEND };
  },

  AFSTAND: (vacancy, candidate, facts) => {
    if (facts.distanceKm === null || facts.roundedDistanceKm === null) {
      return {
        fulfilment: MATCH_RULES.unknownFulfilment,
        text: zin.afstandOnbekend(isUsableGeoPoint(candidate.location), isUsableGeoPoint(vacancy.location)),
      };
    }
    const { distanceFullKm, distanceZeroKm } = MATCH_RULES;
    const fulfilment =
      facts.distanceKm <= distanceFullKm
        ? 1
        : Math.max(0, 1 - (facts.distanceKm - distanceFullKm) / (distanceZeroKm - distanceFullKm));
    const km = facts.roundedDistanceKm;
    let text: string;
    if (facts.maxTravelKm === null) text = zin.afstandZonderReisafstand(km);
    else if (km > facts.maxTravelKm) text = zin.afstandBuitenReisafstand(km, facts.maxTravelKm);
    else text = zin.afstandBinnenReisafstand(km, facts.maxTravelKm);
    return { fulfilment, text };
  },

  /**
   * Full when the two ranges overlap (some number of hours suits both). Otherwise the ratio of the nearest
   * bounds: wants at most 24 where 32 is the minimum offered gives 24/32 = 0.75.
   */
  UREN: (vacancy, candidate) => {
    const wants = hoursRange(candidate.hoursMin, candidate.hoursMax);
    const offers = hoursRange(vacancy.hoursMin, vacancy.hoursMax);
    if (wants === null || offers === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.urenOnbekend(wants, offers) };
    }
    const [wLo, wHi] = [wants.min ?? 0, wants.max ?? Infinity];
    const [oLo, oHi] = [offers.min ?? 0, offers.max ?? Infinity];
    let fulfilment: number;
    if (wLo <= oHi && oLo <= wHi) fulfilment = 1;
    else if (wHi < oLo) fulfilment = wHi / oLo;
    else fulfilment = oHi / wLo;
    return { fulfilment, text: zin.urenZin(fulfilment === 1, wants, offers) };
  },

  BESCHIKBAARHEID: (_vacancy, _candidate, facts) => {
    if (facts.availableFrom === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.BESCHIKBAARHEID_ONBEKEND };
    }
    const daysLate = Math.max(0, facts.availableFrom - facts.neededBy);
    const late = facts.availableFrom > facts.availabilityDeadline;
    return {
      fulfilment: Math.max(0, 1 - daysLate / MATCH_RULES.availabilityZeroDays),
      text: zin.beschikbaarheidZin(facts.availableFrom, facts.today, facts.startDay, late, MATCH_RULES.asapMonths),
    };
  },

  /** Share of the support the candidate needs that the vacancy offers; needing nothing counts as full. */
  INSTRUMENTEN: (vacancy, candidate) => {
    const needs: { instrument: zin.Instrument; offered: boolean }[] = [];
    if (candidate.loonkostensubsidie) {
      needs.push({
        instrument: { name: 'loonkostensubsidie', negated: 'geen loonkostensubsidie' },
        offered: vacancy.loonkostensubsidie,
      });
    }
    if (candidate.jobcoachNeeded) {
      needs.push({ instrument: { name: 'een jobcoach', negated: 'geen jobcoach' }, offered: vacancy.jobcoach });
    }
    if (candidate.proefplaatsingNeeded === true) {
      needs.push({
        instrument: { name: 'een proefplaatsing', negated: 'geen proefplaatsing' },
        offered: vacancy.proefplaatsing,
      });
    }
    if (needs.length === 0) return { fulfilment: 1, text: zin.GEEN_INSTRUMENTEN_NODIG };
    const offered = needs.filter((n) => n.offered).map((n) => n.instrument);
    const notOffered = needs.filter((n) => !n.offered).map((n) => n.instrument);
    return { fulfilment: offered.length / needs.length, text: zin.instrumentenZin(offered, notOffered) };
  },

  WERKLOOSHEIDSDUUR: (_vacancy, _candidate, facts) => {
    if (facts.unemployedSince === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: zin.WERKLOOSHEIDSDUUR_ONBEKEND };
    }
    const monthsWithoutWork = wholeMonthsBetween(facts.unemployedSince, facts.today);
    return {
      fulfilment: Math.min(1, monthsWithoutWork / MATCH_RULES.werkloosheidsduurCapMonths),
      text: zin.werkloosheidsduurZin(monthsWithoutWork),
    };
  },
};
