/** Groups the municipality reports on (seed 004). Derived from profile fields; never used to score a match. */
export const TARGET_GROUPS = ['STATUSHOUDER', 'VIJFTIG_PLUS', 'JONGERE_ZONDER_STARTKWALIFICATIE'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The stored candidate fields the target groups are derived from (the age groups are kept by age-groups.ts). */
export interface TargetGroupFields {
  statushouder: boolean;
  vijftigPlus: boolean;
  jongere: boolean;
  startkwalificatie: boolean | null;
}

/**
 * The one definition of who belongs to which target group (seed 004): every listed field must have exactly the
 * given value (an unknown startkwalificatie is not "without one"). The mapper, the candidate list filter and the
 * dashboard's statements are derived from it; the generated column `candidate.target_groups` (migration
 * 1763900100000-search) repeats it in SQL, and test/integration/sql-rules.integration-spec.ts proves the two agree
 * for every combination of the fields.
 */
export const TARGET_GROUP_RULES: Readonly<Record<TargetGroup, Partial<TargetGroupFields>>> = {
  STATUSHOUDER: { statushouder: true },
  VIJFTIG_PLUS: { vijftigPlus: true },
  JONGERE_ZONDER_STARTKWALIFICATIE: { jongere: true, startkwalificatie: false },
};

const COLUMNS: Record<keyof TargetGroupFields, string> = {
  statushouder: 'statushouder',
  vijftigPlus: 'vijftig_plus',
  jongere: 'jongere',
  startkwalificatie: 'startkwalificatie',
};

export function inTargetGroup(group: TargetGroup, c: TargetGroupFields): boolean {
  return Object.entries(TARGET_GROUP_RULES[group]).every(([field, value]) => c[field as keyof TargetGroupFields] === value);
}

/** The groups a candidate belongs to, in TARGET_GROUPS order. */
export function targetGroupsOf(c: TargetGroupFields): TargetGroup[] {
  return TARGET_GROUPS.filter((g) => inTargetGroup(g, c));
}

/** The same rule as a SQL condition on the candidate table under `alias`: true, or false/NULL when not in the group. */
export function targetGroupSql(group: TargetGroup, alias: string): string {
  const conditions = Object.entries(TARGET_GROUP_RULES[group]).map(
    ([field, value]) => `${alias}.${COLUMNS[field as keyof TargetGroupFields]}${value ? '' : ' = false'}`,
  );
  return conditions.length === 1 ? conditions[0] : `(${conditions.join(' AND ')})`;
}
