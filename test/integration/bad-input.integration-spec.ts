import { Actor, loginAs, tableCounts } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy, VACANCY_FIELDS } from '../helpers/domain-actions';
import { expectBadInput, expectNoInternals, storedRow } from '../helpers/expectations';
import { errorCode, gql, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

function daysFromToday(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}
function bornYearsAgo(age: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return new Date(d.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
}

const CREATE_VACANCY = 'mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }';
const UPDATE_VACANCY = 'mutation ($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { id } }';
const CREATE_CANDIDATE = 'mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }';
const UPDATE_CANDIDATE = 'mutation ($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }';
const CREATE_EMPLOYER = 'mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }';
const UPDATE_EMPLOYER = 'mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id } }';

let server: TestServer;
let accounthouder: Actor;
let matchmaker: Actor;
let werkgever: Actor;
let employer: { id: string };
let otherEmployer: { id: string };
let vacancy: { id: string };
let candidate: { id: string };

/** A vacancy as the form sends it, valid unless a case changes it. */
const vacancyInput = (changes: Record<string, unknown> = {}) => ({
  employerId: employer.id,
  title: 'Orderpicker',
  hoursMin: 24,
  hoursMax: 32,
  placeName: 'Zoetermeer',
  contractType: 'TIJDELIJK',
  requiredTalents: ['orderpicken'],
  ...changes,
});

beforeAll(async () => {
  server = await startTestServer();
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  matchmaker = await loginAs(server, 'MATCHMAKER');
  employer = await createEmployer(server, accounthouder, { name: 'Eigen BV', placeName: 'Zoetermeer' });
  otherEmployer = await createEmployer(server, accounthouder, { name: 'Andere BV', placeName: 'Leiden' });
  werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
  vacancy = await createVacancy(server, accounthouder, { employerId: employer.id });
  candidate = await createCandidate(server, matchmaker, { hoursMin: 20, hoursMax: 32, birthDate: bornYearsAgo(30) });
});
afterAll(() => server?.stop());

interface BadInputCase {
  what: string;
  actor: () => Actor;
  query: string;
  variables?: () => Record<string, unknown>;
  /** What the message must name: the field as the client sent it. */
  field: string | RegExp;
  /** What the message must say is wrong. */
  problem: RegExp;
  /** The stored row an update aims at, which must stay exactly as it was. */
  row?: () => ['employer' | 'vacancy' | 'candidate' | 'candidate_personal', string];
}

const CASES: BadInputCase[] = [
  // Enumerations
  {
    what: 'an unknown contract type, as a variable',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ contractType: 'ZZP' }) }),
    field: 'input.contractType',
    problem: /"ZZP" is geen toegestane keuze/,
  },
  {
    what: 'an unknown contract type, written in the query',
    actor: () => accounthouder,
    query: `mutation ($e: ID) { createVacancy(input: { employerId: $e, title: "Kok", hoursMin: 8, hoursMax: 16, placeName: "Leiden", contractType: ZZP }) { id } }`,
    variables: () => ({ e: employer.id }),
    field: 'input.contractType',
    problem: /"ZZP" is geen toegestane keuze/,
  },
  {
    what: 'an unknown contract type, written in the query as a string',
    actor: () => accounthouder,
    query: `mutation ($e: ID) { createVacancy(input: { employerId: $e, title: "Kok", hoursMin: 8, hoursMax: 16, placeName: "Leiden", contractType: "VAST" }) { id } }`,
    variables: () => ({ e: employer.id }),
    field: 'input.contractType',
    problem: /"VAST" is geen toegestane keuze/,
  },
  {
    what: 'an unknown taalniveau on a candidate update',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { taalniveau: 'D1' } }),
    field: 'input.taalniveau',
    problem: /"D1" is geen toegestane keuze/,
    row: () => ['candidate', candidate.id],
  },
  {
    what: 'an unknown status when changing a vacancy status',
    actor: () => accounthouder,
    query: 'mutation ($id: ID!, $s: VacancyStatus!) { setVacancyStatus(id: $id, status: $s) { id } }',
    variables: () => ({ id: vacancy.id, s: 'ARCHIVED' }),
    field: '$s',
    problem: /"ARCHIVED" is geen toegestane keuze/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'an unknown status in a list filter, written in the query',
    actor: () => accounthouder,
    query: '{ vacancies(status: [OPEN, ARCHIVED]) { totalCount } }',
    field: /^status: /,
    problem: /"ARCHIVED" is geen toegestane keuze/,
  },
  // Dates
  {
    what: 'a closing date in the past',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ closingDate: daysFromToday(-2) }) }),
    field: 'input.closingDate',
    problem: /mag niet in het verleden liggen/,
  },
  {
    what: 'a closing date in the past, on an update',
    actor: () => accounthouder,
    query: UPDATE_VACANCY,
    variables: () => ({ id: vacancy.id, input: { closingDate: '2020-01-01', title: 'Nieuwe titel' } }),
    field: 'input.closingDate',
    problem: /mag niet in het verleden liggen/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'an impossible date (30 February), as a variable',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ closingDate: '2026-02-30' }) }),
    field: 'input.closingDate',
    problem: /moet een bestaande datum zijn, geschreven als jjjj-mm-dd, niet "2026-02-30"/,
  },
  {
    what: 'an impossible date (30 February), written in the query',
    actor: () => matchmaker,
    query: 'mutation ($id: ID!) { updateCandidate(id: $id, input: { availableFrom: "2026-02-30" }) { id } }',
    variables: () => ({ id: candidate.id }),
    field: 'input.availableFrom',
    problem: /moet een bestaande datum zijn, geschreven als jjjj-mm-dd, niet "2026-02-30"/,
    row: () => ['candidate', candidate.id],
  },
  {
    what: 'a date in another format',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'A', lastName: 'B', birthDate: '15-03-1990' } }),
    field: 'input.birthDate',
    problem: /jjjj-mm-dd/,
  },
  {
    what: 'a birth date that makes the candidate 5 years old',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'Klein', lastName: 'Kind', birthDate: bornYearsAgo(5) } }),
    field: 'input.birthDate',
    problem: /geeft een leeftijd buiten 15 tot 100 jaar/,
  },
  {
    what: 'a birth date that makes the candidate 5 years old, on an update',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { birthDate: bornYearsAgo(5) } }),
    field: 'input.birthDate',
    problem: /geeft een leeftijd buiten 15 tot 100 jaar/,
    row: () => ['candidate_personal', candidate.id],
  },
  // Hours
  {
    what: 'negative hours',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ hoursMin: -4 }) }),
    field: 'input.hoursMin',
    problem: /^input\.hoursMin: moet van 0 tot en met 60 zijn$/,
  },
  {
    what: 'more hours than a week can hold',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { hoursMax: 80 } }),
    field: 'input.hoursMax',
    problem: /^input\.hoursMax: moet van 1 tot en met 60 zijn$/,
    row: () => ['candidate', candidate.id],
  },
  {
    what: 'hoursMin above hoursMax',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ hoursMin: 36, hoursMax: 20 }) }),
    field: 'input.hoursMin',
    problem: /mag niet hoger zijn dan het maximum aantal uren \(36 > 20\)/,
  },
  {
    what: 'hoursMin above the stored hoursMax, on a vacancy update',
    actor: () => accounthouder,
    query: UPDATE_VACANCY,
    variables: () => ({ id: vacancy.id, input: { hoursMin: 40 } }),
    field: 'input.hoursMin',
    problem: /mag niet hoger zijn dan het maximum aantal uren \(40 > 32\)/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'hoursMin above the stored hoursMax, on a candidate update',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { hoursMin: 36 } }),
    field: 'input.hoursMin',
    problem: /mag niet hoger zijn dan het maximum aantal uren \(36 > 32\)/,
    row: () => ['candidate', candidate.id],
  },
  // Places and postcodes
  {
    what: 'a place that does not exist',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ placeName: 'Atlantis' }) }),
    field: 'input.placeName',
    problem: /onbekende plaats "Atlantis"/,
  },
  {
    what: 'a typo in a place name, with a suggestion',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'A', lastName: 'B', placeName: 'Zoetermer' } }),
    field: 'input.placeName',
    problem: /onbekende plaats "Zoetermer" \(bedoelt u: Zoetermeer/,
  },
  {
    what: 'a typo in the place of an employer, on an update',
    actor: () => accounthouder,
    query: UPDATE_EMPLOYER,
    variables: () => ({ id: employer.id, input: { placeName: 'Leidn', name: 'Nieuwe naam' } }),
    field: 'input.placeName',
    problem: /onbekende plaats "Leidn" \(bedoelt u: .*Leiden/,
    row: () => ['employer', employer.id],
  },
  {
    what: 'a postcode that is not Dutch',
    actor: () => accounthouder,
    query: CREATE_EMPLOYER,
    variables: () => ({ input: { name: 'Postcode BV', placeName: 'Leiden', postcode: '0123 AB' } }),
    field: 'input.postcode',
    problem: /moet een Nederlandse postcode zijn, zoals "2242 AB"/,
  },
  {
    what: 'a postcode in the wrong shape, on a candidate',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { postcode: 'AB 1234' } }),
    field: 'input.postcode',
    problem: /moet een Nederlandse postcode zijn/,
    row: () => ['candidate', candidate.id],
  },
  // Sizes
  {
    what: 'a talent list of 10,000 items',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ requiredTalents: Array.from({ length: 10_000 }, (_, i) => `talent ${i}`) }) }),
    field: 'input.requiredTalents',
    problem: /mag hoogstens 30 waarden bevatten/,
  },
  {
    what: 'a description of 200 KB',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ description: 'Wij zoeken een collega. '.repeat(200_000 / 24) }) }),
    field: 'input.description',
    problem: /mag hoogstens 10000 tekens lang zijn/,
  },
  {
    what: 'a search text of 1,000 characters',
    actor: () => matchmaker,
    query: 'query ($s: String) { candidates(search: $s) { totalCount } }',
    variables: () => ({ s: 'x'.repeat(1000) }),
    field: 'search',
    problem: /mag hoogstens 100 tekens lang zijn/,
  },
  // Reference data
  {
    what: 'an unknown talent, with "did you mean"',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ requiredTalents: ['orderpicken', 'heftruk'] }) }),
    field: 'input.requiredTalents',
    problem: /onbekend talent "heftruk" \(bedoelt u: .*heftruck/,
  },
  {
    what: 'an unknown talent on a candidate',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { talents: ['raketbouw'] } }),
    field: 'input.talents',
    problem: /onbekend talent "raketbouw"/,
    row: () => ['candidate', candidate.id],
  },
  {
    what: 'an unknown category',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ categoryCode: 'ruimtevaart' }) }),
    field: 'input.categoryCode',
    problem: /onbekende beroepsgroep "ruimtevaart"; zie de lijst categories/,
  },
  {
    what: 'an unknown beroepswens',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'A', lastName: 'B', categoryWishes: ['logistiek', 'piraterij'] } }),
    field: 'input.categoryWishes',
    problem: /onbekende beroepsgroep "piraterij"/,
  },
  {
    what: 'an unknown klantcategorie',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'A', lastName: 'B', klantcategorie: '4C' } }),
    field: 'input.klantcategorie',
    problem: /onbekende klantcategorie "4C"; kies een van 1A, 1B, 1C, 2A, 2B, 3A, 3B/,
  },
  // Ids
  {
    what: 'an id that is not a UUID, when reading',
    actor: () => accounthouder,
    query: '{ vacancy(id: "42") { id } }',
    field: 'id',
    problem: /is geen geldige verwijzing \(id\)/,
  },
  {
    what: 'an id that is not a UUID, when updating',
    actor: () => accounthouder,
    query: UPDATE_EMPLOYER,
    variables: () => ({ id: "1' OR '1'='1", input: { name: 'X' } }),
    field: 'id',
    problem: /is geen geldige verwijzing \(id\)/,
  },
  {
    what: 'an id that is not a UUID, when erasing',
    actor: () => matchmaker,
    query: 'mutation { eraseCandidate(id: "alles") }',
    field: 'id',
    problem: /is geen geldige verwijzing \(id\)/,
  },
  {
    what: 'an employer id that is not a UUID inside an input',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ employerId: 'bakkerij' }) }),
    field: 'input.employerId',
    problem: /is geen geldige verwijzing \(id\)/,
  },
  {
    what: 'an employer that does not exist',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ employerId: '00000000-0000-4000-8000-000000000000' }) }),
    field: 'input.employerId',
    problem: /geen werkgever gevonden met id 00000000-0000-4000-8000-000000000000/,
  },
  {
    what: "another employer's id, from a WERKGEVER",
    actor: () => werkgever,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ employerId: otherEmployer.id }) }),
    field: 'input.employerId',
    problem: /u kunt alleen vacatures plaatsen voor uw eigen organisatie/,
  },
  {
    what: 'a matchmaker id of someone who is not a matchmaker',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { matchmakerId: werkgever.id } }),
    field: 'input.matchmakerId',
    problem: /is geen actieve matchmaker of leerwerkmakelaar/,
    row: () => ['candidate', candidate.id],
  },
  // Shape of the input
  {
    what: 'an unknown property in an input object, as a variable',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ salaris: 3000 }) }),
    field: 'input.salaris',
    problem: /is geen veld van deze invoer/,
  },
  {
    what: 'an unknown property in an input object, written in the query',
    actor: () => accounthouder,
    query: `mutation ($id: ID!) { updateVacancy(id: $id, input: { title: "Kok", salaris: 3000 }) { id } }`,
    variables: () => ({ id: vacancy.id }),
    field: 'input.salaris',
    problem: /is geen veld van deze invoer/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'an explicit null for a required vacancy field, on an update',
    actor: () => accounthouder,
    query: UPDATE_VACANCY,
    variables: () => ({ id: vacancy.id, input: { title: null, hoursMax: 40 } }),
    field: 'input.title',
    problem: /mag niet leeg gemaakt worden/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'an explicit null for every required vacancy field at once: each is named',
    actor: () => accounthouder,
    query: UPDATE_VACANCY,
    variables: () => ({ id: vacancy.id, input: { placeName: null, contractType: null, requiredTalents: null } }),
    field: /input\.requiredTalents.*input\.placeName.*input\.contractType/,
    problem: /mag niet leeg gemaakt worden/,
    row: () => ['vacancy', vacancy.id],
  },
  {
    what: 'an explicit null for a candidate name, on an update',
    actor: () => matchmaker,
    query: UPDATE_CANDIDATE,
    variables: () => ({ id: candidate.id, input: { lastName: null } }),
    field: 'input.lastName',
    problem: /mag niet leeg gemaakt worden/,
    row: () => ['candidate_personal', candidate.id],
  },
  {
    what: 'a negative number of years of work experience, inside a list',
    actor: () => matchmaker,
    query: CREATE_CANDIDATE,
    variables: () => ({ input: { firstName: 'A', lastName: 'B', workExperience: [{ title: 'Kok', years: 2 }, { title: 'Afwasser', years: -1 }] } }),
    field: 'input.workExperience.1.years',
    problem: /input\.workExperience\.1\.years: moet van 0 tot en met 60 zijn/,
  },
  {
    what: 'a KvK number that is not 8 digits',
    actor: () => accounthouder,
    query: CREATE_EMPLOYER,
    variables: () => ({ input: { name: 'KvK BV', placeName: 'Leiden', kvkNumber: '1234' } }),
    field: 'input.kvkNumber',
    problem: /moet uit 8 cijfers bestaan/,
  },
  {
    what: 'an empty title',
    actor: () => accounthouder,
    query: CREATE_VACANCY,
    variables: () => ({ input: vacancyInput({ title: '' }) }),
    field: 'input.title',
    problem: /moet minstens 2 tekens lang zijn/,
  },
];

describe('bad input is refused with BAD_USER_INPUT, a plain message naming the field, and nothing written', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const row = c.row?.();
    const rowBefore = row ? await storedRow(server, ...row) : undefined;
    const countsBefore = await tableCounts(server);

    const res = await gql(server.url, c.query, c.variables?.() ?? {}, c.actor().token);

    expectBadInput(res, c.field, c.problem);
    expect(await tableCounts(server)).toEqual(countsBefore);
    if (row) expect(await storedRow(server, ...row)).toEqual(rowBefore);
  });

  it('answers a 5 MB request with HTTP 413 in GraphQL shape, and writes nothing', async () => {
    const countsBefore = await tableCounts(server);
    const res = await gql(server.url, CREATE_VACANCY, { input: vacancyInput({ description: 'x'.repeat(5 * 1024 * 1024) }) }, accounthouder.token);
    expect(res.status).toBe(413);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/Het verzoek is groter dan 1 MB/);
    expect(res.data).toBeUndefined();
    expectNoInternals(res);
    expect(await tableCounts(server)).toEqual(countsBefore);
  });

  it('lists every problem of one input at once', async () => {
    const res = await gql(server.url, CREATE_VACANCY, { input: vacancyInput({ hoursMin: 40, hoursMax: 20, closingDate: '2020-01-01' }) }, accounthouder.token);
    expectBadInput(res, 'input.hoursMin', /mag niet hoger zijn dan het maximum aantal uren/);
    expect(res.errors![0].message).toMatch(/input\.closingDate: mag niet in het verleden liggen/);
    expect((res.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.hoursMin', 'input.closingDate']);
  });
});

describe('errors never show how the server works inside', () => {
  async function refused(res: GraphQLResponse, code: string) {
    expect(errorCode(res)).toBe(code);
    expectNoInternals(res);
  }

  it('keeps driver errors, SQL and stack traces to itself, and says only that something went wrong', async () => {
    // A database failure the service cannot foresee, with a message full of internals.
    await server.db.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'new row for relation "employer" violates check constraint "boom" at /var/lib/secret.sql'; END $$`);
    await server.db.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON employer FOR EACH ROW WHEN (NEW.name = 'Boom BV') EXECUTE FUNCTION refuse_boom()`);
    try {
      const countsBefore = await tableCounts(server);
      const res = await gql(server.url, CREATE_EMPLOYER, { input: { name: 'Boom BV', placeName: 'Leiden' } }, accounthouder.token);
      expect(res.errors).toEqual([{ message: 'Er ging iets mis op de server. Probeer het later opnieuw.', path: ['createEmployer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expectNoInternals(res);
      expect(await tableCounts(server)).toEqual(countsBefore);
      expect(server.logs()).toContain('violates check constraint \\"boom\\"');
    } finally {
      await server.db.query('DROP TRIGGER refuse_boom ON employer; DROP FUNCTION refuse_boom()');
    }
  });

  it('refuses every other kind of request cleanly', async () => {
    await refused(await gql(server.url, '{ vacancies { totalCount } }'), 'UNAUTHENTICATED');
    await refused(await gql(server.url, '{ me { id } }', {}, 'not-a-token'), 'UNAUTHENTICATED');
    await refused(await gql(server.url, '{ candidates { totalCount } }', {}, werkgever.token), 'FORBIDDEN');
    await refused(await gql(server.url, '{ employer(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, accounthouder.token), 'NOT_FOUND');
    await refused(await gql(server.url, '{ vacancies { nodes { salary } } }', {}, accounthouder.token), 'GRAPHQL_VALIDATION_FAILED');
    await refused(await gql(server.url, '{ vacancies { ', {}, accounthouder.token), 'GRAPHQL_PARSE_FAILED');
    await refused(
      await gql(server.url, `{ vacancies(first: 100) { nodes { ${VACANCY_FIELDS} description employer { id name kvkNumber placeName postcode contactName contactEmail contactPhone erkendLeerbedrijf createdAt } } } }`, {}, accounthouder.token),
      'QUERY_TOO_COMPLEX',
    );
    await refused(await gql(server.url, 'mutation ($id: ID!) { eraseCandidate(id: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, matchmaker.token), 'NOT_FOUND');
  });

  it('answers a body that is not JSON with a GraphQL-shaped BAD_REQUEST', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me { id } }"' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
    expect(errorCode({ status: res.status, ...body })).toBe('BAD_REQUEST');
    expectNoInternals({ status: res.status, ...body });
  });
});
