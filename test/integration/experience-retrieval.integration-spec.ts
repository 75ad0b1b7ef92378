import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

/**
 * Match retrieval finds people by the talents their job titles show, as the scorer counts them: "Cateringmedewerker,
 * 10 jaar" shows catering, though the profile lists other talents and the title's own word is not "catering"
 * (the benchmark's recall check found such people missing from the pool: src/candidates/experience-talents.ts).
 */
describe('people found by the work they did', () => {
  let server: TestServer;
  let admin: Actor;
  let vacancyId: string;

  const matched = async (): Promise<string[]> => {
    const r = (
      await gqlOk(
        server.url,
        `query ($id: ID!) { matchCandidates(vacancyId: $id) { matches { profile { id } reasons { criterion text } } nearMisses { profile { id } } } }`,
        { id: vacancyId },
        admin.token,
      )
    ).matchCandidates;
    return [...r.matches, ...r.nearMisses].map((m: { profile: { id: string } }) => m.profile.id);
  };

  beforeAll(async () => {
    server = await startTestServer({ MATCH_SUMMARY_INTERVAL_MS: '0' });
    admin = await loginAs(server, 'ADMIN');
    const employer = await createEmployer(server, admin, { name: 'Catering Delft', placeName: 'Delft' });
    vacancyId = (await createVacancy(server, admin, { employerId: employer.id, placeName: 'Delft', title: 'Medewerker catering', requiredTalents: ['catering'], categoryCode: 'horeca-keuken' })).id;
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancyId }, admin.token);
  });
  afterAll(() => server?.stop());

  it('finds someone whose job title shows the required talent, and says so', async () => {
    const cook = await createCandidate(server, admin, {
      lastName: 'Catering',
      placeName: 'Delft',
      talents: ['afwassen'],
      workExperience: [{ title: 'Cateringmedewerker', years: 10 }],
    });
    const r = (
      await gqlOk(server.url, `query ($id: ID!) { matchCandidates(vacancyId: $id) { matches { profile { id } reasons { criterion text } } } }`, { id: vacancyId }, admin.token)
    ).matchCandidates;
    const match = r.matches.find((m: { profile: { id: string } }) => m.profile.id === cook.id);
    expect(match).toBeDefined();
    expect(match.reasons.find((x: { criterion: string }) => x.criterion === 'REQUIRED_TALENTS').text).toMatch(/werkervaring als Cateringmedewerker/);
  });

  it('reads the job titles of rows written without the service (seed, demo data) in the background', async () => {
    const other = await createCandidate(server, admin, {
      lastName: 'Geladen',
      placeName: 'Delft',
      talents: ['afwassen'],
      workExperience: [{ title: 'Cateringmedewerker', years: 4 }],
    });
    // As a bulk load leaves it: not read yet. The score bound that retrieval reads by needs the talents the titles
    // show (candidate_search.shown_talents and experience_talents), so the background reader must fill them in.
    await server.db.query(`UPDATE candidate SET experience_talents = NULL WHERE id = $1`, [other.id]);
    const read = async () => (await server.db.query(`SELECT shown_talents, experience_talents FROM candidate_search WHERE id = $1`, [other.id])).rows[0];
    expect(await read()).toEqual({ shown_talents: ['afwassen'], experience_talents: [] });
    let row = await read();
    for (let i = 0; i < 60 && row.experience_talents.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      row = await read();
    }
    expect(row).toEqual({ shown_talents: ['afwassen', 'catering'], experience_talents: ['catering'] });
    const { rows } = await server.db.query(`SELECT experience_talents FROM candidate WHERE id = $1`, [other.id]);
    expect(rows[0].experience_talents).toEqual(['catering']);
    expect(await matched()).toContain(other.id);
  });
});
