import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import utc from 'dayjs/plugin/utc';
import { LRUCache } from 'lru-cache';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so the scorer compares dates without time zones or clocks.
 * The calendar arithmetic is dayjs's (in UTC); the scorer never asks it for "now".
 */
const MS_PER_DAY = 86_400_000;
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const fromDay = (day: number) => dayjs.utc(day * MS_PER_DAY);
const toDay = (date: dayjs.Dayjs) => Math.round(date.valueOf() / MS_PER_DAY);

/**
 * Answers kept per argument: the scorer asks the same few thousand dates (availability, unemployed since, today)
 * for every member of every pool, and dayjs's strict parsing and month arithmetic were an eighth of a match
 * request's CPU. The answers depend on the arguments only (no clock), so keeping them changes nothing.
 */
function remembered<K extends string, V>(compute: (key: K) => V, max = 100_000): (key: K) => V {
  // Boxed: the cache keeps no null, and "not a real date" is an answer worth keeping too.
  const kept = new LRUCache<K, { value: V }>({ max });
  return (key) => {
    let hit = kept.get(key);
    if (!hit) {
      hit = { value: compute(key) };
      kept.set(key, hit);
    }
    return hit.value;
  };
}

const parseDay = remembered((day: string): number | null => {
  const date = dayjs.utc(day, 'YYYY-MM-DD', true);
  return date.isValid() ? toDay(date) : null;
});

/** The day number of an ISO date ("2025-03-01", a time part is ignored); null when absent or not a real date. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (value == null || (value.length > 10 && value[10] !== 'T')) return null;
  return parseDay(value.slice(0, 10));
}

export function isoDayToString(day: number): string {
  return fromDay(day).format('YYYY-MM-DD');
}

/** Adds calendar months; the day of the month is clamped (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: number, months: number): number {
  return addMonthsKept(`${day}:${months}`);
}
const addMonthsKept = remembered((key: string) => {
  const [day, months] = key.split(':').map(Number);
  return toDay(fromDay(day).add(months, 'month'));
});

/** Whole calendar months from `from` to `to` (15 Jan -> 14 Mar = 1, -> 15 Mar = 2); 0 when `to` is not later. */
export function wholeMonthsBetween(from: number, to: number): number {
  return to <= from ? 0 : monthsBetweenKept(`${from}:${to}`);
}
const monthsBetweenKept = remembered((key: string) => {
  const [from, to] = key.split(':').map(Number);
  return fromDay(to).diff(fromDay(from), 'month');
});

/** "1 maart 2025" */
export function formatDutchDate(day: number): string {
  return DUTCH_DATE.format(day * MS_PER_DAY);
}
