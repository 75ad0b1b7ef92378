import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isAbstractType } from 'graphql';
import { Actor, loginAs, RoleName, tableCounts, TEST_PASSWORD } from '../helpers/actors';
import { createCandidate, createEmployer, createVacancy } from '../helpers/domain-actions';
import { expectBadInput, expectNoInternals, storedRow, withoutWrites } from '../helpers/expectations';
import { errorCode, gql, gqlOk, GraphQLResponse } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';

const ROLES: RoleName[] = ['MATCHMAKER', 'ACCOUNTHOUDER', 'LEERWERKMAKELAAR', 'WERKGEVER', 'ADMIN'];
const EVERYONE = ROLES;
const WSP_STAFF: RoleName[] = ['MATCHMAKER', 'ACCOUNTHOUDER', 'LEERWERKMAKELAAR', 'ADMIN'];
const VACANCY_EDITORS: RoleName[] = ['ACCOUNTHOUDER', 'LEERWERKMAKELAAR', 'ADMIN', 'WERKGEVER'];
const CONSULENTEN: RoleName[] = ['MATCHMAKER', 'LEERWERKMAKELAAR', 'ADMIN'];
const ADMIN_ONLY: RoleName[] = ['ADMIN'];

/**
 * Who may call each root operation of schema.graphql: the product's access rules, written once. A test below
 * holds this list to the schema, so a new query or mutation without an entry here fails it, and every entry is
 * checked for every role (allowed, FORBIDDEN, or asked to log in).
 */
const ACCESS: Record<string, RoleName[] | 'PUBLIC'> = {
  // Queries
  me: EVERYONE,
  employers: EVERYONE,
  employer: EVERYONE,
  vacancies: EVERYONE,
  vacancy: EVERYONE,
  categories: EVERYONE,
  talents: EVERYONE,
  talentRelations: EVERYONE,
  klantcategorieen: EVERYONE,
  places: EVERYONE,
  searchCandidates: EVERYONE,
  searchVacancies: EVERYONE,
  matchCandidates: EVERYONE,
  matchVacancies: WSP_STAFF,
  rankingExplanation: EVERYONE,
  candidates: WSP_STAFF,
  candidate: WSP_STAFF,
  exportCandidateData: CONSULENTEN,
  introductionRequests: EVERYONE,
  placements: EVERYONE,
  placement: EVERYONE,
  wspDashboard: EVERYONE,
  users: ADMIN_ONLY,
  auditLog: ADMIN_ONLY,
  securityAlerts: ADMIN_ONLY,
  // Mutations
  login: 'PUBLIC',
  createEmployer: ['ACCOUNTHOUDER', 'ADMIN'],
  updateEmployer: ['ACCOUNTHOUDER', 'ADMIN', 'WERKGEVER'],
  assignAccounthouder: ['ACCOUNTHOUDER', 'ADMIN'],
  createVacancy: VACANCY_EDITORS,
  updateVacancy: VACANCY_EDITORS,
  setVacancyStatus: VACANCY_EDITORS,
  createCandidate: CONSULENTEN,
  updateCandidate: CONSULENTEN,
  assignMatchmaker: CONSULENTEN,
  eraseCandidate: ['MATCHMAKER', 'ADMIN'],
  requestIntroduction: ['WERKGEVER'],
  acceptIntroduction: CONSULENTEN,
  declineIntroduction: CONSULENTEN,
  proposeCandidate: WSP_STAFF,
  advancePlacement: WSP_STAFF,
  setPlacementInstruments: WSP_STAFF,
  recordNazorg: WSP_STAFF,
  createUser: ADMIN_ONLY,
  deactivateUser: ADMIN_ONLY,
  reactivateUser: ADMIN_ONLY,
  changeUserRole: ADMIN_ONLY,
  resetUserPassword: ADMIN_ONLY,
  createTalent: ADMIN_ONLY,
  updateTalent: ADMIN_ONLY,
  relateTalents: ADMIN_ONLY,
  unrelateTalents: ADMIN_ONLY,
};

const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const ROOT_OPERATIONS = [
  ...Object.values(SCHEMA.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
  ...Object.values(SCHEMA.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A value of the type that passes GraphQL's own checks (ids name nothing), so the call reaches the role check. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, placeholder(f.type)]));
  }
  const scalars: Record<string, unknown> = { ID: UNKNOWN_ID, Int: 1, Float: 1, Boolean: false, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00.000Z' };
  return scalars[type.name] ?? 'x';
}

/** The smallest call of a root operation: its required arguments as variables, `__typename` as the selection. */
function smallestCall(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => isNonNullType(a.type));
  const declared = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const passed = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  return { query: `${kind}${declared} { ${field.name}${passed}${selection} }`, variables: Object.fromEntries(args.map((a) => [a.name, placeholder(a.type)])) };
}

let server: TestServer;
const actors = {} as Record<RoleName, Actor>;
let ownEmployer: { id: string; name: string };
let otherEmployer: { id: string; name: string };
let ownVacancy: { id: string };
let otherVacancy: { id: string };
let candidate: { id: string };
let users = 0;

beforeAll(async () => {
  server = await startTestServer();
  actors.ADMIN = await loginAs(server, 'ADMIN');
  ownEmployer = await createEmployer(server, actors.ADMIN, { name: 'Eigen Werkgever BV' });
  otherEmployer = await createEmployer(server, actors.ADMIN, { name: 'Concurrent BV' });
  actors.WERKGEVER = await loginAs(server, 'WERKGEVER', { employerId: ownEmployer.id });
  actors.MATCHMAKER = await loginAs(server, 'MATCHMAKER');
  actors.ACCOUNTHOUDER = await loginAs(server, 'ACCOUNTHOUDER');
  actors.LEERWERKMAKELAAR = await loginAs(server, 'LEERWERKMAKELAAR');
  ownVacancy = await createVacancy(server, actors.ADMIN, { employerId: ownEmployer.id, title: 'Eigen vacature' });
  otherVacancy = await createVacancy(server, actors.ADMIN, { employerId: otherEmployer.id, title: 'Vacature van de concurrent' });
  candidate = await createCandidate(server, actors.MATCHMAKER, { firstName: 'Geheime', lastName: 'Kandidaat', email: 'geheim@example.nl' });
});
afterAll(() => server?.stop());

interface Operation {
  /** The GraphQL field, also the key of `data` in the answer. */
  field: string;
  /** Anything the call needs that must exist before it (made before the tables are counted). */
  prepare?: () => Promise<Record<string, unknown>>;
  query: string;
  variables?: (actor: Actor | null, prepared: Record<string, unknown>) => Record<string, unknown>;
}

/** Realistic calls of the main operations, proving an allowed role gets real data (roles from ACCESS). */
const OPERATIONS: Operation[] = [
  { field: 'me', query: '{ me { id role } }' },
  { field: 'employers', query: '{ employers { totalCount } }' },
  { field: 'employer', query: 'query ($id: ID!) { employer(id: $id) { id } }', variables: () => ({ id: ownEmployer.id }) },
  { field: 'vacancies', query: '{ vacancies { totalCount } }' },
  { field: 'vacancy', query: 'query ($id: ID!) { vacancy(id: $id) { id employer { id } } }', variables: () => ({ id: ownVacancy.id }) },
  { field: 'categories', query: '{ categories { code } }' },
  { field: 'talents', query: '{ talents(search: "heftruck") { code } }' },
  { field: 'klantcategorieen', query: '{ klantcategorieen { code } }' },
  { field: 'places', query: '{ places(search: "Leiden") { name } }' },
  {
    field: 'createEmployer',
    query: 'mutation { createEmployer(input: { name: "Nieuwe Werkgever", placeName: "Gouda" }) { id } }',
  },
  {
    field: 'updateEmployer',
    query: 'mutation ($id: ID!) { updateEmployer(id: $id, input: { contactName: "Nieuwe contactpersoon" }) { id } }',
    variables: () => ({ id: ownEmployer.id }),
  },
  {
    field: 'createVacancy',
    query: `mutation ($employerId: ID!) { createVacancy(input: { employerId: $employerId, title: "Nieuwe vacature", hoursMin: 8, hoursMax: 16, placeName: "Gouda", contractType: VAST }) { id } }`,
    variables: () => ({ employerId: ownEmployer.id }),
  },
  {
    field: 'updateVacancy',
    query: 'mutation ($id: ID!) { updateVacancy(id: $id, input: { openings: 2 }) { id } }',
    variables: () => ({ id: ownVacancy.id }),
  },
  {
    field: 'setVacancyStatus',
    prepare: async () => ({ id: (await createVacancy(server, actors.ADMIN, { employerId: ownEmployer.id })).id }),
    query: 'mutation ($id: ID!) { setVacancyStatus(id: $id, status: OPEN) { id status } }',
    variables: (_actor, prepared) => prepared,
  },
  { field: 'candidates', query: '{ candidates { totalCount nodes { personal { lastName } } } }' },
  {
    field: 'candidate',
    query: 'query ($id: ID!) { candidate(id: $id) { id personal { firstName lastName email } } }',
    variables: () => ({ id: candidate.id }),
  },
  { field: 'createCandidate', query: 'mutation { createCandidate(input: { firstName: "Nieuwe", lastName: "Kandidaat" }) { id } }' },
  {
    field: 'updateCandidate',
    query: 'mutation ($id: ID!) { updateCandidate(id: $id, input: { hoursMax: 30 }) { id } }',
    variables: () => ({ id: candidate.id }),
  },
  {
    field: 'eraseCandidate',
    prepare: async () => ({ id: (await createCandidate(server, actors.MATCHMAKER, { firstName: 'Te', lastName: 'Wissen' })).id }),
    query: 'mutation ($id: ID!) { eraseCandidate(id: $id) }',
    variables: (_actor, prepared) => prepared,
  },
  {
    field: 'createUser',
    query: 'mutation ($email: String!) { createUser(input: { email: $email, password: "een-lang-wachtwoord", displayName: "Nieuwe collega", role: MATCHMAKER }) { id } }',
    variables: () => ({ email: `nieuw-${++users}@test.wsp` }),
  },
];

function allowedRoles(field: string): RoleName[] {
  const access = ACCESS[field];
  if (!access || access === 'PUBLIC') throw new Error(`${field}: no roles in ACCESS`);
  return access;
}

const CASES = OPERATIONS.flatMap((op) => ROLES.map((role) => ({ op, role, allowed: allowedRoles(op.field).includes(role) })));

async function call(op: Operation, actor: Actor | null, prepared: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(server.url, op.query, op.variables?.(actor, prepared) ?? {}, actor?.token);
}

describe('the roles matrix follows schema.graphql', () => {
  it('names every root query and mutation of the schema, and nothing the schema lacks', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(ROOT_OPERATIONS.map((o) => o.field.name).sort());
  });

  const GATED = ROOT_OPERATIONS.filter((o) => ACCESS[o.field.name] !== 'PUBLIC');
  const ALL_CASES = GATED.flatMap((o) => ROLES.map((role) => ({ ...o, role, allowed: (ACCESS[o.field.name] as RoleName[] | undefined)?.includes(role) ?? false })));

  it.each(ALL_CASES.filter((c) => !c.allowed).map((c) => [c.field.name, c.role, c] as const))('%s is FORBIDDEN to %s, and nothing is written', async (_name, role, c) => {
    const { query, variables } = smallestCall(c.kind, c.field);
    const before = await tableCounts(server);
    const res = await gql(server.url, query, variables, actors[role].token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toContain(role);
    expectNoInternals(res);
    expect(await tableCounts(server)).toEqual(before);
  });

  it.each(ALL_CASES.filter((c) => c.allowed).map((c) => [c.field.name, c.role, c] as const))('%s lets %s past the role check', async (_name, role, c) => {
    const { query, variables } = smallestCall(c.kind, c.field);
    const res = await gql(server.url, query, variables, actors[role].token);
    // The placeholder arguments name nothing, so NOT_FOUND or BAD_USER_INPUT is fine here; a refusal is not.
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(errorCode(res));
    expectNoInternals(res);
  });

  it.each(GATED.map((o) => [o.field.name, o] as const))('%s asks an anonymous caller to log in, and writes nothing', async (_name, o) => {
    const { query, variables } = smallestCall(o.kind, o.field);
    const before = await tableCounts(server);
    const res = await gql(server.url, query, variables);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(await tableCounts(server)).toEqual(before);
  });
});

describe('who may do what', () => {
  it.each(CASES.filter((c) => c.allowed).map((c) => [c.op.field, c.role, c.op] as const))('%s is open to %s', async (_field, role, op) => {
    const prepared = (await op.prepare?.()) ?? {};
    const res = await call(op, actors[role], prepared);
    expect(res.errors).toBeUndefined();
    expect(res.data?.[op.field]).toBeTruthy();
  });

  it.each(CASES.filter((c) => !c.allowed).map((c) => [c.op.field, c.role, c.op] as const))('%s is FORBIDDEN to %s, and nothing is written', async (_field, role, op) => {
    const prepared = (await op.prepare?.()) ?? {};
    const before = await tableCounts(server);
    const res = await call(op, actors[role], prepared);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toContain(role);
    expect(res.data ?? null).toBeNull();
    expectNoInternals(res);
    expect(await tableCounts(server)).toEqual(before);
  });

  it.each(OPERATIONS.map((op) => [op.field, op] as const))('%s asks an anonymous caller to log in, and writes nothing', async (_field, op) => {
    const prepared = (await op.prepare?.()) ?? {};
    const before = await tableCounts(server);
    const res = await call(op, null, prepared);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(await tableCounts(server)).toEqual(before);
  });

  it('answers `me` with who is logged in, for every role', async () => {
    for (const role of ROLES) {
      const { me } = await gqlOk(server.url, '{ me { id email role employerId active } }', {}, actors[role].token);
      expect(me).toEqual({ id: actors[role].id, email: actors[role].email, role, employerId: role === 'WERKGEVER' ? ownEmployer.id : null, active: true });
    }
  });
});

describe('a WERKGEVER works only with their own employer', () => {
  let werkgever: Actor;
  beforeAll(() => {
    werkgever = actors.WERKGEVER;
  });

  it('sees only their own employer in the list', async () => {
    const { employers } = await gqlOk(server.url, '{ employers(first: 100) { totalCount nodes { id } } }', {}, werkgever.token);
    expect(employers).toEqual({ totalCount: 1, nodes: [{ id: ownEmployer.id }] });
    const searched = await gqlOk(server.url, '{ employers(search: "Concurrent") { totalCount } }', {}, werkgever.token);
    expect(searched.employers.totalCount).toBe(0);
    const staff = await gqlOk(server.url, '{ employers(first: 100) { totalCount } }', {}, actors.ACCOUNTHOUDER.token);
    expect(staff.employers.totalCount).toBeGreaterThan(1);
  });

  it("gets NOT_FOUND for another employer, as if it did not exist", async () => {
    const res = await gql(server.url, 'query ($id: ID!) { employer(id: $id) { id name } }', { id: otherEmployer.id }, werkgever.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('Concurrent');
    expect(res.data).toBeNull();
  });

  it("sees only their own employer's vacancies", async () => {
    const { vacancies } = await gqlOk(server.url, '{ vacancies(first: 100) { totalCount nodes { id employerId } } }', {}, werkgever.token);
    expect(vacancies.totalCount).toBeGreaterThan(0);
    expect(vacancies.nodes.map((v: { employerId: string }) => v.employerId)).toEqual(vacancies.nodes.map(() => ownEmployer.id));
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM vacancy WHERE employer_id = $1', [ownEmployer.id]);
    expect(vacancies.totalCount).toBe(rows[0].n);
    const filtered = await gqlOk(server.url, 'query ($e: ID) { vacancies(employerId: $e) { totalCount } }', { e: otherEmployer.id }, werkgever.token);
    expect(filtered.vacancies.totalCount).toBe(0);
  });

  it("gets NOT_FOUND for another employer's vacancy", async () => {
    const res = await gql(server.url, 'query ($id: ID!) { vacancy(id: $id) { id title } }', { id: otherVacancy.id }, werkgever.token);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('concurrent');
  });

  it("cannot change another employer's vacancy or its status", async () => {
    const before = await storedRow(server, 'vacancy', otherVacancy.id);
    const update = await withoutWrites(server, () =>
      gql(server.url, 'mutation ($id: ID!) { updateVacancy(id: $id, input: { title: "Gekaapt" }) { id } }', { id: otherVacancy.id }, werkgever.token),
    );
    expect(errorCode(update)).toBe('NOT_FOUND');
    const status = await withoutWrites(server, () =>
      gql(server.url, 'mutation ($id: ID!) { setVacancyStatus(id: $id, status: CLOSED) { id } }', { id: otherVacancy.id }, werkgever.token),
    );
    expect(errorCode(status)).toBe('NOT_FOUND');
    expect(await storedRow(server, 'vacancy', otherVacancy.id)).toEqual(before);
  });

  it('cannot change another employer', async () => {
    const before = await storedRow(server, 'employer', otherEmployer.id);
    const res = await withoutWrites(server, () =>
      gql(server.url, 'mutation ($id: ID!) { updateEmployer(id: $id, input: { name: "Overgenomen" }) { id } }', { id: otherEmployer.id }, werkgever.token),
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await storedRow(server, 'employer', otherEmployer.id)).toEqual(before);
  });

  it('may update their own employer, but not choose its accounthouder', async () => {
    const { updateEmployer } = await gqlOk(
      server.url,
      'mutation ($id: ID!) { updateEmployer(id: $id, input: { contactPhone: "071-5123456" }) { contactPhone } }',
      { id: ownEmployer.id },
      werkgever.token,
    );
    expect(updateEmployer.contactPhone).toBe('071-5123456');
    const before = await storedRow(server, 'employer', ownEmployer.id);
    for (const accounthouderId of [actors.ACCOUNTHOUDER.id, null]) {
      const res = await withoutWrites(server, () =>
        gql(
          server.url,
          'mutation ($id: ID!, $a: ID) { updateEmployer(id: $id, input: { accounthouderId: $a, contactName: "Ik" }) { id } }',
          { id: ownEmployer.id, a: accounthouderId },
          werkgever.token,
        ),
      );
      expectBadInput(res, 'input.accounthouderId', /wordt vastgelegd door het WSP/);
    }
    expect(await storedRow(server, 'employer', ownEmployer.id)).toEqual(before);
  });

  it('posts a vacancy for their own employer without naming it', async () => {
    const vacancy = await createVacancy(server, werkgever, { title: 'Zelf geplaatst' });
    expect(vacancy).toMatchObject({ employerId: ownEmployer.id, status: 'DRAFT' });
    expect(await storedRow(server, 'vacancy', vacancy.id)).toMatchObject({ employer_id: ownEmployer.id, created_by_id: werkgever.id });
  });

  it("cannot post a vacancy for another employer", async () => {
    const res = await withoutWrites(server, () =>
      gql(
        server.url,
        'mutation ($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }',
        { input: { employerId: otherEmployer.id, title: 'Namens een ander', hoursMin: 8, hoursMax: 16, placeName: 'Leiden', contractType: 'VAST' } },
        werkgever.token,
      ),
    );
    expectBadInput(res, 'input.employerId', /alleen vacatures plaatsen voor uw eigen organisatie/);
  });

  it('never receives candidates or their personal data', async () => {
    for (const [query, variables] of [
      ['{ candidates { totalCount nodes { id personal { firstName lastName email } } } }', {}],
      ['query ($id: ID!) { candidate(id: $id) { id personal { firstName lastName email } } }', { id: candidate.id }],
    ] as const) {
      const res = await gql(server.url, query, variables, werkgever.token);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(JSON.stringify(res)).not.toMatch(/Geheime|Kandidaat|geheim@example/);
    }
  });
});

describe('an ADMIN creates logins', () => {
  const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role employerId displayName active } }`;

  it('creates a WSP colleague who can log in at once', async () => {
    const input = { email: 'Nieuwe.Matchmaker@wsp.test', password: 'lang-genoeg-wachtwoord', displayName: 'Nieuwe Matchmaker', role: 'LEERWERKMAKELAAR' };
    const { createUser } = await gqlOk(server.url, CREATE_USER, { input }, actors.ADMIN.token);
    expect(createUser).toMatchObject({ email: input.email, role: 'LEERWERKMAKELAAR', employerId: null, active: true });
    const { login } = await gqlOk(server.url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { id role } } }', {
      e: 'nieuwe.matchmaker@wsp.test',
      p: input.password,
    });
    expect(login.user).toEqual({ id: createUser.id, role: 'LEERWERKMAKELAAR' });
    const { rows } = await server.db.query('SELECT password_hash FROM app_user WHERE id = $1', [createUser.id]);
    expect(rows[0].password_hash).not.toContain(input.password);
  });

  it('creates an employer contact only with the employer they act for', async () => {
    const { createUser } = await gqlOk(
      server.url,
      CREATE_USER,
      { input: { email: 'contact@concurrent.nl', password: TEST_PASSWORD, displayName: 'Contact Concurrent', role: 'WERKGEVER', employerId: otherEmployer.id } },
      actors.ADMIN.token,
    );
    expect(createUser).toMatchObject({ role: 'WERKGEVER', employerId: otherEmployer.id });

    const without = await withoutWrites(server, () =>
      gql(server.url, CREATE_USER, { input: { email: 'x@werkgever.nl', password: TEST_PASSWORD, displayName: 'X', role: 'WERKGEVER' } }, actors.ADMIN.token),
    );
    expectBadInput(without, 'input.employerId', /is verplicht voor een gebruiker met de rol WERKGEVER/);

    const staffWithEmployer = await withoutWrites(server, () =>
      gql(server.url, CREATE_USER, { input: { email: 'y@wsp.nl', password: TEST_PASSWORD, displayName: 'Y', role: 'MATCHMAKER', employerId: ownEmployer.id } }, actors.ADMIN.token),
    );
    expectBadInput(staffWithEmployer, 'input.employerId', /hoort alleen bij een gebruiker met de rol WERKGEVER/);

    const unknownEmployer = await withoutWrites(server, () =>
      gql(
        server.url,
        CREATE_USER,
        { input: { email: 'z@werkgever.nl', password: TEST_PASSWORD, displayName: 'Z', role: 'WERKGEVER', employerId: '00000000-0000-4000-8000-000000000000' } },
        actors.ADMIN.token,
      ),
    );
    expectBadInput(unknownEmployer, 'input.employerId', /geen werkgever gevonden met id/);
  });

  it('refuses a second login with the same email, whatever its case', async () => {
    const res = await withoutWrites(server, () =>
      gql(server.url, CREATE_USER, { input: { email: actors.MATCHMAKER.email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Dubbel', role: 'MATCHMAKER' } }, actors.ADMIN.token),
    );
    // Bad input naming the field (issue 8, defect 7): the old CONFLICT came from a failed insert whose parameters
    // (email, password hash) reached the log.
    expectBadInput(res, 'input.email', /is al in gebruik als login van een andere gebruiker/);
  });

  it('refuses a short password and an address that is not an email', async () => {
    const short = await withoutWrites(server, () =>
      gql(server.url, CREATE_USER, { input: { email: 'kort@wsp.nl', password: 'kort', displayName: 'Kort', role: 'ADMIN' } }, actors.ADMIN.token),
    );
    expectBadInput(short, 'input.password', /moet minstens 12 tekens lang zijn/);
    const notEmail = await withoutWrites(server, () =>
      gql(server.url, CREATE_USER, { input: { email: 'geen-email', password: TEST_PASSWORD, displayName: 'Geen', role: 'ADMIN' } }, actors.ADMIN.token),
    );
    expectBadInput(notEmail, 'input.email', /moet een e-mailadres zijn/);
  });
});
