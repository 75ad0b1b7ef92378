import { registerEnumType } from '@nestjs/graphql';

/**
 * Why personal data was processed (the "doel" of the Logboek Dataverwerkingen): the processing activities of the
 * WSP's register of processing. Stored as text so a new purpose needs no migration.
 */
export enum AuditPurpose {
  /** Bringing a werkzoekende to work: profiles, searching, matching, proposing. */
  BEMIDDELING = 'BEMIDDELING',
  /** Serving employers: their records and vacancies. */
  WERKGEVERSDIENSTVERLENING = 'WERKGEVERSDIENSTVERLENING',
  /** Accounts and roles of the people who use the service. */
  GEBRUIKERSBEHEER = 'GEBRUIKERSBEHEER',
  /** A data subject's right of access (AVG art. 15). */
  AVG_INZAGE = 'AVG_INZAGE',
  /** A data subject's right to erasure (AVG art. 17). */
  AVG_VERWIJDERING = 'AVG_VERWIJDERING',
  /** Security: alerts, view limits. */
  BEVEILIGING = 'BEVEILIGING',
  /** Oversight of the processing itself: reading the audit trail. */
  TOEZICHT = 'TOEZICHT',
}

registerEnumType(AuditPurpose, { name: 'AuditPurpose', description: 'Why personal data was processed (Logboek Dataverwerkingen: doel).' });

/** The purpose a record gets when its caller names none: derived from what was done to which kind of record. */
export function defaultPurpose(action: string, entityType: string): AuditPurpose {
  if (action === 'erase') return AuditPurpose.AVG_VERWIJDERING;
  if (action === 'export') return AuditPurpose.AVG_INZAGE;
  if (action === 'alert') return AuditPurpose.BEVEILIGING;
  if (entityType === 'employer' || entityType === 'vacancy') return AuditPurpose.WERKGEVERSDIENSTVERLENING;
  if (entityType === 'user') return AuditPurpose.GEBRUIKERSBEHEER;
  if (entityType === 'audit_log') return AuditPurpose.TOEZICHT;
  return AuditPurpose.BEMIDDELING;
}
