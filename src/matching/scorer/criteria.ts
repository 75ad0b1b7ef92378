import { taalniveauRank } from '../../reference-data/taalniveau';
import { isUsableGeoPoint } from './geo-distance';
import { wholeMonthsBetween } from './iso-date';
import type { Criterion } from './match-evaluation';
import type { MatchFacts } from './match-facts';
import { coverTalents, TALENT_CREDIT } from './job-fit';
import type { ExperienceFit, TalentCover } from './job-fit';
import type { ScorerCandidate, ScorerContext, ScorerVacancy } from './match-input';
import * as sentence from './match-sentences';
import { MATCH_RULES } from './match-weights';

/**
 * How far one criterion is fulfilled (0..1) and the Dutch sentence that says why. The sentence is written only
 * when someone reads it: a match request scores a pool of hundreds and shows twenty (evaluateMatch keeps it).
 */
export interface CriterionAssessment {
  fulfilment: number;
  text: () => string;
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
 * Share of `wanted` talents the candidate covers: on the profile or shown by a job they did (full), or through a
 * related talent from the reference data (MATCH_RULES.relatedTalentCredit, the relation named). An empty
 * `wanted` list counts as fully met: the vacancy asks nothing on this point, so every candidate is equal on it
 * and the score keeps the same scale for every vacancy.
 */
function talentFit(
  covers: readonly TalentCover[],
  candidate: ScorerCandidate,
  context: ScorerContext,
  kind: 'gevraagde' | 'wenselijke',
): CriterionAssessment {
  if (covers.length === 0) {
    return { fulfilment: 1, text: () => (kind === 'gevraagde' ? sentence.NO_REQUIRED_TALENTS : sentence.NO_NICE_TO_HAVE_TALENTS) };
  }
  const label = labelOf(context.talentLabel);
  // Missing talents score 0, not "unknown": otherwise adding a talent to an empty profile could lower the score.
  if (candidate.talents.length === 0 && covers.every((c) => c.via === 'geen')) {
    return {
      fulfilment: 0,
      text: () => sentence.noTalentsEntered(kind === 'gevraagde' ? 'gevraagd' : 'wenselijk', covers.map((c) => label(c.code))),
    };
  }
  const credit = covers.reduce((sum, c) => sum + TALENT_CREDIT[c.via], 0);
  const text = () => {
    const present: sentence.CoveredTalent[] = [];
    const related: sentence.RelatedTalent[] = [];
    const missing: string[] = [];
    for (const cover of covers) {
      if (cover.via === 'profiel') present.push({ label: label(cover.code) });
      else if (cover.via === 'ervaring') present.push({ label: label(cover.code), how: `uit werkervaring als ${cover.title}` });
      else if (cover.via === 'verwant') related.push({ label: label(cover.code), fromLabel: label(cover.from) });
      else missing.push(label(cover.code));
    }
    return sentence.talentsSentence(kind, present, missing, related);
  };
  return { fulfilment: credit / covers.length, text };
}

const EXPERIENCE_KIND: Readonly<Record<ExperienceFit['kind'], (fit: ExperienceFit, label: (code: string) => string, category: string) => string>> = {
  zelfde: () => 'hetzelfde soort werk',
  verwant: (fit, label) => `verwant werk (${label(fit.relation!.from)}, verwant aan ${label(fit.relation!.to)})`,
  sector: (_fit, _label, category) => `dezelfde sector (${category})`,
};

function hoursRange(min: number | null, max: number | null): sentence.HoursRange | null {
  const usable = (h: number | null) => (h !== null && Number.isFinite(h) && h >= 0 ? h : null);
  const lo = usable(min);
  const hi = usable(max);
  if (lo === null && hi === null) return null;
  if (lo !== null && hi !== null && lo > hi) return { min: hi, max: lo };
  return { min: lo, max: hi };
}

export const CRITERION_RULES: Readonly<Record<Criterion, CriterionRule>> = {
  REQUIRED_TALENTS: (_vacancy, candidate, facts, context) => talentFit(facts.requiredCovers, candidate, context, 'gevraagde'),

  /** Years in the same kind of work count fully, related work and the same sector for part; full from experienceFullYears. */
  WORK_EXPERIENCE: (vacancy, candidate, facts, context) => {
    const recorded = (candidate.experience ?? []).filter((e) => Number.isFinite(e.years) && e.years > 0);
    if (recorded.length === 0) return { fulfilment: 0, text: () => sentence.NO_WORK_EXPERIENCE_ENTERED };
    if (facts.experienceFits.length === 0) {
      return { fulfilment: 0, text: () => sentence.noFittingWorkExperience(unique(recorded.map((e) => e.title))) };
    }
    const counted = facts.experienceFits.reduce((sum, f) => sum + f.countedYears, 0);
    const fulfilment = Math.min(1, counted / MATCH_RULES.experienceFullYears);
    const text = () => {
      const label = labelOf(context.talentLabel);
      const category = vacancy.categoryCode === null ? '' : labelOf(context.categoryLabel)(vacancy.categoryCode);
      const parts = facts.experienceFits.map((fit) => ({
        title: fit.experience.title,
        years: fit.experience.years,
        kind: EXPERIENCE_KIND[fit.kind](fit, label, category),
      }));
      return sentence.workExperienceSentence(parts, fulfilment >= 1);
    };
    return { fulfilment, text };
  },

  NICE_TO_HAVE_TALENTS: (vacancy, candidate, _facts, context) => {
    const required = new Set(vacancy.requiredTalents);
    const niceToHave = unique(vacancy.niceToHaveTalents).filter((code) => !required.has(code));
    return talentFit(coverTalents(niceToHave, candidate, context), candidate, context, 'wenselijke');
  },

  CATEGORY: (vacancy, candidate, _facts, context) => {
    const category = vacancy.categoryCode;
    if (category === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.VACANCY_WITHOUT_CATEGORY };
    }
    const wishes = unique(candidate.categoryWishes);
    if (wishes.length === 0) return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.NO_BEROEPSWENSEN };
    const label = labelOf(context.categoryLabel);
    return wishes.includes(category)
      ? { fulfilment: 1, text: () => sentence.fitsBeroepswens(label(category)) }
      : { fulfilment: 0, text: () => sentence.outsideBeroepswensen(label(category), wishes.map(label)) };
  },

  TAALNIVEAU: (vacancy, candidate) => {
    const [has, asked] = [candidate.taalniveau, vacancy.minTaalniveau];
    if (asked === null) return { fulfilment: 1, text: () => sentence.noTaalniveauAsked(has) };
    if (has === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.taalniveauUnknown(asked) };
    }
    const margin = taalniveauRank(has) - taalniveauRank(asked);
    const fulfilment = margin < 0 ? 0 : margin === 0 ? MATCH_RULES.taalniveauAtMinimumFulfilment : 1;
    return { fulfilment, text: () => sentence.taalniveauCompared(has, asked, margin) };
  },

  STARTKWALIFICATIE: (vacancy, _candidate, facts) => {
    const has = facts.startkwalificatie;
    if (vacancy.leerwerkplek) {
      if (has === false) return { fulfilment: 1, text: () => sentence.LEERWERKPLEK_WITHOUT_STARTKWALIFICATIE };
      if (has === true) {
        return {
          fulfilment: MATCH_RULES.leerwerkplekWithStartkwalificatieFulfilment,
          text: () => sentence.LEERWERKPLEK_WITH_STARTKWALIFICATIE,
        };
      }
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.LEERWERKPLEK_STARTKWALIFICATIE_UNKNOWN };
    }
    if (!vacancy.startkwalificatieRequired) return { fulfilment: 1, text: () => sentence.NO_STARTKWALIFICATIE_ASKED };
    if (has === true) return { fulfilment: 1, text: () => sentence.HAS_STARTKWALIFICATIE };
    if (has === false) return { fulfilment: 0, text: () => sentence.LACKS_STARTKWALIFICATIE };
    return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.STARTKWALIFICATIE_UNKNOWN };
  },

  DISTANCE: (vacancy, candidate, facts) => {
    if (facts.distanceKm === null || facts.roundedDistanceKm === null) {
      return {
        fulfilment: MATCH_RULES.unknownFulfilment,
        text: () => sentence.distanceUnknown(isUsableGeoPoint(candidate.location), isUsableGeoPoint(vacancy.location)),
      };
    }
    const { distanceFullKm, distanceZeroKm } = MATCH_RULES;
    const fulfilment =
      facts.distanceKm <= distanceFullKm
        ? 1
        : Math.max(0, 1 - (facts.distanceKm - distanceFullKm) / (distanceZeroKm - distanceFullKm));
    const km = facts.roundedDistanceKm;
    const limit = facts.maxTravelKm;
    const text = () =>
      limit === null
        ? sentence.distanceWithoutTravelLimit(km, facts.samePlace)
        : km > limit
          ? sentence.beyondTravelDistance(km, limit, facts.samePlace)
          : sentence.withinTravelDistance(km, limit, facts.samePlace);
    return { fulfilment, text };
  },

  /**
   * Full when the two ranges overlap (some number of hours suits both). Otherwise how much of the job the
   * candidate can do (can work at most 12 where 20 is the minimum: 12/20) or how much of the hours they want the
   * job gives (wants at least 32, the job gives at most 24: 24/32), raised to MATCH_RULES.hoursShareExponent:
   * half the hours gives a quarter of the points.
   */
  HOURS: (vacancy, candidate) => {
    const wants = hoursRange(candidate.hoursMin, candidate.hoursMax);
    const offers = hoursRange(vacancy.hoursMin, vacancy.hoursMax);
    if (wants === null || offers === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.hoursUnknown(wants, offers) };
    }
    const [wLo, wHi] = [wants.min ?? 0, wants.max ?? Infinity];
    const [oLo, oHi] = [offers.min ?? 0, offers.max ?? Infinity];
    if (wLo <= oHi && oLo <= wHi) return { fulfilment: 1, text: () => sentence.hoursFit(wants, offers) };
    const tooFew = wHi < oLo;
    const share = tooFew ? wHi / oLo : oHi / wLo;
    return {
      fulfilment: share ** MATCH_RULES.hoursShareExponent,
      text: () => sentence.hoursDoNotFit(wants, offers, tooFew, share, share >= MATCH_RULES.hoursNearlyShare),
    };
  },

  AVAILABILITY: (_vacancy, _candidate, facts) => {
    const availableFrom = facts.availableFrom;
    if (availableFrom === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.AVAILABILITY_UNKNOWN };
    }
    const daysLate = Math.max(0, availableFrom - facts.neededBy);
    const late = availableFrom > facts.availabilityDeadline;
    return {
      fulfilment: Math.max(0, 1 - daysLate / MATCH_RULES.availabilityZeroDays),
      text: () => sentence.availabilitySentence(availableFrom, facts.today, facts.startDay, late, MATCH_RULES.asapMonths),
    };
  },

  /** Share of the support the candidate needs that the vacancy offers; needing nothing counts as full. */
  INSTRUMENTS: (vacancy, candidate) => {
    const needs: { instrument: sentence.Instrument; offered: boolean }[] = [];
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
    if (needs.length === 0) return { fulfilment: 1, text: () => sentence.NO_INSTRUMENTS_NEEDED };
    const offered = needs.filter((n) => n.offered).map((n) => n.instrument);
    const notOffered = needs.filter((n) => !n.offered).map((n) => n.instrument);
    return { fulfilment: offered.length / needs.length, text: () => sentence.instrumentsSentence(offered, notOffered) };
  },

  UNEMPLOYMENT_DURATION: (_vacancy, _candidate, facts) => {
    if (facts.unemployedSince === null) {
      return { fulfilment: MATCH_RULES.unknownFulfilment, text: () => sentence.UNEMPLOYMENT_DURATION_UNKNOWN };
    }
    const monthsWithoutWork = wholeMonthsBetween(facts.unemployedSince, facts.today);
    return {
      fulfilment: Math.min(1, monthsWithoutWork / MATCH_RULES.werkloosheidsduurCapMonths),
      text: () => sentence.unemploymentDurationSentence(monthsWithoutWork),
    };
  },
};
