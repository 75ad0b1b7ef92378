/**
 * Every Dutch sentence the scorer produces, in one file, so they can be read and reviewed together.
 * Every reason ends in a verdict a matchmaker can read aloud ("voldoet", "passen niet", "vraag dit na"), and its
 * words match its part of the score. Lists go through Intl.ListFormat ("heftruck, orderpicken en magazijn").
 */
import { formatHours, formatNumber, formatPercent, joinWithEn, months, years } from './dutch-text';
import { formatDutchDate } from './iso-date';

// ---- hard requirements (some double as the reason sentence) ----

export const NOT_ACTIVE = 'Staat niet actief als werkzoekende';
export const NOT_IN_DOELGROEPREGISTER = 'Staat niet in het doelgroepregister (vereist voor deze banenafspraakbaan)';
export const LACKS_STARTKWALIFICATIE = 'Mist startkwalificatie';

export function lacksRijbewijs(missing: readonly string[]): string {
  return `Mist rijbewijs ${joinWithEn(missing)}`;
}

/** margin: candidate level minus required level, in CEFR steps. */
export function taalniveauCompared(candidate: string, required: string, margin: number): string {
  const verdict = margin < 0 ? 'voldoet niet' : margin === 0 ? 'voldoet' : 'voldoet ruim';
  return `Taalniveau ${candidate}, gevraagd ${required}: ${verdict}`;
}

/** Locations are place centroids: the distance is between places, and the sentence says so. */
function woontOp(km: number, samePlace: boolean): string {
  if (samePlace) return 'Woont in dezelfde plaats als de werkplek';
  if (km === 0) return 'Woont op minder dan 1 km van de werkplek (gemeten tussen de plaatsen)';
  return `Woont ca. ${formatNumber(km)} km van de werkplek (gemeten tussen de plaatsen)`;
}

export function beyondTravelDistance(km: number, maxKm: number, samePlace = false): string {
  return `${woontOp(km, samePlace)}; wil max. ${formatNumber(maxKm)} km reizen: te ver`;
}

// ---- talents ----

/** A talent the candidate covers: the label, and how when not on the profile ("uit werkervaring als kok"). */
export interface CoveredTalent {
  label: string;
  /** e.g. "uit werkervaring als Magazijnmedewerker" */
  how?: string;
}

/** A wanted talent the candidate covers only through a related one: "heftruck (verwant: reachtruck)". */
export interface RelatedTalent {
  label: string;
  fromLabel: string;
}

const withHow = (t: CoveredTalent) => (t.how ? `${t.label} (${t.how})` : t.label);

/** kind: 'gevraagde' (required) or 'wenselijke' (nice to have). */
export function talentsSentence(
  kind: 'gevraagde' | 'wenselijke',
  present: readonly CoveredTalent[],
  missing: readonly string[],
  related: readonly RelatedTalent[] = [],
): string {
  const total = present.length + missing.length + related.length;
  const relatedPart =
    related.length > 0 ? `; verwant: ${joinWithEn(related.map((r) => `${r.label} (heeft ${r.fromLabel})`))}, telt deels mee` : '';
  const missingPart = missing.length > 0 ? `; mist: ${joinWithEn(missing)}` : '';
  if (total === 1) {
    if (present.length === 1) return `Heeft het ${kind} talent: ${withHow(present[0])}`;
    if (related.length === 1) return `Heeft het ${kind} talent niet, wel een verwant talent${relatedPart}`;
    return `Mist het ${kind} talent: ${missing[0]}`;
  }
  if (present.length === 0) {
    const which = total === 2 ? `geen van beide ${kind} talenten` : `geen van de ${total} ${kind} talenten`;
    return `Heeft ${which}${relatedPart}${missingPart}`;
  }
  if (present.length === total) {
    const which = total === 2 ? `beide ${kind} talenten` : `alle ${total} ${kind} talenten`;
    return `Heeft ${which}: ${joinWithEn(present.map(withHow))}`;
  }
  return `Heeft ${present.length} van de ${total} ${kind} talenten: ${joinWithEn(present.map(withHow))}${relatedPart}${missingPart}`;
}

export function noTalentsEntered(kind: 'gevraagd' | 'wenselijk', labels: readonly string[]): string {
  return `Geen talenten ingevuld: vraag dit na; ${kind}: ${joinWithEn(labels)}`;
}

export const NO_REQUIRED_TALENTS = 'Vacature vraagt geen specifieke talenten';
export const NO_NICE_TO_HAVE_TALENTS = 'Vacature noemt geen wenselijke talenten';

// ---- work experience ----

export const NO_WORK_EXPERIENCE_ENTERED = 'Geen werkervaring ingevuld: vraag dit na';

export function noFittingWorkExperience(titles: readonly string[]): string {
  return `Geen werkervaring in dit soort werk (wel als ${joinWithEn(titles)})`;
}

export interface ExperiencePart {
  title: string;
  years: number;
  /** 'zelfde soort werk', 'verwant werk (reachtruck, verwant aan heftruck)', 'dezelfde sector' */
  kind: string;
}

/** full: the counted years give all the points ("telt volledig mee"), else part of them. */
export function workExperienceSentence(parts: readonly ExperiencePart[], full: boolean): string {
  const jobs = joinWithEn(parts.map((p) => `${years(p.years)} als ${p.title}: ${p.kind}`));
  return `Werkervaring: ${jobs}; telt ${full ? 'volledig' : 'deels'} mee`;
}

// ---- category ----

export function fitsBeroepswens(category: string): string {
  return `Vacature past bij de beroepswens ${category}`;
}

export function outsideBeroepswensen(category: string, wishes: readonly string[]): string {
  const noun = wishes.length === 1 ? 'beroepswens' : 'beroepswensen';
  return `Vacature (${category}) valt buiten de ${noun}: ${joinWithEn(wishes)}`;
}

export const NO_BEROEPSWENSEN = 'Geen beroepswensen ingevuld: vraag dit na';
export const VACANCY_WITHOUT_CATEGORY = 'Vacature heeft geen beroepscategorie';

// ---- taalniveau ----

export function taalniveauUnknown(required: string): string {
  return `Taalniveau onbekend, gevraagd ${required}: vraag dit na`;
}

export function noTaalniveauAsked(candidate: string | null): string {
  return candidate === null ? 'Vacature stelt geen taaleis: voldoet' : `Taalniveau ${candidate}; vacature stelt geen taaleis: voldoet`;
}

// ---- startkwalificatie ----

export const LEERWERKPLEK_WITHOUT_STARTKWALIFICATIE =
  'Heeft nog geen startkwalificatie: daar is deze leerwerkplek voor bedoeld';
export const LEERWERKPLEK_WITH_STARTKWALIFICATIE =
  'Heeft al een startkwalificatie; een leerwerkplek is bedoeld voor wie die nog mist';
export const LEERWERKPLEK_STARTKWALIFICATIE_UNKNOWN =
  'Startkwalificatie onbekend; een leerwerkplek is bedoeld voor wie die nog mist: vraag dit na';
export const HAS_STARTKWALIFICATIE = 'Heeft een startkwalificatie';
export const STARTKWALIFICATIE_UNKNOWN = 'Startkwalificatie onbekend: vraag dit na';
export const NO_STARTKWALIFICATIE_ASKED = 'Vacature vraagt geen startkwalificatie';

// ---- distance ----

export function withinTravelDistance(km: number, maxKm: number, samePlace = false): string {
  return `${woontOp(km, samePlace)}; wil max. ${formatNumber(maxKm)} km reizen: binnen de reisafstand`;
}

export function distanceWithoutTravelLimit(km: number, samePlace = false): string {
  return `${woontOp(km, samePlace)}; maximale reisafstand onbekend: vraag dit na`;
}

export function distanceUnknown(candidateKnown: boolean, vacancyKnown: boolean): string {
  if (!candidateKnown && !vacancyKnown) return 'Woonplaats en werkplek onbekend: afstand niet te bepalen, vraag dit na';
  return candidateKnown
    ? 'Werkplek onbekend: afstand niet te bepalen, vraag dit na bij de werkgever'
    : 'Woonplaats onbekend: afstand niet te bepalen, vraag dit na';
}

// ---- hours ----

export interface HoursRange {
  min: number | null;
  max: number | null;
}

export function hoursFit(candidate: HoursRange, vacancy: HoursRange): string {
  return `Uren passen: wil ${formatHours(candidate.min, candidate.max)} per week, vacature biedt ${formatHours(vacancy.min, vacancy.max)}`;
}

/**
 * The hours do not overlap. `tooFew`: the candidate can work fewer hours than the job needs (share = how much of
 * the job they can do); otherwise they want more than the job gives (share = how much of their hours it gives).
 */
export function hoursDoNotFit(candidate: HoursRange, vacancy: HoursRange, tooFew: boolean, share: number, nearly: boolean): string {
  const verdict = nearly ? 'Uren passen bijna' : 'Uren passen niet';
  const detail = tooFew
    ? `kan hooguit ${formatNumber(candidate.max!)} van de minstens ${formatNumber(vacancy.min!)} uur per week werken`
    : `wil minstens ${formatNumber(candidate.min!)} uur per week, vacature biedt hooguit ${formatNumber(vacancy.max!)} uur`;
  return `${verdict}: ${detail} (${formatPercent(share)})`;
}

export function hoursUnknown(candidate: HoursRange | null, vacancy: HoursRange | null): string {
  if (candidate !== null) {
    return `Uren van de vacature onbekend: vraag dit na bij de werkgever; wil ${formatHours(candidate.min, candidate.max)} per week`;
  }
  if (vacancy !== null) {
    return `Urenwens onbekend: vraag dit na; vacature biedt ${formatHours(vacancy.min, vacancy.max)} per week`;
  }
  return 'Urenwens en uren van de vacature onbekend: vraag dit na';
}

// ---- availability ----

export const AVAILABILITY_UNKNOWN = 'Beschikbaarheidsdatum onbekend: vraag dit na';

/**
 * The availability sentence; when `late` the candidate misses the requirement and the same sentence is the
 * unmet text. startDay is null for an "as soon as possible" vacancy.
 */
export function availabilitySentence(
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

export const NO_INSTRUMENTS_NEEDED = 'Geen loonkostensubsidie, jobcoach of proefplaatsing nodig';

export function instrumentsSentence(offered: readonly Instrument[], notOffered: readonly Instrument[]): string {
  if (notOffered.length === 0) return `Vacature biedt wat nodig is: ${joinWithEn(offered.map((i) => i.name))}`;
  if (offered.length === 0) {
    return `Heeft ${joinWithEn(notOffered.map((i) => i.name))} nodig; de vacature biedt dat niet`;
  }
  const offers = joinWithEn(offered.map((i) => i.name));
  return `Vacature biedt ${offers}, maar ${joinWithEn(notOffered.map((i) => i.negated))}`;
}

// ---- time without work ----

export const UNEMPLOYMENT_DURATION_UNKNOWN = 'Duur zonder werk onbekend: vraag dit na';

export function unemploymentDurationSentence(monthsWithoutWork: number): string {
  if (monthsWithoutWork < 1) return 'Korter dan een maand zonder werk';
  if (monthsWithoutWork < 24) return `${months(monthsWithoutWork)} zonder werk`;
  const years = Math.floor(monthsWithoutWork / 12);
  return `${monthsWithoutWork % 12 === 0 ? '' : 'Ruim '}${years} jaar zonder werk`;
}

// ---- the result as a whole ----

export const NO_GOOD_MATCH_CANDIDATES =
  'Geen goede match: niemand binnen bereik heeft een gevraagd of verwant talent of verwante werkervaring met een voldoende score';
export const NO_GOOD_MATCH_VACANCIES =
  'Geen goede match: geen vacature binnen bereik vraagt werk dat deze persoon kan, verwant werk of werk dat de persoon heeft gedaan, met een voldoende score';

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

export function hasRijbewijs(held: readonly string[]): string {
  return held.length === 1
    ? `Heeft het gevraagde rijbewijs ${held[0]}`
    : `Heeft de gevraagde rijbewijzen ${joinWithEn(held)}`;
}
