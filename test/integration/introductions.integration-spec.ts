import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const REQUEST_FIELDS = 'id vacancyId vacancyTitle candidateProfileId message status createdAt requestedBy decidedAt declineReason consentAt placementId';
const REQUEST = `mutation ($vacancyId: ID!, $candidateProfileId: ID!, $message: String!) {
  requestIntroduction(vacancyId: $vacancyId, candidateProfileId: $candidateProfileId, message: $message) { ${REQUEST_FIELDS} } }`;
const REQUESTS = `query ($status: [IntroductionRequestStatus!], $mine: Boolean) {
  introductionRequests(status: $status, mine: $mine, first: 100) { totalCount nodes { ${REQUEST_FIELDS} } } }`;
const ACCEPT = `mutation ($requestId: ID!, $consent: Boolean!, $note: String) {
  acceptIntroduction(requestId: $requestId, candidateConsent: $consent, note: $note) { ${REQUEST_FIELDS} } }`;
const DECLINE = `mutation ($requestId: ID!, $reason: String!) { declineIntroduction(requestId: $requestId, reason: $reason) { ${REQUEST_FIELDS} } }`;
const PLACEMENT = `query ($id: ID!) { placement(id: $id) { id status candidateId consentAt steps { fromStatus toStatus note actorId }
  contact { firstName lastName email phone } instruments { jobcoach } } }`;
const SEARCH = '{ searchCandidates(query: "kassa") { nodes { profile { id talents } } } }';
/** Anything personal of the candidates in this file. */
const PERSONAL = /Verborgen|Onzichtbaar|@prive\.nl|0698765432|Zoetermeer|1990-/;

let server: TestServer;
let admin: Actor;
let matchmaker: Actor;
let otherMatchmaker: Actor;
let accounthouder: Actor;
let werkgever: Actor;
let otherWerkgever: Actor;
let vacancyId: string;
let otherVacancyId: string;
let n = 0;

const open = (id: string) => gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id }, admin.token);

async function candidate(input: Record<string, unknown> = {}) {
  n += 1;
  return (
    await createCandidate(server, matchmaker, {
      firstName: `Verborgen${n}`,
      lastName: 'Persoon',
      email: `kandidaat${n}@prive.nl`,
      phone: '0698765432',
      birthDate: '1990-05-01',
      placeName: 'Zoetermeer',
      talents: ['kassa'],
      visibleToEmployers: true,
      consulentApprovesVisibility: true,
      ...input,
    })
  ).id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'ADMIN');
  matchmaker = await loginAs(server, 'MATCHMAKER');
  otherMatchmaker = await loginAs(server, 'MATCHMAKER');
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  const employer = await createEmployer(server, admin, { name: 'Supermarkt Het Hof' });
  const other = await createEmployer(server, admin, { name: 'Andere Supermarkt' });
  werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
  otherWerkgever = await loginAs(server, 'WERKGEVER', { employerId: other.id });
  vacancyId = (await createVacancy(server, werkgever, { title: 'Kassamedewerker', requiredTalents: ['kassa'] })).id;
  otherVacancyId = (await createVacancy(server, otherWerkgever, { title: 'Vakkenvuller', requiredTalents: ['kassa'] })).id;
  await open(vacancyId);
  await open(otherVacancyId);
});
afterAll(() => server?.stop());

const ask = async (candidateProfileId: string, message = 'Wij willen graag kennismaken', actor = werkgever, vacancy = vacancyId) =>
  (await gqlOk(server.url, REQUEST, { vacancyId: vacancy, candidateProfileId, message }, actor.token)).requestIntroduction;

describe('an employer asks to meet an anonymised candidate', () => {
  it('asks about a profile from its search; the matchmaker sees the open request; nothing personal reaches the employer', async () => {
    const candidateId = await candidate();
    const { searchCandidates } = await gqlOk(server.url, SEARCH, {}, werkgever.token);
    const profileId = searchCandidates.nodes.map((node: { profile: { id: string } }) => node.profile.id).find((id: string) => id === candidateId);
    expect(profileId).toBe(candidateId);

    const asked = await ask(profileId, 'Past goed bij onze kassa, graag een gesprek');
    expect(asked).toMatchObject({ status: 'OPEN', vacancyTitle: 'Kassamedewerker', candidateProfileId: candidateId, requestedBy: null, placementId: null });

    const forMatchmaker = (await gqlOk(server.url, REQUESTS, { status: ['OPEN'], mine: true }, matchmaker.token)).introductionRequests;
    expect(forMatchmaker.nodes).toContainEqual(expect.objectContaining({ id: asked.id, requestedBy: werkgever.id, message: 'Past goed bij onze kassa, graag een gesprek' }));
    expect((await gqlOk(server.url, REQUESTS, { mine: true }, otherMatchmaker.token)).introductionRequests.totalCount).toBe(0);

    const own = await gql(server.url, REQUESTS, {}, werkgever.token);
    expect(own.data.introductionRequests.nodes.map((r: { id: string }) => r.id)).toContain(asked.id);
    expect((await gqlOk(server.url, REQUESTS, {}, otherWerkgever.token)).introductionRequests.nodes.map((r: { id: string }) => r.id)).not.toContain(asked.id);
    const placements = await gql(server.url, '{ placements { totalCount nodes { id contact { firstName } } } }', {}, werkgever.token);
    for (const response of [own, placements] as GraphQLResponse[]) expect(JSON.stringify(response)).not.toMatch(PERSONAL);
    expect(placements.data.placements.totalCount).toBe(0);
  });

  it('hears a decline with its reason, and no voordracht starts', async () => {
    const asked = await ask(await candidate());
    const { declineIntroduction } = await gqlOk(server.url, DECLINE, { requestId: asked.id, reason: 'De kandidaat zoekt werk in een andere sector' }, matchmaker.token);
    expect(declineIntroduction).toMatchObject({ status: 'DECLINED', declineReason: 'De kandidaat zoekt werk in een andere sector', placementId: null, consentAt: null });
    const seen = (await gqlOk(server.url, REQUESTS, { status: ['DECLINED'] }, werkgever.token)).introductionRequests.nodes;
    expect(seen).toContainEqual(expect.objectContaining({ id: asked.id, status: 'DECLINED', declineReason: 'De kandidaat zoekt werk in een andere sector', decidedAt: expect.any(String) }));
    expect((await server.db.query('SELECT count(*)::int AS n FROM placement WHERE candidate_id = $1', [asked.candidateProfileId])).rows[0].n).toBe(0);
    const again = await withoutWrites(server, () => gql(server.url, ACCEPT, { requestId: asked.id, consent: true }, matchmaker.token));
    expectBadInput(again, 'requestId', /dit verzoek is al beantwoord \(DECLINED\)/);
  });

  it("with the candidate's consent starts a voordracht at INTRODUCED, and only then may the employer reach the person", async () => {
    const candidateId = await candidate();
    const asked = await ask(candidateId);
    const noConsent = await withoutWrites(server, () => gql(server.url, ACCEPT, { requestId: asked.id, consent: false }, matchmaker.token));
    expectBadInput(noConsent, 'candidateConsent', /accepteer alleen met toestemming van de kandidaat, wijs anders af/);

    const { acceptIntroduction } = await gqlOk(server.url, ACCEPT, { requestId: asked.id, consent: true, note: 'Kandidaat wil graag' }, matchmaker.token);
    expect(acceptIntroduction).toMatchObject({ status: 'ACCEPTED', consentAt: expect.any(String), placementId: expect.any(String) });

    const staffView = (await gqlOk(server.url, PLACEMENT, { id: acceptIntroduction.placementId }, matchmaker.token)).placement;
    expect(staffView).toMatchObject({ status: 'INTRODUCED', candidateId, consentAt: expect.any(String) });
    expect(staffView.steps).toEqual([
      { fromStatus: null, toStatus: 'PROPOSED', note: 'Kandidaat wil graag', actorId: matchmaker.id },
      { fromStatus: 'PROPOSED', toStatus: 'INTRODUCED', note: null, actorId: matchmaker.id },
    ]);
    const employerView = (await gqlOk(server.url, PLACEMENT, { id: acceptIntroduction.placementId }, werkgever.token)).placement;
    expect(employerView.contact).toEqual({ firstName: `Verborgen${n}`, lastName: 'Persoon', email: `kandidaat${n}@prive.nl`, phone: '0698765432' });
    expect(employerView.steps.map((s: { note: string | null }) => s.note)).toEqual([null, null]);
    // The other employer learns nothing of it.
    expect(errorCode(await gql(server.url, PLACEMENT, { id: acceptIntroduction.placementId }, otherWerkgever.token))).toBe('NOT_FOUND');
  });
});

describe('what an employer may not ask, and who may answer', () => {
  it("answers alike for a missing, a hidden and an inactive candidate, so an employer learns nothing of who exists", async () => {
    const hidden = await candidate({ consulentApprovesVisibility: false });
    const inactive = await candidate({ status: 'INACTIVE' });
    const answers: string[] = [];
    for (const id of ['00000000-0000-4000-8000-000000000000', hidden, inactive]) {
      const res = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId, candidateProfileId: id, message: 'Graag' }, werkgever.token));
      expectBadInput(res, 'candidateProfileId', /is geen profiel waarover u een kennismaking kunt aanvragen/);
      expect(JSON.stringify(res)).not.toMatch(PERSONAL);
      answers.push(res.errors![0].message);
    }
    expect(new Set(answers).size).toBe(1);
  });

  it("refuses another employer's vacancy, answering as for a missing one, and a vacancy that is not OPEN", async () => {
    const candidateId = await candidate();
    const foreign = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId: otherVacancyId, candidateProfileId: candidateId, message: 'Graag' }, werkgever.token));
    expectBadInput(foreign, 'vacancyId', /is geen vacature van uw organisatie/);
    const missing = await withoutWrites(server, () =>
      gql(server.url, REQUEST, { vacancyId: '00000000-0000-4000-8000-000000000000', candidateProfileId: candidateId, message: 'Graag' }, werkgever.token),
    );
    expect(missing.errors![0].message).toBe(foreign.errors![0].message);
    const draft = (await createVacancy(server, werkgever, { title: 'Concept' })).id;
    const res = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId: draft, candidateProfileId: candidateId, message: 'Graag' }, werkgever.token));
    expectBadInput(res, 'vacancyId', /de vacature heeft status DRAFT: vraag een kennismaking aan voor een open vacature/);
    const empty = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId, candidateProfileId: candidateId, message: '' }, werkgever.token));
    expectBadInput(empty, 'message', /mag niet leeg zijn/);
  });

  it('asks once per profile and vacancy while the request is open', async () => {
    const candidateId = await candidate();
    await ask(candidateId);
    const twice = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId, candidateProfileId: candidateId, message: 'Nogmaals' }, werkgever.token));
    expectBadInput(twice, 'candidateProfileId', /u heeft voor deze vacature al een kennismaking met dit profiel aangevraagd/);
  });

  it("is answered by the candidate's own matchmaker or an admin; the WSP staff alone ask nothing", async () => {
    const asked = await ask(await candidate());
    for (const actor of [otherMatchmaker, accounthouder, werkgever]) {
      const res = await withoutWrites(server, () => gql(server.url, DECLINE, { requestId: asked.id, reason: 'Niet passend' }, actor.token));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    for (const actor of [matchmaker, admin]) {
      const res = await withoutWrites(server, () => gql(server.url, REQUEST, { vacancyId, candidateProfileId: asked.candidateProfileId, message: 'x' }, actor.token));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect((await gqlOk(server.url, DECLINE, { requestId: asked.id, reason: 'Kandidaat is al in gesprek elders' }, admin.token)).declineIntroduction.status).toBe('DECLINED');
  });

  it('cannot start a second voordracht when one already runs for the person on this vacancy', async () => {
    const candidateId = await candidate();
    await gqlOk(server.url, 'mutation ($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, candidateId: $c) { id } }', { v: vacancyId, c: candidateId }, matchmaker.token);
    const asked = await ask(candidateId);
    const res = await withoutWrites(server, () => gql(server.url, ACCEPT, { requestId: asked.id, consent: true }, matchmaker.token));
    expectBadInput(res, 'candidateId', /heeft al een lopende voordracht voor deze vacature/);
  });
});
