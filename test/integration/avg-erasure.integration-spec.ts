import { Actor, loginAs } from '../helpers/actors';
import { createCandidate } from '../helpers/domain-actions';
import { gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Defect 6: after an AVG erasure nothing of the person may remain anywhere but the id in the audit trail. A name
 * typed into free text (profile text, work experience) used to stay behind in search_vocabulary.
 */
const PERSON = {
  firstName: 'Quirijntje',
  lastName: 'Vlasbloemhuizen',
  email: 'q.vlasbloemhuizen@voorbeeld.nl',
  phone: '06-98765432',
};

let server: TestServer;
let matchmaker: Actor;

beforeAll(async () => {
  server = await startTestServer();
  matchmaker = await loginAs(server, 'MATCHMAKER');
});
afterAll(() => server?.stop());

/** Every row of every table in the database, each column read as text (information_schema lists them). */
async function dumpDatabase(): Promise<Array<{ table: string; column: string; value: string }>> {
  const { rows: columns } = await server.db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const dump: Array<{ table: string; column: string; value: string }> = [];
  for (const { table_name, column_name } of columns) {
    const { rows } = await server.db.query<{ v: string }>(`SELECT "${column_name}"::text AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`);
    for (const { v } of rows) dump.push({ table: table_name, column: column_name, value: v });
  }
  return dump;
}

describe('erasing a candidate leaves nothing of the person behind', () => {
  it('removes the name from every table, the search vocabulary included, and keeps only the id in the audit trail', async () => {
    const other = await createCandidate(server, matchmaker, { firstName: 'Blijft', lastName: 'Bestaan', profileText: 'Magazijnwerk en heftruck rijden' });
    const created = await createCandidate(server, matchmaker, {
      ...PERSON,
      profileText: `${PERSON.firstName} ${PERSON.lastName} zoekt werk in het magazijn`,
      workExperience: [{ title: `Chauffeur bij ${PERSON.lastName} Transport`, years: 2 }],
      talents: ['heftruck'],
    });
    // The person is read, searched for and changed before the erasure, as in real use.
    await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { id } }', { id: created.id }, matchmaker.token);
    await gqlOk(server.url, `{ searchCandidates(query: "${PERSON.lastName}") { totalCount } }`, {}, matchmaker.token);
    await gqlOk(
      server.url,
      'mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }',
      { id: created.id, input: { profileText: `${PERSON.firstName} ${PERSON.lastName} zoekt werk als chauffeur` } },
      matchmaker.token,
    );

    // The stems PostgreSQL indexes (what search_vocabulary holds), besides the text as typed.
    const { rows: stems } = await server.db.query<{ lexeme: string }>(
      `SELECT DISTINCT lexeme FROM unnest(to_tsvector('dutch', wsp_search_text($1))) WHERE length(lexeme) >= 5`,
      [`${PERSON.firstName} ${PERSON.lastName}`],
    );
    const needles = [PERSON.firstName, PERSON.lastName, PERSON.email, PERSON.phone, PERSON.phone.replace(/\D/g, ''), ...stems.map((s) => s.lexeme)].map(
      (n) => n.toLowerCase(),
    );
    expect(stems.length).toBeGreaterThan(0);
    const before = (await dumpDatabase()).filter((cell) => needles.some((n) => cell.value.toLowerCase().includes(n)));
    expect(before.map((cell) => cell.table)).toEqual(expect.arrayContaining(['candidate_personal', 'candidate', 'search_vocabulary']));

    await gqlOk(server.url, 'mutation ($id: ID!) { eraseCandidate(id: $id) }', { id: created.id }, matchmaker.token);

    const dump = await dumpDatabase();
    const left = dump.filter((cell) => needles.some((n) => cell.value.toLowerCase().includes(n)));
    expect(left).toEqual([]);
    const idLeft = dump.filter((cell) => cell.value.includes(created.id)).map((cell) => `${cell.table}.${cell.column}`);
    // The audit trail keeps the id (who opened which record); audit_view_window is the view limit's hour of that
    // same trail (kept by a trigger on audit_log, cleared after the hour), so it holds the id as well and nothing more.
    expect([...new Set(idLeft)].sort()).toEqual(['audit_log.entity_id', 'audit_view_window.entity_id']);
    expect(server.logs().toLowerCase()).not.toContain(PERSON.lastName.toLowerCase());

    // Words other people still use stay findable.
    const { rows: kept } = await server.db.query(`SELECT 1 FROM search_vocabulary WHERE word IN ('magazijnwerk', 'heftruck')`);
    expect(kept.length).toBe(2);
    const { searchCandidates } = await gqlOk(server.url, '{ searchCandidates(query: "magazijnwerk") { nodes { profile { id } } } }', {}, matchmaker.token);
    expect(searchCandidates.nodes.map((n: { profile: { id: string } }) => n.profile.id)).toEqual([other.id]);
  });

  it('forgets a name that was typed into a profile and edited out again before the erasure', async () => {
    const created = await createCandidate(server, matchmaker, { firstName: 'Anoniem', lastName: 'Persoon', profileText: 'Werkte bij Xenophontis Bakkerij' });
    const vocabulary = async () => (await server.db.query(`SELECT 1 FROM search_vocabulary WHERE word LIKE 'xenophont%'`)).rowCount;
    expect(await vocabulary()).toBe(1);
    await gqlOk(
      server.url,
      'mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }',
      { id: created.id, input: { profileText: 'Werkte bij een bakkerij' } },
      matchmaker.token,
    );
    expect(await vocabulary()).toBe(0);
  });

  it('keeps a word that a concurrent, not yet committed write is adding, and re-adds one an erasure in progress removes', async () => {
    const hasWord = async (word: string) => (await server.db.query('SELECT 1 FROM search_vocabulary WHERE word = $1', [word])).rowCount === 1;
    const erase = (id: string) => gqlOk(server.url, 'mutation ($id: ID!) { eraseCandidate(id: $id) }', { id }, matchmaker.token);

    // 1. Another transaction adds a row with the word while the only other holder is erased: the erasure waits
    //    for it and keeps the word.
    const first = await createCandidate(server, matchmaker, { profileText: 'Kent zwoelfdorp goed' });
    const writer = await server.db.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`INSERT INTO candidate (profile_text) VALUES ('Woont vlakbij zwoelfdorp')`);
      const erasing = erase(first.id);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writer.query('COMMIT');
      await erasing;
    } finally {
      writer.release();
    }
    expect(await hasWord('zwoelfdorp')).toBe(true);

    // 2. An erasure (here by hand) removes the word, and a new profile with it is written meanwhile: the write
    //    waits for the erasure and puts the word back.
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM candidate WHERE profile_text LIKE '%zwoelfdorp%'`);
    expect(rows).toHaveLength(1);
    const eraser = await server.db.connect();
    try {
      await eraser.query('BEGIN');
      await eraser.query('DELETE FROM candidate WHERE id = $1', [rows[0].id]);
      const creating = createCandidate(server, matchmaker, { profileText: 'Zoekt werk in zwoelfdorp' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await eraser.query('COMMIT');
      await creating;
    } finally {
      eraser.release();
    }
    expect(await hasWord('zwoelfdorp')).toBe(true);
  });
});
