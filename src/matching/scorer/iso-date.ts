import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import utc from 'dayjs/plugin/utc';

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

/** The day number of an ISO date ("2025-03-01", a time part is ignored); null when absent or not a real date. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (value == null || (value.length > 10 && value[10] !== 'T')) return null;
  const date = dayjs.utc(value.slice(0, 10), 'YYYY-MM-DD', true);
  return date.isValid() ? toDay(date) : null;
}

export function isoDayToString(day: number): string {
  return fromDay(day).format('YYYY-MM-DD');
}

/** Adds calendar months; the day of the month is clamped (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: number, months: number): number {
  return toDay(fromDay(day).add(months, 'month'));
}

/** Whole calendar months from `from` to `to` (15 Jan -> 14 Mar = 1, -> 15 Mar = 2); 0 when `to` is not later. */
export function wholeMonthsBetween(from: number, to: number): number {
  return to <= from ? 0 : fromDay(to).diff(fromDay(from), 'month');
}

/** "1 maart 2025" */
export function formatDutchDate(day: number): string {
  return DUTCH_DATE.format(day * MS_PER_DAY);
}
