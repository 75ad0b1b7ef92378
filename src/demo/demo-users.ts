import { Role } from '../auth/role.enum';

/** Demo logins, created only in zero-setup mode (embedded database) and printed at start. Never in production. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/**
 * The demo WSP team. Every demo employer gets one of the accounthouders, every demo candidate one of the
 * matchmakers. The WERKGEVER is linked to a demo employer at seeding and named after it.
 */
export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; role: Role }> = [
  { email: 'admin@wsp.demo', displayName: 'Fatima (functioneel beheer)', role: Role.ADMIN },
  { email: 'matchmaker@wsp.demo', displayName: 'Sanne (matchmaker banenafspraak)', role: Role.MATCHMAKER },
  { email: 'matchmaker2@wsp.demo', displayName: 'Youssef (matchmaker statushouders)', role: Role.MATCHMAKER },
  { email: 'consulent@wsp.demo', displayName: 'Ingrid (consulent werk)', role: Role.MATCHMAKER },
  { email: 'accounthouder@wsp.demo', displayName: 'Joost (accounthouder Zoetermeer)', role: Role.ACCOUNTHOUDER },
  { email: 'accounthouder2@wsp.demo', displayName: 'Anouk (accounthouder Leidschendam-Voorburg, Wassenaar)', role: Role.ACCOUNTHOUDER },
  { email: 'leerwerkmakelaar@wsp.demo', displayName: 'Mehmet (leerwerkmakelaar)', role: Role.LEERWERKMAKELAAR },
  { email: 'werkgever@wsp.demo', displayName: 'Petra', role: Role.WERKGEVER },
];
