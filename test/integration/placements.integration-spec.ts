import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput, expectNoInternals, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const PLACEMENT_FIELDS = `id vacancyId vacancyTitle employerId candidateId status proposedAt proposedBy placedAt closedAt closeReason consentAt
  matchmakerId inWorkAfter6Months inWorkAfter12Months
  instruments { loonkostensubsidie loonwaardePct jobcoach noRiskpolis trialStart trialEnd trialExtensionReason opleidingSchool opleidingCrebo }
  steps { fromStatus toStatus at actorId note reason }
  contact { firstName lastName email phone }`;
const PROPOSE = `mutation ($vacancyId: ID!, $candidateId: ID!, $note: String) {
  proposeCandidate(vacancyId: $vacancyId, candidateId: $candidateId, note: $note) { ${PLACEMENT_FIELDS} } }`;
const ADVANCE = `mutation ($placementId: ID!, $status: PlacementStatus!, $note: String, $reason: PlacementCloseReason, $consent: Boolean) {
  advancePlacement(placementId: $placementId, status: $status, note: $note, reason: $reason, candidateConsent: $consent) { ${PLACEMENT_FIELDS} } }`;
const INSTRUMENTS = `mutation ($placementId: ID!, $input: PlacementInstrumentsInput!) {
  setPlacementInstruments(placementId: $placementId, input: $input) { ${PLACEMENT_FIELDS} } }`;
const NAZORG = `mutation ($placementId: ID!, $months: Int!, $inWork: Boolean!) {
  recordNazorg(placementId: $placementId, months: $months, inWork: $inWork) { id inWorkAfter6Months inWorkAfter12Months } }`;
const ONE = `query ($id: ID!) { placement(id: $id) { ${PLACEMENT_FIELDS} } }`;
const LIST = `query ($vacancyId: ID, $candidateId: ID, $employerId: ID, $status: [PlacementStatus!], $matchmakerId: ID, $accounthouderId: ID, $from: Date, $to: Date) {
  placements(vacancyId: $vacancyId, candidateId: $candidateId, employerId: $employerId, status: $status, matchmakerId: $matchmakerId,
             accounthouderId: $accounthouderId, from: $from, to: $to, first: 100) { totalCount nodes { id status } } }`;

let server: TestServer;
let admin: Actor;
let matchmaker: Actor;
let otherMatchmaker: Actor;
let accounthouder: Actor;
let werkgever: Actor;
let otherWerkgever: Actor;
let employerId: string;
let otherEmployerId: string;
let people = 0;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'ADMIN');
  matchmaker = await loginAs(server, 'MATCHMAKER');
  otherMatchmaker = await loginAs(server, 'MATCHMAKER');
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  // Erkend leerbedrijf: some of its vacancies are leerwerkplekken (BBL).
  employerId = (await createEmployer(server, admin, { name: 'Logistiek Zoetermeer BV', accounthouderId: accounthouder.id, erkendLeerbedrijf: true })).id;
  otherEmployerId = (await createEmployer(server, admin, { name: 'Concurrent Delft BV', placeName: 'Delft' })).id;
  werkgever = await loginAs(server, 'WERKGEVER', { employerId });
  otherWerkgever = await loginAs(server, 'WERKGEVER', { employerId: otherEmployerId });
});
afterAll(() => server?.stop());

async function openVacancy(input: Record<string, unknown> = {}) {
  const vacancy = await createVacancy(server, admin, { employerId, ...input });
  await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancy.id }, admin.token);
  return vacancy.id as string;
}

async function person(by: Actor = matchmaker, input: Record<string, unknown> = {}) {
  people += 1;
  const candidate = await createCandidate(server, by, {
    firstName: `Persoon${people}`,
    lastName: 'Geheimnaam',
    email: `persoon${people}@voorbeeld.nl`,
    phone: '0612345678',
    placeName: 'Zoetermeer',
    talents: ['heftruck', 'orderpicken'],
    visibleToEmployers: true,
    consulentApprovesVisibility: true,
    ...input,
  });
  return candidate.id as string;
}

const propose = async (vacancyId: string, candidateId: string, note = 'Past goed', actor = matchmaker) =>
  (await gqlOk(server.url, PROPOSE, { vacancyId, candidateId, note }, actor.token)).proposeCandidate;
const advance = async (placementId: string, status: string, extra: Record<string, unknown> = {}, actor = matchmaker) =>
  (await gqlOk(server.url, ADVANCE, { placementId, status, ...extra }, actor.token)).advancePlacement;
const tryAdvance = (placementId: string, status: string, extra: Record<string, unknown> = {}, actor = matchmaker) =>
  withoutWrites(server, () => gql(server.url, ADVANCE, { placementId, status, ...extra }, actor.token));

/** A placement walked to `status` along the route. */
async function placementAt(status: string, vacancyId?: string, candidateId?: string) {
  const p = await propose(vacancyId ?? (await openVacancy()), candidateId ?? (await person()));
  const route = ['INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED'];
  for (const step of route.slice(0, route.indexOf(status) + 1)) await advance(p.id, step, step === 'INTRODUCED' ? { consent: true } : {});
  return p.id as string;
}

const candidateStatus = async (id: string) => (await storedRow(server, 'candidate', id)).status;
const vacancyRow = (id: string) => storedRow(server, 'vacancy', id);

describe('a voordracht walks its route, each step kept', () => {
  it('proposes, introduces with consent, interviews, tries out and places: the vacancy fills and the person leaves the job seekers', async () => {
    const vacancyId = await openVacancy({ title: 'Orderpicker', openings: 1 });
    const candidateId = await person();
    const search = async () =>
      (await gqlOk(server.url, '{ searchCandidates(query: "orderpicken") { nodes { profile { id } } } }', {}, werkgever.token)).searchCandidates.nodes.map(
        (n: { profile: { id: string } }) => n.profile.id,
      );
    expect(await search()).toContain(candidateId);

    const proposed = await propose(vacancyId, candidateId, 'Ruime ervaring met orderpicken');
    expect(proposed).toMatchObject({ status: 'PROPOSED', vacancyTitle: 'Orderpicker', employerId, proposedBy: matchmaker.id, matchmakerId: matchmaker.id, consentAt: null });
    expect(proposed.steps).toEqual([{ fromStatus: null, toStatus: 'PROPOSED', at: expect.any(String), actorId: matchmaker.id, note: 'Ruime ervaring met orderpicken', reason: null }]);

    await advance(proposed.id, 'INTRODUCED', { consent: true, note: 'Kandidaat akkoord met voorstellen' });
    await advance(proposed.id, 'INTERVIEW', { note: 'Gesprek dinsdag' }, accounthouder);
    await advance(proposed.id, 'TRIAL');
    const placed = await advance(proposed.id, 'PLACED', { note: 'Contract voor een jaar' });

    expect(placed).toMatchObject({ status: 'PLACED', placedAt: expect.any(String), closedAt: null, consentAt: expect.any(String) });
    expect(placed.steps.map((s: { fromStatus: string; toStatus: string; actorId: string }) => [s.fromStatus, s.toStatus, s.actorId])).toEqual([
      [null, 'PROPOSED', matchmaker.id],
      ['PROPOSED', 'INTRODUCED', matchmaker.id],
      ['INTRODUCED', 'INTERVIEW', accounthouder.id],
      ['INTERVIEW', 'TRIAL', matchmaker.id],
      ['TRIAL', 'PLACED', matchmaker.id],
    ]);
    expect(placed.steps[4].note).toBe('Contract voor een jaar');
    const vacancy = await vacancyRow(vacancyId);
    expect(vacancy.status).toBe('FILLED');
    expect(vacancy.ended_at).not.toBeNull();
    expect(await candidateStatus(candidateId)).toBe('PLACED');
    expect(await search()).not.toContain(candidateId);
  });

  it('may place straight after the interview (the proefplaatsing is optional); a vacancy of two openings fills with the second', async () => {
    const vacancyId = await openVacancy({ openings: 2 });
    const first = await placementAt('INTERVIEW', vacancyId);
    const second = await placementAt('TRIAL', vacancyId);
    const third = await placementAt('PROPOSED', vacancyId);
    expect((await advance(first, 'PLACED')).status).toBe('PLACED');
    expect((await vacancyRow(vacancyId)).status).toBe('OPEN');
    await advance(second, 'PLACED');
    expect((await vacancyRow(vacancyId)).status).toBe('FILLED');
    // The voordracht still running on the filled vacancy ends, with the reason why.
    const ended = (await gqlOk(server.url, ONE, { id: third }, matchmaker.token)).placement;
    expect(ended).toMatchObject({ status: 'REJECTED', closeReason: 'VACANCY_ENDED', closedAt: expect.any(String) });
  });

  it('places only one of two people sent at the same moment for the last opening, and answers the other clearly', async () => {
    const vacancyId = await openVacancy({ openings: 1 });
    const first = await placementAt('INTERVIEW', vacancyId);
    const second = await placementAt('INTERVIEW', vacancyId);
    const answers = await Promise.all([first, second].map((id) => gql(server.url, ADVANCE, { placementId: id, status: 'PLACED' }, matchmaker.token)));
    expect(answers.filter((res) => !res.errors).length).toBe(1);
    const refused = answers.find((res) => res.errors)!;
    expectBadInput(refused, 'status', /een voordracht met status REJECTED is afgesloten/);
    const { rows } = await server.db.query(`SELECT status, count(*)::int AS n FROM placement WHERE vacancy_id = $1 GROUP BY status ORDER BY status`, [vacancyId]);
    expect(rows).toEqual([
      { status: 'PLACED', n: 1 },
      { status: 'REJECTED', n: 1 },
    ]);
    expect((await vacancyRow(vacancyId)).status).toBe('FILLED');
  });

  it('places one person only once when two vacancies take them at the same moment', async () => {
    const candidateId = await person();
    const here = await placementAt('INTERVIEW', undefined, candidateId);
    const there = await placementAt('INTERVIEW', undefined, candidateId);
    const answers = await Promise.all([here, there].map((id) => gql(server.url, ADVANCE, { placementId: id, status: 'PLACED' }, matchmaker.token)));
    expect(answers.filter((res) => !res.errors).length).toBe(1);
    expectBadInput(answers.find((res) => res.errors)!, 'status', /een voordracht met status WITHDRAWN is afgesloten/);
  });

  it("ends the placed person's other running voordrachten as WITHDRAWN: found other work", async () => {
    const candidateId = await person();
    const elsewhere = await placementAt('INTERVIEW', undefined, candidateId);
    const placed = await placementAt('INTERVIEW', undefined, candidateId);
    await advance(placed, 'PLACED');
    const other = (await gqlOk(server.url, ONE, { id: elsewhere }, matchmaker.token)).placement;
    expect(other).toMatchObject({ status: 'WITHDRAWN', closeReason: 'CANDIDATE_FOUND_OTHER_WORK' });
    expect(other.steps.at(-1)).toMatchObject({ fromStatus: 'INTERVIEW', toStatus: 'WITHDRAWN', reason: 'CANDIDATE_FOUND_OTHER_WORK' });
  });
});

describe('the rules of the route: a clear error naming the field, and nothing written', () => {
  it('refuses to skip a step, to go back, and to place without an interview', async () => {
    const proposed = await placementAt('PROPOSED');
    expectBadInput(await tryAdvance(proposed, 'INTERVIEW'), 'status', /een voordracht met status PROPOSED kan alleen nog naar: INTRODUCED, REJECTED, WITHDRAWN/);
    const introduced = await placementAt('INTRODUCED');
    expectBadInput(await tryAdvance(introduced, 'PLACED'), 'status', /een voordracht met status INTRODUCED kan alleen nog naar: INTERVIEW, REJECTED, WITHDRAWN/);
    expectBadInput(await tryAdvance(introduced, 'PROPOSED'), 'status', /kan alleen nog naar/);
    const trial = await placementAt('TRIAL');
    expectBadInput(await tryAdvance(trial, 'INTERVIEW'), 'status', /een voordracht met status TRIAL kan alleen nog naar: PLACED, REJECTED, WITHDRAWN/);
    expectBadInput(await tryAdvance(trial, 'TRIAL'), 'status', /kan alleen nog naar/);
  });

  it('introduces a person to the employer only with their consent', async () => {
    const proposed = await placementAt('PROPOSED');
    expectBadInput(await tryAdvance(proposed, 'INTRODUCED'), 'candidateConsent', /moet aangevinkt zijn: de werkgever hoort alleen met toestemming van de kandidaat wie het is/);
    expectBadInput(await tryAdvance(proposed, 'INTRODUCED', { consent: false }), 'candidateConsent', /moet aangevinkt zijn/);
  });

  it('keeps PLACED, REJECTED and WITHDRAWN final', async () => {
    const placed = await placementAt('PLACED');
    expectBadInput(await tryAdvance(placed, 'WITHDRAWN', { reason: 'CANDIDATE_DECLINED' }), 'status', /een voordracht met status PLACED is afgesloten en verandert niet meer/);
    const rejected = await placementAt('PROPOSED');
    await advance(rejected, 'REJECTED', { reason: 'SKILLS_MISMATCH' });
    expectBadInput(await tryAdvance(rejected, 'INTRODUCED', { consent: true }), 'status', /een voordracht met status REJECTED is afgesloten/);
  });

  it('ends a voordracht from every open step, with a reason that fits and a note for OTHER', async () => {
    for (const status of ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL']) {
      const rejected = await placementAt(status);
      const done = await advance(rejected, 'REJECTED', { reason: 'OTHER_CANDIDATE_CHOSEN', note: 'Werkgever koos intern' });
      expect(done).toMatchObject({ status: 'REJECTED', closeReason: 'OTHER_CANDIDATE_CHOSEN', closedAt: expect.any(String) });
      expect(done.steps.at(-1)).toMatchObject({ fromStatus: status, toStatus: 'REJECTED', reason: 'OTHER_CANDIDATE_CHOSEN', note: 'Werkgever koos intern' });
      const withdrawn = await placementAt(status);
      expect((await advance(withdrawn, 'WITHDRAWN', { reason: 'CANDIDATE_UNAVAILABLE' })).status).toBe('WITHDRAWN');
    }
    const open = await placementAt('INTERVIEW');
    expectBadInput(await tryAdvance(open, 'REJECTED'), 'reason', /is verplicht bij REJECTED: een van SKILLS_MISMATCH/);
    expectBadInput(await tryAdvance(open, 'REJECTED', { reason: 'CANDIDATE_FOUND_OTHER_WORK' }), 'reason', /CANDIDATE_FOUND_OTHER_WORK past niet bij REJECTED/);
    expectBadInput(await tryAdvance(open, 'WITHDRAWN', { reason: 'OTHER' }), 'note', /is verplicht bij reden OTHER/);
    expectBadInput(await tryAdvance(open, 'TRIAL', { reason: 'SKILLS_MISMATCH' }), 'reason', /hoort alleen bij afwijzen \(REJECTED\) of terugtrekken \(WITHDRAWN\)/);
    const unknown = await tryAdvance(open, 'REJECTED', { reason: 'GEEN_ZIN' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toMatch(/"GEEN_ZIN" is geen toegestane keuze/);
    const unknownStatus = await tryAdvance(open, 'ARCHIVED');
    expect(errorCode(unknownStatus)).toBe('BAD_USER_INPUT');
    expect(unknownStatus.errors![0].message).toMatch(/"ARCHIVED" is geen toegestane keuze/);
  });

  it('refuses a second open voordracht of the same person on the same vacancy, but allows a new one after the first ended', async () => {
    const vacancyId = await openVacancy();
    const candidateId = await person();
    const first = await propose(vacancyId, candidateId);
    const again = await withoutWrites(server, () => gql(server.url, PROPOSE, { vacancyId, candidateId }, matchmaker.token));
    expectBadInput(again, 'candidateId', /heeft al een lopende voordracht voor deze vacature/);
    await advance(first.id, 'WITHDRAWN', { reason: 'CANDIDATE_UNAVAILABLE' });
    expect((await propose(vacancyId, candidateId)).status).toBe('PROPOSED');
  });

  it('takes voordrachten only on an OPEN vacancy and for an ACTIVE job seeker', async () => {
    const candidateId = await person();
    const draft = (await createVacancy(server, admin, { employerId })).id;
    expectBadInput(
      await withoutWrites(server, () => gql(server.url, PROPOSE, { vacancyId: draft, candidateId }, matchmaker.token)),
      'vacancyId',
      /de vacature heeft status DRAFT: alleen een open vacature neemt voordrachten aan/,
    );
    const closed = await openVacancy();
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: CLOSED) { id } }`, { id: closed }, admin.token);
    expectBadInput(await withoutWrites(server, () => gql(server.url, PROPOSE, { vacancyId: closed, candidateId }, matchmaker.token)), 'vacancyId', /heeft status CLOSED/);
    const missing = await withoutWrites(server, () =>
      gql(server.url, PROPOSE, { vacancyId: '00000000-0000-4000-8000-000000000000', candidateId: '00000000-0000-4000-8000-000000000001' }, matchmaker.token),
    );
    expectBadInput(missing, 'vacancyId', /geen vacature gevonden met id/);
    expect(missing.errors![0].message).toMatch(/candidateId: geen kandidaat gevonden met id/);
    const inactive = await person(matchmaker, { status: 'INACTIVE' });
    const open = await openVacancy();
    expectBadInput(
      await withoutWrites(server, () => gql(server.url, PROPOSE, { vacancyId: open, candidateId: inactive }, matchmaker.token)),
      'candidateId',
      /de kandidaat heeft status INACTIVE: alleen een actieve werkzoekende kan worden voorgedragen/,
    );
    expectBadInput(await withoutWrites(server, () => gql(server.url, PROPOSE, { vacancyId: 'x', candidateId }, matchmaker.token)), 'vacancyId', /is geen geldige verwijzing \(id\)/);
  });

  it('moves forward only while the vacancy is OPEN; ending stays possible', async () => {
    const vacancyId = await openVacancy();
    const placement = await placementAt('INTERVIEW', vacancyId);
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: CLOSED) { id } }`, { id: vacancyId }, admin.token);
    expectBadInput(await tryAdvance(placement, 'PLACED'), 'status', /de vacature heeft status CLOSED: de voordracht kan alleen nog worden afgesloten/);
    expect((await advance(placement, 'REJECTED', { reason: 'VACANCY_ENDED' })).status).toBe('REJECTED');
  });

  it('answers NOT_FOUND for a placement that does not exist', async () => {
    const res = await tryAdvance('00000000-0000-4000-8000-000000000000', 'INTERVIEW');
    expect(errorCode(res)).toBe('NOT_FOUND');
    expectNoInternals(res);
  });
});

describe('instruments on a placement', () => {
  const set = (placementId: string, input: Record<string, unknown>) =>
    withoutWrites(server, () => gql(server.url, INSTRUMENTS, { placementId, input }, matchmaker.token));

  it('records loonkostensubsidie with loonwaarde, jobcoach, no-riskpolis, a proefplaatsing and an opleiding on a leerwerkplek', async () => {
    const placement = await placementAt('TRIAL', await openVacancy({ leerwerkplek: true, contractType: 'BBL' }));
    const input = {
      loonkostensubsidie: true,
      loonwaardePct: 65,
      jobcoach: true,
      noRiskpolis: true,
      trialStart: '2026-01-15',
      trialEnd: '2026-03-15',
      opleidingSchool: 'mboRijnland',
      opleidingCrebo: '25397',
    };
    const { setPlacementInstruments } = await gqlOk(server.url, INSTRUMENTS, { placementId: placement, input }, matchmaker.token);
    expect(setPlacementInstruments.instruments).toEqual({ ...input, trialExtensionReason: null });
    // A partial change keeps the rest; switching loonkostensubsidie off takes the loonwaarde with it.
    const changed = (await gqlOk(server.url, INSTRUMENTS, { placementId: placement, input: { loonkostensubsidie: false, jobcoach: false } }, matchmaker.token))
      .setPlacementInstruments.instruments;
    expect(changed).toMatchObject({ loonkostensubsidie: false, loonwaardePct: null, jobcoach: false, noRiskpolis: true, trialEnd: '2026-03-15' });
    const row = await server.db.query('SELECT loonwaarde_pct, opleiding_crebo, version FROM placement WHERE id = $1', [placement]);
    expect(row.rows[0]).toMatchObject({ loonwaarde_pct: null, opleiding_crebo: '25397' });
  });

  it('allows a proefplaatsing of 2 months, up to 6 with a recorded reason, never longer', async () => {
    const placement = await placementAt('TRIAL');
    expectBadInput(
      await set(placement, { trialStart: '2026-01-15', trialEnd: '2026-03-16' }),
      'input.trialExtensionReason',
      /is verplicht bij een proefplaatsing langer dan 2 maanden \(na 2026-03-15\)/,
    );
    expectBadInput(
      await set(placement, { trialStart: '2026-01-15', trialEnd: '2026-07-16', trialExtensionReason: 'Leerbaan' }),
      'input.trialEnd',
      /een proefplaatsing duurt hoogstens 6 maanden \(tot 2026-07-15\)/,
    );
    expectBadInput(await set(placement, { trialStart: '2026-02-01', trialEnd: '2026-01-31' }), 'input.trialEnd', /mag niet voor de begindatum liggen/);
    expectBadInput(await set(placement, { trialStart: '2026-02-01' }), 'input.trialEnd', /heeft een begin- en een einddatum nodig/);
    const extended = await gqlOk(
      server.url,
      INSTRUMENTS,
      { placementId: placement, input: { trialStart: '2026-01-15', trialEnd: '2026-07-15', trialExtensionReason: 'Jobcoach kan pas later starten' } },
      matchmaker.token,
    );
    expect(extended.setPlacementInstruments.instruments).toMatchObject({ trialEnd: '2026-07-15', trialExtensionReason: 'Jobcoach kan pas later starten' });
  });

  it('refuses a loonwaarde outside 0-100 %, without loonkostensubsidie, or missing with it; an opleiding outside a leerwerkplek', async () => {
    const placement = await placementAt('INTERVIEW');
    expectBadInput(await set(placement, { loonkostensubsidie: true, loonwaardePct: 101 }), 'input.loonwaardePct', /moet een heel percentage van 0 tot en met 100 zijn/);
    expectBadInput(await set(placement, { loonkostensubsidie: true, loonwaardePct: -5 }), 'input.loonwaardePct', /van 0 tot en met 100/);
    expectBadInput(await set(placement, { loonwaardePct: 50 }), 'input.loonwaardePct', /hoort bij loonkostensubsidie/);
    expectBadInput(await set(placement, { loonkostensubsidie: true }), 'input.loonwaardePct', /is verplicht bij loonkostensubsidie/);
    expectBadInput(await set(placement, { opleidingSchool: 'ROC Mondriaan', opleidingCrebo: '25397' }), 'input.opleidingSchool', /deze vacature is er geen/);
    expectBadInput(await set(placement, { jobcoach: null }), 'input.jobcoach', /mag niet leeg gemaakt worden/);
    const both = await set(placement, { loonkostensubsidie: true, loonwaardePct: 120, trialStart: '2026-01-01', trialEnd: '2026-12-31' });
    expect(both.errors![0].extensions!.fields).toEqual([
      { field: 'input.loonwaardePct', message: 'moet een heel percentage van 0 tot en met 100 zijn' },
      { field: 'input.trialEnd', message: 'een proefplaatsing duurt hoogstens 6 maanden (tot 2026-07-01)' },
    ]);
  });

  it('no longer changes the instruments of an ended voordracht', async () => {
    const placement = await placementAt('PROPOSED');
    await advance(placement, 'WITHDRAWN', { reason: 'CANDIDATE_DECLINED' });
    expectBadInput(await set(placement, { jobcoach: true }), 'placementId', /de voordracht heeft status WITHDRAWN: de instrumenten veranderen niet meer/);
  });
});

describe('nazorg', () => {
  it('records at 6 and 12 months whether the person is still in work, once that time has come', async () => {
    const placement = await placementAt('PLACED');
    const nazorg = (months: number, inWork: boolean) => withoutWrites(server, () => gql(server.url, NAZORG, { placementId: placement, months, inWork }, matchmaker.token));
    expectBadInput(await nazorg(6, true), 'months', /6 maanden na de plaatsing is het \d{4}-\d{2}-\d{2}: leg de nazorg vanaf dan vast/);
    expectBadInput(await nazorg(7, true), 'months', /moet 6 of 12 zijn/);
    await server.db.query(`UPDATE placement SET placed_at = now() - interval '7 months' WHERE id = $1`, [placement]);
    expect((await gqlOk(server.url, NAZORG, { placementId: placement, months: 6, inWork: true }, matchmaker.token)).recordNazorg).toMatchObject({
      inWorkAfter6Months: true,
      inWorkAfter12Months: null,
    });
    expectBadInput(await nazorg(12, false), 'months', /12 maanden na de plaatsing/);
    await server.db.query(`UPDATE placement SET placed_at = now() - interval '13 months' WHERE id = $1`, [placement]);
    expect((await gqlOk(server.url, NAZORG, { placementId: placement, months: 12, inWork: false }, matchmaker.token)).recordNazorg).toMatchObject({
      inWorkAfter6Months: true,
      inWorkAfter12Months: false,
    });
  });

  it('is only for a PLACED voordracht', async () => {
    const placement = await placementAt('TRIAL');
    const res = await withoutWrites(server, () => gql(server.url, NAZORG, { placementId: placement, months: 6, inWork: true }, matchmaker.token));
    expectBadInput(res, 'placementId', /de voordracht heeft status TRIAL: nazorg wordt vastgelegd bij een plaatsing/);
  });
});

describe('finding placements', () => {
  let vacancyA: string;
  let vacancyOther: string;
  let mine: string;
  let theirs: string;
  let old: string;

  beforeAll(async () => {
    vacancyA = await openVacancy({ title: 'Heftruckchauffeur' });
    vacancyOther = (await createVacancy(server, admin, { employerId: otherEmployerId, title: 'Vacature elders' })).id;
    await gqlOk(server.url, `mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id } }`, { id: vacancyOther }, admin.token);
    mine = (await propose(vacancyA, await person(matchmaker))).id;
    theirs = (await propose(vacancyOther, await person(otherMatchmaker), 'Elders', otherMatchmaker)).id;
    old = (await propose(vacancyA, await person(otherMatchmaker), 'Oud', otherMatchmaker)).id;
    await advance(old, 'INTRODUCED', { consent: true }, otherMatchmaker);
    await server.db.query(`UPDATE placement SET proposed_at = '2025-03-10T10:00:00+01:00' WHERE id = $1`, [old]);
  });

  const find = async (filter: Record<string, unknown>, actor: Actor = admin) => {
    const { placements } = await gqlOk(server.url, LIST, filter, actor.token);
    return placements.nodes.map((n: { id: string }) => n.id).sort();
  };

  it('filters by vacancy, candidate, employer, status, matchmaker, accounthouder and period', async () => {
    expect(await find({ vacancyId: vacancyA })).toEqual([mine, old].sort());
    const { placement } = await gqlOk(server.url, ONE, { id: theirs }, admin.token);
    expect(await find({ candidateId: placement.candidateId })).toEqual([theirs]);
    expect(await find({ employerId: otherEmployerId })).toEqual([theirs]);
    expect(await find({ vacancyId: vacancyA, status: ['INTRODUCED'] })).toEqual([old]);
    expect(await find({ vacancyId: vacancyA, matchmakerId: matchmaker.id })).toEqual([mine]);
    expect(await find({ matchmakerId: otherMatchmaker.id })).toEqual([theirs, old].sort());
    expect(await find({ accounthouderId: accounthouder.id, matchmakerId: otherMatchmaker.id })).toEqual([old]);
    expect(await find({ vacancyId: vacancyA, from: '2025-03-10', to: '2025-03-10' })).toEqual([old]);
    expect(await find({ vacancyId: vacancyA, from: '2025-03-11' })).toEqual([mine]);
    expect(await find({ vacancyId: vacancyA, to: '2025-03-09' })).toEqual([]);
  });

  it('refuses a period that ends before it starts or spans more than ten years', async () => {
    expectBadInput(await gql(server.url, LIST, { from: '2026-02-01', to: '2026-01-01' }, admin.token), 'to', /mag niet voor het begin van de periode liggen \(2026-02-01\)/);
    expectBadInput(await gql(server.url, LIST, { from: '2010-01-01', to: '2026-01-01' }, admin.token), 'to', /hoogstens 10 jaar/);
    const badDate = await gql(server.url, LIST, { from: '2026-02-30' }, admin.token);
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
  });

  it('records every read of placements in the audit log', async () => {
    const reads = async () =>
      (await server.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = $1 AND action = 'read' AND entity_type = 'placement'`, [accounthouder.id])).rows[0].n;
    const before = await reads();
    await gqlOk(server.url, LIST, { vacancyId: vacancyA }, accounthouder.token);
    expect(await reads()).toBe(before + 2);
    await gqlOk(server.url, ONE, { id: mine }, accounthouder.token);
    expect(await reads()).toBe(before + 3);
  });

  it('shows an employer only the placements on its own vacancies', async () => {
    expect(await find({}, werkgever)).toEqual(expect.arrayContaining([mine, old]));
    expect(await find({}, werkgever)).not.toContain(theirs);
    expect(await find({ employerId: otherEmployerId }, werkgever)).toEqual([]);
    expect(await find({}, otherWerkgever)).toEqual([theirs]);
    const res = await gql(server.url, ONE, { id: theirs }, werkgever.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    const byCaseload = await gql(server.url, LIST, { matchmakerId: matchmaker.id }, werkgever.token);
    expect(errorCode(byCaseload)).toBe('FORBIDDEN');
    expect(byCaseload.errors![0].message).toMatch(/^matchmakerId: filteren op caseload is voor medewerkers van het WSP/);
  });
});

describe('what an employer sees of its own placements', () => {
  const NAME = /Geheimnaam|@voorbeeld\.nl|0612345678/;

  it('before consent: the step and anonymised profile id only; no name, contact, instruments, notes, nazorg or caseload', async () => {
    const candidateId = await person();
    const placement = await propose(await openVacancy(), candidateId, 'Interne notitie: woont dichtbij');
    await gqlOk(server.url, INSTRUMENTS, { placementId: placement.id, input: { loonkostensubsidie: true, loonwaardePct: 55, jobcoach: true } }, matchmaker.token);
    const res = await gql(server.url, ONE, { id: placement.id }, werkgever.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.placement).toMatchObject({
      candidateId,
      status: 'PROPOSED',
      contact: null,
      instruments: null,
      proposedBy: null,
      matchmakerId: null,
      inWorkAfter6Months: null,
      consentAt: null,
    });
    expect(res.data.placement.steps).toEqual([{ fromStatus: null, toStatus: 'PROPOSED', at: expect.any(String), actorId: null, note: null, reason: null }]);
    const list = await gql(server.url, `{ placements(first: 100) { nodes { ${PLACEMENT_FIELDS} } } }`, {}, werkgever.token);
    for (const response of [res, list] as GraphQLResponse[]) {
      expect(JSON.stringify(response)).not.toMatch(NAME);
      expect(JSON.stringify(response)).not.toMatch(/woont dichtbij/);
    }
  });

  it('after consent: the contact details and the instruments it takes part in; still no notes or nazorg; the read is audited', async () => {
    const candidateId = await person();
    const placement = await propose(await openVacancy(), candidateId);
    await gqlOk(server.url, INSTRUMENTS, { placementId: placement.id, input: { loonkostensubsidie: true, loonwaardePct: 55, jobcoach: true } }, matchmaker.token);
    await advance(placement.id, 'INTRODUCED', { consent: true, note: 'Interne notitie' });
    const { placement: seen } = await gqlOk(server.url, ONE, { id: placement.id }, werkgever.token);
    expect(seen.contact).toEqual({ firstName: expect.stringMatching(/^Persoon/), lastName: 'Geheimnaam', email: expect.stringMatching(/@voorbeeld\.nl$/), phone: '0612345678' });
    expect(seen.instruments).toMatchObject({ loonkostensubsidie: true, loonwaardePct: 55, jobcoach: true });
    expect(seen.steps.map((s: { note: string | null }) => s.note)).toEqual([null, null]);
    const audited = await server.db.query(`SELECT 1 FROM audit_log WHERE actor_id = $1 AND action = 'read' AND entity_type = 'candidate' AND entity_id = $2`, [
      werkgever.id,
      candidateId,
    ]);
    expect(audited.rowCount).toBe(1);
    // Once the voordracht has ended, the details are no longer shared.
    await advance(placement.id, 'WITHDRAWN', { reason: 'CANDIDATE_DECLINED' });
    const after = await gql(server.url, ONE, { id: placement.id }, werkgever.token);
    expect(after.data.placement.contact).toBeNull();
    expect(JSON.stringify(after)).not.toMatch(NAME);
  });
});

describe('who may do what', () => {
  it('lets no employer propose, advance, set instruments or record nazorg', async () => {
    const placement = await placementAt('PLACED');
    const open = await placementAt('PROPOSED');
    const candidateId = await person();
    const vacancyId = await openVacancy();
    const attempts: Array<[string, Record<string, unknown>]> = [
      [PROPOSE, { vacancyId, candidateId }],
      [ADVANCE, { placementId: open, status: 'INTRODUCED', consent: true }],
      [INSTRUMENTS, { placementId: open, input: { jobcoach: true } }],
      [NAZORG, { placementId: placement, months: 6, inWork: true }],
    ];
    for (const [query, variables] of attempts) {
      const res = await withoutWrites(server, () => gql(server.url, query, variables, werkgever.token));
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('lets every WSP role follow a voordracht', async () => {
    const leerwerkmakelaar = await loginAs(server, 'LEERWERKMAKELAAR');
    const placement = await propose(await openVacancy({ leerwerkplek: true, contractType: 'BBL' }), await person(leerwerkmakelaar), 'BBL-plek', leerwerkmakelaar);
    await advance(placement.id, 'INTRODUCED', { consent: true }, admin);
    await advance(placement.id, 'INTERVIEW', {}, accounthouder);
    expect((await advance(placement.id, 'PLACED', {}, leerwerkmakelaar)).status).toBe('PLACED');
  });
});
