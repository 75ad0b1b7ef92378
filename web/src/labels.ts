import { TAALNIVEAU_ORDER } from '../../src/reference-data/taalniveau';
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
/** The levels lowest first, from the server's one definition (a pure file, no NestJS). */
export const TAALNIVEAUS = TAALNIVEAU_ORDER;
export const CRITERION: Record<string, string> = {
  REQUIRED_TALENTS: 'Gevraagde talenten',
  WORK_EXPERIENCE: 'Werkervaring',
  NICE_TO_HAVE_TALENTS: 'Gewenste talenten',
  DISTANCE: 'Afstand',
  CATEGORY: 'Beroepswens',
  TAALNIVEAU: 'Taalniveau',
  HOURS: 'Uren',
  INSTRUMENTS: 'Instrumenten',
  AVAILABILITY: 'Beschikbaarheid',
  STARTKWALIFICATIE: 'Startkwalificatie',
  UNEMPLOYMENT_DURATION: 'Tijd zonder werk',
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

/** The steps of a voordracht, in the order of the board. */
export const PLACEMENT_STATUS: Record<string, string> = {
  PROPOSED: 'Voorgedragen',
  INTRODUCED: 'Voorgesteld aan werkgever',
  INTERVIEW: 'Sollicitatiegesprek',
  TRIAL: 'Proefplaatsing',
  PLACED: 'Geplaatst',
  REJECTED: 'Afgewezen',
  WITHDRAWN: 'Teruggetrokken',
};
export const OPEN_PLACEMENT_STATUSES = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL'] as const;
export const BOARD_STATUSES = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED'] as const;
/** The button that takes a voordracht to this step. */
export const ADVANCE_LABEL: Record<string, string> = {
  INTRODUCED: 'Voorstellen aan werkgever',
  INTERVIEW: 'Gesprek gepland',
  TRIAL: 'Proefplaatsing gestart',
  PLACED: 'Geplaatst',
  REJECTED: 'Afgewezen door werkgever',
  WITHDRAWN: 'Terugtrekken',
};
/** The API's PlacementCloseReason descriptions. */
export const CLOSE_REASON: Record<string, string> = {
  CANDIDATE_DECLINED: 'De kandidaat ziet af van deze functie',
  CANDIDATE_FOUND_OTHER_WORK: 'De kandidaat heeft ander werk gevonden',
  CANDIDATE_UNAVAILABLE: 'De kandidaat is (tijdelijk) niet beschikbaar',
  OTHER: 'Andere reden (zie de toelichting)',
  OTHER_CANDIDATE_CHOSEN: 'De werkgever heeft voor een andere kandidaat gekozen',
  SKILLS_MISMATCH: 'Kennis of vaardigheden sluiten onvoldoende aan bij de functie',
  TRIAL_UNSUCCESSFUL: 'De proefplaatsing is niet geslaagd',
  VACANCY_ENDED: 'De vacature is ingetrokken of al vervuld',
};
/** Which reasons fit which ending (the API's placement-transitions: the employer rejects, the candidate withdraws). */
export const REASONS_FOR: Record<'REJECTED' | 'WITHDRAWN', string[]> = {
  REJECTED: ['SKILLS_MISMATCH', 'OTHER_CANDIDATE_CHOSEN', 'TRIAL_UNSUCCESSFUL', 'VACANCY_ENDED', 'OTHER'],
  WITHDRAWN: ['CANDIDATE_DECLINED', 'CANDIDATE_FOUND_OTHER_WORK', 'CANDIDATE_UNAVAILABLE', 'VACANCY_ENDED', 'OTHER'],
};
/** Forward steps (the API's FORWARD), then ending is always possible from an open step. */
export const NEXT_PLACEMENT_STEPS: Record<string, string[]> = {
  PROPOSED: ['INTRODUCED'],
  INTRODUCED: ['INTERVIEW'],
  INTERVIEW: ['TRIAL', 'PLACED'],
  TRIAL: ['PLACED'],
};
export const INTRODUCTION_STATUS: Record<string, string> = { OPEN: 'Open', ACCEPTED: 'Geaccepteerd', DECLINED: 'Afgewezen' };

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return 'onbekend';
  return new Date(value).toLocaleString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
