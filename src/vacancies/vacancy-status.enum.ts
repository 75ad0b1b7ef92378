import { registerEnumType } from '@nestjs/graphql';

/** Lifecycle: DRAFT -> OPEN -> FILLED | CLOSED (a closed or filled vacancy may be reopened). */
export enum VacancyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

export enum ContractType {
  VAST = 'VAST',
  TIJDELIJK = 'TIJDELIJK',
  UITZEND = 'UITZEND',
  OPROEP = 'OPROEP',
  BBL = 'BBL',
  STAGE = 'STAGE',
  VRIJWILLIG = 'VRIJWILLIG',
}

registerEnumType(VacancyStatus, { name: 'VacancyStatus' });
registerEnumType(ContractType, { name: 'ContractType' });

const TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  [VacancyStatus.DRAFT]: [VacancyStatus.OPEN, VacancyStatus.CLOSED],
  [VacancyStatus.OPEN]: [VacancyStatus.FILLED, VacancyStatus.CLOSED],
  [VacancyStatus.FILLED]: [VacancyStatus.OPEN],
  [VacancyStatus.CLOSED]: [VacancyStatus.OPEN],
};

export function canTransition(from: VacancyStatus, to: VacancyStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedTransitions(from: VacancyStatus): readonly VacancyStatus[] {
  return TRANSITIONS[from];
}
