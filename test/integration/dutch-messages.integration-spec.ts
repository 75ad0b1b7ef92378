import { Actor, loginAs } from '../helpers/actors';
import { createEmployer } from '../helpers/domain-actions';
import { expectNoInternals, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * What a person reads when the API refuses something is Dutch: each field problem names the field as the client
 * sent it (in `extensions.fields` and before the message) and says in Dutch what is wrong; refusals for the role,
 * a missing record, a conflict, a login or an over-large request say it in Dutch too. The codes stay as they are.
 */
describe('the API says what is wrong in Dutch', () => {
  let server: TestServer;
  let accounthouder: Actor;
  let werkgever: Actor;
  let employerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    const employer = await createEmployer(server, accounthouder, { name: 'Taal BV', placeName: 'Zoetermeer', kvkNumber: '12345678' });
    employerId = employer.id;
    werkgever = await loginAs(server, 'WERKGEVER', { employerId });
  });
  afterAll(() => server?.stop());

  const CREATE_VACANCY = 'mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }';
  const CREATE_EMPLOYER = 'mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }';
  const vacancy = (changes: Record<string, unknown>) => ({
    employerId,
    title: 'Orderpicker',
    hoursMin: 24,
    hoursMax: 32,
    placeName: 'Zoetermeer',
    contractType: 'TIJDELIJK',
    ...changes,
  });

  /** Words of class-validator's and graphql-js's English messages, which must no longer reach anyone. */
  const ENGLISH = /\b(must|should|cannot|does not exist|not found|is not|only|required|already|unknown|too many|too complex|log in)\b/i;

  /** The one error of a refused request: its code, and each field with its Dutch message, exactly (in any order). */
  function expectRefused(res: GraphQLResponse, code: string, problems: Array<{ field: string; message: string }>): void {
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe(code);
    const [error] = res.errors!;
    const fields = error.extensions!.fields as Array<{ field: string; message: string }>;
    const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
    expect([...fields].sort(byField)).toEqual([...problems].sort(byField));
    expect(error.extensions!.field).toBe(fields[0].field);
    expect(error.message).toBe(fields.map((p) => `${p.field}: ${p.message}`).join('; '));
    expect(error.message).not.toMatch(ENGLISH);
    expectNoInternals(res);
  }

  it('says each broken validation rule of an input in Dutch, with its limits, at its field', async () => {
    const res = await withoutWrites(server, () =>
      gql(server.url, CREATE_VACANCY, { input: vacancy({ title: 'K', hoursMin: 70, requiredTalents: ['x'.repeat(61)], openings: 0 }) }, accounthouder.token),
    );
    expectRefused(res, 'BAD_USER_INPUT', [
      { field: 'input.title', message: 'moet minstens 2 tekens lang zijn' },
      { field: 'input.requiredTalents', message: 'elke waarde in de lijst mag hoogstens 60 tekens lang zijn' },
      { field: 'input.hoursMin', message: 'moet van 0 tot en met 60 zijn' },
      { field: 'input.openings', message: 'moet van 1 tot en met 1000 zijn' },
    ]);
  });

  it('says an e-mail address, a KvK number and an id in the wrong shape in Dutch', async () => {
    const res = await withoutWrites(server, () =>
      gql(server.url, CREATE_EMPLOYER, { input: { name: 'Vorm BV', placeName: 'Leiden', kvkNumber: '123', contactEmail: 'geen-adres', accounthouderId: 'x' } }, accounthouder.token),
    );
    expectRefused(res, 'BAD_USER_INPUT', [
      { field: 'input.kvkNumber', message: 'moet uit 8 cijfers bestaan' },
      { field: 'input.contactEmail', message: 'moet een e-mailadres zijn, zoals naam@voorbeeld.nl' },
      { field: 'input.accounthouderId', message: 'is geen geldige verwijzing (id)' },
    ]);
  });

  it('says a page size out of range in Dutch', async () => {
    const res = await gql(server.url, '{ vacancies(first: 0) { totalCount } }', {}, accounthouder.token);
    expectRefused(res, 'BAD_USER_INPUT', [{ field: 'first', message: 'moet van 1 tot en met 100 zijn' }]);
  });

  it('says a variable of the wrong type (integer, boolean, choice, missing field) in Dutch, with HTTP 400', async () => {
    const { title: _title, ...withoutTitle } = vacancy({ hoursMin: 1.5, leerwerkplek: 'ja', contractType: 'ZZP' });
    const res = await withoutWrites(server, () => gql(server.url, CREATE_VACANCY, { input: withoutTitle }, accounthouder.token));
    expect(res.status).toBe(400);
    expectRefused(res, 'BAD_USER_INPUT', [
      { field: 'input.hoursMin', message: 'moet een geheel getal zijn, niet 1.5' },
      { field: 'input.contractType', message: '"ZZP" is geen toegestane keuze' },
      { field: 'input.leerwerkplek', message: 'moet ja of nee zijn (true of false), niet "ja"' },
      { field: 'input.title', message: 'is verplicht' },
    ]);
  });

  it('says a value written in the query in Dutch, naming its field', async () => {
    const literal = `mutation { createVacancy(input: { employerId: "${employerId}", title: "Kok", hoursMin: 8, hoursMax: 16, placeName: "Leiden", contractType: ZZP }) { id } }`;
    expectRefused(await withoutWrites(server, () => gql(server.url, literal, {}, accounthouder.token)), 'BAD_USER_INPUT', [
      { field: 'input.contractType', message: '"ZZP" is geen toegestane keuze' },
    ]);
    const missing = `mutation { createVacancy(input: { employerId: "${employerId}", title: "Kok", hoursMin: 8, hoursMax: 16, contractType: VAST }) { id } }`;
    expectRefused(await withoutWrites(server, () => gql(server.url, missing, {}, accounthouder.token)), 'BAD_USER_INPUT', [
      { field: 'input.placeName', message: 'is verplicht' },
    ]);
  });

  it('says a rule of the service in Dutch at its field', async () => {
    const res = await withoutWrites(server, () => gql(server.url, CREATE_VACANCY, { input: vacancy({ hoursMin: 40, hoursMax: 20 }) }, accounthouder.token));
    expectRefused(res, 'BAD_USER_INPUT', [{ field: 'input.hoursMin', message: 'mag niet hoger zijn dan het maximum aantal uren (40 > 20)' }]);
  });

  /** A refusal that is not about a field: its code and its exact Dutch message. */
  function expectMessage(res: GraphQLResponse, code: string, message: string | RegExp): void {
    expect(errorCode(res)).toBe(code);
    if (typeof message === 'string') expect(res.errors![0].message).toBe(message);
    else expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message).not.toMatch(ENGLISH);
    expectNoInternals(res);
  }

  it('refuses a role, a missing record, a second KvK number, a login and a query too large, each in Dutch', async () => {
    expectMessage(await gql(server.url, '{ candidates { totalCount } }', {}, werkgever.token), 'FORBIDDEN', 'Dit mag de rol WERKGEVER niet.');
    expectMessage(
      await gql(server.url, '{ vacancy(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, accounthouder.token),
      'NOT_FOUND',
      'Geen vacature gevonden met id 00000000-0000-4000-8000-000000000000.',
    );
    const twice = await withoutWrites(server, () => gql(server.url, CREATE_EMPLOYER, { input: { name: 'Dubbel BV', placeName: 'Delft', kvkNumber: '12345678' } }, accounthouder.token));
    expectMessage(twice, 'CONFLICT', 'Er is al een werkgever met KvK-nummer 12345678.');
    expect(twice.errors![0].extensions!.field).toBe('input.kvkNumber');
    expectMessage(
      await gql(server.url, 'mutation { login(email: "niemand@test.wsp", password: "geen-goed-wachtwoord") { token } }'),
      'UNAUTHENTICATED',
      'Onbekend e-mailadres of verkeerd wachtwoord.',
    );
    expectMessage(await gql(server.url, '{ vacancies { totalCount } }'), 'UNAUTHENTICATED', /^U bent niet ingelogd/);
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: me { id }`).join(' ');
    expectMessage(await gql(server.url, `{ ${aliases} }`, {}, accounthouder.token), 'QUERY_TOO_COMPLEX', 'Te veel velden bovenaan één verzoek: 21, het maximum is 20. Stuur minder aliassen.');
  });
});
