/**
 * Dutch language level on the CEFR scale. B1 is the civic-integration norm; many entry jobs ask A2.
 *
 * The one definition of the levels and their order: the GraphQL enum, the scorer, the search filters, the search
 * documents' rank column (`taalniveauRankSql`) and the screens' level list are all derived from it. The database's
 * CHECK constraints (initial migration) list the same levels; test/integration/sql-rules.integration-spec.ts proves
 * they and the SQL rank agree with this file.
 */
export enum Taalniveau {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

/** Lowest first: the declaration order above. */
export const TAALNIVEAU_ORDER: readonly Taalniveau[] = Object.values(Taalniveau);

/** 0 for A1 up to 5 for C2, so levels compare as numbers. */
export function taalniveauRank(level: Taalniveau): number {
  return TAALNIVEAU_ORDER.indexOf(level);
}

/** The levels from `rank` up (a candidate meets a minimum of that rank). */
export function taalniveausFrom(rank: number): Taalniveau[] {
  return TAALNIVEAU_ORDER.slice(Math.max(0, rank));
}

/** The levels up to and including `rank` (a vacancy asks no more than that). */
export function taalniveausUpTo(rank: number): Taalniveau[] {
  return TAALNIVEAU_ORDER.slice(0, Math.max(0, rank + 1));
}

/** SQL for `taalniveauRank` of a text expression: 0..5, and -1 for none or an unknown level. */
export function taalniveauRankSql(expression: string): string {
  const levels = TAALNIVEAU_ORDER.map((l) => `'${l}'`).join(',');
  return `coalesce(array_position(ARRAY[${levels}], ${expression}) - 1, -1)`;
}
