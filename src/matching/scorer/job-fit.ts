import type { ScorerCandidate, ScorerContext, ScorerExperience, ScorerVacancy } from './match-input';
import { MATCH_RULES } from './match-weights';

/** How the candidate covers one talent the vacancy asks for. */
export type TalentCover =
  | { code: string; via: 'profiel' }
  | { code: string; via: 'ervaring'; title: string }
  | { code: string; via: 'verwant'; from: string }
  | { code: string; via: 'geen' };

/** How one job of the candidate relates to the vacancy. */
export interface ExperienceFit {
  experience: ScorerExperience;
  /** 'zelfde': the job used a talent the vacancy asks for; 'verwant': a related talent; 'sector': same category. */
  kind: 'zelfde' | 'verwant' | 'sector';
  /** For 'verwant': the candidate's talent and the vacancy's talent it is related to. */
  relation?: { from: string; to: string };
  /** years x the credit for the kind (MATCH_RULES.experienceCredit). */
  countedYears: number;
}

export const TALENT_CREDIT: Readonly<Record<TalentCover['via'], number>> = {
  profiel: 1,
  ervaring: 1,
  verwant: MATCH_RULES.relatedTalentCredit,
  geen: 0,
};

const validYears = (years: number) => (Number.isFinite(years) && years > 0 ? years : 0);

/**
 * Each wanted talent, and how the candidate covers it: on the profile, shown by a job they did (its title stands
 * for the talent), or only through a related talent (partial credit, the relation named).
 */
export function coverTalents(wanted: readonly string[], candidate: ScorerCandidate, context: ScorerContext): TalentCover[] {
  const own = new Set(candidate.talents);
  const related = context.relatedTalents ?? (() => []);
  const experience = (candidate.experience ?? []).filter((e) => validYears(e.years) > 0);
  return wanted.map((code): TalentCover => {
    if (own.has(code)) return { code, via: 'profiel' };
    const job = experience.find((e) => e.talents.includes(code));
    if (job) return { code, via: 'ervaring', title: job.title };
    const relatives = related(code);
    // Stable choice: the first of the candidate's own talents in their order, then of their jobs' talents.
    const from =
      candidate.talents.find((t) => relatives.includes(t)) ??
      experience.flatMap((e) => e.talents).find((t) => relatives.includes(t));
    return from ? { code, via: 'verwant', from } : { code, via: 'geen' };
  });
}

/**
 * The jobs that count for this vacancy, best kind first: the same work (a talent the vacancy asks for), related
 * work (a talent related to a required one), or the same sector (the vacancy's category). A job counts once, for
 * its best kind.
 */
export function fitExperience(vacancy: ScorerVacancy, candidate: ScorerCandidate, context: ScorerContext): ExperienceFit[] {
  const wanted = [...vacancy.requiredTalents, ...vacancy.niceToHaveTalents];
  const related = context.relatedTalents ?? (() => []);
  const fits: ExperienceFit[] = [];
  for (const experience of candidate.experience ?? []) {
    const years = validYears(experience.years);
    if (years === 0) continue;
    if (experience.talents.some((t) => wanted.includes(t))) {
      fits.push({ experience, kind: 'zelfde', countedYears: years * MATCH_RULES.experienceCredit.zelfde });
      continue;
    }
    const to = vacancy.requiredTalents.find((r) => experience.talents.some((t) => related(r).includes(t)));
    if (to) {
      const from = experience.talents.find((t) => related(to).includes(t))!;
      fits.push({ experience, kind: 'verwant', relation: { from, to }, countedYears: years * MATCH_RULES.experienceCredit.verwant });
      continue;
    }
    if (vacancy.categoryCode !== null && experience.categories.includes(vacancy.categoryCode)) {
      fits.push({ experience, kind: 'sector', countedYears: years * MATCH_RULES.experienceCredit.sector });
    }
  }
  const order = { zelfde: 0, verwant: 1, sector: 2 };
  return fits.sort((a, b) => order[a.kind] - order[b.kind] || b.countedYears - a.countedYears);
}
