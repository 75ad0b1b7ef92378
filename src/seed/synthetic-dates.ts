import { isoDayToString, parseIsoDay } from '../matching/scorer/iso-date';
import { Prng } from './prng';

/** Dates of the synthetic data: whole days since 1970-01-01 (UTC). */

export const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date written YYYY-MM-DD; throws for anything else. */
export function parseDay(iso: string): number {
  const day = iso.length === 10 ? parseIsoDay(iso) : null;
  if (day === null) throw new Error(`not a calendar date (YYYY-MM-DD): ${iso}`);
  return day;
}

export const dayToIso = isoDayToString;

/** A working-hours moment (07:00-18:59 UTC) on a day, as epoch milliseconds. */
export function workMoment(rng: Prng, day: number): number {
  return day * MS_PER_DAY + rng.int(7 * 3600, 19 * 3600 - 1) * 1000 + rng.int(0, 999);
}

/** An ISO timestamp of epoch milliseconds. */
export const iso = (ms: number) => new Date(ms).toISOString();
