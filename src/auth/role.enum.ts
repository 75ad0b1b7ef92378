import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  MATCHMAKER = 'MATCHMAKER',
  ACCOUNTHOUDER = 'ACCOUNTHOUDER',
  LEERWERKMAKELAAR = 'LEERWERKMAKELAAR',
  WERKGEVER = 'WERKGEVER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a user does with the product (DOMAIN.md, "Who uses it").' });

/** The WSP's own staff: everyone who may see a candidate's personal data. */
export const WSP_STAFF: readonly Role[] = [Role.MATCHMAKER, Role.ACCOUNTHOUDER, Role.LEERWERKMAKELAAR, Role.ADMIN];
export const ALL_ROLES: readonly Role[] = Object.values(Role);

/**
 * The roles that keep candidates' records and answer for them: the matchmakers (a candidate's matchmaker is a
 * MATCHMAKER or a LEERWERKMAKELAAR; DOMAIN.md's "consulent" is the same person) and ADMIN.
 */
export const MATCHMAKERS_AND_ADMIN: readonly Role[] = [Role.MATCHMAKER, Role.LEERWERKMAKELAAR, Role.ADMIN];
