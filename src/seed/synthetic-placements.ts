/**
 * Deterministic placement history (voordrachten with their steps) for demo data and benchmarks: a year of
 * proposals on the generated vacancies, at believable moments after publication, most of them ending rejected or
 * withdrawn, some placed, with instruments and nazorg. Pure, like synthetic-rows.ts.
 *
 * Documented assumptions: the first proposal comes 1-21 days after publication; a filled vacancy's proposals end
 * placed about half the time; a closed vacancy's never; open vacancies have proposals at every step. About 40 % of
 * placements go through a proefplaatsing (1-2 months). Nazorg: about 75 % still in work after 6 months, about 80
 * % of those after 12.
 */
import type { InstrumentsState } from '../placements/placement-instruments';
import { CandidateRow, VacancyRow } from './synthetic-row-shapes';
import { Prng, WeightedPicker } from './prng';

const MS_PER_DAY = 86_400_000;

export type PlacementStatusCode = 'PROPOSED' | 'INTRODUCED' | 'INTERVIEW' | 'TRIAL' | 'PLACED' | 'REJECTED' | 'WITHDRAWN';

export interface PlacementStepRow {
  placementId: string;
  fromStatus: PlacementStatusCode | null;
  toStatus: PlacementStatusCode;
  actorId: string | null;
  at: string;
  note: string | null;
  reason: string | null;
}

/** A placement row: its instruments are the placements module's InstrumentsState, so the two cannot drift. */
export interface PlacementRow extends InstrumentsState {
  id: string;
  vacancyId: string;
  candidateId: string;
  status: PlacementStatusCode;
  proposedBy: string | null;
  proposedAt: string;
  placedAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
  inWorkAfter6Months: boolean | null;
  inWorkAfter12Months: boolean | null;
  createdAt: string;
  updatedAt: string;
  steps: PlacementStepRow[];
}

type Outcome = PlacementStatusCode;

const OUTCOME_FILLED = WeightedPicker.of<Outcome>([
  ['PLACED', 50],
  ['REJECTED', 35],
  ['WITHDRAWN', 15],
]);
const OUTCOME_CLOSED = WeightedPicker.of<Outcome>([
  ['REJECTED', 65],
  ['WITHDRAWN', 35],
]);
const OUTCOME_OPEN = WeightedPicker.of<Outcome>([
  ['PROPOSED', 15],
  ['INTRODUCED', 20],
  ['INTERVIEW', 15],
  ['TRIAL', 8],
  ['PLACED', 10],
  ['REJECTED', 22],
  ['WITHDRAWN', 10],
]);
/** How far a rejected or withdrawn voordracht got first (1 proposed .. 4 trial). */
const CLOSED_AT_RANK = WeightedPicker.of<number>([
  [1, 35],
  [2, 35],
  [3, 25],
  [4, 5],
]);
/** The placements module's close reasons (PlacementCloseReason, PLACEMENT-SCHEMA-CHANGES.md point 3). */
const REJECT_REASONS = ['SKILLS_MISMATCH', 'OTHER_CANDIDATE_CHOSEN', 'OTHER_CANDIDATE_CHOSEN', 'TRIAL_UNSUCCESSFUL', 'VACANCY_ENDED'];
const WITHDRAW_REASONS = ['CANDIDATE_DECLINED', 'CANDIDATE_FOUND_OTHER_WORK', 'CANDIDATE_FOUND_OTHER_WORK', 'CANDIDATE_UNAVAILABLE', 'VACANCY_ENDED'];
const NOTES: Partial<Record<PlacementStatusCode, readonly string[]>> = {
  PROPOSED: ['Past goed bij de gevraagde talenten.', 'Gemotiveerde kandidaat, eerder gesproken op de banenmarkt.', 'Voorgedragen na intake.'],
  INTRODUCED: ['Cv en profiel gedeeld met toestemming van de kandidaat.', 'Telefonisch voorgesteld aan de werkgever.'],
  INTERVIEW: ['Gesprek ingepland op locatie.', 'Kennismakingsgesprek samen met de matchmaker.'],
  TRIAL: ['Proefplaatsing gestart, evaluatie na vier weken.', 'Start proefplaatsing met jobcoach.'],
  PLACED: ['Contract getekend.', 'Arbeidsovereenkomst voor een half jaar, met uitzicht op verlenging.'],
  REJECTED: ['Werkgever heeft voor een andere kandidaat gekozen.', 'Taalniveau bleek nog te laag voor deze functie.'],
  WITHDRAWN: ['Kandidaat ziet af vanwege de reistijd.', 'Kandidaat heeft zelf werk gevonden.'],
};
const SCHOOLS = ['ROC Mondriaan', 'MBO Rijnland', 'Lentiz', 'ID College', 'Albeda'];
const CREBOS = ['25256', '25334', '25180', '25412', '25536', '25620'];
const ORDER: readonly PlacementStatusCode[] = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED'];

const day = (iso: string) => Math.floor(Date.parse(iso) / MS_PER_DAY);
const isoDay = (d: number) => new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
/** A working-hours moment (08:00-16:59 UTC) on a day. */
const moment = (rng: Prng, d: number) => new Date(d * MS_PER_DAY + rng.int(8 * 3600, 17 * 3600 - 1) * 1000).toISOString();

/**
 * One voordracht of `candidate` on `vacancy` (a published one), by the candidate's matchmaker. Nothing happens on
 * or after the reference day: a path that would run past it stops at the step reached by then.
 */
export function makePlacement(
  rng: Prng,
  vacancy: VacancyRow,
  candidate: CandidateRow,
  referenceDay: number,
): PlacementRow {
  const id = rng.uuid();
  const published = day(vacancy.publishedAt ?? vacancy.createdAt);
  const last = referenceDay - 1;
  const outcome = (vacancy.status === 'FILLED' ? OUTCOME_FILLED : vacancy.status === 'CLOSED' ? OUTCOME_CLOSED : OUTCOME_OPEN).pick(rng);

  // The progress steps this voordracht goes through, then its end.
  const trial = rng.chance(vacancy.proefplaatsing ? 0.6 : 0.3);
  // Every placement goes through an interview (the placements module refuses INTRODUCED -> PLACED); a
  // proefplaatsing is optional.
  const progress: PlacementStatusCode[] = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', ...(trial ? (['TRIAL'] as const) : [])];
  let path: PlacementStatusCode[];
  if (outcome === 'PLACED') path = [...progress, 'PLACED'];
  else if (outcome === 'REJECTED' || outcome === 'WITHDRAWN') {
    const reached = ORDER.slice(0, CLOSED_AT_RANK.pick(rng)).filter((s) => s === 'PROPOSED' || progress.includes(s));
    path = [...reached, outcome];
  } else path = progress.filter((s) => ORDER.indexOf(s) <= ORDER.indexOf(outcome));

  let d = Math.min(last, published + rng.int(1, 21));
  const steps: PlacementStepRow[] = [];
  let trialStart: number | null = null;
  let trialEnd: number | null = null;
  for (const status of path) {
    if (steps.length > 0) {
      const previous = steps[steps.length - 1].toStatus;
      const gap =
        status === 'INTRODUCED' ? rng.int(1, 7)
        : status === 'INTERVIEW' ? rng.int(3, 14)
        : status === 'TRIAL' ? rng.int(3, 10)
        : status === 'PLACED' ? (previous === 'TRIAL' ? rng.int(28, 56) : rng.int(5, 21))
        : rng.int(2, 14);
      d += gap;
      if (d > last) break; // still at the previous step today
    }
    const actor = candidate.matchmakerId;
    const closing = status === 'REJECTED' || status === 'WITHDRAWN';
    steps.push({
      placementId: id,
      fromStatus: steps.length ? steps[steps.length - 1].toStatus : null,
      toStatus: status,
      actorId: actor,
      at: moment(rng, d),
      note: rng.chance(0.7) ? rng.pick(NOTES[status] ?? ['']) || null : null,
      reason: closing ? rng.pick(status === 'REJECTED' ? REJECT_REASONS : WITHDRAW_REASONS) : null,
    });
    if (status === 'TRIAL') {
      trialStart = d;
      trialEnd = d + rng.int(28, 56);
    }
  }
  // Timestamps in step order even when two steps fall on one day.
  for (let i = 1; i < steps.length; i++) {
    if (steps[i].at <= steps[i - 1].at) steps[i].at = new Date(Date.parse(steps[i - 1].at) + rng.int(10, 120) * 60_000).toISOString();
  }

  const final = steps[steps.length - 1];
  const placed = final.toStatus === 'PLACED' ? day(final.at) : null;
  const loonkostensubsidie = candidate.loonkostensubsidie && rng.chance(0.85);
  const nazorg6 = placed !== null && placed + 183 <= last ? rng.pick<boolean | null>([true, true, true, true, true, true, false, null]) : null;
  const nazorg12 = placed !== null && placed + 365 <= last ? (nazorg6 === false ? false : rng.pick<boolean | null>([true, true, true, true, true, true, true, false, null])) : null;
  return {
    id,
    vacancyId: vacancy.id,
    candidateId: candidate.id,
    status: final.toStatus,
    proposedBy: candidate.matchmakerId,
    proposedAt: steps[0].at,
    placedAt: placed !== null ? final.at : null,
    closedAt: final.reason ? final.at : null,
    closeReason: final.reason,
    loonkostensubsidie,
    loonwaardePct: loonkostensubsidie ? 5 * rng.int(6, 17) : null,
    jobcoach: candidate.jobcoachNeeded || (vacancy.jobcoach && rng.chance(0.4)),
    noRiskpolis: candidate.banenafspraak && rng.chance(0.6),
    trialStart: trialStart === null ? null : isoDay(trialStart),
    trialEnd: trialEnd === null ? null : isoDay(trialEnd),
    trialExtensionReason: null,
    opleidingSchool: vacancy.leerwerkplek ? rng.pick(SCHOOLS) : null,
    opleidingCrebo: vacancy.leerwerkplek ? rng.pick(CREBOS) : null,
    inWorkAfter6Months: nazorg6,
    inWorkAfter12Months: nazorg12,
    createdAt: steps[0].at,
    updatedAt: final.at,
    steps,
  };
}
