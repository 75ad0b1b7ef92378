import { Queryable } from '../database/queryable';

/**
 * jongere (under 27) and vijftig_plus (50 or older) are stored so search filters and indexes can use them, but
 * people age: this recomputes them from the birth date for everyone whose group changed, and returns the ids
 * (so an external search index can be told). Run at start-up and daily.
 */
export async function refreshAgeGroups(db: Queryable, today: string): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    `UPDATE candidate c
        SET jongere = (p.birth_date IS NOT NULL AND p.birth_date > $1::date - interval '27 years'),
            vijftig_plus = (p.birth_date IS NOT NULL AND p.birth_date <= $1::date - interval '50 years')
       FROM candidate_personal p
      WHERE p.candidate_id = c.id
        AND (c.jongere, c.vijftig_plus) IS DISTINCT FROM
            ((p.birth_date IS NOT NULL AND p.birth_date > $1::date - interval '27 years'),
             (p.birth_date IS NOT NULL AND p.birth_date <= $1::date - interval '50 years'))
      RETURNING c.id`,
    [today],
  );
  return rows.map((r) => r.id);
}
