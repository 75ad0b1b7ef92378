/** Dutch labels for the API's enums and facet names: what a person reads on screen. */
export const VACANCY_STATUS: Record<string, string> = { DRAFT: 'Concept', OPEN: 'Open', FILLED: 'Vervuld', CLOSED: 'Gesloten' };
export const CANDIDATE_STATUS: Record<string, string> = { ACTIVE: 'Actief', INACTIVE: 'Niet actief', PLACED: 'Geplaatst' };
export const CONTRACT_TYPE: Record<string, string> = {
  VAST: 'Vast',
  TIJDELIJK: 'Tijdelijk',
  UITZEND: 'Uitzendwerk',
  OPROEP: 'Oproep',
  BBL: 'BBL (leren en werken)',
  STAGE: 'Stage',
  VRIJWILLIG: 'Vrijwilligerswerk',
};
export const TARGET_GROUP: Record<string, string> = {
  STATUSHOUDER: 'Statushouder',
  VIJFTIG_PLUS: '50-plus',
  JONGERE_ZONDER_STARTKWALIFICATIE: 'Jongere zonder startkwalificatie',
};
export const OPLEIDINGSNIVEAU: Record<string, string> = {
  GEEN: 'Geen',
  BASISONDERWIJS: 'Basisonderwijs',
  VMBO: 'Vmbo',
  MBO1: 'Mbo 1',
  MBO2: 'Mbo 2',
  MBO3: 'Mbo 3',
  MBO4: 'Mbo 4',
  HAVO: 'Havo',
  VWO: 'Vwo',
  HBO: 'Hbo',
  WO: 'Wo',
};
export const TAALNIVEAUS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const CRITERION: Record<string, string> = {
  TALENTEN_VEREIST: 'Gevraagde talenten',
  TALENTEN_WENSELIJK: 'Gewenste talenten',
  AFSTAND: 'Afstand',
  CATEGORIE: 'Beroepswens',
  TAALNIVEAU: 'Taalniveau',
  UREN: 'Uren',
  INSTRUMENTEN: 'Instrumenten',
  BESCHIKBAARHEID: 'Beschikbaarheid',
  STARTKWALIFICATIE: 'Startkwalificatie',
  WERKLOOSHEIDSDUUR: 'Tijd zonder werk',
};
export const FACET: Record<string, string> = {
  categoryCode: 'Beroepsgroep',
  categoryWishes: 'Beroepswensen',
  minTaalniveau: 'Minimaal taalniveau',
  taalniveau: 'Taalniveau',
  status: 'Status',
  contractType: 'Soort contract',
  leerwerkplek: 'Leerwerkplek',
  banenafspraak: 'Banenafspraak',
  loonkostensubsidie: 'Loonkostensubsidie',
  startkwalificatie: 'Startkwalificatie',
  klantcategorie: 'Klantcategorie',
  targetGroups: 'Doelgroep',
};

export function yesNo(value: boolean | null | undefined): string {
  return value == null ? 'Onbekend' : value ? 'Ja' : 'Nee';
}

export function facetValueLabel(field: string, value: string, categories: Map<string, string>): string {
  if (value === 'true') return 'Ja';
  if (value === 'false') return 'Nee';
  if (field === 'categoryCode' || field === 'categoryWishes') return categories.get(value) ?? value;
  if (field === 'status') return VACANCY_STATUS[value] ?? CANDIDATE_STATUS[value] ?? value;
  if (field === 'contractType') return CONTRACT_TYPE[value] ?? value;
  if (field === 'targetGroups') return TARGET_GROUP[value] ?? value;
  return value;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return 'onbekend';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** The first 8 characters of an id: what an employer quotes when asking the WSP about an anonymised candidate. */
export function shortId(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** "1 vacature", "3 vacatures", "ca. 4.300 kandidaten". */
export function countOf(count: number, one: string, many: string, exact = true): string {
  return `${exact ? '' : 'ca. '}${count.toLocaleString('nl-NL')} ${count === 1 ? one : many}`;
}
