/**
 * Every Dutch sentence the scorer produces, in one file, so they can be read and reviewed together.
 * Lists of talents are comma-separated, as matchmakers write them ("heftruck, orderpicken, magazijn").
 */
import { formatHours, formatNumber, joinWithEn, months } from './dutch-text';
import { formatDutchDate } from './iso-date';

// ---- hard requirements (some double as the reason sentence) ----

export const NIET_ACTIEF = 'Staat niet actief als werkzoekende';
export const NIET_IN_DOELGROEPREGISTER = 'Staat niet in het doelgroepregister (vereist voor deze banenafspraakbaan)';
export const MIST_STARTKWALIFICATIE = 'Mist startkwalificatie';

export function mistRijbewijs(missing: readonly string[]): string {
  return `Mist rijbewijs ${joinWithEn(missing)}`;
}

export function taalniveauVergeleken(candidate: string, required: string): string {
  return `Taalniveau ${candidate}, gevraagd ${required}`;
}

export function afstandBuitenReisafstand(km: number, maxKm: number): string {
  return `Woont ${km} km van de werkplek; wil max. ${formatNumber(maxKm)} km reizen`;
}

// ---- talents ----

/** kind: 'gevraagde' (required) or 'wenselijke' (nice to have). */
export function talentenZin(
  kind: 'gevraagde' | 'wenselijke',
  present: readonly string[],
  missing: readonly string[],
): string {
  const total = present.length + missing.length;
  const missingPart = missing.length > 0 ? `; mist: ${missing.join(', ')}` : '';
  if (total === 1) {
    return present.length === 1 ? `Heeft het ${kind} talent: ${present[0]}` : `Mist het ${kind} talent: ${missing[0]}`;
  }
  if (present.length === 0) {
    const which = total === 2 ? `geen van beide ${kind} talenten` : `geen van de ${total} ${kind} talenten`;
    return `Heeft ${which}${missingPart}`;
  }
  if (missing.length === 0) {
    const which = total === 2 ? `beide ${kind} talenten` : `alle ${total} ${kind} talenten`;
    return `Heeft ${which}: ${present.join(', ')}`;
  }
  return `Heeft ${present.length} van de ${total} ${kind} talenten: ${present.join(', ')}${missingPart}`;
}

export function geenTalentenIngevuld(kind: 'gevraagd' | 'wenselijk', labels: readonly string[]): string {
  return `Geen talenten ingevuld; ${kind}: ${labels.join(', ')}`;
}

export const GEEN_GEVRAAGDE_TALENTEN = 'Vacature vraagt geen specifieke talenten';
export const GEEN_WENSELIJKE_TALENTEN = 'Vacature noemt geen wenselijke talenten';

// ---- category ----

export function pastBijBeroepswens(category: string): string {
  return `Vacature past bij de beroepswens ${category}`;
}

export function buitenBeroepswensen(category: string, wishes: readonly string[]): string {
  const noun = wishes.length === 1 ? 'beroepswens' : 'beroepswensen';
  return `Vacature (${category}) valt buiten de ${noun}: ${wishes.join(', ')}`;
}

export const GEEN_BEROEPSWENSEN = 'Geen beroepswensen ingevuld';
export const VACATURE_ZONDER_CATEGORIE = 'Vacature heeft geen beroepscategorie';

// ---- taalniveau ----

export function taalniveauOnbekend(required: string): string {
  return `Taalniveau onbekend, gevraagd ${required}: vraag dit na`;
}

export function geenTaaleis(candidate: string | null): string {
  return candidate === null ? 'Vacature stelt geen taaleis' : `Taalniveau ${candidate}; vacature stelt geen taaleis`;
}

// ---- startkwalificatie ----

export const LEERWERKPLEK_ZONDER_STARTKWALIFICATIE =
  'Heeft nog geen startkwalificatie: daar is deze leerwerkplek voor bedoeld';
export const LEERWERKPLEK_MET_STARTKWALIFICATIE =
  'Heeft al een startkwalificatie; een leerwerkplek is bedoeld voor wie die nog mist';
export const LEERWERKPLEK_STARTKWALIFICATIE_ONBEKEND =
  'Startkwalificatie onbekend; een leerwerkplek is bedoeld voor wie die nog mist';
export const HEEFT_STARTKWALIFICATIE = 'Heeft een startkwalificatie';
export const STARTKWALIFICATIE_ONBEKEND = 'Startkwalificatie onbekend: vraag dit na';
export const GEEN_STARTKWALIFICATIE_GEVRAAGD = 'Vacature vraagt geen startkwalificatie';

// ---- distance ----

function woontOp(km: number): string {
  return km === 0 ? 'Woont minder dan 1 km van de werkplek' : `Woont ${km} km van de werkplek`;
}

export function afstandBinnenReisafstand(km: number, maxKm: number): string {
  return `${woontOp(km)} (wil max. ${formatNumber(maxKm)} km reizen)`;
}

export function afstandZonderReisafstand(km: number): string {
  return `${woontOp(km)} (maximale reisafstand onbekend)`;
}

export function afstandOnbekend(candidateKnown: boolean, vacancyKnown: boolean): string {
  if (!candidateKnown && !vacancyKnown) return 'Woonplaats en werkplek onbekend: afstand niet te bepalen';
  return candidateKnown
    ? 'Werkplek onbekend: afstand niet te bepalen'
    : 'Woonplaats onbekend: afstand niet te bepalen';
}

// ---- hours ----

export interface HoursRange {
  min: number | null;
  max: number | null;
}

export function urenZin(fits: boolean, candidate: HoursRange, vacancy: HoursRange): string {
  const wants = formatHours(candidate.min, candidate.max);
  const offers = formatHours(vacancy.min, vacancy.max);
  return `Uren passen${fits ? '' : ' niet'}: wil ${wants} per week, vacature biedt ${offers}`;
}

export function urenOnbekend(candidate: HoursRange | null, vacancy: HoursRange | null): string {
  if (candidate !== null) {
    return `Uren van de vacature onbekend; wil ${formatHours(candidate.min, candidate.max)} per week`;
  }
  if (vacancy !== null) {
    return `Urenwens onbekend; vacature biedt ${formatHours(vacancy.min, vacancy.max)} per week`;
  }
  return 'Urenwens en uren van de vacature onbekend';
}

// ---- availability ----

export const BESCHIKBAARHEID_ONBEKEND = 'Beschikbaarheidsdatum onbekend: vraag dit na';

/**
 * The availability sentence; when `late` the candidate misses the requirement and the same sentence is the
 * unmet text. startDay is null for an "as soon as possible" vacancy.
 */
export function beschikbaarheidZin(
  availableFrom: number,
  today: number,
  startDay: number | null,
  late: boolean,
  asapMonths: number,
): string {
  const when =
    availableFrom <= today
      ? 'Direct beschikbaar'
      : `${late ? 'Pas beschikbaar' : 'Beschikbaar'} vanaf ${formatDutchDate(availableFrom)}`;
  if (startDay !== null) return `${when}; de baan begint op ${formatDutchDate(startDay)}`;
  return late ? `${when}; de vacature moet binnen ${months(asapMonths)} worden vervuld` : when;
}

// ---- instruments ----

export interface Instrument {
  /** "loonkostensubsidie", "een jobcoach" */
  name: string;
  /** "geen loonkostensubsidie", "geen jobcoach" */
  negated: string;
}

export const GEEN_INSTRUMENTEN_NODIG = 'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig';

export function instrumentenZin(offered: readonly Instrument[], notOffered: readonly Instrument[]): string {
  if (notOffered.length === 0) return `Vacature biedt wat nodig is: ${joinWithEn(offered.map((i) => i.name))}`;
  if (offered.length === 0) {
    return `Heeft ${joinWithEn(notOffered.map((i) => i.name))} nodig; de vacature biedt dat niet`;
  }
  const offers = joinWithEn(offered.map((i) => i.name));
  return `Vacature biedt ${offers}, maar ${joinWithEn(notOffered.map((i) => i.negated))}`;
}

// ---- time without work ----

export const WERKLOOSHEIDSDUUR_ONBEKEND = 'Duur zonder werk onbekend';

export function werkloosheidsduurZin(monthsWithoutWork: number): string {
  if (monthsWithoutWork < 1) return 'Korter dan een maand zonder werk';
  if (monthsWithoutWork < 24) return `${months(monthsWithoutWork)} zonder werk`;
  const years = Math.floor(monthsWithoutWork / 12);
  return `${monthsWithoutWork % 12 === 0 ? '' : 'Ruim '}${years} jaar zonder werk`;
}

// ---- notes (carry no weight) ----

export const NOTE_STATUS: Readonly<Record<'DRAFT' | 'FILLED' | 'CLOSED', string>> = {
  DRAFT: 'Vacature is nog een concept',
  FILLED: 'Vacature is al vervuld',
  CLOSED: 'Vacature is gesloten',
};
export const NOTE_DOELGROEPREGISTER = 'Staat in het doelgroepregister: telt mee voor de banenafspraak';
export const NOTE_LOONKOSTENSUBSIDIE = 'Loonkostensubsidie mogelijk';
export const NOTE_PROEFPLAATSING = 'Proefplaatsing mogelijk';
export const NOTE_JOBCOACH = 'Jobcoach mogelijk';
export const NOTE_BESCHUT_WERK = 'Beschut werk mogelijk';

export function heeftRijbewijs(held: readonly string[]): string {
  return held.length === 1
    ? `Heeft het gevraagde rijbewijs ${held[0]}`
    : `Heeft de gevraagde rijbewijzen ${joinWithEn(held)}`;
}
