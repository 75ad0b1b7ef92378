/**
 * Klantcategorieën: the local classification of people on social assistance by expected time to a job
 * ("bemiddelbaar binnen ... maanden"), from the Wassenaar re-integration and participation policy
 * (seed 004, "Tabel 3 Categorisering (o.b.v. afstand tot de arbeidsmarkt in maanden)").
 *
 * This is a local scheme, not a national standard, which is why it is reference data and not an enum.
 * The policy itself warns that the category measures distance to the labour market, not potential:
 * use it for reporting and for choosing instruments, never to hide or down-rank a candidate.
 *
 * The month ranges are copied as the policy states them, including the overlap at 12 and 24 months
 * (1B "4-12", 1C "12-24", 2A/2B "24-48"); `monthsMax: null` means "48 months or longer".
 */
export type KlantcategorieGroep = 're-integratie' | 'participatie';

export interface KlantcategorieDefinition {
  /** Code as used in the policy: 1A, 1B, 1C, 2A, 2B, 3A, 3B. */
  code: string;
  /** Dutch label shown to users. */
  label: string;
  /** Lower bound of "bemiddelbaar binnen ... maanden". */
  monthsMin: number;
  /** Upper bound, or null for open-ended ("48 maanden of langer"). */
  monthsMax: number | null;
  /** Unit Re-integratie (1A-1C) or Unit Participatie (2A-3B). */
  groep: KlantcategorieGroep;
  /** Dutch description, following the policy text. */
  description: string;
}

export const KLANTCATEGORIEEN: readonly KlantcategorieDefinition[] = [
  {
    code: '1A',
    label: 'Categorie 1A: bemiddelbaar binnen 0-3 maanden',
    monthsMin: 0,
    monthsMax: 3,
    groep: 're-integratie',
    description: 'Re-integratiegroep: korte afstand tot de arbeidsmarkt, bemiddelbaar binnen 0-3 maanden.',
  },
  {
    code: '1B',
    label: 'Categorie 1B: bemiddelbaar binnen 4-12 maanden',
    monthsMin: 4,
    monthsMax: 12,
    groep: 're-integratie',
    description: 'Re-integratiegroep: bemiddelbaar binnen 4-12 maanden.',
  },
  {
    code: '1C',
    label: 'Categorie 1C: bemiddelbaar binnen 12-24 maanden',
    monthsMin: 12,
    monthsMax: 24,
    groep: 're-integratie',
    description:
      'Re-integratiegroep: bemiddelbaar binnen 12-24 maanden. Mensen uit de re-integratiegroep die ook ' +
      'multi-problematiek hebben en extra ondersteuning nodig hebben.',
  },
  {
    code: '2A',
    label: 'Categorie 2A: bemiddelbaar binnen 24-48 maanden',
    monthsMin: 24,
    monthsMax: 48,
    groep: 'participatie',
    description: 'Participatiegroep: bemiddelbaar binnen 24-48 maanden; wordt bemiddeld door de participatieconsulenten.',
  },
  {
    code: '2B',
    label: 'Categorie 2B: bemiddelbaar binnen 24-48 maanden (Banenafspraak en Beschut Werk)',
    monthsMin: 24,
    monthsMax: 48,
    groep: 'participatie',
    description: 'Participatiegroep: bemiddelbaar binnen 24-48 maanden, in verband met de Banenafspraak en Beschut Werk.',
  },
  {
    code: '3A',
    label: 'Categorie 3A: bemiddelbaar binnen 48 maanden of langer',
    monthsMin: 48,
    monthsMax: null,
    groep: 'participatie',
    description:
      'Participatiegroep: bemiddelbaar binnen 48 maanden of langer; kan vrijwilligerswerk of een andere ' +
      'tegenprestatie leveren.',
  },
  {
    code: '3B',
    label: 'Categorie 3B: bemiddelbaar binnen 48 maanden of langer (maatwerktraject)',
    monthsMin: 48,
    monthsMax: null,
    groep: 'participatie',
    description:
      'Participatiegroep: bemiddelbaar binnen 48 maanden of langer, maatwerktraject. Inwoners met een ' +
      'ontheffing; de dienstverlening is passief.',
  },
];

const BY_CODE = new Map(KLANTCATEGORIEEN.map((k) => [k.code, k]));

/** The klantcategorie with this code (case-insensitive, e.g. "1a"), or undefined. */
export function findKlantcategorie(code: string): KlantcategorieDefinition | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
