import { loginAs, TEST_PASSWORD } from '../helpers/actors';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

describe('authentication', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('logs in with email and password and answers `me` with the bearer token', async () => {
    const admin = await loginAs(server, 'ADMIN');
    const data = await gqlOk(server.url, '{ me { id email role } }', {}, admin.token);
    expect(data.me).toEqual({ id: admin.id, email: admin.email, role: 'ADMIN' });
  });

  it('refuses a wrong password without saying whether the email exists', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const wrong = await gql(server.url, 'mutation { login(email: "' + matchmaker.email + '", password: "nope-nope-nope") { token } }');
    const unknown = await gql(server.url, 'mutation { login(email: "nobody@test.wsp", password: "' + TEST_PASSWORD + '") { token } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('closes every operation to anonymous callers', async () => {
    for (const query of ['{ me { id } }', '{ vacancies { totalCount } }', '{ candidates { totalCount } }', '{ employers { totalCount } }', '{ categories { code } }']) {
      expect(errorCode(await gql(server.url, query))).toBe('UNAUTHENTICATED');
    }
  });

  it('rejects a forged or expired token', async () => {
    const res = await gql(server.url, '{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('locks out a deactivated user at once, even with a valid token', async () => {
    const accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    await server.db.query('UPDATE app_user SET active = false WHERE id = $1', [accounthouder.id]);
    expect(errorCode(await gql(server.url, '{ me { id } }', {}, accounthouder.token))).toBe('UNAUTHENTICATED');
  });

  it('locks out at once a user whose earlier requests were answered from the check cache, whoever changes the row', async () => {
    // Warm: the server now keeps this user's check in memory (user-check-cache.ts).
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    for (let i = 0; i < 3; i++) await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token);
    // A change made outside the API (SQL by hand, the admin CLI, another replica) reaches the server as a
    // PostgreSQL notification; the very next request is refused.
    await server.db.query('UPDATE app_user SET active = false WHERE id = $1', [matchmaker.id]);
    expect(errorCode(await gql(server.url, '{ me { id } }', {}, matchmaker.token))).toBe('UNAUTHENTICATED');
    // And a role changed by hand applies to the next request too.
    const accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    for (let i = 0; i < 3; i++) await gqlOk(server.url, '{ me { role } }', {}, accounthouder.token);
    await server.db.query(`UPDATE app_user SET role = 'MATCHMAKER' WHERE id = $1`, [accounthouder.id]);
    expect((await gqlOk(server.url, '{ me { role } }', {}, accounthouder.token)).me.role).toBe('MATCHMAKER');
  });

  it('brakes password guessing on one account', async () => {
    const target = await loginAs(server, 'LEERWERKMAKELAAR');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await gql(server.url, `mutation { login(email: "${target.email}", password: "guess-${i}-xxxxxxxx") { token } }`);
      codes.push(errorCode(res)!);
    }
    expect(codes).toContain('TOO_MANY_REQUESTS');
  });
});
