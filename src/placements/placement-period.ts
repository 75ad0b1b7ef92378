import dayjs from 'dayjs';

/** The longest period a list of placements may span. */
export const MAX_PERIOD_YEARS = 10;

/** The calendar date `months` months after `date` (YYYY-MM-DD), clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  return dayjs(date).add(months, 'month').format('YYYY-MM-DD');
}

/** What is wrong with a period `from`..`to` (both optional dates YYYY-MM-DD, both days included). */
export function periodProblems(from: string | undefined, to: string | undefined): { field: string; message: string }[] {
  if (!from || !to) return [];
  if (from > to) return [{ field: 'to', message: `mag niet voor het begin van de periode liggen (${from})` }];
  if (to > addMonths(from, MAX_PERIOD_YEARS * 12)) return [{ field: 'to', message: `de periode mag hoogstens ${MAX_PERIOD_YEARS} jaar beslaan` }];
  return [];
}
