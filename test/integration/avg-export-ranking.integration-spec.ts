import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/scorer/match-weights';
import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const EXPORT = `query ($id: ID!) {
  exportCandidateData(candidateId: $id) {
    candidateId exportedAt candidate { id version personal { firstName lastName email } klantcategorie }
    sections { source description records }
  }
}`;

let server: TestServer;
let admin: Actor;
let matchmaker: Actor;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'ADMIN');
  matchmaker = await loginAs(server, 'MATCHMAKER');
});
afterAll(() => server?.stop());

describe('AVG art. 15: exportCandidateData', () => {
  it("gives the candidate's own matchmaker everything stored about the person, table by table, and logs it", async () => {
    const created = await createCandidate(server, matchmaker, {
      firstName: 'Inzage',
      lastName: 'Verzoeker',
      email: 'inzage@example.nl',
      phone: '06-12121212',
      birthDate: '1990-05-01',
      klantcategorie: '2A',
      statushouder: true,
      profileText: 'Wil graag in de zorg werken',
    });
    await gqlOk(server.url, 'query ($id: ID!) { candidate(id: $id) { id } }', { id: created.id }, admin.token);
    // A voordracht is stored about the person too: it belongs in the export (the placements module registers it).
    const employer = await createEmployer(server, admin);
    const vacancy = await createVacancy(server, admin, { employerId: employer.id });
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancy.id }, admin.token);
    await gqlOk(
      server.url,
      'mutation ($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, candidateId: $c, note: "Past goed bij het team") { id } }',
      { v: vacancy.id, c: created.id },
      matchmaker.token,
    );

    const { exportCandidateData: exported } = await gqlOk(server.url, EXPORT, { id: created.id }, matchmaker.token);
    expect(exported.candidateId).toBe(created.id);
    expect(exported.candidate).toMatchObject({ id: created.id, personal: { firstName: 'Inzage', lastName: 'Verzoeker', email: 'inzage@example.nl' }, klantcategorie: '2A' });
    const sections = Object.fromEntries(
      exported.sections.map((s: { source: string; records: string[]; description: string }) => [s.source, s.records.map((r) => JSON.parse(r))]),
    );
    expect(Object.keys(sections)).toEqual(['candidate', 'candidate_personal', 'candidate_search', 'audit_log', 'placement', 'introduction_request']);
    expect(sections.placement).toHaveLength(1);
    expect(sections.placement[0]).toMatchObject({ vacancy_id: vacancy.id, status: 'PROPOSED', steps: [{ to: 'PROPOSED', note: 'Past goed bij het team' }] });
    expect(sections.introduction_request).toEqual([]);
    expect(sections.candidate_personal).toEqual([
      { candidate_id: created.id, first_name: 'Inzage', last_name: 'Verzoeker', email: 'inzage@example.nl', phone: '06-12121212', birth_date: '1990-05-01' },
    ]);
    expect(sections.candidate[0]).toMatchObject({ id: created.id, klantcategorie_code: '2A', statushouder: true, profile_text: 'Wil graag in de zorg werken' });
    expect(sections.candidate[0]).not.toHaveProperty('search_vector');
    expect(sections.audit_log.map((a: { action: string; actorRole: string }) => [a.action, a.actorRole])).toEqual([
      ['create', 'MATCHMAKER'],
      ['view', 'ADMIN'],
    ]);
    // Staff appear by role, not by who they are.
    expect(JSON.stringify(sections.audit_log)).not.toContain(admin.id);
    for (const s of exported.sections) expect(s.description.length).toBeGreaterThan(10);

    const { rows } = await server.db.query(`SELECT actor_id, purpose FROM audit_log WHERE entity_id = $1 AND action = 'export'`, [created.id]);
    expect(rows).toEqual([{ actor_id: matchmaker.id, purpose: 'AVG_INZAGE' }]);
  });

  it('is open to ADMIN, refused to another matchmaker and to roles without personal-data duties', async () => {
    const created = await createCandidate(server, matchmaker, { firstName: 'Niet', lastName: 'Voor Jou' });
    const byAdmin = await gqlOk(server.url, EXPORT, { id: created.id }, admin.token);
    expect(byAdmin.exportCandidateData.candidateId).toBe(created.id);

    const colleague = await loginAs(server, 'MATCHMAKER');
    const refused = await gql(server.url, EXPORT, { id: created.id }, colleague.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/eigen matchmaker/);
    expect(JSON.stringify(refused)).not.toContain('Voor Jou');
    for (const role of ['ACCOUNTHOUDER', 'WERKGEVER'] as const) {
      expect(errorCode(await gql(server.url, EXPORT, { id: created.id }, (await loginAs(server, role)).token))).toBe('FORBIDDEN');
    }
    const { rows } = await server.db.query(`SELECT actor_id FROM audit_log WHERE entity_id = $1 AND action = 'export'`, [created.id]);
    expect(rows).toEqual([{ actor_id: admin.id }]);
    expect(errorCode(await gql(server.url, EXPORT, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
  });
});

describe('rankingExplanation', () => {
  const QUERY = `{ rankingExplanation { summary criteria { code label weight percentage description } requirements { code description }
    missingData neverUsed storedButNotUsed neverStored text } }`;

  it('tells every role, an employer too, in Dutch what ranks with which live weight and what is never used', async () => {
    const werkgever = await loginAs(server, 'WERKGEVER');
    const { rankingExplanation: explained } = await gqlOk(server.url, QUERY, {}, werkgever.token);
    const weights = Object.fromEntries(explained.criteria.map((c: { code: string; weight: number }) => [c.code, c.weight]));
    expect(weights).toEqual(Object.fromEntries(Object.entries(DEFAULT_MATCH_WEIGHTS).filter(([, w]) => w > 0)));
    expect(explained.requirements.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['ACTIVE', 'DOELGROEPREGISTER', 'TRAVEL_DISTANCE', 'TAALNIVEAU', 'STARTKWALIFICATIE', 'RIJBEWIJS']),
    );
    // From the live mapping: stored about a candidate, never read by the scorer.
    expect(explained.storedButNotUsed).toEqual(expect.arrayContaining(['geboortedatum en leeftijd', 'klantcategorie', 'statushouder', '50-plus', 'jongere (onder 27)']));
    expect(explained.storedButNotUsed).not.toContain('banenafspraak');
    // Every stored field is named in Dutch for the reader, none by its property name (experienceTalents once was).
    expect(explained.storedButNotUsed.filter((field: string) => /[a-z][A-Z]/.test(field))).toEqual([]);
    expect(explained.neverStored).toEqual(expect.arrayContaining(['geslacht', 'afkomst', 'religie', 'gezondheid of medische gegevens']));
    expect(explained.text).toMatch(/Wordt nooit gebruikt voor de rangorde: .*klantcategorie/);
    expect(explained.text).toContain(`(${DEFAULT_MATCH_WEIGHTS.REQUIRED_TALENTS}%)`);
    for (const role of ['MATCHMAKER', 'ADMIN'] as const) await gqlOk(server.url, QUERY, {}, (await loginAs(server, role)).token);
    expect(errorCode(await gql(server.url, QUERY))).toBe('UNAUTHENTICATED');
  });
});
