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
    problems.push({ field: field('loonwaardePct'), message: 'moet een heel percentage van 0 tot en met 100 zijn' });
  } else if (s.loonwaardePct != null && !s.loonkostensubsidie) {
    problems.push({ field: field('loonwaardePct'), message: 'hoort bij loonkostensubsidie: zet loonkostensubsidie aan' });
  } else if (s.loonkostensubsidie && s.loonwaardePct == null) {
    problems.push({ field: field('loonwaardePct'), message: 'is verplicht bij loonkostensubsidie (de uitkomst van de loonwaardebepaling)' });
  }

  const datesValid = (['trialStart', 'trialEnd'] as const).every((key) => {
    const value = s[key];
    if (value != null && !isIsoDate(value)) {
      problems.push({ field: field(key), message: 'moet een datum zijn (jjjj-mm-dd)' });
      return false;
    }
    return true;
  });
  if ((s.trialStart == null) !== (s.trialEnd == null)) {
    problems.push({ field: field(s.trialStart == null ? 'trialStart' : 'trialEnd'), message: 'een proefplaatsing heeft een begin- en een einddatum nodig' });
  } else if (s.trialStart && s.trialEnd && datesValid) {
    if (s.trialEnd < s.trialStart) {
      problems.push({ field: field('trialEnd'), message: `mag niet voor de begindatum liggen (${s.trialStart})` });
    } else if (s.trialEnd > trialLimit(s.trialStart, TRIAL_EXTENDED_MAX_MONTHS)) {
      problems.push({
        field: field('trialEnd'),
        message: `een proefplaatsing duurt hoogstens ${TRIAL_EXTENDED_MAX_MONTHS} maanden (tot ${trialLimit(s.trialStart, TRIAL_EXTENDED_MAX_MONTHS)})`,
      });
    } else if (s.trialEnd > trialLimit(s.trialStart, TRIAL_MAX_MONTHS) && !s.trialExtensionReason?.trim()) {
      problems.push({
        field: field('trialExtensionReason'),
        message: `is verplicht bij een proefplaatsing langer dan ${TRIAL_MAX_MONTHS} maanden (na ${trialLimit(s.trialStart, TRIAL_MAX_MONTHS)})`,
      });
    }
  }
  if (s.trialExtensionReason && s.trialStart == null) {
    problems.push({ field: field('trialExtensionReason'), message: 'hoort bij een proefplaatsing: vul ook de begin- en einddatum in' });
  }

  const opleiding = s.opleidingSchool != null || s.opleidingCrebo != null;
  if (opleiding && !context.leerwerkplek) {
    problems.push({ field: field(s.opleidingSchool != null ? 'opleidingSchool' : 'opleidingCrebo'), message: 'een opleiding hoort bij een leerwerkplek, en deze vacature is er geen' });
  } else if (opleiding && (s.opleidingSchool == null || s.opleidingCrebo == null)) {
    problems.push({ field: field(s.opleidingSchool == null ? 'opleidingSchool' : 'opleidingCrebo'), message: 'een opleiding heeft zowel de school als het crebonummer of de cursus nodig' });
  }
  return problems;
}
