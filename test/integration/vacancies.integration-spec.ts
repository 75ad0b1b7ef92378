import { Actor, loginAs } from '../helpers/actors';
import { createEmployer, createVacancy, VACANCY_FIELDS } from '../helpers/domain-actions';
import { expectBadInput, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/** A date n days from today, YYYY-MM-DD (the server compares with today in the Netherlands; n is far from 0). */
function daysFromToday(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

const VACANCY_PAGE = `query ($first: Int, $after: String, $status: [VacancyStatus!], $employerId: ID, $search: String) {
  vacancies(first: $first, after: $after, status: $status, employerId: $employerId, search: $search) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id title status employerId employer { id name } }
  }
}`;
const UPDATE_VACANCY = `mutation ($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { ${VACANCY_FIELDS} description categoryCode postcode openings contractType minOpleidingsniveau rijbewijsRequired startDate } }`;
const SET_STATUS = `mutation ($id: ID!, $status: VacancyStatus!) { setVacancyStatus(id: $id, status: $status) { id status publishedAt endedAt } }`;

let server: TestServer;
let accounthouder: Actor;
let bakkerij: { id: string; name: string };
let magazijn: { id: string; name: string };

beforeAll(async () => {
  server = await startTestServer();
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  bakkerij = await createEmployer(server, accounthouder, { name: 'Bakkerij Van Dijk', placeName: 'Zoetermeer' });
  magazijn = await createEmployer(server, accounthouder, { name: 'Distributiecentrum Rijnland', placeName: 'Alphen aan den Rijn', erkendLeerbedrijf: true });
});
afterAll(() => server?.stop());

describe('an accounthouder posts and maintains vacancies', () => {
  it('posts a vacancy as DRAFT, with talent synonyms turned into reference codes and the defaults filled in', async () => {
    const vacancy = await createVacancy(server, accounthouder, {
      employerId: magazijn.id,
      title: '  Heftruckchauffeur  ',
      requiredTalents: ['vorkheftruck', 'Orderpicker', 'heftruck'],
      niceToHaveTalents: ['orders picken'],
      minTaalniveau: 'A2',
      closingDate: daysFromToday(30),
      placeName: 'alphen a/d rijn',
      leerwerkplek: true,
    });
    expect(vacancy).toMatchObject({
      employerId: magazijn.id,
      title: 'Heftruckchauffeur',
      status: 'DRAFT',
      requiredTalents: ['heftruck', 'orderpicken'],
      niceToHaveTalents: ['orderpicken'],
      minTaalniveau: 'A2',
      hoursMin: 24,
      hoursMax: 32,
      placeName: 'Alphen aan den Rijn',
      closingDate: daysFromToday(30),
      leerwerkplek: true,
      banenafspraak: false,
      loonkostensubsidie: false,
    });
    const row = await storedRow(server, 'vacancy', vacancy.id);
    expect(row).toMatchObject({ openings: 1, description: '', status: 'DRAFT', created_by_id: accounthouder.id, published_at: null });
  });

  it('opens one vacancy with its employer', async () => {
    const created = await createVacancy(server, accounthouder, { employerId: bakkerij.id, title: 'Bakkersassistent' });
    const { vacancy } = await gqlOk(
      server.url,
      `query ($id: ID!) { vacancy(id: $id) { id title status employer { id name placeName } } }`,
      { id: created.id },
      accounthouder.token,
    );
    expect(vacancy).toEqual({ id: created.id, title: 'Bakkersassistent', status: 'DRAFT', employer: { id: bakkerij.id, name: 'Bakkerij Van Dijk', placeName: 'Zoetermeer' } });
  });

  it('gets NOT_FOUND for a vacancy that does not exist', async () => {
    const res = await gql(server.url, '{ vacancy(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, accounthouder.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('changes only what the update names', async () => {
    const created = await createVacancy(server, accounthouder, {
      employerId: bakkerij.id,
      title: 'Inpakker',
      description: 'Brood inpakken in de nachtploeg.',
      categoryCode: 'logistiek',
      requiredTalents: ['orderpicken'],
      postcode: '2711AB',
      openings: 3,
    });
    const { updateVacancy } = await gqlOk(server.url, UPDATE_VACANCY, { id: created.id, input: { hoursMin: 16, hoursMax: 20, requiredTalents: ['vorklift'] } }, accounthouder.token);
    expect(updateVacancy).toMatchObject({
      title: 'Inpakker',
      description: 'Brood inpakken in de nachtploeg.',
      categoryCode: 'logistiek',
      postcode: '2711 AB',
      openings: 3,
      hoursMin: 16,
      hoursMax: 20,
      requiredTalents: ['heftruck'],
      status: 'DRAFT',
    });
    expect((await storedRow(server, 'vacancy', created.id)).version).toBe(2);
  });

  it('clears optional fields with an explicit null', async () => {
    const created = await createVacancy(server, accounthouder, {
      employerId: bakkerij.id,
      minTaalniveau: 'B1',
      categoryCode: 'logistiek',
      postcode: '2711 AB',
      closingDate: daysFromToday(10),
      minOpleidingsniveau: 'MBO2',
    });
    const { updateVacancy } = await gqlOk(
      server.url,
      UPDATE_VACANCY,
      { id: created.id, input: { minTaalniveau: null, categoryCode: null, postcode: null, closingDate: null, minOpleidingsniveau: null } },
      accounthouder.token,
    );
    expect(updateVacancy).toMatchObject({ minTaalniveau: null, categoryCode: null, postcode: null, closingDate: null, minOpleidingsniveau: null, title: 'Magazijnmedewerker' });
  });

  it('takes a vacancy through its life: DRAFT -> OPEN -> FILLED, reopened, then CLOSED', async () => {
    const { id } = await createVacancy(server, accounthouder, { employerId: bakkerij.id, title: 'Levenscyclus' });
    const opened = (await gqlOk(server.url, SET_STATUS, { id, status: 'OPEN' }, accounthouder.token)).setVacancyStatus;
    expect(opened).toMatchObject({ status: 'OPEN', endedAt: null });
    expect(opened.publishedAt).toEqual(expect.any(String));

    const filled = (await gqlOk(server.url, SET_STATUS, { id, status: 'FILLED' }, accounthouder.token)).setVacancyStatus;
    expect(filled.status).toBe('FILLED');
    expect(filled.endedAt).toEqual(expect.any(String));

    const reopened = (await gqlOk(server.url, SET_STATUS, { id, status: 'OPEN' }, accounthouder.token)).setVacancyStatus;
    expect(reopened).toMatchObject({ status: 'OPEN', endedAt: null, publishedAt: opened.publishedAt });

    const closed = (await gqlOk(server.url, SET_STATUS, { id, status: 'CLOSED' }, accounthouder.token)).setVacancyStatus;
    expect(closed.status).toBe('CLOSED');
    expect(await storedRow(server, 'vacancy', id)).toMatchObject({ status: 'CLOSED' });
  });

  it('refuses an illegal status change as BAD_USER_INPUT and leaves the vacancy as it was', async () => {
    const { id } = await createVacancy(server, accounthouder, { employerId: bakkerij.id });
    const before = await storedRow(server, 'vacancy', id);
    const res = await withoutWrites(server, () => gql(server.url, SET_STATUS, { id, status: 'FILLED' }, accounthouder.token));
    expectBadInput(res, 'status', /een vacature met status DRAFT kan alleen nog worden: OPEN of CLOSED/);
    expect(await storedRow(server, 'vacancy', id)).toEqual(before);

    await gqlOk(server.url, SET_STATUS, { id, status: 'OPEN' }, accounthouder.token);
    await gqlOk(server.url, SET_STATUS, { id, status: 'FILLED' }, accounthouder.token);
    const back = await withoutWrites(server, () => gql(server.url, SET_STATUS, { id, status: 'DRAFT' }, accounthouder.token));
    expectBadInput(back, 'status', /een vacature met status FILLED kan alleen nog worden: OPEN/);
  });

  it('will not open a vacancy whose closing date has passed', async () => {
    const { id } = await createVacancy(server, accounthouder, { employerId: bakkerij.id });
    await server.db.query(`UPDATE vacancy SET closing_date = current_date - 3 WHERE id = $1`, [id]);
    const res = await withoutWrites(server, () => gql(server.url, SET_STATUS, { id, status: 'OPEN' }, accounthouder.token));
    expectBadInput(res, 'status', /de sluitingsdatum .* is verstreken/);
    expect((await storedRow(server, 'vacancy', id)).status).toBe('DRAFT');
  });
});

describe('finding vacancies', () => {
  const titles = { open: 'Zoektest chauffeur', draft: 'Zoektest schoonmaker', filled: 'Zoektest kok' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.open = (await createVacancy(server, accounthouder, { employerId: magazijn.id, title: titles.open })).id;
    ids.draft = (await createVacancy(server, accounthouder, { employerId: bakkerij.id, title: titles.draft })).id;
    ids.filled = (await createVacancy(server, accounthouder, { employerId: bakkerij.id, title: titles.filled })).id;
    for (const status of ['OPEN']) await gqlOk(server.url, SET_STATUS, { id: ids.open, status }, accounthouder.token);
    for (const status of ['OPEN', 'FILLED']) await gqlOk(server.url, SET_STATUS, { id: ids.filled, status }, accounthouder.token);
  });

  async function titlesOf(variables: Record<string, unknown>) {
    const { vacancies } = await gqlOk(server.url, VACANCY_PAGE, { first: 100, search: 'zoektest', ...variables }, accounthouder.token);
    expect(vacancies.totalCount).toBe(vacancies.nodes.length);
    return vacancies.nodes.map((v: { title: string }) => v.title).sort();
  }

  it('searches in the title, case-insensitive', async () => {
    expect(await titlesOf({})).toEqual([titles.open, titles.filled, titles.draft].sort());
    expect(await titlesOf({ search: 'ZOEKTEST CHAUFF' })).toEqual([titles.open]);
    expect(await titlesOf({ search: 'zoektest chauffeur van de bus' })).toEqual([]);
  });

  it('filters by status, one or several', async () => {
    expect(await titlesOf({ status: ['OPEN'] })).toEqual([titles.open]);
    expect(await titlesOf({ status: ['DRAFT', 'FILLED'] })).toEqual([titles.filled, titles.draft].sort());
    expect(await titlesOf({ status: ['CLOSED'] })).toEqual([]);
  });

  it('filters by employer, and combines filters', async () => {
    expect(await titlesOf({ employerId: bakkerij.id })).toEqual([titles.filled, titles.draft].sort());
    expect(await titlesOf({ employerId: bakkerij.id, status: ['FILLED'] })).toEqual([titles.filled]);
    expect(await titlesOf({ employerId: magazijn.id, status: ['FILLED'] })).toEqual([]);
  });

  it('shows each vacancy with its own employer', async () => {
    const { vacancies } = await gqlOk(server.url, VACANCY_PAGE, { search: 'zoektest' }, accounthouder.token);
    for (const v of vacancies.nodes) expect(v.employer.id).toBe(v.employerId);
    const byTitle = Object.fromEntries(vacancies.nodes.map((v: { title: string; employer: { name: string } }) => [v.title, v.employer.name]));
    expect(byTitle).toEqual({ [titles.open]: magazijn.name, [titles.draft]: bakkerij.name, [titles.filled]: bakkerij.name });
  });

  it('walks all pages with the cursor without duplicates or gaps', async () => {
    for (let i = 0; i < 12; i++) await createVacancy(server, accounthouder, { employerId: magazijn.id, title: `Paginatest ${i}` });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { vacancies } = await gqlOk(server.url, VACANCY_PAGE, { first: 5, after, search: 'Paginatest' }, accounthouder.token);
      expect(vacancies.totalCount).toBe(12);
      seen.push(...vacancies.nodes.map((v: { id: string }) => v.id));
      after = vacancies.pageInfo.hasNextPage ? vacancies.pageInfo.endCursor : undefined;
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM vacancy WHERE title LIKE 'Paginatest%' ORDER BY created_at DESC, id DESC`);
    expect(seen).toEqual(rows.map((r) => r.id));
  });
});

describe('reference data for the forms', () => {
  it('lists the categories', async () => {
    const { categories } = await gqlOk(server.url, '{ categories { code label isco description } }', {}, accounthouder.token);
    expect(categories.length).toBeGreaterThan(5);
    expect(categories[0]).toEqual({ code: 'logistiek', label: 'Logistiek en magazijn', isco: '933', description: expect.any(String) });
    expect(new Set(categories.map((c: { code: string }) => c.code)).size).toBe(categories.length);
  });

  it('finds talents by label and by synonym', async () => {
    const bySynonym = await gqlOk(server.url, '{ talents(search: "vorkheftruck") { code label synonyms categories } }', {}, accounthouder.token);
    expect(bySynonym.talents).toEqual([expect.objectContaining({ code: 'heftruck', label: 'heftruck', categories: ['logistiek', 'productie'] })]);
    expect(bySynonym.talents[0].synonyms).toContain('vorkheftruck');
    const byLabel = await gqlOk(server.url, '{ talents(search: "ORDERPICK") { code } }', {}, accounthouder.token);
    expect(byLabel.talents.map((t: { code: string }) => t.code)).toContain('orderpicken');
    const all = await gqlOk(server.url, '{ talents(first: 500) { code } }', {}, accounthouder.token);
    expect(all.talents.length).toBeGreaterThan(byLabel.talents.length);
  });

  it('lists the klantcategorieën in policy order', async () => {
    const { klantcategorieen } = await gqlOk(server.url, '{ klantcategorieen { code label monthsMin monthsMax } }', {}, accounthouder.token);
    expect(klantcategorieen.map((k: { code: string }) => k.code)).toEqual(['1A', '1B', '1C', '2A', '2B', '3A', '3B']);
    expect(klantcategorieen[0]).toMatchObject({ monthsMin: 0, monthsMax: 3 });
    expect(klantcategorieen[6]).toMatchObject({ monthsMin: 48, monthsMax: null });
  });

  it('suggests places for a place picker', async () => {
    const { places } = await gqlOk(server.url, '{ places(search: "Zoeterm", first: 3) { name lat lon province } }', {}, accounthouder.token);
    expect(places[0]).toEqual({ name: 'Zoetermeer', lat: expect.closeTo(52.06, 1), lon: expect.closeTo(4.49, 1), province: 'Zuid-Holland' });
    expect(places.length).toBeLessThanOrEqual(3);
    const leid = await gqlOk(server.url, '{ places(search: "leid") { name } }', {}, accounthouder.token);
    expect(leid.places.map((p: { name: string }) => p.name).slice(0, 2)).toEqual(['Leiden', 'Leiderdorp']);
    const typo = await gqlOk(server.url, '{ places(search: "Zoetermer") { name } }', {}, accounthouder.token);
    expect(typo.places[0].name).toBe('Zoetermeer');
  });
});
