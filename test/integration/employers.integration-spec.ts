import { Actor, loginAs } from '../helpers/actors';
import { createEmployer, EMPLOYER_FIELDS } from '../helpers/domain-actions';
import { expectBadInput, expectNoInternals, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const EMPLOYER_PAGE = `query ($first: Int, $after: String, $search: String) {
  employers(first: $first, after: $after, search: $search) { totalCount pageInfo { endCursor hasNextPage } nodes { id name } }
}`;
const UPDATE_EMPLOYER = `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${EMPLOYER_FIELDS} contactName contactEmail contactPhone } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('an accounthouder keeps the employers of the WSP', () => {
  let accounthouder: Actor;
  let otherAccounthouder: Actor;

  beforeAll(async () => {
    accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    otherAccounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  });

  it('enters a new employer: the place is resolved to coordinates and the postcode written the Dutch way', async () => {
    const employer = await createEmployer(server, accounthouder, {
      name: '  Groenvoorziening De Linde  ',
      kvkNumber: '12345678',
      categoryCode: 'logistiek',
      placeName: 'zoetermeer',
      postcode: '2711ab',
      contactName: 'Petra de Linde',
      contactEmail: 'petra@delinde.nl',
      contactPhone: '079-1234567',
      erkendLeerbedrijf: true,
      accounthouderId: accounthouder.id,
    });
    expect(employer).toMatchObject({
      name: 'Groenvoorziening De Linde',
      kvkNumber: '12345678',
      categoryCode: 'logistiek',
      placeName: 'Zoetermeer',
      postcode: '2711 AB',
      erkendLeerbedrijf: true,
      accounthouderId: accounthouder.id,
    });
    const row = await storedRow(server, 'employer', employer.id);
    expect(row).toMatchObject({ name: 'Groenvoorziening De Linde', place_name: 'Zoetermeer', contact_email: 'petra@delinde.nl' });
    expect(row.lat).toBeCloseTo(52.06, 1);
    expect(row.lon).toBeCloseTo(4.49, 1);
  });

  it('opens one employer by id', async () => {
    const created = await createEmployer(server, accounthouder, { name: 'Bouwbedrijf Haasbroek', placeName: 'Leiden' });
    const { employer } = await gqlOk(server.url, `query ($id: ID!) { employer(id: $id) { ${EMPLOYER_FIELDS} createdAt } }`, { id: created.id }, accounthouder.token);
    expect(employer).toMatchObject({ id: created.id, name: 'Bouwbedrijf Haasbroek', placeName: 'Leiden', erkendLeerbedrijf: false, accounthouderId: null });
  });

  it('gets NOT_FOUND for an employer that does not exist', async () => {
    const res = await gql(server.url, '{ employer(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, accounthouder.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expectNoInternals(res);
  });

  it('finds employers by part of the name, case-insensitive', async () => {
    await createEmployer(server, accounthouder, { name: 'Tuincentrum Het Zonnetje' });
    await createEmployer(server, accounthouder, { name: 'Zonnestudio Zuid' });
    await createEmployer(server, accounthouder, { name: 'Metaalbewerking Rijnland' });
    const { employers } = await gqlOk(server.url, EMPLOYER_PAGE, { search: 'ZONNE' }, accounthouder.token);
    expect(employers.nodes.map((e: { name: string }) => e.name).sort()).toEqual(['Tuincentrum Het Zonnetje', 'Zonnestudio Zuid']);
    expect(employers.totalCount).toBe(2);
  });

  it('treats % and _ in a search as plain characters', async () => {
    await createEmployer(server, accounthouder, { name: 'Korting 100% BV' });
    const { employers } = await gqlOk(server.url, EMPLOYER_PAGE, { search: '100%' }, accounthouder.token);
    expect(employers.nodes.map((e: { name: string }) => e.name)).toEqual(['Korting 100% BV']);
    const none = await gqlOk(server.url, EMPLOYER_PAGE, { search: '_' }, accounthouder.token);
    expect(none.employers.totalCount).toBe(0);
  });

  it('changes only what the update names and keeps everything else', async () => {
    const created = await createEmployer(server, accounthouder, {
      name: 'Schoonmaakbedrijf Glans',
      kvkNumber: '87654321',
      postcode: '2312 AB',
      placeName: 'Leiden',
      contactName: 'Ahmed Yilmaz',
      categoryCode: 'logistiek',
    });
    const { updateEmployer } = await gqlOk(server.url, UPDATE_EMPLOYER, { id: created.id, input: { contactName: 'Ineke Bos', placeName: 'Gouda' } }, accounthouder.token);
    expect(updateEmployer).toMatchObject({
      name: 'Schoonmaakbedrijf Glans',
      kvkNumber: '87654321',
      postcode: '2312 AB',
      categoryCode: 'logistiek',
      placeName: 'Gouda',
      contactName: 'Ineke Bos',
    });
    const row = await storedRow(server, 'employer', created.id);
    expect(row.lat).toBeCloseTo(52.01, 1);
    expect(row.version).toBe(2);
  });

  it('hands an employer to another accounthouder', async () => {
    const created = await createEmployer(server, accounthouder, { name: 'Kwekerij Van Rijn', accounthouderId: accounthouder.id });
    const { updateEmployer } = await gqlOk(server.url, UPDATE_EMPLOYER, { id: created.id, input: { accounthouderId: otherAccounthouder.id } }, accounthouder.token);
    expect(updateEmployer.accounthouderId).toBe(otherAccounthouder.id);
  });

  it('clears optional fields with an explicit null', async () => {
    const created = await createEmployer(server, accounthouder, {
      name: 'Drukkerij Letterzetter',
      kvkNumber: '11223344',
      postcode: '2711 AB',
      categoryCode: 'logistiek',
      contactName: 'Jan Letter',
      accounthouderId: accounthouder.id,
    });
    const { updateEmployer } = await gqlOk(
      server.url,
      UPDATE_EMPLOYER,
      { id: created.id, input: { kvkNumber: null, postcode: null, categoryCode: null, contactName: null, accounthouderId: null } },
      accounthouder.token,
    );
    expect(updateEmployer).toMatchObject({ name: 'Drukkerij Letterzetter', kvkNumber: null, postcode: null, categoryCode: null, contactName: null, accounthouderId: null });
    expect(await storedRow(server, 'employer', created.id)).toMatchObject({ kvk_number: null, postcode: null, accounthouder_id: null });
  });

  it('refuses an explicit null for a field an employer must have, and leaves the employer as it was', async () => {
    const created = await createEmployer(server, accounthouder, { name: 'Garage Snel', placeName: 'Leiden' });
    const before = await storedRow(server, 'employer', created.id);
    for (const field of ['name', 'placeName', 'erkendLeerbedrijf']) {
      const res = await withoutWrites(server, () => gql(server.url, UPDATE_EMPLOYER, { id: created.id, input: { [field]: null } }, accounthouder.token));
      expectBadInput(res, `input.${field}`, /mag niet leeg gemaakt worden/);
    }
    expect(await storedRow(server, 'employer', created.id)).toEqual(before);
  });

  it('refuses a second employer with the same KvK number as a CONFLICT, writing nothing', async () => {
    await createEmployer(server, accounthouder, { name: 'Eerste BV', kvkNumber: '55556666' });
    const res = await withoutWrites(server, () =>
      gql(server.url, `mutation { createEmployer(input: { name: "Tweede BV", placeName: "Leiden", kvkNumber: "55556666" }) { id } }`, {}, accounthouder.token),
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toContain('55556666');
    expectNoInternals(res);
  });

  it('cannot make someone who is not an accounthouder the accounthouder', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const res = await withoutWrites(server, () =>
      gql(server.url, `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`, { input: { name: 'X', placeName: 'Leiden', accounthouderId: matchmaker.id } }, accounthouder.token),
    );
    expectBadInput(res, 'input.accounthouderId', /is geen actieve accounthouder/);
  });
});

describe('paging through employers', () => {
  let admin: Actor;

  beforeAll(async () => {
    admin = await loginAs(server, 'ADMIN');
    for (let i = 1; i <= 25; i++) await createEmployer(server, admin, { name: `Paginatest ${String(i).padStart(2, '0')}` });
  });

  it('walks every page with the cursor: no duplicates, no gaps, newest first', async () => {
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { employers } = await gqlOk(server.url, EMPLOYER_PAGE, { first: 10, after, search: 'Paginatest' }, admin.token);
      expect(employers.totalCount).toBe(25);
      pageSizes.push(employers.nodes.length);
      seen.push(...employers.nodes.map((e: { id: string }) => e.id));
      if (!employers.pageInfo.hasNextPage) break;
      after = employers.pageInfo.endCursor;
    }
    expect(pageSizes).toEqual([10, 10, 5]);
    expect(new Set(seen).size).toBe(25);
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM employer WHERE name LIKE 'Paginatest%' ORDER BY created_at DESC, id DESC`);
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('counts every employer when not filtered, and the last page says there is no next page', async () => {
    const { employers } = await gqlOk(server.url, EMPLOYER_PAGE, { first: 100 }, admin.token);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM employer');
    expect(employers.totalCount).toBe(rows[0].n);
    expect(employers.nodes).toHaveLength(rows[0].n);
    expect(employers.pageInfo.hasNextPage).toBe(false);
  });

  it('gives 20 per page when `first` is not given', async () => {
    const { employers } = await gqlOk(server.url, EMPLOYER_PAGE, {}, admin.token);
    expect(employers.nodes).toHaveLength(20);
    expect(employers.pageInfo.hasNextPage).toBe(true);
  });

  it('allows at most 100 per page', async () => {
    await server.db.query(`INSERT INTO employer (name, place_name, lat, lon) SELECT 'Bulk ' || g, 'Leiden', 52.16, 4.49 FROM generate_series(1, 80) g`);
    const ok = await gqlOk(server.url, EMPLOYER_PAGE, { first: 100 }, admin.token);
    expect(ok.employers.nodes).toHaveLength(100);
    expectBadInput(await gql(server.url, EMPLOYER_PAGE, { first: 101 }, admin.token), 'first', /moet van 1 tot en met 100 zijn/);
    expectBadInput(await gql(server.url, EMPLOYER_PAGE, { first: 0 }, admin.token), 'first', /moet van 1 tot en met 100 zijn/);
    expectBadInput(await gql(server.url, EMPLOYER_PAGE, { first: -5 }, admin.token), 'first', /moet van 1 tot en met 100 zijn/);
  });

  it('refuses a cursor it did not give out', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    for (const after of ['garbage', '!!!', forged, Buffer.from('[1,2,3]').toString('base64url'), "'; DROP TABLE employer; --"]) {
      expectBadInput(await gql(server.url, EMPLOYER_PAGE, { after }, admin.token), 'after', /is geen cursor die deze API heeft uitgegeven/);
    }
  });
});
