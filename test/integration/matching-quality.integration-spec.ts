import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Issue 11 through the real entry point: retrieval that honours filters and the leerwerkplek's own group, the
 * result saying plainly when no good match exists, fair and stable ties, and a talent list an ADMIN keeps open
 * (with search and matching following). Each test fails on the code before the issue.
 */
describe('matching quality (issue 11), over GraphQL on PostgreSQL', () => {
  let server: TestServer;
  let admin: Actor;
  let matchmaker: Actor;
  let employerId: string;

  const open = (id: string) => gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id }, admin.token);
  const match = async (vacancyId: string, extra = '') =>
    (
      await gqlOk(
        server.url,
        `query ($id: ID!) { matchCandidates(vacancyId: $id, first: 50${extra}) { considered goodMatchFound noGoodMatchText
           matches { profile { id } score reasons { criterion text } } nearMisses { profile { id } unmet { requirement } } } }`,
        { id: vacancyId },
        matchmaker.token,
      )
    ).matchCandidates;
  const person = async (input: Record<string, unknown>) =>
    (await createCandidate(server, admin, { availableFrom: '2026-01-01', hoursMin: 24, hoursMax: 32, maxTravelKm: 30, ...input })).id as string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'ADMIN');
    matchmaker = await loginAs(server, 'MATCHMAKER');
    employerId = (await createEmployer(server, admin, { name: 'Groen en Grijs BV', placeName: 'Zoetermeer', erkendLeerbedrijf: true })).id;
  }, 120_000);
  afterAll(() => server?.stop());

  it('applies the banenafspraak filter in retrieval: the one registered person is found behind 260 others', async () => {
    const vacancy = (await createVacancy(server, admin, { employerId, title: 'Sorteerder', placeName: 'Zoetermeer', requiredTalents: ['sorteren'], niceToHaveTalents: ['inpakken'] })).id;
    await open(vacancy);
    // 260 people nearer, with more of the job's talents, not in the doelgroepregister: they fill the talent slice.
    for (let i = 0; i < 260; i++) await person({ lastName: `Sorteer${i}`, placeName: 'Zoetermeer', talents: ['sorteren', 'inpakken'] });
    const registered = await person({ lastName: 'Register', placeName: 'Delft', talents: ['sorteren'], banenafspraak: true });
    const result = await match(vacancy, ', filter: { banenafspraak: true }');
    expect(result.matches.map((m: { profile: { id: string } }) => m.profile.id)).toEqual([registered]);
  }, 240_000);

  it('takes young people without startkwalificatie within reach into a leerwerkplek pool, whatever their talents', async () => {
    const vacancy = (
      await createVacancy(server, admin, {
        employerId,
        title: 'Leerwerkplek hovenier (BBL)',
        placeName: 'Wassenaar',
        categoryCode: 'groen',
        requiredTalents: ['tuinonderhoud'],
        leerwerkplek: true,
      })
    ).id;
    await open(vacancy);
    // Ranked among everyone within reach (retrieval is exact): the 260 sorteerders above, whose startkwalificatie is
    // unknown, may be who the place is for too. Someone without the talent who wants to work in the field and lives
    // here comes first.
    const young = await person({ lastName: 'Jong', placeName: 'Wassenaar', birthDate: '2007-05-01', startkwalificatie: false, talents: ['kassawerk'], categoryWishes: ['groen'] });
    const result = await match(vacancy);
    const ids = result.matches.map((m: { profile: { id: string } }) => m.profile.id);
    expect(ids).toContain(young);
    // And, being who the place is for, above an older person who has the talent and a startkwalificatie.
    const older = await person({ lastName: 'Ouder', placeName: 'Wassenaar', birthDate: '1980-05-01', startkwalificatie: true, talents: ['tuinonderhoud'], categoryWishes: ['groen'] });
    const again = (await match(vacancy)).matches.map((m: { profile: { id: string } }) => m.profile.id);
    // (Below everyone who may be who the place is for: with 260 such people here, off this list of 50 altogether.)
    expect(again).toContain(young);
    expect(again.slice(0, again.indexOf(young) + 1)).not.toContain(older);
  });

  it('says plainly when no good match exists, and not when one does', async () => {
    const vacancy = (await createVacancy(server, admin, { employerId, title: 'Lasser', placeName: 'Gouda', requiredTalents: ['tig-lassen'], categoryCode: 'metaal' })).id;
    await open(vacancy);
    await person({ lastName: 'Kapper', placeName: 'Gouda', talents: ['haren-knippen'], categoryWishes: ['metaal'] });
    const none = await match(vacancy);
    expect(none.goodMatchFound).toBe(false);
    expect(none.noGoodMatchText).toMatch(/^Geen goede match/);
    await person({ lastName: 'Lasser', placeName: 'Gouda', talents: ['tig-lassen'], categoryWishes: ['metaal'] });
    const some = await match(vacancy);
    expect(some.goodMatchFound).toBe(true);
    expect(some.noGoodMatchText).toBeNull();
  });

  it('counts years of the same work by job title, and says so in the reason', async () => {
    const vacancy = (await createVacancy(server, admin, { employerId, title: 'Afwasser', placeName: 'Leiden', requiredTalents: ['afwassen'], categoryCode: 'horeca-keuken' })).id;
    await open(vacancy);
    const veteran = await person({ lastName: 'Spoeler', placeName: 'Leiden', talents: [], workExperience: [{ title: 'Afwasser', years: 12 }] });
    const result = await match(vacancy);
    const row = result.matches.find((m: { profile: { id: string } }) => m.profile.id === veteran);
    const reasons = Object.fromEntries(row.reasons.map((r: { criterion: string; text: string }) => [r.criterion, r.text]));
    expect(reasons.WORK_EXPERIENCE).toBe('Werkervaring: 12 jaar als Afwasser: hetzelfde soort werk; telt volledig mee');
    expect(reasons.REQUIRED_TALENTS).toBe('Heeft het gevraagde talent: afwassen (uit werkervaring als Afwasser)');
  });

  it('finds people by their work experience even when their talent list names other things', async () => {
    const vacancy = (await createVacancy(server, admin, { employerId, title: 'Kok', placeName: 'Alphen aan den Rijn', requiredTalents: ['koken'] })).id;
    await open(vacancy);
    // Not in the talent slice (no koken), not among the empty profiles, no category wish: only their job says "kok".
    const cook = await person({ lastName: 'Kok', placeName: 'Alphen aan den Rijn', talents: ['punctueel'], workExperience: [{ title: 'kok', years: 6 }] });
    const ids = (await match(vacancy)).matches.map((m: { profile: { id: string } }) => m.profile.id);
    expect(ids).toContain(cook);
  });

  it('breaks equal scores by the longest waiting, then id: the same order every time', async () => {
    const vacancy = (await createVacancy(server, admin, { employerId, title: 'Glazenwasser', placeName: 'Pijnacker', requiredTalents: ['glazenwassen'] })).id;
    await open(vacancy);
    const since = ['2025-06-01', '2023-01-01', '2024-09-01', '2022-03-01'];
    const ids: string[] = [];
    // Time without work is capped at 24 months in the score, so all four score the same.
    for (const [i, date] of since.entries()) ids.push(await person({ lastName: `Glas${i}`, placeName: 'Pijnacker', talents: ['glazenwassen'], unemployedSince: date }));
    const expected = [ids[3], ids[1], ids[2], ids[0]];
    for (let run = 0; run < 2; run++) {
      const order = (await match(vacancy)).matches.map((m: { profile: { id: string } }) => m.profile.id).filter((id: string) => ids.includes(id));
      expect(order).toEqual(expected);
    }
  });

  describe('an open talent list, kept by ADMIN', () => {
    const createTalent = (input: Record<string, unknown>, token = admin.token) =>
      gql(server.url, `mutation ($input: CreateTalentInput!) { createTalent(input: $input) { code label categories synonyms } }`, { input }, token);

    it('refuses an unknown word, with a suggestion, until ADMIN adds it; then profiles, search and matching know it', async () => {
      const unknown = await gql(
        server.url,
        `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
        { input: { firstName: 'Bas', lastName: 'Blazer', placeName: 'Voorschoten', talents: ['bladblazer'] } },
        matchmaker.token,
      );
      expectBadInput(unknown, 'input.talents', /onbekend talent "bladblazer"/);

      expect(errorCode(await createTalent({ label: 'bladblazer', categories: ['groen'], synonyms: ['bladblazen'] }, matchmaker.token))).toBe('FORBIDDEN');
      const created = await createTalent({ label: 'bladblazer', categories: ['groen'], synonyms: ['bladblazen', 'Bladblazen '] });
      expect(created.errors).toBeUndefined();
      expect(created.data.createTalent).toEqual({ code: 'bladblazer', label: 'bladblazer', categories: ['groen'], synonyms: ['bladblazen'] });

      // A close misspelling is now answered with the new talent as a suggestion.
      const typo = await gql(
        server.url,
        `mutation ($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
        { input: { firstName: 'Bas', lastName: 'Blazer', placeName: 'Voorschoten', talents: ['bladblazr'] } },
        matchmaker.token,
      );
      expectBadInput(typo, 'input.talents', /bedoelt u: bladblazer/);

      const blazer = await person({ lastName: 'Blazer', placeName: 'Voorschoten', talents: ['bladblazen'], categoryWishes: ['groen'] });
      const search = async (query: string) =>
        (await gqlOk(server.url, `query ($q: String!) { searchCandidates(query: $q) { nodes { profile { id } } } }`, { q: query }, matchmaker.token))
          .searchCandidates.nodes.map((n: { profile: { id: string } }) => n.profile.id);
      expect(await search('bladblazen')).toContain(blazer);

      // A synonym added later reaches the index for the people who already have the talent.
      expect(await search('herfstveger')).not.toContain(blazer);
      const updated = await gql(server.url, `mutation { updateTalent(code: "bladblazer", input: { synonyms: ["bladblazen", "herfstveger"] }) { synonyms } }`, {}, admin.token);
      expect(updated.errors).toBeUndefined();
      expect(await search('herfstveger')).toContain(blazer);

      // A relation gives partial credit in matching, named in the reason.
      const job = (await createVacancy(server, admin, { employerId, title: 'Tuinman', placeName: 'Voorschoten', requiredTalents: ['tuinonderhoud'], categoryCode: 'groen' })).id;
      await open(job);
      const related = await gqlOk(server.url, `mutation { relateTalents(talent: "bladblazer", relatedTo: "tuinonderhoud") { talent relatedTo } }`, {}, admin.token);
      expect(related.relateTalents).toEqual([{ talent: 'bladblazer', relatedTo: 'tuinonderhoud' }]);
      const row = (await match(job)).matches.find((m: { profile: { id: string } }) => m.profile.id === blazer);
      expect(row.reasons.find((r: { criterion: string }) => r.criterion === 'REQUIRED_TALENTS').text).toBe(
        'Heeft het gevraagde talent niet, wel een verwant talent; verwant: tuinonderhoud (heeft bladblazer), telt deels mee',
      );
    });

    it('refuses a talent whose words already belong to another, naming every bad field, and writes nothing', async () => {
      const res = await withoutWrites(server, () => createTalent({ label: 'vorkheftruck', categories: ['ruimtevaart'], synonyms: ['kassa'] }));
      expectBadInput(res, 'input.label', /betekent al talent "heftruck"/);
      const fields = (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
      expect(fields).toEqual(['input.label', 'input.categories', 'input.synonyms']);
      expect((await server.db.query(`SELECT 1 FROM talent WHERE code = 'vorkheftruck'`)).rowCount).toBe(0);
    });
  });
});
