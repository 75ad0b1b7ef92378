/**
 * What an employer (WERKGEVER) may learn from a match: job fit only (DOMAIN.md, "Visibility"). Every criterion
 * and every requirement of the scorer is declared here, next to their definitions in match-evaluation.ts. The
 * maps are typed as complete records over the scorer's lists, so a criterion or requirement added later without
 * a line here does not compile: nothing reaches an employer by default.
 */
import type { Criterion, Requirement } from './match-evaluation';

/** JOB_FIT: the employer sees the reason and it counts in the employer's score. HIDDEN: neither. */
export type CriterionVisibility = 'JOB_FIT' | 'HIDDEN';

export const CRITERION_EMPLOYER_VISIBILITY = {
  REQUIRED_TALENTS: 'JOB_FIT',
  NICE_TO_HAVE_TALENTS: 'JOB_FIT',
  /** The candidate's beroepswensen: interests, which the anonymised profile shows too. */
  CATEGORY: 'JOB_FIT',
  TAALNIVEAU: 'JOB_FIT',
  STARTKWALIFICATIE: 'JOB_FIT',
  /** Shown and scored as a coarse band only (employer-view.ts), never in km. */
  /** Years in the same kind of work: what someone has done is job fit. */
  WORK_EXPERIENCE: 'JOB_FIT',
  DISTANCE: 'JOB_FIT',
  HOURS: 'JOB_FIT',
  AVAILABILITY: 'JOB_FIT',
  /** Loonkostensubsidie, jobcoach, proefplaatsing the person needs: support needs, never the employer's to see. */
  INSTRUMENTS: 'HIDDEN',
  /** Time without work. */
  UNEMPLOYMENT_DURATION: 'HIDDEN',
} as const satisfies Record<Criterion, CriterionVisibility>;

/**
 * SHOWN: job fit; a candidate who misses only this is a near miss with the requirement named.
 * FILTER: job fit, applied, but a candidate who misses it is not shown at all, because its sentence says more
 *   than an employer may learn ("Woont 22 km van de werkplek").
 * IGNORED: about the person's situation, not the job; the employer view neither applies nor names it, so what an
 *   employer sees (who, in which order) cannot depend on it.
 */
export type RequirementVisibility = 'SHOWN' | 'FILTER' | 'IGNORED';

export const REQUIREMENT_EMPLOYER_VISIBILITY = {
  /** An employer sees active candidates only. */
  ACTIVE: 'FILTER',
  /**
   * Doelgroepregister status. Applying it would tell the employer who is in the register (compare the list for a
   * banenafspraak vacancy with the same vacancy without the flag); the WSP selects who may be proposed.
   */
  DOELGROEPREGISTER: 'IGNORED',
  AVAILABILITY: 'SHOWN',
  /** Only candidates within their own travel distance; the near-miss sentence would give the km. */
  TRAVEL_DISTANCE: 'FILTER',
  TAALNIVEAU: 'SHOWN',
  STARTKWALIFICATIE: 'SHOWN',
  RIJBEWIJS: 'SHOWN',
} as const satisfies Record<Requirement, RequirementVisibility>;

type Visible<M, V> = { [K in keyof M]: M[K] extends V ? K : never }[keyof M];

/** The criteria an employer's reasons and score may carry. */
export type EmployerCriterion = Visible<typeof CRITERION_EMPLOYER_VISIBILITY, 'JOB_FIT'>;
/** The requirements an employer's near misses may name. */
export type EmployerRequirement = Visible<typeof REQUIREMENT_EMPLOYER_VISIBILITY, 'SHOWN'>;

export function isEmployerCriterion(criterion: Criterion): criterion is EmployerCriterion {
  return CRITERION_EMPLOYER_VISIBILITY[criterion] === 'JOB_FIT';
}

export function isEmployerRequirement(requirement: Requirement): requirement is EmployerRequirement {
  return REQUIREMENT_EMPLOYER_VISIBILITY[requirement] === 'SHOWN';
}

export function requirementVisibility(requirement: Requirement): RequirementVisibility {
  return REQUIREMENT_EMPLOYER_VISIBILITY[requirement];
}
