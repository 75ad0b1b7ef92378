import { Actor, loginAs } from '../helpers/actors';
import { createEmployer, createVacancy, EMPLOYER_FIELDS } from '../helpers/domain-actions';
import { expectBadInput, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Issue 8, defect 5: recognition as erkend leerbedrijf is the WSP's to record (SBB recognises, the WSP writes it
 * down), and only an erkend leerbedrijf may offer a leerwerkplek (BBL).
 */
const UPDATE_EMPLOYER = `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${EMPLOYER_FIELDS} } }`;
const UPDATE_VACANCY = `mutation ($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { id leerwerkplek } }`;
const SET_STATUS = `mutation ($id: ID!, $status: VacancyStatus!) { setVacancyStatus(id: $id, status: $status) { id status } }`;
const CREATE_VACANCY = `mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const BBL = { title: 'Logistiek medewerker (BBL)', leerwerkplek: true, contractType: 'BBL' };

let server: TestServer;
let accounthouder: Actor;
let werkgever: Actor;
let notErkend: { id: string };
let erkend: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  notErkend = await createEmployer(server, accounthouder, { name: 'Hoveniersbedrijf Groen', placeName: 'Gouda' });
  erkend = await createEmployer(server, accounthouder, { name: 'Installatiebedrijf Vonk', placeName: 'Leiden', erkendLeerbedrijf: true });
  werkgever = await loginAs(server, 'WERKGEVER', { employerId: notErkend.id });
});
afterAll(() => server?.stop());

describe('a WERKGEVER cannot record what the WSP records', () => {
  it.each([
    [{ erkendLeerbedrijf: true }, ['input.erkendLeerbedrijf']],
    [{ kvkNumber: '12345678' }, ['input.kvkNumber']],
    [{ erkendLeerbedrijf: false, kvkNumber: null, contactName: 'Ik' }, ['input.erkendLeerbedrijf', 'input.kvkNumber']],
  ])('refuses %j as FORBIDDEN naming the field, and writes nothing', async (input, fields) => {
    const before = await storedRow(server, 'employer', notErkend.id);
    const res = await withoutWrites(server, () => gql(server.url, UPDATE_EMPLOYER, { id: notErkend.id, input }, werkgever.token));
    expect(errorCode(res)).toBe('FORBIDDEN');
    for (const field of fields) expect(res.errors![0].message).toContain(field);
    expect((res.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(fields);
    expect(res.data?.updateEmployer ?? null).toBeNull();
    expect(await storedRow(server, 'employer', notErkend.id)).toEqual(before);
  });

  it('still lets the WERKGEVER change its contact details', async () => {
    const { updateEmployer } = await gqlOk(server.url, UPDATE_EMPLOYER, { id: notErkend.id, input: { contactName: 'Petra de Groot' } }, werkgever.token);
    expect(updateEmployer).toMatchObject({ erkendLeerbedrijf: false, kvkNumber: null });
  });

  it('lets WSP staff record the recognition and the KvK number', async () => {
    const other = await createEmployer(server, accounthouder, { name: 'Bakkerij Meelbloem', placeName: 'Delft' });
    const { updateEmployer } = await gqlOk(server.url, UPDATE_EMPLOYER, { id: other.id, input: { erkendLeerbedrijf: true, kvkNumber: '55667788' } }, accounthouder.token);
    expect(updateEmployer).toMatchObject({ erkendLeerbedrijf: true, kvkNumber: '55667788' });
  });
});

describe('only an erkend leerbedrijf offers a leerwerkplek', () => {
  it('refuses to create a leerwerkplek for an employer that is not erkend, for the WERKGEVER and for staff', async () => {
    for (const [actor, input] of [
      [werkgever, BBL],
      [accounthouder, { ...BBL, employerId: notErkend.id }],
    ] as const) {
      const res = await withoutWrites(server, () =>
        gql(server.url, CREATE_VACANCY, { input: { hoursMin: 32, hoursMax: 38, placeName: 'Gouda', ...input } }, actor.token),
      );
      expectBadInput(res, 'leerwerkplek', /erkend leerbedrijf/);
    }
  });

  it('refuses to turn a vacancy into a leerwerkplek, and to publish one, when the employer is not erkend', async () => {
    const vacancy = await createVacancy(server, werkgever, { title: 'Hovenier' });
    const res = await withoutWrites(server, () => gql(server.url, UPDATE_VACANCY, { id: vacancy.id, input: { leerwerkplek: true } }, werkgever.token));
    expectBadInput(res, 'leerwerkplek', /erkend leerbedrijf/);
    expect((await storedRow(server, 'vacancy', vacancy.id)).leerwerkplek).toBe(false);

    // A leerwerkplek posted while the employer was erkend cannot be published once the recognition is gone.
    const employer = await createEmployer(server, accounthouder, { name: 'Timmerbedrijf Hout', placeName: 'Delft', erkendLeerbedrijf: true });
    const bbl = await createVacancy(server, accounthouder, { ...BBL, employerId: employer.id });
    await gqlOk(server.url, UPDATE_EMPLOYER, { id: employer.id, input: { erkendLeerbedrijf: false } }, accounthouder.token);
    const publish = await withoutWrites(server, () => gql(server.url, SET_STATUS, { id: bbl.id, status: 'OPEN' }, accounthouder.token));
    expectBadInput(publish, 'leerwerkplek', /erkend leerbedrijf/);
    expect((await storedRow(server, 'vacancy', bbl.id)).status).toBe('DRAFT');
  });

  it('accepts and publishes a leerwerkplek at an erkend leerbedrijf', async () => {
    const bbl = await createVacancy(server, accounthouder, { ...BBL, employerId: erkend.id, placeName: 'Leiden' });
    const { setVacancyStatus } = await gqlOk(server.url, SET_STATUS, { id: bbl.id, status: 'OPEN' }, accounthouder.token);
    expect(setVacancyStatus.status).toBe('OPEN');
  });
});
