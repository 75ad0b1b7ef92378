import { Role } from '../auth/role.enum';

/** Demo logins, created only in zero-setup mode (embedded database) and printed at start. Never in production. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; role: Role }> = [
  { email: 'admin@wsp.demo', displayName: 'Fatima (functioneel beheer)', role: Role.ADMIN },
  { email: 'matchmaker@wsp.demo', displayName: 'Sanne (matchmaker banenafspraak)', role: Role.MATCHMAKER },
  { email: 'accounthouder@wsp.demo', displayName: 'Joost (accounthouder WSP)', role: Role.ACCOUNTHOUDER },
  { email: 'leerwerkmakelaar@wsp.demo', displayName: 'Mehmet (leerwerkmakelaar)', role: Role.LEERWERKMAKELAAR },
  { email: 'werkgever@wsp.demo', displayName: 'Petra (Bakkerij Van Dijk)', role: Role.WERKGEVER },
];
