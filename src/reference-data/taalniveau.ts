/** Dutch language level on the CEFR scale. B1 is the civic-integration norm; many entry jobs ask A2. */
export enum Taalniveau {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

export const TAALNIVEAU_ORDER: readonly Taalniveau[] = [
  Taalniveau.A1,
  Taalniveau.A2,
  Taalniveau.B1,
  Taalniveau.B2,
  Taalniveau.C1,
  Taalniveau.C2,
];

/** 0 for A1 up to 5 for C2, so levels compare as numbers. */
export function taalniveauRank(level: Taalniveau): number {
  return TAALNIVEAU_ORDER.indexOf(level);
}
