/** Engine-neutral search requests: every engine translates these, and the contract suite holds them to it. */

export interface GeoFilter {
  lat: number;
  lon: number;
  km: number;
}

export interface CandidateFilter {
  categories?: string[];
  /** Every listed talent code must be present. */
  talents?: string[];
  minTaalniveauRank?: number;
  startkwalificatie?: boolean;
  banenafspraak?: boolean;
  loonkostensubsidie?: boolean;
  klantcategorieen?: string[];
  targetGroups?: string[];
  /** The candidate's available hours overlap [hoursMin, hoursMax]. */
  hoursMin?: number;
  hoursMax?: number;
  statuses?: string[];
  /** Available on or before this date (unknown availability is included). */
  availableBy?: string;
  within?: GeoFilter;
  /**
   * With `within`: only candidates whose own maximum travel distance reaches the centre of `within` (an unknown
   * maximum passes: missing data never hides a person). An employer sees no one further away than they would go.
   */
  withinOwnTravelDistance?: boolean;
  /**
   * Free text matches only what the anonymised profile shows (talents, beroepswensen, work experience titles),
   * not the profile text: otherwise an employer's query would be an oracle for words written there.
   */
  textOnProfileFieldsOnly?: boolean;
  /** Employer-facing searches see only profiles both the candidate and the consulent made visible. */
  visibleToEmployersOnly?: boolean;
  matchmakerId?: string;
}

export interface VacancyFilter {
  categories?: string[];
  talents?: string[];
  /** The vacancy asks at most this taalniveau (or none): "jobs this candidate's level is enough for". */
  maxTaalniveauRank?: number;
  startkwalificatieRequired?: boolean;
  banenafspraak?: boolean;
  loonkostensubsidie?: boolean;
  leerwerkplek?: boolean;
  hoursMin?: number;
  hoursMax?: number;
  statuses?: string[];
  employerId?: string;
  within?: GeoFilter;
}

/** The orders a search can ask for; the GraphQL enums CandidateSortOrder and VacancySortOrder are made from these. */
export const CANDIDATE_SORTS = ['RELEVANCE', 'NEWEST', 'DISTANCE', 'AVAILABLE_FROM'] as const;
export const VACANCY_SORTS = ['RELEVANCE', 'NEWEST', 'DISTANCE', 'CLOSING_DATE'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];
export type VacancySort = (typeof VACANCY_SORTS)[number];

export interface SearchRequest<F, S> {
  /** Free text, already trimmed and length-capped; empty = filter only. */
  text: string;
  filter: F;
  sort: S;
  /** Distance sorting needs a point; withinKm provides it. */
  offset: number;
  limit: number;
  /** Facets to count over the matching set. */
  facets: readonly string[];
}

/** Facet name -> value -> count. Booleans count the `true` rows under value "true". */
export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchHits {
  ids: string[];
  totalCount: number;
  /** False when the total and the facet counts are estimates (many matches; the page itself is exact). */
  totalCountExact: boolean;
  facets: FacetCounts;
}

export const CANDIDATE_FACETS = ['categoryWishes', 'taalniveau', 'klantcategorie', 'targetGroups', 'banenafspraak', 'loonkostensubsidie', 'startkwalificatie'] as const;
/**
 * The facets an employer gets, listed rather than subtracted, so a facet added later is staff-only until it is
 * put here: job fit only (no klantcategorie, target group, banenafspraak, loonkostensubsidie, no place).
 */
export const EMPLOYER_CANDIDATE_FACETS: readonly (typeof CANDIDATE_FACETS)[number][] = ['categoryWishes', 'taalniveau', 'startkwalificatie'];
export const VACANCY_FACETS = ['categoryCode', 'minTaalniveau', 'status', 'contractType', 'leerwerkplek', 'banenafspraak', 'loonkostensubsidie'] as const;
