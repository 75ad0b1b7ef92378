import type { TargetGroup } from '../candidates/candidate.enums';

type Row = Record<string, unknown>;

/**
 * The target groups the dashboard reports on, with the suffix of their columns in the SQL rows (names, not the enum:
 * candidate.enums registers GraphQL types, which a unit test cannot load).
 */
export const GROUP_COLUMNS: ReadonlyArray<[`${TargetGroup}`, string]> = [
  ['VIJFTIG_PLUS', 'VijftigPlus'],
  ['STATUSHOUDER', 'Statushouder'],
  ['JONGERE_ZONDER_STARTKWALIFICATIE', 'JongereZonderStartkwalificatie'],
];

/**
 * The period the dashboard opens with when none is asked for: the last 12 calendar months, the current one
 * included, up to `to` (today in the Netherlands by default). The web's "Laatste 12 maanden" sends no dates and
 * shows the period the answer names, and the default view is the one computed ahead (dashboard-warmer.ts).
 */
export function defaultFrom(to: string): string {
  const [y, m] = to.split('-').map(Number);
  return new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
}

/** Every calendar month from `from` to `to` (YYYY-MM-DD), as YYYY-MM. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [toY, toM] = to.split('-').map(Number);
  while (y < toY || (y === toY && m <= toM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

const EVENT_COUNTS = [
  'events', 'introduced', 'interview', 'trial', 'placed', 'rejected', 'withdrawn', 'banenafspraak', 'loonkostensubsidie', 'leerwerkplek', 'jobcoach',
  'vijftigPlus', 'statushouder', 'jongereZonderStartkwalificatie',
] as const;

/**
 * PLACEMENTS_OF_PERIOD's rows (per kind and month) as the funnel (proposed in the period), the placements (placed in
 * it) and one row per month of the period (also the months with nothing), with proposals and placements in total
 * and per target group.
 */
export function periodFigures(rows: Row[], from: string, to: string) {
  const count = (kind: string, month: number | null): Record<string, number> =>
    Object.fromEntries(
      EVENT_COUNTS.map((key) => [key, rows.filter((r) => r.kind === kind && (month === null || r.monthIndex === month)).reduce((sum, r) => sum + Number(r[key] ?? 0), 0)]),
    );
  const proposed = count('proposed', null);
  const placed = count('placed', null);
  const months = monthsOf(from, to).map((month, i): Row => {
    const pr = count('proposed', i + 1);
    const pl = count('placed', i + 1);
    return {
      month,
      proposed: pr.events,
      placed: pl.events,
      ...Object.fromEntries(
        GROUP_COLUMNS.flatMap(([, suffix]) => {
          const key = suffix[0].toLowerCase() + suffix.slice(1);
          return [
            [`proposed${suffix}`, pr[key]],
            [`placed${suffix}`, pl[key]],
          ];
        }),
      ),
    };
  });
  const funnel: Record<string, number> = { ...proposed, proposed: proposed.events };
  const placements: Record<string, number> = { ...placed, placed: placed.events };
  return { funnel, placed: placements, months };
}
