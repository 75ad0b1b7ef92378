import { Actor, loginAs } from '../helpers/actors';
import { createCandidate, createEmployer } from '../helpers/domain-actions';
import { expectBadInput, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const ASSIGN_ACCOUNTHOUDER = `mutation ($employerId: ID!, $accounthouderId: ID) {
  assignAccounthouder(employerId: $employerId, accounthouderId: $accounthouderId) { id accounthouderId } }`;
const ASSIGN_MATCHMAKER = `mutation ($candidateId: ID!, $matchmakerId: ID) {
  assignMatchmaker(candidateId: $candidateId, matchmakerId: $matchmakerId) { id matchmakerId } }`;
const EMPLOYERS = `query ($accounthouderId: ID, $mine: Boolean) { employers(accounthouderId: $accounthouderId, mine: $mine) { totalCount nodes { id } } }`;
const CANDIDATES = `query ($matchmakerId: ID, $mine: Boolean) { candidates(matchmakerId: $matchmakerId, mine: $mine) { totalCount nodes { id } } }`;

let server: TestServer;
let admin: Actor;
let accounthouder: Actor;
let otherAccounthouder: Actor;
let matchmaker: Actor;
let leerwerkmakelaar: Actor;

beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server, 'ADMIN');
  accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  otherAccounthouder = await loginAs(server, 'ACCOUNTHOUDER');
  matchmaker = await loginAs(server, 'MATCHMAKER');
  leerwerkmakelaar = await loginAs(server, 'LEERWERKMAKELAAR');
});
afterAll(() => server?.stop());

const ids = (list: { nodes: Array<{ id: string }> }) => list.nodes.map((n) => n.id).sort();

describe('employers in the caseload of an accounthouder', () => {
  it('assigns, reassigns and clears the accounthouder, and filters by it and by "mine"', async () => {
    const bakker = await createEmployer(server, admin, { name: 'Bakkerij De Korenschoof' });
    const garage = await createEmployer(server, admin, { name: 'Garage Van Leeuwen' });
    await createEmployer(server, admin, { name: 'Zonder Accounthouder BV' });

    await gqlOk(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: bakker.id, accounthouderId: accounthouder.id }, admin.token);
    const { assignAccounthouder } = await gqlOk(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: garage.id, accounthouderId: otherAccounthouder.id }, accounthouder.token);
    expect(assignAccounthouder).toEqual({ id: garage.id, accounthouderId: otherAccounthouder.id });

    expect(ids((await gqlOk(server.url, EMPLOYERS, { accounthouderId: accounthouder.id }, admin.token)).employers)).toEqual([bakker.id]);
    expect(ids((await gqlOk(server.url, EMPLOYERS, { mine: true }, otherAccounthouder.token)).employers)).toEqual([garage.id]);

    // Reassign: the garage moves to the first accounthouder's caseload.
    await gqlOk(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: garage.id, accounthouderId: accounthouder.id }, otherAccounthouder.token);
    expect(ids((await gqlOk(server.url, EMPLOYERS, { mine: true }, accounthouder.token)).employers)).toEqual([bakker.id, garage.id].sort());
    expect((await gqlOk(server.url, EMPLOYERS, { mine: true }, otherAccounthouder.token)).employers.totalCount).toBe(0);

    await gqlOk(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: garage.id, accounthouderId: null }, admin.token);
    expect((await storedRow(server, 'employer', garage.id)).accounthouder_id).toBeNull();
    expect(ids((await gqlOk(server.url, EMPLOYERS, { mine: true }, accounthouder.token)).employers)).toEqual([bakker.id]);
  });

  it('gives employers only to an active ACCOUNTHOUDER, and writes nothing otherwise', async () => {
    const employer = await createEmployer(server, admin, { name: 'Drukkerij Het Blad' });
    const inactive = await loginAs(server, 'ACCOUNTHOUDER');
    await server.db.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
    for (const assignee of [matchmaker.id, inactive.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await withoutWrites(server, () => gql(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: employer.id, accounthouderId: assignee }, admin.token));
      expectBadInput(res, 'accounthouderId', /is geen actieve accounthouder/);
      expect(res.errors![0].extensions!.field).toBe('accounthouderId');
    }
    expectBadInput(await gql(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: employer.id, accounthouderId: 'nope' }, admin.token), 'accounthouderId', /is geen geldige verwijzing \(id\)/);
    expect((await storedRow(server, 'employer', employer.id)).accounthouder_id).toBeNull();
  });

  it('is for accounthouders and admins: others are refused', async () => {
    const employer = await createEmployer(server, admin, { name: 'Kwekerij Groen' });
    const werkgever = await loginAs(server, 'WERKGEVER', { employerId: employer.id });
    for (const actor of [matchmaker, werkgever]) {
      const res = await withoutWrites(server, () => gql(server.url, ASSIGN_ACCOUNTHOUDER, { employerId: employer.id, accounthouderId: accounthouder.id }, actor.token));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });
});

describe('candidates in the caseload of a matchmaker or leerwerkmakelaar', () => {
  it('assigns, reassigns and clears the matchmaker, and filters by it and by "mine"', async () => {
    // A candidate created by a matchmaker starts in their caseload; an admin's starts in none.
    const eigen = await createCandidate(server, matchmaker, { firstName: 'Eigen', lastName: 'Kandidaat' });
    const jongere = await createCandidate(server, admin, { firstName: 'Jonge', lastName: 'Kandidaat' });
    await createCandidate(server, admin, { firstName: 'Niemands', lastName: 'Kandidaat' });

    const { assignMatchmaker } = await gqlOk(server.url, ASSIGN_MATCHMAKER, { candidateId: jongere.id, matchmakerId: leerwerkmakelaar.id }, matchmaker.token);
    expect(assignMatchmaker).toEqual({ id: jongere.id, matchmakerId: leerwerkmakelaar.id });
    expect(ids((await gqlOk(server.url, CANDIDATES, { mine: true }, matchmaker.token)).candidates)).toEqual([eigen.id]);
    expect(ids((await gqlOk(server.url, CANDIDATES, { mine: true }, leerwerkmakelaar.token)).candidates)).toEqual([jongere.id]);
    expect(ids((await gqlOk(server.url, CANDIDATES, { matchmakerId: leerwerkmakelaar.id }, admin.token)).candidates)).toEqual([jongere.id]);

    await gqlOk(server.url, ASSIGN_MATCHMAKER, { candidateId: jongere.id, matchmakerId: matchmaker.id }, leerwerkmakelaar.token);
    expect(ids((await gqlOk(server.url, CANDIDATES, { mine: true }, matchmaker.token)).candidates)).toEqual([eigen.id, jongere.id].sort());
    await gqlOk(server.url, ASSIGN_MATCHMAKER, { candidateId: eigen.id, matchmakerId: null }, admin.token);
    expect(ids((await gqlOk(server.url, CANDIDATES, { mine: true }, matchmaker.token)).candidates)).toEqual([jongere.id]);
    expect((await storedRow(server, 'candidate', eigen.id)).matchmaker_id).toBeNull();
  });

  it('gives candidates only to an active MATCHMAKER or LEERWERKMAKELAAR, and writes nothing otherwise', async () => {
    const candidate = await createCandidate(server, admin, { firstName: 'Vaste', lastName: 'Kandidaat' });
    const inactive = await loginAs(server, 'MATCHMAKER');
    await server.db.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
    for (const assignee of [accounthouder.id, admin.id, inactive.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await withoutWrites(server, () => gql(server.url, ASSIGN_MATCHMAKER, { candidateId: candidate.id, matchmakerId: assignee }, admin.token));
      expectBadInput(res, 'matchmakerId', /is geen actieve matchmaker of leerwerkmakelaar/);
      expect(res.errors![0].extensions!.field).toBe('matchmakerId');
    }
    const missing = await withoutWrites(server, () =>
      gql(server.url, ASSIGN_MATCHMAKER, { candidateId: '00000000-0000-4000-8000-000000000000', matchmakerId: matchmaker.id }, admin.token),
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('is for the consulenten and admins: an accounthouder or employer is refused', async () => {
    const candidate = await createCandidate(server, admin, { firstName: 'Andere', lastName: 'Kandidaat' });
    const werkgever = await loginAs(server, 'WERKGEVER');
    for (const actor of [accounthouder, werkgever]) {
      const res = await withoutWrites(server, () => gql(server.url, ASSIGN_MATCHMAKER, { candidateId: candidate.id, matchmakerId: matchmaker.id }, actor.token));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });
});
