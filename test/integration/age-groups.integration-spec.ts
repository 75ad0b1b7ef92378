import { Pool } from 'pg';
import { ageGroups } from '../../src/candidates/age-groups';
import { refreshAgeGroups } from '../../src/candidates/age-groups.refresh';
import { queryable } from '../helpers/pg-queryable';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

/** Stored age groups follow birthdays: the same boundaries as the write-time rule, and on into search. */
describe('age groups stay true as people age', () => {
  let database: string;
  let pool: Pool;
  const today = '2026-11-23';

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: databaseUrl(database), max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await dropTestDatabase(database);
  });

  async function person(birthDate: string | null, stored: { jongere: boolean; vijftigPlus: boolean }): Promise<string> {
    const { rows } = await pool.query(
      `INSERT INTO candidate (jongere, vijftig_plus, startkwalificatie) VALUES ($1, $2, false) RETURNING id`,
      [stored.jongere, stored.vijftigPlus],
    );
    await pool.query(`INSERT INTO candidate_personal (candidate_id, first_name, last_name, birth_date) VALUES ($1, 'A', 'B', $2)`, [rows[0].id, birthDate]);
    return rows[0].id;
  }

  it('moves people across the 27 and 50 boundaries on the day, and matches the write-time rule', async () => {
    const births = ['1999-11-23', '1999-11-24', '1976-11-23', '1976-11-24', '2010-01-01', null];
    // Everyone stored with the groups they had a year ago, when the flags were last written.
    const ids = [];
    for (const birth of births) ids.push(await person(birth, ageGroups(birth, '2025-11-23')));

    const changed = await refreshAgeGroups(queryable(pool), today);
    expect(changed.sort()).toEqual([ids[0], ids[2]].sort()); // turned 27 today, turned 50 today

    for (const [i, id] of ids.entries()) {
      const { rows } = await pool.query(
        `SELECT c.jongere, c.vijftig_plus, c.target_groups, s.target_groups AS search_groups
           FROM candidate c JOIN candidate_search s ON s.id = c.id WHERE c.id = $1`,
        [id],
      );
      const expected = ageGroups(births[i], today);
      expect({ jongere: rows[0].jongere, vijftigPlus: rows[0].vijftig_plus }).toEqual(expected);
      expect(rows[0].search_groups).toEqual(rows[0].target_groups);
    }
    const young = await pool.query(`SELECT target_groups FROM candidate WHERE id = $1`, [ids[1]]);
    expect(young.rows[0].target_groups).toEqual(['JONGERE_ZONDER_STARTKWALIFICATIE']);
    const turned27 = await pool.query(`SELECT target_groups FROM candidate WHERE id = $1`, [ids[0]]);
    expect(turned27.rows[0].target_groups).toEqual([]);

    expect(await refreshAgeGroups(queryable(pool), today)).toEqual([]);
  });
});
