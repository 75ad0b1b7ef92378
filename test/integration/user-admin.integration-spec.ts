import { Actor, loginAs, tableCounts } from '../helpers/actors';
import { createEmployer } from '../helpers/domain-actions';
import { errorCode, gql, gqlOk } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id active } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { id active } }';
const CHANGE_ROLE = 'mutation ($id: ID!, $input: ChangeUserRoleInput!) { changeUserRole(id: $id, input: $input) { id role employerId } }';
const RESET = 'mutation ($id: ID!, $input: ResetPasswordInput) { resetUserPassword(id: $id, input: $input) { user { id } generatedPassword } }';

/** An ADMIN manages logins; every change applies at once, also to tokens already handed out. */
describe('user administration by ADMIN', () => {
  let server: TestServer;
  let admin: Actor;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'ADMIN');
  });
  afterAll(() => server?.stop());

  const auditRows = async (id: string) =>
    (await server.db.query(`SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 AND actor_id = $2`, [id, admin.id])).rows.map((r) => r.action);

  it('lists users for ADMIN only', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const { users } = await gqlOk(server.url, '{ users { id email role active } }', {}, admin.token);
    expect(users).toEqual(expect.arrayContaining([expect.objectContaining({ id: matchmaker.id, role: 'MATCHMAKER', active: true })]));
    expect(errorCode(await gql(server.url, '{ users { id } }', {}, matchmaker.token))).toBe('FORBIDDEN');
  });

  it('deactivates a login (its token stops at once, it cannot log in) and reactivates it', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    expect((await gqlOk(server.url, DEACTIVATE, { id: matchmaker.id }, admin.token)).deactivateUser.active).toBe(false);
    expect(errorCode(await gql(server.url, '{ me { id } }', {}, matchmaker.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(server.url, LOGIN, { email: matchmaker.email, password: 'correct-horse-battery-staple' }))).toBe('UNAUTHENTICATED');

    expect((await gqlOk(server.url, REACTIVATE, { id: matchmaker.id }, admin.token)).reactivateUser.active).toBe(true);
    await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token);
    expect(await auditRows(matchmaker.id)).toEqual(['update', 'update']);
  });

  it('refuses a deactivated login on the very next request, though its earlier requests were answered from the check cache', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    for (let i = 0; i < 3; i++) await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token);
    await gqlOk(server.url, DEACTIVATE, { id: matchmaker.id }, admin.token);
    expect(errorCode(await gql(server.url, '{ me { id } }', {}, matchmaker.token))).toBe('UNAUTHENTICATED');
    await gqlOk(server.url, REACTIVATE, { id: matchmaker.id }, admin.token);
    expect((await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token)).me.id).toBe(matchmaker.id);
  });

  it('changes a role, and the same token gets the new rights at once', async () => {
    const accounthouder = await loginAs(server, 'ACCOUNTHOUDER');
    const employer = await createEmployer(server, accounthouder, { name: 'Rolwissel BV' });
    await gqlOk(server.url, CHANGE_ROLE, { id: accounthouder.id, input: { role: 'MATCHMAKER' } }, admin.token);
    expect((await gqlOk(server.url, '{ me { role } }', {}, accounthouder.token)).me.role).toBe('MATCHMAKER');
    const refused = await gql(server.url, 'mutation ($id: ID!) { updateEmployer(id: $id, input: { name: "Anders BV" }) { id } }', { id: employer.id }, accounthouder.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const becameEmployer = await gqlOk(server.url, CHANGE_ROLE, { id: accounthouder.id, input: { role: 'WERKGEVER', employerId: employer.id } }, admin.token);
    expect(becameEmployer.changeUserRole).toEqual({ id: accounthouder.id, role: 'WERKGEVER', employerId: employer.id });
    expect(errorCode(await gql(server.url, '{ candidates { totalCount } }', {}, accounthouder.token))).toBe('FORBIDDEN');
  });

  it('refuses a role change that breaks the rules, naming the fields, and changes nothing', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const before = await tableCounts(server);
    const noEmployer = await gql(server.url, CHANGE_ROLE, { id: matchmaker.id, input: { role: 'WERKGEVER' } }, admin.token);
    expect(errorCode(noEmployer)).toBe('BAD_USER_INPUT');
    expect(noEmployer.errors![0].message).toBe('input.employerId: is verplicht voor een gebruiker met de rol WERKGEVER');
    const self = await gql(server.url, CHANGE_ROLE, { id: admin.id, input: { role: 'MATCHMAKER' } }, admin.token);
    expect(self.errors![0].message).toMatch(/^input\.role: een beheerder kan zichzelf de rol ADMIN niet afnemen/);
    expect(errorCode(await gql(server.url, DEACTIVATE, { id: admin.id }, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(server.url, DEACTIVATE, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
    expect((await gqlOk(server.url, '{ me { role } }', {}, matchmaker.token)).me.role).toBe('MATCHMAKER');
    expect(await tableCounts(server)).toEqual(before);
  });

  it('resets a password to one the ADMIN chose: old password and old tokens stop working', async () => {
    const leerwerkmakelaar = await loginAs(server, 'LEERWERKMAKELAAR');
    const res = await gqlOk(server.url, RESET, { id: leerwerkmakelaar.id, input: { newPassword: 'nieuw-wachtwoord-voor-jou' } }, admin.token);
    expect(res.resetUserPassword.generatedPassword).toBeNull();
    expect(errorCode(await gql(server.url, '{ me { id } }', {}, leerwerkmakelaar.token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(server.url, LOGIN, { email: leerwerkmakelaar.email, password: 'correct-horse-battery-staple' }))).toBe('UNAUTHENTICATED');
    const { login } = await gqlOk(server.url, LOGIN, { email: leerwerkmakelaar.email, password: 'nieuw-wachtwoord-voor-jou' });
    await gqlOk(server.url, '{ me { id } }', {}, login.token);
    expect(server.logs()).not.toContain('nieuw-wachtwoord-voor-jou');
  });

  it('generates a one-time password when none is given, shows it once, and never logs or stores it in the clear', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const { resetUserPassword } = await gqlOk(server.url, RESET, { id: matchmaker.id }, admin.token);
    const generated: string = resetUserPassword.generatedPassword;
    expect(generated.length).toBeGreaterThanOrEqual(20);
    await gqlOk(server.url, LOGIN, { email: matchmaker.email, password: generated });
    expect(server.logs()).not.toContain(generated);
    const stored = await server.db.query('SELECT password_hash FROM app_user WHERE id = $1', [matchmaker.id]);
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(await server.db.query('SELECT * FROM audit_log'))).not.toContain(generated);
  });

  it('refuses a too short chosen password, and every user-admin operation to other roles', async () => {
    const matchmaker = await loginAs(server, 'MATCHMAKER');
    const short = await gql(server.url, RESET, { id: matchmaker.id, input: { newPassword: 'kort' } }, admin.token);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].message).toMatch(/input\.newPassword/);
    await gqlOk(server.url, '{ me { id } }', {}, matchmaker.token);
    await gqlOk(server.url, LOGIN, { email: matchmaker.email, password: 'correct-horse-battery-staple' });
    for (const [query, variables] of [
      [DEACTIVATE, { id: admin.id }],
      [REACTIVATE, { id: admin.id }],
      [CHANGE_ROLE, { id: matchmaker.id, input: { role: 'ADMIN' } }],
      [RESET, { id: admin.id }],
    ] as const) {
      expect(errorCode(await gql(server.url, query, variables, matchmaker.token))).toBe('FORBIDDEN');
    }
  });
});
