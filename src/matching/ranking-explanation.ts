import { CRITERIA, Criterion, REQUIREMENTS, Requirement } from './scorer/match-evaluation';
import { DEFAULT_MATCH_WEIGHTS, MATCH_RULES, MatchWeights } from './scorer/match-weights';
import { joinWithEn } from './scorer/dutch-text';

/**
 * The ranking explained for the municipality's algorithm register (algoritmeregister), built from the code's own
 * definitions: the criteria list and live weights (match-weights.ts), the hard requirements, the columns the
 * scorer reads (SCORED_CANDIDATE_COLUMNS) against everything stored about a candidate. Records are typed by
 * Criterion and Requirement, so a new criterion or requirement does not compile until it is explained here.
 */

const r = MATCH_RULES;
const pct = (fraction: number) => `${Math.round(fraction * 100)}%`;

const CRITERION_TEXT: Readonly<Record<Criterion, { label: string; uitleg: string }>> = {
  REQUIRED_TALENTS: {
    label: 'Gevraagde talenten',
    uitleg: `Het deel van de gevraagde talenten van de vacature dat de kandidaat heeft. Een talent dat blijkt uit eerder werk telt mee; een verwant talent (bijvoorbeeld reachtruck bij heftruck) telt voor ${pct(r.relatedTalentCredit)}.`,
  },
  WORK_EXPERIENCE: {
    label: 'Werkervaring',
    uitleg: `Jaren in hetzelfde soort werk (een baan waarin een gevraagd talent werd gebruikt); verwant werk of dezelfde sector telt voor de helft. Vanaf ${r.experienceFullYears} jaar telt het volledig.`,
  },
  NICE_TO_HAVE_TALENTS: { label: 'Wenselijke talenten', uitleg: 'Het deel van de wenselijke talenten dat de kandidaat heeft.' },
  CATEGORY: { label: 'Beroepswens', uitleg: 'Of de beroepscategorie van de vacature bij de beroepswensen van de kandidaat hoort.' },
  TAALNIVEAU: {
    label: 'Taalniveau',
    uitleg: `Het Nederlandse taalniveau tegen het gevraagde minimum: precies het minimum telt voor ${pct(r.taalniveauAtMinimumFulfilment)}, een niveau hoger of meer voor 100%.`,
  },
  STARTKWALIFICATIE: {
    label: 'Startkwalificatie',
    uitleg: `Een startkwalificatie waar de vacature die vraagt. Voor een leerwerkplek telt juist het ontbreken ervan (met startkwalificatie ${pct(r.leerwerkplekWithStartkwalificatieFulfilment)}).`,
  },
  DISTANCE: {
    label: 'Afstand',
    uitleg: `Hoe dicht de kandidaat bij het werk woont: volledig tot ${r.distanceFullKm} km, daarna minder, niets meer vanaf ${r.distanceZeroKm} km.`,
  },
  HOURS: {
    label: 'Uren',
    uitleg: 'Welk deel van de uren van de baan de kandidaat kan werken (of welk deel van de gewenste uren de baan biedt), in het kwadraat: wie de helft van de uren kan werken, krijgt een kwart van de punten.',
  },
  AVAILABILITY: {
    label: 'Beschikbaarheid',
    uitleg: `Op tijd beschikbaar voor de start (zonder startdatum: binnen ${r.asapMonths} maanden); minder per dag later, niets meer na ${r.availabilityZeroDays} dagen.`,
  },
  INSTRUMENTS: {
    label: 'Ondersteuning',
    uitleg: 'Of de werkgever de ondersteuning biedt die de kandidaat nodig heeft (loonkostensubsidie, jobcoach, proefplaatsing). Zonder die ondersteuning houdt een plaatsing zelden stand.',
  },
  UNEMPLOYMENT_DURATION: {
    label: 'Duur zonder werk',
    uitleg: `Een kleine bonus die groeit tot ${r.werkloosheidsduurCapMonths} maanden zonder werk en dan gelijk blijft, zodat wie lang zonder werk is niet onderaan blijft. Kan een kandidaat alleen omhoog helpen.`,
  },
};

const REQUIREMENT_TEXT: Readonly<Record<Requirement, string>> = {
  ACTIVE: 'De kandidaat staat actief ingeschreven als werkzoekende.',
  DOELGROEPREGISTER: 'Voor een banenafspraakbaan: de kandidaat staat in het doelgroepregister van UWV.',
  AVAILABILITY: `De kandidaat is op tijd beschikbaar (zonder startdatum: binnen ${r.asapMonths} maanden).`,
  TRAVEL_DISTANCE: 'Het werk ligt binnen de reisafstand die de kandidaat zelf heeft opgegeven.',
  TAALNIVEAU: 'De kandidaat heeft het minimale taalniveau dat de vacature vraagt.',
  STARTKWALIFICATIE: 'De kandidaat heeft een startkwalificatie als de vacature die eist (nooit bij een leerwerkplek).',
  RIJBEWIJS: 'De kandidaat heeft het rijbewijs dat de vacature eist.',
};

/** Dutch names of stored candidate fields, for the list of what is stored but never used in the ranking. */
const FIELD_LABEL: Readonly<Record<string, string>> = {
  firstName: 'voornaam',
  lastName: 'achternaam',
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  birthDate: 'geboortedatum en leeftijd',
  jongere: 'jongere (onder 27)',
  vijftigPlus: '50-plus',
  statushouder: 'statushouder',
  klantcategorieCode: 'klantcategorie',
  postcode: 'postcode',
  profileText: 'vrije profieltekst',
  workExperience: 'werkervaring',
  visibleToEmployers: 'toestemming voor zichtbaarheid',
  consulentApprovesVisibility: 'akkoord consulent op zichtbaarheid',
  matchmakerId: 'eigen matchmaker',
};
/**
 * Bookkeeping columns and derived copies, not facts about the person of their own: experienceTalents is the work
 * experience read into talents for retrieval (the scorer reads the work experience itself).
 */
const TECHNICAL_FIELDS = new Set(['id', 'candidateId', 'createdAt', 'updatedAt', 'version', 'searchVector', 'geo', 'targetGroups', 'visible', 'experienceTalents']);

/**
 * Grounds the service never stores at all (so cannot rank on). Checked against the stored fields: if one of these
 * is ever added to the candidate tables, the explanation drops the claim (the field then shows among "stored but
 * not used") and the unit test fails, so the register is updated deliberately.
 */
export const NEVER_STORED = ['geslacht', 'afkomst', 'nationaliteit', 'religie', 'gezondheid of medische gegevens', 'BSN'] as const;
const NEVER_STORED_FIELD = /gender|geslacht|origin|afkomst|nationalit|religi|health|gezondheid|medical|medisch|bsn/i;

export interface RankingCriterionExplained {
  code: Criterion;
  label: string;
  weight: number;
  /** Share of the total weight, 0..100. */
  percentage: number;
  description: string;
}

export interface RankingExplained {
  summary: string;
  criteria: RankingCriterionExplained[];
  requirements: Array<{ code: Requirement; description: string }>;
  missingData: string;
  storedButNotUsed: string[];
  neverStored: string[];
  neverUsed: string[];
  text: string;
}

/**
 * @param storedCandidateFields every stored candidate field (profile and personal), by property name, as the
 *   database mapping lists them.
 * @param scoredFields the candidate fields the scorer reads (SCORED_CANDIDATE_COLUMNS).
 */
export function explainRanking(
  storedCandidateFields: readonly string[],
  scoredFields: readonly string[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): RankingExplained {
  const read = new Set<string>(scoredFields);
  const total = CRITERIA.reduce((sum, c) => sum + weights[c], 0);
  const criteria = CRITERIA.filter((c) => weights[c] > 0)
    .map((code) => ({
      code,
      label: CRITERION_TEXT[code].label,
      weight: weights[code],
      percentage: Math.round((weights[code] / total) * 1000) / 10,
      description: CRITERION_TEXT[code].uitleg,
    }))
    .sort((a, b) => b.weight - a.weight);
  const requirements = REQUIREMENTS.map((code) => ({ code, description: REQUIREMENT_TEXT[code] }));
  const storedButNotUsed = [...new Set(storedCandidateFields)]
    .filter((field) => !read.has(field) && !TECHNICAL_FIELDS.has(field))
    .map((field) => FIELD_LABEL[field] ?? field);
  // The claim "never stored" is made only while it is true of the mapping.
  const neverStored: string[] = storedCandidateFields.some((field) => NEVER_STORED_FIELD.test(field)) ? [] : [...NEVER_STORED];
  const neverUsed = [...neverStored, ...storedButNotUsed];
  const missingData = `Ontbrekende gegevens sluiten niemand uit: een eis met onbekende gegevens telt als voldaan, en het criterium telt dan voor ${pct(r.unknownFulfilment)} mee; de toelichting zegt wat er nagevraagd moet worden.`;
  const summary =
    'De score loopt van 0 tot 1: per criterium hoe ver eraan voldaan is (0 tot 1) maal het gewicht, gedeeld door de som van de gewichten. ' +
    'Eerst bepalen harde eisen wie voorgedragen kan worden; wie precies één eis mist, wordt apart getoond als bijna-match met die eis erbij. ' +
    'Daarna rangschikken de criteria. Elke score komt met een Nederlandse zin per criterium die uitlegt waarom.';
  const text = [
    'Hoe de WSP-matching kandidaten en vacatures rangschikt',
    summary,
    'Harde eisen:',
    ...requirements.map((q) => `- ${q.description}`),
    'Criteria en gewichten (punten van de som):',
    ...criteria.map((c) => `- ${c.label}: ${c.weight} (${c.percentage}%). ${c.description}`),
    missingData,
    `Wordt nooit gebruikt voor de rangorde: ${joinWithEn(neverUsed)}.`,
    `Wordt niet opgeslagen: ${joinWithEn(neverStored)}.`,
    'Leeftijd wordt alleen gebruikt om te bepalen of iemand bij een programma hoort (onder 27, 50-plus), nooit voor de score.',
  ].join('\n');
  return { summary, criteria, requirements, missingData, storedButNotUsed, neverStored, neverUsed, text };
}
