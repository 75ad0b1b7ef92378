import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const MATCH_FIELDS = 'score reasons { criterion weight fulfilment contribution text } unmet { requirement text } notes';

/**
 * A hand-built region: one warehouse job in Delft and people around it, each built to show one rule of
 * DOMAIN.md "A match". The order and the sentences are what a matchmaker would read to the employer.
 */
describe('matching, both ways, with reasons', () => {
  let server: TestServer;
  let admin: Actor;
  let matchmaker: Actor;
  let employerId: string;
  const c: Record<string, string> = {};
  const v: Record<string, string> = {};

  const open = (id: string) => gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id }, admin.token);
  const matchCandidates = async (vacancyId: string, token = matchmaker.token, extra = '') =>
    (
      await gqlOk(
        server.url,
        `query ($id: ID!) { matchCandidates(vacancyId: $id${extra}) { vacancyOpen considered
           matches { profile { id } candidate { personal { lastName } } ${MATCH_FIELDS} }
           nearMisses { profile { id } candidate { personal { lastName } } ${MATCH_FIELDS} } } }`,
        { id: vacancyId },
        token,
      )
    ).matchCandidates;
  const key = (id: string) => Object.keys(c).find((k) => c[k] === id);

  beforeAll(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'ADMIN');
    matchmaker = await loginAs(server, 'MATCHMAKER');
    employerId = (await createEmployer(server, admin, { name: 'Distributiecentrum Delft', placeName: 'Delft', erkendLeerbedrijf: true })).id;
    const person = async (name: string, input: Record<string, unknown>) => {
      c[name] = (
        await createCandidate(server, admin, {
          lastName: name,
          hoursMin: 24,
          hoursMax: 32,
          availableFrom: '2026-01-01',
          visibleToEmployers: true,
          consulentApprovesVisibility: true,
          ...input,
        })
      ).id;
    };
    await person('Altijd', { talents: ['heftruck', 'orderpicken'], taalniveau: 'B1', placeName: 'Delft', maxTravelKm: 15 });
    await person('Bijna', { talents: ['heftruck'], taalniveau: 'A2', placeName: 'Zoetermeer', maxTravelKm: 20 });
    await person('Leeg', { talents: [], placeName: 'Delft', maxTravelKm: 10, hoursMin: undefined, hoursMax: undefined });
    await person('Taal', { talents: ['heftruck', 'orderpicken'], taalniveau: 'A1', placeName: 'Delft', maxTravelKm: 15 });
    await person('Ver', { talents: ['heftruck', 'orderpicken'], taalniveau: 'B1', placeName: 'Leiden', maxTravelKm: 10 });
    await person('Inactief', { talents: ['heftruck', 'orderpicken'], taalniveau: 'B1', placeName: 'Delft', status: 'INACTIVE' });
    await person('Register', { talents: ['heftruck'], taalniveau: 'A2', placeName: 'Delft', maxTravelKm: 10, banenafspraak: true });

    v.magazijn = (
      await createVacancy(server, admin, {
        employerId,
        title: 'Magazijnmedewerker',
        placeName: 'Delft',
        requiredTalents: ['heftruck', 'orderpicken'],
        minTaalniveau: 'A2',
        hoursMin: 24,
        hoursMax: 32,
      })
    ).id;
    await open(v.magazijn);
    v.banen = (await createVacancy(server, admin, { employerId, title: 'Medewerker expeditie', placeName: 'Delft', requiredTalents: ['heftruck'], banenafspraak: true })).id;
    await open(v.banen);
  }, 120_000);
  afterAll(() => server?.stop());

  it('ranks the people who meet every requirement, best first, and explains each score in Dutch', async () => {
    const result = await matchCandidates(v.magazijn);
    expect(result.vacancyOpen).toBe(true);
    // Register is in the doelgroepregister, which counts for nothing here: half the talents, at the workplace.
    expect(result.matches.map((m: any) => key(m.profile.id))).toEqual(['Altijd', 'Register', 'Bijna', 'Leeg']);
    const best = result.matches[0];
    const byCriterion = Object.fromEntries(best.reasons.map((r: any) => [r.criterion, r]));
    expect(byCriterion.REQUIRED_TALENTS.text).toMatch(/^Heeft beide gevraagde talenten: heftruck en orderpicken/);
    const bijna = result.matches[2].reasons.find((r: any) => r.criterion === 'REQUIRED_TALENTS');
    expect(bijna.text).toMatch(/^Heeft 1 van de 2 gevraagde talenten: heftruck/);
    expect(byCriterion.TAALNIVEAU.text).toBe('Taalniveau B1, gevraagd A2: voldoet ruim');
    // Only the place is known: no false precision.
    expect(byCriterion.DISTANCE.text).toBe('Woont in dezelfde plaats als de werkplek; wil max. 15 km reizen: binnen de reisafstand');
    const sum = best.reasons.reduce((s: number, r: any) => s + r.contribution, 0);
    expect(Math.abs(sum - best.score)).toBeLessThan(0.001);
    expect(best.score).toBeGreaterThan(result.matches[1].score);
    expect(result.matches[1].score).toBeGreaterThan(result.matches[2].score);
  });

  it('keeps an incomplete profile in the ranking and says what is missing', async () => {
    const result = await matchCandidates(v.magazijn);
    const leeg = result.matches.find((m: any) => key(m.profile.id) === 'Leeg');
    const texts = leeg.reasons.map((r: any) => r.text).join(' | ');
    expect(texts).toMatch(/Taalniveau onbekend/);
    expect(texts).toMatch(/Urenwens onbekend|uren onbekend/i);
  });

  it('names the one requirement a near miss lacks, and leaves out the inactive', async () => {
    const result = await matchCandidates(v.magazijn);
    const misses = Object.fromEntries(result.nearMisses.map((m: any) => [key(m.profile.id), m.unmet]));
    expect(misses.Taal).toEqual([{ requirement: 'TAALNIVEAU', text: 'Taalniveau A1, gevraagd A2: voldoet niet' }]);
    expect(misses.Ver).toEqual([{ requirement: 'TRAVEL_DISTANCE', text: expect.stringMatching(/wil max\. 10 km/) }]);
    const shown = [...result.matches, ...result.nearMisses].map((m: any) => key(m.profile.id));
    expect(shown).not.toContain('Inactief');
  });

  it('gives a banenafspraak job only to people in the doelgroepregister; the others are near misses', async () => {
    const result = await matchCandidates(v.banen);
    expect(result.matches.map((m: any) => key(m.profile.id))).toEqual(['Register']);
    expect(result.matches[0].notes.join(' ')).toMatch(/doelgroepregister/);
    const altijd = result.nearMisses.find((m: any) => key(m.profile.id) === 'Altijd');
    expect(altijd.unmet.map((u: any) => u.requirement)).toEqual(['DOELGROEPREGISTER']);
  });

  it('scores two people the same when they differ only in age, origin, statushouder or klantcategorie', async () => {
    const base = { talents: ['heftruck'], taalniveau: 'B1', placeName: 'Rijswijk', maxTravelKm: 20 };
    await createCandidate(server, admin, { ...base, lastName: 'Jong', birthDate: '2002-05-01', statushouder: false, klantcategorie: '1A' });
    await createCandidate(server, admin, { ...base, lastName: 'Oud', birthDate: '1966-05-01', statushouder: true, klantcategorie: '3B' });
    const result = await matchCandidates(v.magazijn);
    const [jong, oud] = ['Jong', 'Oud'].map((name) => result.matches.find((m: any) => m.candidate.personal.lastName === name));
    expect(oud.score).toBe(jong.score);
    expect(oud.reasons).toEqual(jong.reasons);
  });

  it('matches a closed vacancy but says it is closed', async () => {
    const closed = (await createVacancy(server, admin, { employerId, title: 'Orderpicker', placeName: 'Delft', requiredTalents: ['orderpicken'] })).id;
    await open(closed);
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: CLOSED) { id } }`, { id: closed }, admin.token);
    const result = await matchCandidates(closed);
    expect(result.vacancyOpen).toBe(false);
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches[0].notes.join(' ')).toMatch(/gesloten/i);
  });

  it('shows an employer anonymised matches for their own vacancy only', async () => {
    const werkgever = await loginAs(server, 'WERKGEVER', { employerId });
    const result = await matchCandidates(v.magazijn, werkgever.token);
    expect(result.matches.length).toBeGreaterThan(0);
    expect(result.matches.every((m: any) => m.candidate === null)).toBe(true);
    const other = await loginAs(server, 'WERKGEVER');
    expect(errorCode(await gql(server.url, `{ matchCandidates(vacancyId: "${v.magazijn}") { considered } }`, {}, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(server.url, `{ matchVacancies(candidateId: "${c.Altijd}") { considered } }`, {}, werkgever.token))).toBe('FORBIDDEN');
  });

  it('finds vacancies for a person, and leerwerkplekken for a young person without startkwalificatie', async () => {
    const fit = await gqlOk(
      server.url,
      `{ matchVacancies(candidateId: "${c.Altijd}") { matches { vacancy { id } ${MATCH_FIELDS} } nearMisses { vacancy { id } unmet { requirement } } } }`,
      {},
      matchmaker.token,
    );
    expect(fit.matchVacancies.matches[0].vacancy.id).toBe(v.magazijn);
    expect(fit.matchVacancies.nearMisses.find((m: any) => m.vacancy.id === v.banen).unmet).toEqual([{ requirement: 'DOELGROEPREGISTER' }]);

    const bbl = (
      await createVacancy(server, admin, {
        employerId,
        title: 'Logistiek medewerker (BBL)',
        placeName: 'Delft',
        requiredTalents: ['orderpicken'],
        leerwerkplek: true,
        contractType: 'BBL',
        startkwalificatieRequired: true,
      })
    ).id;
    await open(bbl);
    const jongere = (
      await createCandidate(server, admin, { lastName: 'Jongere', birthDate: '2007-03-01', opleidingsniveau: 'VMBO', talents: ['orderpicken'], placeName: 'Delft', maxTravelKm: 10 })
    ).id;
    const leerwerk = await gqlOk(
      server.url,
      `{ matchVacancies(candidateId: "${jongere}", filter: { leerwerkplek: true }) { matches { vacancy { id leerwerkplek } reasons { criterion text } } } }`,
      {},
      matchmaker.token,
    );
    expect(leerwerk.matchVacancies.matches.map((m: any) => m.vacancy.id)).toEqual([bbl]);
    const sk = leerwerk.matchVacancies.matches[0].reasons.find((r: any) => r.criterion === 'STARTKWALIFICATIE');
    expect(sk.text).toMatch(/leerwerkplek/i);
  });

  it('refuses bad input with clear errors', async () => {
    expect(errorCode(await gql(server.url, `{ matchCandidates(vacancyId: "00000000-0000-4000-8000-000000000000") { considered } }`, {}, matchmaker.token))).toBe('NOT_FOUND');
    expectBadInput(await gql(server.url, `{ matchCandidates(vacancyId: "nope") { considered } }`, {}, matchmaker.token), 'vacancyId', /is geen geldige verwijzing \(id\)/);
    expectBadInput(await gql(server.url, `{ matchCandidates(vacancyId: "${v.magazijn}", first: 0) { considered } }`, {}, matchmaker.token), 'first', /moet van 1 tot en met 50 zijn/);
    expectBadInput(await gql(server.url, `{ matchVacancies(candidateId: "${c.Altijd}", first: 500) { considered } }`, {}, matchmaker.token), 'first', /moet van 1 tot en met 50 zijn/);
    expect(errorCode(await gql(server.url, `{ matchVacancies(candidateId: "00000000-0000-4000-8000-000000000000") { considered } }`, {}, matchmaker.token))).toBe('NOT_FOUND');
  });
});
