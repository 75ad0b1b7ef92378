import { hashPassword } from '../../src/auth/password-hash';
import { gqlOk } from './graphql-client';
import { TestServer } from './test-server';

export type RoleName = 'MATCHMAKER' | 'ACCOUNTHOUDER' | 'LEERWERKMAKELAAR' | 'WERKGEVER' | 'ADMIN';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;

export interface Actor {
  id: string;
  email: string;
  role: RoleName;
  employerId: string | null;
  token: string;
}

/**
 * A user of the given role, put straight into the database (as the create-admin CLI or an ADMIN would), then
 * logged in through the real `login` mutation.
 */
export async function loginAs(server: TestServer, role: RoleName, options: { employerId?: string; email?: string } = {}): Promise<Actor> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@test.wsp`;
  const employerId = role === 'WERKGEVER' ? (options.employerId ?? (await anyEmployerId(server))) : null;
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO app_user (email, password_hash, display_name, role, employer_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [email, await passwordHash, `Test ${role}`, role, employerId],
  );
  const data = await gqlOk<{ login: { token: string } }>(
    server.url,
    `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password: TEST_PASSWORD },
  );
  return { id: rows[0].id, email, role, employerId, token: data.login.token };
}

async function anyEmployerId(server: TestServer): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO employer (name, place_name, lat, lon) VALUES ('Werkgever BV', 'Zoetermeer', 52.0575, 4.49306) RETURNING id`,
  );
  return rows[0].id;
}

/** Row counts of the tables a write could touch, to prove a refused request wrote nothing. */
export async function tableCounts(server: TestServer): Promise<Record<string, number>> {
  const tables = ['employer', 'vacancy', 'candidate', 'candidate_personal', 'app_user', 'audit_log', 'placement', 'placement_step', 'introduction_request'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0].n;
  }
  return counts;
}
