import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hash';
import { Role } from '../auth/role.enum';

/**
 * The WSP staff the synthetic data is assigned to: every employer gets an accounthouder and every candidate a
 * matchmaker from these. Existing active users of the role are used (the demo users, or a real team); when a
 * role has none, a small team is created. Those accounts get a random password nobody knows: they exist to own
 * caseloads in seeded data, not to log in (an ADMIN can reset one if wanted).
 */
const SEED_TEAM: ReadonlyArray<{ email: string; displayName: string; role: Role.ACCOUNTHOUDER | Role.MATCHMAKER }> = [
  { email: 'joost.accounthouder@wsp.seed', displayName: 'Joost (accounthouder Zoetermeer)', role: Role.ACCOUNTHOUDER },
  { email: 'anouk.accounthouder@wsp.seed', displayName: 'Anouk (accounthouder Leidschendam-Voorburg, Wassenaar)', role: Role.ACCOUNTHOUDER },
  { email: 'ruben.accounthouder@wsp.seed', displayName: 'Ruben (accounthouder Lansingerland, Pijnacker-Nootdorp)', role: Role.ACCOUNTHOUDER },
  { email: 'sanne.matchmaker@wsp.seed', displayName: 'Sanne (matchmaker banenafspraak)', role: Role.MATCHMAKER },
  { email: 'youssef.matchmaker@wsp.seed', displayName: 'Youssef (matchmaker statushouders)', role: Role.MATCHMAKER },
  { email: 'ingrid.consulent@wsp.seed', displayName: 'Ingrid (consulent werk)', role: Role.MATCHMAKER },
  { email: 'bram.consulent@wsp.seed', displayName: 'Bram (consulent werk)', role: Role.MATCHMAKER },
];

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
