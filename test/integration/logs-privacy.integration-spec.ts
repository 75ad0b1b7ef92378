import { Actor, loginAs } from '../helpers/actors';
import { createCandidate } from '../helpers/domain-actions';
import { errorCode, gql } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';

/** No log line carries query parameters, emails, names or password hashes, also when a query fails. */
describe('server logs hold no personal data', () => {
  let server: TestServer;
  let admin: Actor;
  let matchmaker: Actor;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await loginAs(server, 'ADMIN');
    matchmaker = await loginAs(server, 'MATCHMAKER');
  });
  afterAll(() => server?.stop());

  function expectLogsFree(...secrets: string[]): void {
    const logs = server.logs();
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/\$argon2id\$/);
    expect(logs).not.toMatch(/PARAMETERS|parameters:/i);
  }

  it('answers a duplicate createUser with BAD_USER_INPUT naming input.email, and logs neither email nor hash', async () => {
    const email = 'jan.de.vries@gemeente.example';
    const input = { email, password: 'een-lang-wachtwoord-123', displayName: 'Jan de Vries', role: 'MATCHMAKER' };
    expect(errorCode(await gql(server.url, CREATE_USER, { input }, admin.token))).toBeUndefined();
    const duplicate = await gql(server.url, CREATE_USER, { input: { ...input, email: email.toUpperCase() } }, admin.token);
    expectLogsFree(email, email.toUpperCase(), 'een-lang-wachtwoord-123', 'Jan de Vries');
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].extensions!.field).toBe('input.email');
    expect(duplicate.errors![0].message).toMatch(/^input\.email: /);
  });

  it('logs a failed query by its kind and cause only, without the values it carried', async () => {
    // A database failure the service cannot foresee, on an insert full of personal data.
    await server.db.query(`
      CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by test trigger'; END $$`);
    await server.db.query(`CREATE TRIGGER refuse_user BEFORE INSERT ON app_user FOR EACH ROW WHEN (NEW.display_name = 'Fatma Yilmaz') EXECUTE FUNCTION refuse_user()`);
    try {
      const email = 'fatma.yilmaz@gemeente.example';
      const res = await gql(server.url, CREATE_USER, { input: { email, password: 'nog-een-wachtwoord-456', displayName: 'Fatma Yilmaz', role: 'MATCHMAKER' } }, admin.token);
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      // The person is not in the log ...
      expectLogsFree(email, 'nog-een-wachtwoord-456', 'Fatma Yilmaz');
      // ... the cause is, for the operator.
      expect(server.logs()).toContain('refused by test trigger');
      expect(server.logs()).toMatch(/INSERT INTO \\"app_user\\" failed/);
    } finally {
      await server.db.query('DROP TRIGGER refuse_user ON app_user; DROP FUNCTION refuse_user()');
    }
  });

  it('masks a bad value quoted in a driver message', async () => {
    const candidate = await createCandidate(server, matchmaker, { firstName: 'Pieter', lastName: 'Bakker' });
    await server.db.query(`
      CREATE FUNCTION refuse_candidate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM NEW.place_name::uuid; RETURN NEW; END $$`);
    await server.db.query(`CREATE TRIGGER refuse_candidate BEFORE UPDATE ON candidate FOR EACH ROW WHEN (NEW.place_name = 'Gouda') EXECUTE FUNCTION refuse_candidate()`);
    try {
      const res = await gql(server.url, 'mutation ($id: ID!) { updateCandidate(id: $id, input: { placeName: "Gouda" }) { id } }', { id: candidate.id }, matchmaker.token);
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      // The error's line reaches the pipe a moment after the response (as logLineOf waits for a request's line).
      const masked = /invalid input syntax for type uuid: \\"\*\*\*\\"/;
      for (let i = 0; i < 50 && !masked.test(server.logs()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expectLogsFree('"Gouda"', 'Pieter', 'Bakker');
      expect(server.logs()).toMatch(masked);
    } finally {
      await server.db.query('DROP TRIGGER refuse_candidate ON candidate; DROP FUNCTION refuse_candidate()');
    }
  });

  /** The log's JSON lines, as a log collector would read them. */
  function logLines(): Array<Record<string, any>> {
    return server
      .logs()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  }

  /** The request's line: written when the response has finished, so it may reach the pipe a moment later. */
  async function logLineOf(requestId: string | null): Promise<Record<string, any> | undefined> {
    for (let i = 0; i < 50; i++) {
      const line = logLines().find((l) => l.requestId === requestId);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }

  async function post(body: unknown, headers: Record<string, string>): Promise<Response> {
    return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  }

  it('writes one JSON line per request: request id (kept or made, and echoed), user id and role, operation, status, duration', async () => {
    const requestId = 'trace-4f1c2a-logs-privacy';
    const searched = 'zoekterm-Heftruckchauffeur-7731';
    const res = await post(
      {
        query: 'query ZoekKandidaten($q: String, $first: Int!) { searchCandidates(query: $q, first: $first) { totalCount } }',
        operationName: 'ZoekKandidaten',
        variables: { q: searched, first: 5 },
      },
      { authorization: `Bearer ${matchmaker.token}`, 'x-request-id': requestId, cookie: 'sessie=geheim-koekje-123' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    const line = await logLineOf(requestId);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'POST', path: '/graphql' },
      res: { status: 200 },
      user: { id: matchmaker.id, role: 'MATCHMAKER' },
      graphql: { operationName: 'ZoekKandidaten', operationType: 'query', rootFields: ['searchCandidates'] },
    });
    expect(typeof line!.durationMs).toBe('number');
    // No variable value, email, token or cookie anywhere in the log.
    expectLogsFree(searched, matchmaker.email, matchmaker.token, 'geheim-koekje-123');
    expect(server.logs()).not.toMatch(/authorization|"cookie"|"variables"|"headers"/i);

    // Without a request id, the server makes one, answers with it and logs it.
    const anonymous = await post({ query: '{ __typename }' }, {});
    const made = anonymous.headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logLineOf(made)).toMatchObject({ graphql: { operationName: null, operationType: 'query' }, res: { status: 200 } });
    // A request id that could forge log lines is replaced, not logged.
    const forged = await post({ query: '{ __typename }' }, { 'x-request-id': 'abc def {"level":60}' });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a login by its operation and error code only: no email, password or token', async () => {
    const email = 'inloggen.logtest@gemeente.example';
    const password = 'fout-wachtwoord-9981';
    const res = await post(
      { query: 'mutation Inloggen($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email, password } },
      { 'x-request-id': 'login-attempt-1' },
    );
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const line = await logLineOf('login-attempt-1');
    expect(line).toMatchObject({ graphql: { operationName: 'Inloggen', operationType: 'mutation', errors: ['UNAUTHENTICATED'] } });
    expect(line!.user).toBeUndefined();
    expectLogsFree(email, password, admin.token);
  });
});
