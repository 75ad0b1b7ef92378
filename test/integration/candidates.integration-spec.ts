import { Actor, loginAs } from '../helpers/actors';
import { CANDIDATE_FIELDS, createCandidate } from '../helpers/domain-actions';
import { expectBadInput, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/** A birth date that makes someone `age` years old today (a month past the birthday). */
function bornYearsAgo(age: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return new Date(d.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
}

const FULL_FIELDS = `${CANDIDATE_FIELDS} personal { phone } matchmakerId hoursMin hoursMax availableFrom maxTravelKm rijbewijs banenafspraak loonkostensubsidie jobcoachNeeded workExperience { title years } profileText unemployedSince visibleToEmployers consulentApprovesVisibility`;
const UPDATE_CANDIDATE = `mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${FULL_FIELDS} } }`;
const CANDIDATE_PAGE = `query ($first: Int, $after: String, $search: String, $status: CandidateStatus, $targetGroup: TargetGroup, $matchmakerId: ID) {
  candidates(first: $first, after: $after, search: $search, status: $status, targetGroup: $targetGroup, matchmakerId: $matchmakerId) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id personal { firstName lastName } }
  }
}`;
const ERASE = `mutation ($id: ID!) { eraseCandidate(id: $id) }`;

let server: TestServer;
let matchmaker: Actor;

beforeAll(async () => {
  server = await startTestServer();
  matchmaker = await loginAs(server, 'MATCHMAKER');
});
afterAll(() => server?.stop());

describe('a matchmaker enters a werkzoekende', () => {
  it('normalises talent synonyms to reference codes and keeps personal data in its own table', async () => {
    const candidate = await createCandidate(server, matchmaker, {
      firstName: ' Samira ',
      lastName: 'El Amrani',
      email: 'samira@example.nl',
      talents: ['vorkheftruck', 'Orders picken', 'heftruck'],
      categoryWishes: ['logistiek', 'logistiek'],
      postcode: '2311ab',
    });
    expect(candidate).toMatchObject({
      status: 'ACTIVE',
      personal: { firstName: 'Samira', lastName: 'El Amrani', email: 'samira@example.nl', birthDate: null },
      talents: ['heftruck', 'orderpicken'],
      categoryWishes: ['logistiek'],
      placeName: 'Leiden',
      postcode: '2311 AB',
    });
    const profile = await storedRow(server, 'candidate', candidate.id);
    const personal = await storedRow(server, 'candidate_personal', candidate.id);
    expect(personal).toMatchObject({ first_name: 'Samira', last_name: 'El Amrani', email: 'samira@example.nl' });
    expect(JSON.stringify(profile)).not.toMatch(/Samira|Amrani|samira@/);
    expect(profile.matchmaker_id).toBe(matchmaker.id);
  });

  it('derives startkwalificatie from the opleidingsniveau unless it is given', async () => {
    const mbo2 = await createCandidate(server, matchmaker, { opleidingsniveau: 'MBO2' });
    const vmbo = await createCandidate(server, matchmaker, { opleidingsniveau: 'VMBO' });
    const unknown = await createCandidate(server, matchmaker, {});
    const foreignDiploma = await createCandidate(server, matchmaker, { opleidingsniveau: 'VMBO', startkwalificatie: true });
    expect([mbo2.startkwalificatie, vmbo.startkwalificatie, unknown.startkwalificatie, foreignDiploma.startkwalificatie]).toEqual([true, false, null, true]);
  });

  it('derives the target groups the municipality reports on', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ statushouder: true, birthDate: bornYearsAgo(35) }, ['STATUSHOUDER']],
      [{ birthDate: bornYearsAgo(55) }, ['VIJFTIG_PLUS']],
      [{ birthDate: bornYearsAgo(20), opleidingsniveau: 'VMBO' }, ['JONGERE_ZONDER_STARTKWALIFICATIE']],
      [{ birthDate: bornYearsAgo(20), opleidingsniveau: 'MBO3' }, []],
      [{ birthDate: bornYearsAgo(20) }, []],
      [{ birthDate: bornYearsAgo(30), opleidingsniveau: 'GEEN' }, []],
      [{ statushouder: true, birthDate: bornYearsAgo(19), opleidingsniveau: 'BASISONDERWIJS' }, ['STATUSHOUDER', 'JONGERE_ZONDER_STARTKWALIFICATIE']],
    ];
    for (const [input, groups] of cases) {
      const candidate = await createCandidate(server, matchmaker, input);
      expect({ input, groups: candidate.targetGroups }).toEqual({ input, groups });
    }
  });

  it('shows how complete the profile is and what is missing', async () => {
    const sparse = await createCandidate(server, matchmaker, { talents: ['orderpicken'], placeName: 'Leiden' });
    expect(sparse.completeness.percentage).toBe(20);
    expect(sparse.completeness.missing.map((g: { field: string }) => g.field)).toEqual([
      'categoryWishes',
      'taalniveau',
      'startkwalificatie',
      'opleidingsniveau',
      'workExperience',
      'hours',
      'availableFrom',
      'maxTravelKm',
    ]);
    expect(sparse.completeness.missing[0]).toEqual({ field: 'categoryWishes', label: 'Beroepswensen' });

    const complete = await createCandidate(server, matchmaker, {
      categoryWishes: ['logistiek'],
      taalniveau: 'B1',
      opleidingsniveau: 'MBO2',
      workExperience: [{ title: 'Orderpicker', years: 2.5 }],
      hoursMin: 24,
      hoursMax: 36,
      availableFrom: '2026-01-01',
      maxTravelKm: 15,
    });
    expect(complete.completeness).toEqual({ percentage: 100, missing: [] });
  });
});

describe('a matchmaker keeps a profile up to date', () => {
  it('changes only what the update names and keeps the rest', async () => {
    const created = await createCandidate(server, matchmaker, {
      firstName: 'Johan',
      lastName: 'de Vries',
      email: 'johan@example.nl',
      birthDate: bornYearsAgo(52),
      taalniveau: 'B2',
      opleidingsniveau: 'MBO3',
      hoursMin: 20,
      hoursMax: 32,
      klantcategorie: '1B',
      talents: ['heftruck'],
    });
    const { updateCandidate } = await gqlOk(server.url, UPDATE_CANDIDATE, { id: created.id, input: { hoursMax: 38, phone: '06-12345678', status: 'INACTIVE' } }, matchmaker.token);
    expect(updateCandidate).toMatchObject({
      status: 'INACTIVE',
      personal: { firstName: 'Johan', lastName: 'de Vries', email: 'johan@example.nl', phone: '06-12345678', birthDate: created.personal.birthDate },
      taalniveau: 'B2',
      opleidingsniveau: 'MBO3',
      startkwalificatie: true,
      hoursMin: 20,
      hoursMax: 38,
      klantcategorie: '1B',
      talents: ['heftruck'],
      placeName: 'Leiden',
      targetGroups: ['VIJFTIG_PLUS'],
    });
  });

  it('clears a nullable field with an explicit null, and the derived facts follow', async () => {
    const created = await createCandidate(server, matchmaker, {
      email: 'weg@example.nl',
      birthDate: bornYearsAgo(60),
      taalniveau: 'A2',
      klantcategorie: '2B',
      postcode: '2311 AB',
      hoursMin: 10,
      maxTravelKm: 20,
    });
    expect(created.targetGroups).toEqual(['VIJFTIG_PLUS']);
    const input = { email: null, birthDate: null, taalniveau: null, klantcategorie: null, postcode: null, placeName: null, hoursMin: null, maxTravelKm: null };
    const { updateCandidate } = await gqlOk(server.url, UPDATE_CANDIDATE, { id: created.id, input }, matchmaker.token);
    expect(updateCandidate).toMatchObject({
      personal: { email: null, birthDate: null, firstName: 'Samira' },
      taalniveau: null,
      klantcategorie: null,
      postcode: null,
      placeName: null,
      hoursMin: null,
      maxTravelKm: null,
      targetGroups: [],
      talents: ['orderpicken'],
    });
    expect(updateCandidate.completeness.missing.map((g: { field: string }) => g.field)).toEqual(expect.arrayContaining(['taalniveau', 'placeName', 'maxTravelKm', 'hours']));
    expect(await storedRow(server, 'candidate', created.id)).toMatchObject({ lat: null, lon: null, vijftig_plus: false, klantcategorie_code: null });
  });

  it('derives startkwalificatie again when a new diploma is entered, but keeps one set by hand', async () => {
    const young = await createCandidate(server, matchmaker, { birthDate: bornYearsAgo(20), opleidingsniveau: 'VMBO' });
    expect(young).toMatchObject({ startkwalificatie: false, targetGroups: ['JONGERE_ZONDER_STARTKWALIFICATIE'] });
    const { updateCandidate } = await gqlOk(server.url, UPDATE_CANDIDATE, { id: young.id, input: { opleidingsniveau: 'MBO2' } }, matchmaker.token);
    expect(updateCandidate).toMatchObject({ opleidingsniveau: 'MBO2', startkwalificatie: true, targetGroups: [] });

    const foreign = await createCandidate(server, matchmaker, { opleidingsniveau: 'VMBO', startkwalificatie: true });
    const kept = await gqlOk(server.url, UPDATE_CANDIDATE, { id: foreign.id, input: { opleidingsniveau: 'MBO1' } }, matchmaker.token);
    expect(kept.updateCandidate).toMatchObject({ opleidingsniveau: 'MBO1', startkwalificatie: true });
  });

  it('refuses null for what a profile must have, writing nothing', async () => {
    const created = await createCandidate(server, matchmaker, {});
    const before = [await storedRow(server, 'candidate', created.id), await storedRow(server, 'candidate_personal', created.id)];
    for (const field of ['firstName', 'talents', 'status', 'visibleToEmployers']) {
      const res = await withoutWrites(server, () => gql(server.url, UPDATE_CANDIDATE, { id: created.id, input: { [field]: null } }, matchmaker.token));
      expectBadInput(res, `input.${field}`, /mag niet leeg gemaakt worden/);
    }
    expect([await storedRow(server, 'candidate', created.id), await storedRow(server, 'candidate_personal', created.id)]).toEqual(before);
  });

  it('gets NOT_FOUND when updating a candidate that does not exist', async () => {
    const res = await withoutWrites(server, () =>
      gql(server.url, UPDATE_CANDIDATE, { id: '00000000-0000-4000-8000-000000000000', input: { hoursMax: 10 } }, matchmaker.token),
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('hands a candidate to another matchmaker', async () => {
    const other = await loginAs(server, 'LEERWERKMAKELAAR');
    const created = await createCandidate(server, matchmaker, {});
    const { updateCandidate } = await gqlOk(server.url, UPDATE_CANDIDATE, { id: created.id, input: { matchmakerId: other.id } }, matchmaker.token);
    expect(updateCandidate.matchmakerId).toBe(other.id);
  });
});

describe('finding candidates', () => {
  let mine: Actor;

  beforeAll(async () => {
    mine = await loginAs(server, 'MATCHMAKER');
    await createCandidate(server, mine, { firstName: 'Fatima', lastName: 'Zoekbaar', statushouder: true });
    await createCandidate(server, mine, { firstName: 'Pieter', lastName: 'Zoekbaar', status: 'PLACED', birthDate: bornYearsAgo(58) });
    await createCandidate(server, mine, { firstName: 'Kevin', lastName: 'Zoekbaar-Jansen', birthDate: bornYearsAgo(19), opleidingsniveau: 'VMBO' });
  });

  async function namesOf(variables: Record<string, unknown>, actor: Actor = matchmaker) {
    const { candidates } = await gqlOk(server.url, CANDIDATE_PAGE, { first: 100, ...variables }, actor.token);
    expect(candidates.totalCount).toBe(candidates.nodes.length);
    return candidates.nodes.map((c: { personal: { firstName: string; lastName: string } }) => `${c.personal.firstName} ${c.personal.lastName}`).sort();
  }

  it('searches by name, first and last name together, case-insensitive', async () => {
    expect(await namesOf({ search: 'zoekbaar' })).toEqual(['Fatima Zoekbaar', 'Kevin Zoekbaar-Jansen', 'Pieter Zoekbaar']);
    expect(await namesOf({ search: 'FATIMA ZOEK' })).toEqual(['Fatima Zoekbaar']);
    expect(await namesOf({ search: 'jansen' })).toEqual(['Kevin Zoekbaar-Jansen']);
    expect(await namesOf({ search: 'nobody-by-this-name' })).toEqual([]);
  });

  it('filters by status, target group and matchmaker', async () => {
    expect(await namesOf({ search: 'zoekbaar', status: 'PLACED' })).toEqual(['Pieter Zoekbaar']);
    expect(await namesOf({ search: 'zoekbaar', status: 'ACTIVE' })).toEqual(['Fatima Zoekbaar', 'Kevin Zoekbaar-Jansen']);
    expect(await namesOf({ search: 'zoekbaar', targetGroup: 'STATUSHOUDER' })).toEqual(['Fatima Zoekbaar']);
    expect(await namesOf({ search: 'zoekbaar', targetGroup: 'VIJFTIG_PLUS' })).toEqual(['Pieter Zoekbaar']);
    expect(await namesOf({ search: 'zoekbaar', targetGroup: 'JONGERE_ZONDER_STARTKWALIFICATIE' })).toEqual(['Kevin Zoekbaar-Jansen']);
    expect(await namesOf({ matchmakerId: mine.id })).toEqual(['Fatima Zoekbaar', 'Kevin Zoekbaar-Jansen', 'Pieter Zoekbaar']);
  });

  it('walks all pages with the cursor without duplicates or gaps', async () => {
    for (let i = 0; i < 7; i++) await createCandidate(server, matchmaker, { firstName: 'Pagina', lastName: `Test ${i}` });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { candidates } = await gqlOk(server.url, CANDIDATE_PAGE, { first: 3, after, search: 'pagina test' }, matchmaker.token);
      expect(candidates.totalCount).toBe(7);
      seen.push(...candidates.nodes.map((c: { id: string }) => c.id));
      after = candidates.pageInfo.hasNextPage ? candidates.pageInfo.endCursor : undefined;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    const { rows } = await server.db.query<{ id: string }>(
      `SELECT c.id FROM candidate c JOIN candidate_personal p ON p.candidate_id = c.id WHERE p.first_name = 'Pagina' ORDER BY c.created_at DESC, c.id DESC`,
    );
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('opens one candidate with personal data, and logs who looked', async () => {
    const created = await createCandidate(server, mine, { firstName: 'Noor', lastName: 'Bakker', email: 'noor@example.nl' });
    const { candidate } = await gqlOk(server.url, `query ($id: ID!) { candidate(id: $id) { ${FULL_FIELDS} } }`, { id: created.id }, matchmaker.token);
    expect(candidate).toMatchObject({ id: created.id, personal: { firstName: 'Noor', lastName: 'Bakker', email: 'noor@example.nl' }, matchmakerId: mine.id });
    const { rows } = await server.db.query(`SELECT actor_id, action FROM audit_log WHERE entity_type = 'candidate' AND entity_id = $1 ORDER BY id`, [created.id]);
    expect(rows).toEqual([
      { actor_id: mine.id, action: 'create' },
      { actor_id: matchmaker.id, action: 'view' },
    ]);
  });

  it('gets NOT_FOUND for a candidate that does not exist', async () => {
    const res = await gql(server.url, '{ candidate(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, matchmaker.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
  });
});

describe('erasing a candidate (AVG)', () => {
  it('deletes the profile and the personal data, and a second erasure finds nothing', async () => {
    const created = await createCandidate(server, matchmaker, { firstName: 'Vergeet', lastName: 'Mij', email: 'vergeet@example.nl', birthDate: bornYearsAgo(40) });
    const untouched = await createCandidate(server, matchmaker, { firstName: 'Blijf', lastName: 'Bestaan' });

    const { eraseCandidate } = await gqlOk(server.url, ERASE, { id: created.id }, matchmaker.token);
    expect(eraseCandidate).toBe(created.id);

    expect((await server.db.query('SELECT 1 FROM candidate WHERE id = $1', [created.id])).rowCount).toBe(0);
    expect((await server.db.query('SELECT 1 FROM candidate_personal WHERE candidate_id = $1', [created.id])).rowCount).toBe(0);
    expect((await server.db.query(`SELECT 1 FROM candidate_personal WHERE first_name = 'Vergeet' OR email = 'vergeet@example.nl'`)).rowCount).toBe(0);
    expect(await storedRow(server, 'candidate_personal', untouched.id)).toMatchObject({ first_name: 'Blijf' });
    const audit = await server.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'erase'`, [created.id]);
    expect(audit.rowCount).toBe(1);

    const again = await withoutWrites(server, () => gql(server.url, ERASE, { id: created.id }, matchmaker.token));
    expect(errorCode(again)).toBe('NOT_FOUND');
    const read = await gql(server.url, `query ($id: ID!) { candidate(id: $id) { id } }`, { id: created.id }, matchmaker.token);
    expect(errorCode(read)).toBe('NOT_FOUND');
    const { candidates } = await gqlOk(server.url, CANDIDATE_PAGE, { search: 'Vergeet' }, matchmaker.token);
    expect(candidates.totalCount).toBe(0);
  });
});
