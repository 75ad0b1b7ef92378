import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hash';
import { Role } from '../auth/role.enum';
import { DEMO_USERS } from '../demo/demo-users';

/**
 * The WSP staff the synthetic data is assigned to: every employer gets an accounthouder and every candidate a
 * matchmaker from these. Existing active users of the role are used (the demo users, or a real team); when a
 * role has none, a small team is created. Those accounts get a random password nobody knows: they exist to own
 * caseloads in seeded data, not to log in (an ADMIN can reset one if wanted).
 */
type CaseloadRole = Role.ACCOUNTHOUDER | Role.MATCHMAKER;
const holdsCaseload = (m: { role: Role }): m is { email: string; displayName: string; role: CaseloadRole } =>
  m.role === Role.ACCOUNTHOUDER || m.role === Role.MATCHMAKER;

/** The demo team's accounthouders and matchmakers (one list of people: demo-users.ts), plus two more for large seeds. */
const SEED_TEAM: ReadonlyArray<{ email: string; displayName: string; role: CaseloadRole }> = [
  ...DEMO_USERS.filter(holdsCaseload),
  { email: '', displayName: 'Ruben (accounthouder Lansingerland, Pijnacker-Nootdorp)', role: Role.ACCOUNTHOUDER as const },
  { email: '', displayName: 'Bram (consulent werk)', role: Role.MATCHMAKER as const },
].map((m) => ({ ...m, email: `${m.displayName.split(' ')[0].toLowerCase()}.${m.role.toLowerCase()}@wsp.seed` }));

export async function ensureSeedStaff(dataSource: DataSource): Promise<{ accounthouderIds: string[]; matchmakerIds: string[] }> {
  const ids = async (role: Role) =>
    ((await dataSource.query(`SELECT id FROM app_user WHERE role = $1 AND active ORDER BY lower(email)`, [role])) as Array<{ id: string }>).map((r) => r.id);
  for (const role of [Role.ACCOUNTHOUDER, Role.MATCHMAKER]) {
    if ((await ids(role)).length > 0) continue;
    for (const member of SEED_TEAM.filter((m) => m.role === role)) {
      await dataSource.query(
        `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, $2, $3, $4) ON CONFLICT ((lower(email))) DO NOTHING`,
        [member.email, await hashPassword(randomBytes(24).toString('base64')), member.displayName, member.role],
      );
    }
  }
  return { accounthouderIds: await ids(Role.ACCOUNTHOUDER), matchmakerIds: await ids(Role.MATCHMAKER) };
}
