/**
 * How the WSP scores a match between a vacancy and a candidate: the one place a policy officer reads and tunes.
 *
 * A match is judged in two steps.
 * 1. Hard requirements (requirements.ts) decide whether the candidate may be proposed at all: actively looking,
 *    in the doelgroepregister for a banenafspraak job, available in time, within their own travel distance, the
 *    required taalniveau, a startkwalificatie where required (never for a leerwerkplek) and the required
 *    rijbewijs. Unknown data never fails a requirement; it lowers the criterion below and the reason says what
 *    to ask. A candidate who misses exactly one requirement is still scored, so a near miss can be shown.
 * 2. Criteria rank the candidates, after one question first: can the person do the job at all (a required talent,
 *    a related talent, or related work experience; see job-fit.ts)? Everyone who can ranks above everyone who
 *    cannot, whatever the other criteria say. Each criterion is fulfilled for a fraction between 0 and 1 and carries a
 *    weight. score = sum(weight x fulfilment) / sum(weights), so the score runs from 0 to 1 and every reason
 *    shows its own part of it. The default weights add up to 100: read each as "points out of 100".
 *
 * Never part of a match: age, birth date, gender, origin, nationality, statushouder, klantcategorie, health.
 * The scorer does not receive them (Dutch law forbids age discrimination; the policy ranks on potential, not on
 * the category label). Time without work is the one history-based criterion, and it can only lift a candidate.
 */
import type { Criterion } from './match-evaluation';
import { CRITERIA } from './match-evaluation';

export type MatchWeights = Readonly<Record<Criterion, number>>;

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  /**
   * Share of the vacancy's required talents the candidate has. The core question: can this person do the job?
   * A talent shown by a job they did counts as had; a related talent (reference data) counts for part.
   */
  REQUIRED_TALENTS: 30,
  /**
   * Years in the same kind of work (a job that used a talent the vacancy asks for), less for related work or the
   * same sector; full from experienceFullYears. What someone has done is the best sign of what they can do.
   */
  WORK_EXPERIENCE: 12,
  /** Share of the nice-to-have talents the candidate has. Helps choose between people who can all do the job. */
  NICE_TO_HAVE_TALENTS: 6,
  /** The vacancy's category is one of the candidate's beroepswensen. Motivation keeps people in work. */
  CATEGORY: 10,
  /**
   * Dutch language level against the vacancy's minimum. Meeting the minimum gives most of the points, one level
   * above gives all: a margin makes the start easier, but we do not want to favour fluent speakers heavily.
   */
  TAALNIVEAU: 6,
  /**
   * Startkwalificatie. For a leerwerkplek the points go to the candidate WITHOUT one (that is who it is for);
   * otherwise to the candidate who has one when the vacancy asks for it.
   */
  STARTKWALIFICATIE: 3,
  /** Home close to the workplace ("zoek het dichtbij"): short commutes make placements last. */
  DISTANCE: 10,
  /**
   * How much of the job's hours the candidate can work (or how much of the hours they want the job gives).
   * Weighed as heavily as experience: someone who can do half the hours cannot take the job as it is.
   */
  HOURS: 12,
  /** Available on time: from the start date, or right away when the vacancy is "as soon as possible". */
  AVAILABILITY: 3,
  /**
   * The vacancy offers the support the candidate needs (loonkostensubsidie, jobcoach, proefplaatsing).
   * Without that support the placement is unlikely to last.
   */
  INSTRUMENTS: 5,
  /**
   * Time without work: a SMALL bonus that grows until 24 months and then stays, so the long-term unemployed
   * are not left at the bottom of the list (the seeds' "sluitende aanpak"). Kept small so it never outweighs
   * being able to do the job.
   */
  UNEMPLOYMENT_DURATION: 3,
};

/** The other policy choices inside the criteria and requirements, in one place. */
export const MATCH_RULES = {
  /** Fulfilment of a criterion whose data is unknown (incomplete profile): half. Missing data lowers, never hides. */
  unknownFulfilment: 0.5,
  /** TAALNIVEAU fulfilment when the candidate meets the minimum exactly; one level or more above gives 1. */
  taalniveauAtMinimumFulfilment: 0.75,
  /** STARTKWALIFICATIE fulfilment for a leerwerkplek when the candidate already has a startkwalificatie. */
  leerwerkplekWithStartkwalificatieFulfilment: 0.25,
  /** DISTANCE: full points up to this distance (a short cycle ride)... */
  distanceFullKm: 5,
  /** ...then linearly less, down to nothing at this distance. */
  distanceZeroKm: 40,
  /** A vacancy without a start date (or one that has passed) must be filled within this many months. */
  asapMonths: 3,
  /** AVAILABILITY: linearly less per day the candidate is available later than needed, 0 at this many days. */
  availabilityZeroDays: 182,
  /** UNEMPLOYMENT_DURATION: the bonus grows with each month without work up to this many months (2 years). */
  werkloosheidsduurCapMonths: 24,
  /** A related talent (reachtruck for heftruck) counts for this share of the talent itself. */
  relatedTalentCredit: 0.5,
  /** WORK_EXPERIENCE: years counted per year of each kind of job (same work, related work, same sector)... */
  experienceCredit: { zelfde: 1, verwant: 0.5, sector: 0.5 },
  /** ...and full points from this many counted years. */
  experienceFullYears: 2,
  /**
   * HOURS: the share of the job's hours the candidate can work (or of the hours they want that the job gives),
   * raised to this power, so half the hours gives a quarter of the points: the job cannot be done as it is.
   */
  hoursShareExponent: 2,
  /** HOURS: from this share on, the hours "passen bijna" (the employer can often meet it). */
  hoursNearlyShare: 0.85,
  /**
   * A good match: can do the job (some required talent, related talent or related experience; for a leerwerkplek,
   * without startkwalificatie) and at least this score. Below it the result says no good match exists; a near
   * miss must be good but for its one requirement.
   */
  goodMatchMinScore: 0.5,
} as const;

/** Throws when weights are unusable: every criterion needs a finite weight >= 0, and at least one above 0. */
export function assertValidMatchWeights(weights: MatchWeights): void {
  let total = 0;
  for (const criterion of CRITERIA) {
    const weight = weights[criterion];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new Error(`Match weight for ${criterion} must be a finite number >= 0, got ${String(weight)}`);
    }
    total += weight;
  }
  if (total <= 0) {
    throw new Error('At least one match weight must be above 0');
  }
}
