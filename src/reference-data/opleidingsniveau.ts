/**
 * Highest completed education, in Dutch system terms. Havo, vwo and mbo-2 or higher give a startkwalificatie.
 * Order matters: it is the scale used to compare levels.
 */
export enum Opleidingsniveau {
  GEEN = 'GEEN',
  BASISONDERWIJS = 'BASISONDERWIJS',
  VMBO = 'VMBO',
  MBO1 = 'MBO1',
  MBO2 = 'MBO2',
  MBO3 = 'MBO3',
  MBO4 = 'MBO4',
  HAVO = 'HAVO',
  VWO = 'VWO',
  HBO = 'HBO',
  WO = 'WO',
}

export const OPLEIDINGSNIVEAU_ORDER: readonly Opleidingsniveau[] = Object.values(Opleidingsniveau);

const GIVES_STARTKWALIFICATIE = new Set<Opleidingsniveau>([
  Opleidingsniveau.MBO2,
  Opleidingsniveau.MBO3,
  Opleidingsniveau.MBO4,
  Opleidingsniveau.HAVO,
  Opleidingsniveau.VWO,
  Opleidingsniveau.HBO,
  Opleidingsniveau.WO,
]);

export function givesStartkwalificatie(level: Opleidingsniveau): boolean {
  return GIVES_STARTKWALIFICATIE.has(level);
}
