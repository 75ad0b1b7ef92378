import dayjs from 'dayjs';
import { addMonths } from './placement-period';

/** A proefplaatsing lasts at most this long, or up to the extended maximum with a recorded reason. */
export const TRIAL_MAX_MONTHS = 2;
export const TRIAL_EXTENDED_MAX_MONTHS = 6;

export interface InstrumentsState {
  loonkostensubsidie: boolean;
  loonwaardePct: number | null;
  jobcoach: boolean;
  noRiskpolis: boolean;
  trialStart: string | null;
  trialEnd: string | null;
  trialExtensionReason: string | null;
  opleidingSchool: string | null;
  opleidingCrebo: string | null;
}

/** A real calendar date written YYYY-MM-DD (dayjs would roll 2026-02-30 over to March, so compare back). */
function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/** The last day a proefplaatsing starting on `start` may run for `months` calendar months (clamped to month end). */
export function trialLimit(start: string, months: number): string {
  return addMonths(start, months);
}

/**
 * What is wrong with a placement's instruments as they would be after the change (the merged state, so a
 * change of one field is checked against the others). `prefix` names the input, e.g. "input".
 */
export function instrumentProblems(s: InstrumentsState, context: { leerwerkplek: boolean }, prefix = 'input'): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const field = (name: string) => `${prefix}.${name}`;
  if (s.loonwaardePct != null && (!Number.isInteger(s.loonwaardePct) || s.loonwaardePct < 0 || s.loonwaardePct > 100)) {
    problems.push({ field: field('loonwaardePct'), message: 'must be a whole percentage from 0 to 100' });
  } else if (s.loonwaardePct != null && !s.loonkostensubsidie) {
    problems.push({ field: field('loonwaardePct'), message: 'belongs to loonkostensubsidie: set loonkostensubsidie to true' });
  } else if (s.loonkostensubsidie && s.loonwaardePct == null) {
    problems.push({ field: field('loonwaardePct'), message: 'is required with loonkostensubsidie (the outcome of the loonwaardebepaling)' });
  }

  const datesValid = (['trialStart', 'trialEnd'] as const).every((key) => {
    const value = s[key];
    if (value != null && !isIsoDate(value)) {
      problems.push({ field: field(key), message: 'must be a date YYYY-MM-DD' });
      return false;
    }
    return true;
  });
  if ((s.trialStart == null) !== (s.trialEnd == null)) {
    problems.push({ field: field(s.trialStart == null ? 'trialStart' : 'trialEnd'), message: 'a proefplaatsing needs both a start and an end date' });
  } else if (s.trialStart && s.trialEnd && datesValid) {
    if (s.trialEnd < s.trialStart) {
      problems.push({ field: field('trialEnd'), message: `must not be before trialStart (${s.trialStart})` });
    } else if (s.trialEnd > trialLimit(s.trialStart, TRIAL_EXTENDED_MAX_MONTHS)) {
      problems.push({
        field: field('trialEnd'),
        message: `a proefplaatsing lasts at most ${TRIAL_EXTENDED_MAX_MONTHS} months (until ${trialLimit(s.trialStart, TRIAL_EXTENDED_MAX_MONTHS)})`,
      });
    } else if (s.trialEnd > trialLimit(s.trialStart, TRIAL_MAX_MONTHS) && !s.trialExtensionReason?.trim()) {
      problems.push({
        field: field('trialExtensionReason'),
        message: `is required for a proefplaatsing longer than ${TRIAL_MAX_MONTHS} months (beyond ${trialLimit(s.trialStart, TRIAL_MAX_MONTHS)})`,
      });
    }
  }
  if (s.trialExtensionReason && s.trialStart == null) {
    problems.push({ field: field('trialExtensionReason'), message: 'belongs to a proefplaatsing: set trialStart and trialEnd' });
  }

  const opleiding = s.opleidingSchool != null || s.opleidingCrebo != null;
  if (opleiding && !context.leerwerkplek) {
    problems.push({ field: field(s.opleidingSchool != null ? 'opleidingSchool' : 'opleidingCrebo'), message: 'an opleiding belongs to a leerwerkplek, and this vacancy is not one' });
  } else if (opleiding && (s.opleidingSchool == null || s.opleidingCrebo == null)) {
    problems.push({ field: field(s.opleidingSchool == null ? 'opleidingSchool' : 'opleidingCrebo'), message: 'an opleiding needs both the school and the crebo number or course' });
  }
  return problems;
}
