/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so the scorer compares dates without time zones or clocks.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date ("2025-03-01", a time part is ignored); null when absent or not a real date. */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (value == null) return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function isoDayToString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months; the day of the month is clamped (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDayOfTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTargetMonth)) / MS_PER_DAY;
}

/** Whole calendar months from `from` to `to` (15 Jan -> 14 Mar = 1, -> 15 Mar = 2); 0 when `to` is not later. */
export function wholeMonthsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "1 maart 2025" */
export function formatDutchDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
