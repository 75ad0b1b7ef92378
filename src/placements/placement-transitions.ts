import { PlacementCloseReason, PlacementStatus } from './placement.enums';

const { PROPOSED, INTRODUCED, INTERVIEW, TRIAL, PLACED, REJECTED, WITHDRAWN } = PlacementStatus;

/** Steps at which a voordracht is still running: one such placement per person and vacancy. */
export const OPEN_STATUSES: readonly PlacementStatus[] = [PROPOSED, INTRODUCED, INTERVIEW, TRIAL];

/**
 * The route of a voordracht (DOMAIN.md, "A placement"). Forward one step at a time, with one shortcut:
 * INTERVIEW -> PLACED, because a proefplaatsing is an instrument, not a must. Nobody is placed without an
 * interview (INTRODUCED -> PLACED is refused): the employer meets the person first, and the funnel on the
 * dashboard counts every interview. REJECTED or WITHDRAWN may follow any open step; the final steps lead nowhere.
 */
const FORWARD: Record<PlacementStatus, readonly PlacementStatus[]> = {
  PROPOSED: [INTRODUCED],
  INTRODUCED: [INTERVIEW],
  INTERVIEW: [TRIAL, PLACED],
  TRIAL: [PLACED],
  PLACED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** Who ends a voordracht for which reasons: the employer rejects, the candidate (or the WSP for them) withdraws. */
const REASONS: Record<typeof REJECTED | typeof WITHDRAWN, readonly PlacementCloseReason[]> = {
  REJECTED: [
    PlacementCloseReason.SKILLS_MISMATCH,
    PlacementCloseReason.OTHER_CANDIDATE_CHOSEN,
    PlacementCloseReason.TRIAL_UNSUCCESSFUL,
    PlacementCloseReason.VACANCY_ENDED,
    PlacementCloseReason.OTHER,
  ],
  WITHDRAWN: [
    PlacementCloseReason.CANDIDATE_DECLINED,
    PlacementCloseReason.CANDIDATE_FOUND_OTHER_WORK,
    PlacementCloseReason.CANDIDATE_UNAVAILABLE,
    PlacementCloseReason.VACANCY_ENDED,
    PlacementCloseReason.OTHER,
  ],
};

export function isOpen(status: PlacementStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function isClosing(status: PlacementStatus): status is typeof REJECTED | typeof WITHDRAWN {
  return status === REJECTED || status === WITHDRAWN;
}

export function nextSteps(from: PlacementStatus): PlacementStatus[] {
  return isOpen(from) ? [...FORWARD[from], REJECTED, WITHDRAWN] : [];
}

export function reasonsFor(status: typeof REJECTED | typeof WITHDRAWN): readonly PlacementCloseReason[] {
  return REASONS[status];
}

export interface StepRequest {
  from: PlacementStatus;
  to: PlacementStatus;
  reason?: PlacementCloseReason | null;
  note?: string | null;
}

/** What is wrong with a requested step, field by field (empty when it may be taken). */
export function stepProblems({ from, to, reason, note }: StepRequest): { field: string; message: string }[] {
  const allowed = nextSteps(from);
  if (!allowed.includes(to)) {
    const message = allowed.length
      ? `een voordracht met status ${from} kan alleen nog naar: ${allowed.join(', ')}`
      : `een voordracht met status ${from} is afgesloten en verandert niet meer`;
    return [{ field: 'status', message }];
  }
  if (!isClosing(to)) {
    return reason ? [{ field: 'reason', message: 'hoort alleen bij afwijzen (REJECTED) of terugtrekken (WITHDRAWN)' }] : [];
  }
  if (!reason) return [{ field: 'reason', message: `is verplicht bij ${to}: een van ${reasonsFor(to).join(', ')}` }];
  if (!reasonsFor(to).includes(reason)) return [{ field: 'reason', message: `${reason} past niet bij ${to}: kies een van ${reasonsFor(to).join(', ')}` }];
  if (reason === PlacementCloseReason.OTHER && !note?.trim()) return [{ field: 'note', message: 'is verplicht bij reden OTHER (licht de reden toe)' }];
  return [];
}
