/**
 * Deterministic synthetic rows for demo data and benchmarks: employers, vacancies, candidates and their personal
 * rows, plausible for a Dutch Werkgeversservicepunt in Zuid-Holland Centraal. Pure: no I/O, no clock, no
 * Math.random. Every row is a function of (seed, table, index, referenceDate, employer count) only, so the same
 * options always give byte-identical rows, in any batch size or order.
 *
 * Documented assumptions (the policy's table 4 with the caseload per klantcategorie is an image):
 * klantcategorie 1A 10 %, 1B 15 %, 1C 15 %, 2A 25 %, 2B 10 %, 3A 15 %, 3B 10 %; 40 % of candidates 50+ (seed 004),
 * about 12 % under 27 of whom about 60 % without startkwalificatie; about 15 % statushouders.
 */
import { ageGroups } from '../candidates/age-groups';
import { CandidateStatus } from '../candidates/candidate.enums';
import { CATEGORIES } from '../reference-data/categories.data';
import { KLANTCATEGORIEEN } from '../reference-data/klantcategorieen.data';
import { givesStartkwalificatie, Opleidingsniveau } from '../reference-data/opleidingsniveau';
import { Rijbewijs } from '../reference-data/rijbewijs';
import { Taalniveau } from '../reference-data/taalniveau';
import { TALENTS, TalentDefinition } from '../reference-data/talents.data';
import { ContractType, VacancyStatus } from '../vacancies/vacancy-status.enum';
import { fmix32, Prng, seed32, WeightedPicker } from './prng';
import { dayToIso, iso, MS_PER_DAY, parseDay, workMoment } from './synthetic-dates';
import { makePlacement, PlacementRow } from './synthetic-placements';
import { businessPhone, mobilePhone, PlacePicker } from './synthetic-places';
import {
  CATEGORY_WEIGHTS,
  COMPANY_FAMILY_NAMES,
  CONTRACT_PHRASES,
  EMPLOYER_NAME_TEMPLATES,
  fallbackTitles,
  GENERIC_EMPLOYER_TEMPLATES,
  HOUSE_NAMES,
  JOB_ADJECTIVES,
  JOB_TITLES,
  JobTitle,
  NAME_GROUPS,
  NAME_MIX,
  REGION_NAMES,
  STATUSHOUDER_NAME_MIX,
} from './synthetic-vocabulary';
import { CandidatePersonalRow, CandidateRow, EmployerRow, SyntheticCandidate, SyntheticOptions, VacancyRow, WorkExperience } from './synthetic-row-shapes';
import { dutchList, dutchOrList, lcFirst, slug } from './synthetic-text';

export { Prng, WeightedPicker } from './prng';

// ---------------------------------------------------------------------------------------------------------------
// Reference data, derived once from the *.data.ts lists.

const TABLE_EMPLOYER = 1;
const TABLE_VACANCY = 2;
const TABLE_CANDIDATE = 3;
const TABLE_PLACEMENT = 4;

const TALENT_BY_CODE = new Map<string, TalentDefinition>(TALENTS.map((tal) => [tal.code, tal]));
const CATEGORY_CODES = CATEGORIES.map((c) => c.code);
const CATEGORY_LABEL = new Map(CATEGORIES.map((c) => [c.code, c.label]));
const CROSS_SECTOR_TALENTS = TALENTS.filter((tal) => tal.categories.length === 0).map((tal) => tal.code);
const TALENTS_BY_CATEGORY = new Map<string, string[]>(
  CATEGORY_CODES.map((code) => [code, TALENTS.filter((tal) => tal.categories.includes(code)).map((tal) => tal.code)]),
);
const ALL_CATEGORY_TALENTS = TALENTS.filter((tal) => tal.categories.length > 0).map((tal) => tal.code);

/** Job titles per category with only talent codes that exist. */
const TITLES_BY_CATEGORY = new Map<string, JobTitle[]>(
  CATEGORY_CODES.map((code) => {
    const titles = JOB_TITLES[code] ?? fallbackTitles(CATEGORY_LABEL.get(code) ?? code);
    return [code, titles.map((jt) => ({ ...jt, talents: jt.talents.filter((c) => TALENT_BY_CODE.has(c)) }))];
  }),
);

const CATEGORY_PICKER = new WeightedPicker(
  CATEGORY_CODES,
  CATEGORY_CODES.map((code) => CATEGORY_WEIGHTS[code] ?? 1),
);

const KLANTCATEGORIE_SHARE: Readonly<Record<string, number>> = { '1A': 10, '1B': 15, '1C': 15, '2A': 25, '2B': 10, '3A': 15, '3B': 10 };
const KLANTCATEGORIE_PICKER = new WeightedPicker(
  KLANTCATEGORIEEN.map((k) => k.code),
  KLANTCATEGORIEEN.map((k) => KLANTCATEGORIE_SHARE[k.code] ?? 5),
);

/** Months since the person last had work, by klantcategorie (distance to the labour market). */
const UNEMPLOYED_MONTHS: Readonly<Record<string, [number, number]>> = {
  '1A': [0, 12],
  '1B': [3, 24],
  '1C': [6, 36],
  '2A': [12, 72],
  '2B': [12, 72],
  '3A': [24, 120],
  '3B': [24, 120],
};

/** Everyone lives and works in the WSP's own region and the towns around it a commuter reaches. */
const placePicker = new PlacePicker(1);
const NAME_MIX_PICKER = WeightedPicker.of(NAME_MIX);
const STATUSHOUDER_NAME_PICKER = WeightedPicker.of(STATUSHOUDER_NAME_MIX);

const T = Taalniveau;
const O = Opleidingsniveau;

const VACANCY_TAAL = WeightedPicker.of<Taalniveau | null>([
  [null, 30],
  [T.A2, 35],
  [T.B1, 25],
  [T.B2, 8],
  [T.C1, 2],
]);
/**
 * Dutch of people on bijstand who are not statushouders: many were born here or came long ago, but reading and
 * writing often lag; most sit between A2 and B1, few at C1/C2 (assumption, in line with the gemeentelijke
 * taaleis of B1 that many do not yet meet).
 */
const CANDIDATE_TAAL = WeightedPicker.of<Taalniveau>([
  [T.A1, 6],
  [T.A2, 24],
  [T.B1, 42],
  [T.B2, 18],
  [T.C1, 7],
  [T.C2, 3],
]);
const STATUSHOUDER_TAAL = WeightedPicker.of<Taalniveau>([
  [T.A1, 30],
  [T.A2, 38],
  [T.B1, 24],
  [T.B2, 7],
  [T.C1, 1],
]);

const OPLEIDING = WeightedPicker.of<Opleidingsniveau>([
  [O.GEEN, 4],
  [O.BASISONDERWIJS, 9],
  [O.VMBO, 20],
  [O.MBO1, 10],
  [O.MBO2, 19],
  [O.MBO3, 13],
  [O.MBO4, 10],
  [O.HAVO, 6],
  [O.VWO, 2],
  [O.HBO, 5],
  [O.WO, 2],
]);
const STATUSHOUDER_OPLEIDING = WeightedPicker.of<Opleidingsniveau>([
  [O.GEEN, 15],
  [O.BASISONDERWIJS, 20],
  [O.VMBO, 10],
  [O.MBO1, 10],
  [O.MBO2, 10],
  [O.MBO3, 5],
  [O.MBO4, 5],
  [O.HAVO, 5],
  [O.VWO, 5],
  [O.HBO, 10],
  [O.WO, 5],
]);
const YOUNG_WITHOUT_SK = WeightedPicker.of<Opleidingsniveau>([
  [O.GEEN, 5],
  [O.BASISONDERWIJS, 12],
  [O.VMBO, 58],
  [O.MBO1, 25],
]);
const YOUNG_WITH_SK = WeightedPicker.of<Opleidingsniveau>([
  [O.MBO2, 42],
  [O.MBO3, 25],
  [O.MBO4, 18],
  [O.HAVO, 12],
  [O.VWO, 3],
]);

const VACANCY_HOURS = WeightedPicker.of<[number, number]>([
  [[32, 40], 30],
  [[24, 32], 25],
  [[16, 24], 20],
  [[8, 16], 8],
  [[36, 40], 7],
  [[20, 32], 6],
  [[12, 20], 4],
]);
const CANDIDATE_HOURS = WeightedPicker.of<[number, number]>([
  [[32, 40], 22],
  [[24, 40], 15],
  [[24, 32], 20],
  [[16, 24], 18],
  [[8, 16], 10],
  [[20, 32], 8],
  [[12, 20], 7],
]);
const CANDIDATE_HOURS_FAR = WeightedPicker.of<[number, number]>([
  [[16, 24], 25],
  [[8, 16], 25],
  [[12, 20], 20],
  [[20, 32], 15],
  [[24, 32], 10],
  [[32, 40], 5],
]);

const CONTRACT = WeightedPicker.of<ContractType>([
  [ContractType.TIJDELIJK, 40],
  [ContractType.VAST, 22],
  [ContractType.UITZEND, 20],
  [ContractType.OPROEP, 10],
  [ContractType.STAGE, 3],
  [ContractType.VRIJWILLIG, 5],
]);
const OPENINGS = WeightedPicker.of<number>([
  [1, 70],
  [2, 15],
  [3, 7],
  [4, 4],
  [5, 4],
]);
const VACANCY_STATUS = WeightedPicker.of<VacancyStatus>([
  [VacancyStatus.OPEN, 70],
  [VacancyStatus.DRAFT, 10],
  [VacancyStatus.FILLED, 10],
  [VacancyStatus.CLOSED, 10],
]);
const CANDIDATE_STATUS = WeightedPicker.of<CandidateStatus>([
  [CandidateStatus.ACTIVE, 90],
  [CandidateStatus.INACTIVE, 6],
  [CandidateStatus.PLACED, 4],
]);
const REQUIRED_COUNT = WeightedPicker.of<number>([
  [1, 20],
  [2, 35],
  [3, 30],
  [4, 15],
]);
const TALENT_COUNT = WeightedPicker.of<number>([
  [2, 10],
  [3, 15],
  [4, 16],
  [5, 15],
  [6, 12],
  [7, 10],
  [8, 9],
  [9, 7],
  [10, 6],
]);
const WISH_COUNT = WeightedPicker.of<number>([
  [1, 45],
  [2, 35],
  [3, 20],
]);
const EXPERIENCE_COUNT = WeightedPicker.of<number>([
  [0, 25],
  [1, 35],
  [2, 25],
  [3, 15],
]);
const TRANSPORT_LIKE = new Set(['transport', 'bezorging']);
const OFTEN_DRIVING = new Set(['techniek-installatie', 'groen', 'bouw', 'schilderen-afbouw', 'beveiliging']);

const KVK_SPACE = 90_000_000;
const KVK_MULTIPLIER = 7_777_777; // coprime with 90,000,000 = 2^7 * 3^2 * 5^7, so the map is a permutation


function talentLabel(code: string): string {
  return TALENT_BY_CODE.get(code)?.label ?? code;
}

function categoryLabelLc(code: string): string {
  return lcFirst(CATEGORY_LABEL.get(code) ?? code);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Generates rows by index. Construct once per (seed, referenceDate, employers); every method is pure.
 */
export class SyntheticGenerator {
  readonly seed: number;
  readonly referenceDate: string;
  readonly employers: number;
  readonly accounthouderIds: readonly string[];
  readonly matchmakerIds: readonly string[];
  private readonly seedWord: number;
  private readonly referenceDay: number;
  private readonly kvkOffset: number;
  private readonly kvkShift: number;

  constructor(options: SyntheticOptions) {
    this.seed = options.seed;
    this.seedWord = seed32(options.seed);
    this.referenceDate = options.referenceDate;
    this.referenceDay = parseDay(options.referenceDate);
    if (!Number.isInteger(options.employers) || options.employers < 0) throw new Error('employers must be a non-negative integer');
    if (options.employers > KVK_SPACE) throw new Error(`at most ${KVK_SPACE} employers`);
    this.employers = options.employers;
    this.accounthouderIds = options.accounthouderIds ?? [];
    this.matchmakerIds = options.matchmakerIds ?? [];
    this.kvkOffset = fmix32(this.seedWord ^ 0x6b766b31) % KVK_SPACE;
    this.kvkShift = fmix32(this.seedWord ^ 0x6b766b32) % KVK_SPACE;
  }

  private rng(table: number, index: number): Prng {
    if (!Number.isInteger(index) || index < 0 || index > 0xffffffff) throw new Error(`row index out of range: ${index}`);
    return new Prng(this.seedWord, table, index);
  }

  /** A unique 8-digit KvK number per employer index (a permutation of the 8-digit range, offset per seed). */
  kvkNumber(index: number): string {
    const x = (index + this.kvkOffset) % KVK_SPACE;
    return String(10_000_000 + ((KVK_MULTIPLIER * x + this.kvkShift) % KVK_SPACE));
  }

  // -------------------------------------------------------------------------------------------------------------
  employer(index: number): EmployerRow {
    const rng = this.rng(TABLE_EMPLOYER, index);
    const R = this.referenceDay;
    const id = rng.uuid();
    const categoryCode = CATEGORY_PICKER.pick(rng);
    const place = placePicker.pick(rng);
    const templates = EMPLOYER_NAME_TEMPLATES[categoryCode] ?? GENERIC_EMPLOYER_TEMPLATES;
    const name = rng
      .pick(templates)
      .replace('{P}', place.placeName)
      .replace('{N}', rng.pick(COMPANY_FAMILY_NAMES))
      .replace('{W}', rng.pick(HOUSE_NAMES))
      .replace('{R}', rng.pick(REGION_NAMES));
    const contact = this.personName(rng, NAME_MIX_PICKER.pick(rng));
    const domain = `${slug(name.replace(/\s+(BV|B\.V\.)$/, ''))}.example.nl`;
    const createdDay = R - rng.int(30, 1500);
    const createdMs = workMoment(rng, createdDay);
    const updatedMs = rng.chance(0.5) ? createdMs : workMoment(rng, rng.int(createdDay, R - 1));
    const erkendLeerbedrijf = rng.chance(0.25);
    return {
      id,
      name,
      kvkNumber: this.kvkNumber(index),
      categoryCode,
      placeName: place.placeName,
      postcode: place.postcode,
      lat: place.lat,
      lon: place.lon,
      contactName: `${contact.first} ${contact.last}`,
      contactEmail: `${slug(contact.first)}.${slug(contact.last)}@${domain}`,
      contactPhone: businessPhone(rng, place.placeName),
      erkendLeerbedrijf,
      accounthouderId: this.accounthouderIds.length ? rng.pick(this.accounthouderIds) : null,
      createdAt: iso(createdMs),
      updatedAt: iso(Math.max(createdMs, updatedMs)),
    };
  }

  /** Employer index for a vacancy: a few employers have many vacancies, most have a few. */
  private employerIndexFor(rng: Prng): number {
    return Math.min(this.employers - 1, Math.floor(this.employers * Math.pow(rng.next(), 1.6)));
  }

  // -------------------------------------------------------------------------------------------------------------
  vacancy(index: number): VacancyRow {
    if (this.employers < 1) throw new Error('vacancies need at least one employer');
    const rng = this.rng(TABLE_VACANCY, index);
    const R = this.referenceDay;
    const id = rng.uuid();

    const wantsLeerwerkplek = rng.chance(0.08);
    let employer = this.employer(this.employerIndexFor(rng));
    // A leerwerkplek (BBL) needs an erkend leerbedrijf: look for one among a few more employers.
    for (let attempt = 0; wantsLeerwerkplek && !employer.erkendLeerbedrijf && attempt < 16; attempt++) {
      const other = this.employer(this.employerIndexFor(rng));
      if (other.erkendLeerbedrijf) employer = other;
    }
    // The API refuses a leerwerkplek at an employer that is not erkend, so the synthetic data never has one.
    const leerwerkplek = wantsLeerwerkplek && employer.erkendLeerbedrijf;

    const categoryCode = rng.chance(0.85) ? employer.categoryCode : CATEGORY_PICKER.pick(rng);
    const job = rng.pick(TITLES_BY_CATEGORY.get(categoryCode) ?? fallbackTitles(categoryCode));
    const banenafspraak = !leerwerkplek && rng.chance(0.065);
    const beschutWerk = rng.chance(0.02);
    const loonkostensubsidie = rng.chance(banenafspraak ? 0.6 : 0.122);
    const jobcoach = rng.chance(banenafspraak || beschutWerk ? 0.5 : 0.066);
    const proefplaatsing = rng.chance(banenafspraak ? 0.45 : 0.184);

    // Talents: the title's own talents first, then others of the category.
    const categoryTalents = TALENTS_BY_CATEGORY.get(categoryCode) ?? [];
    const requiredCount = REQUIRED_COUNT.pick(rng);
    const required: string[] = job.talents.slice(0, Math.min(requiredCount, 2));
    for (const code of rng.sample(categoryTalents, requiredCount + 2)) {
      if (required.length >= requiredCount) break;
      if (!required.includes(code)) required.push(code);
    }
    if (required.length === 0) required.push(rng.pick(categoryTalents.length > 0 ? categoryTalents : ALL_CATEGORY_TALENTS));
    const niceCount = rng.int(0, 3);
    const nice: string[] = [];
    for (let attempt = 0; nice.length < niceCount && attempt < 12; attempt++) {
      const pool = rng.chance(0.6) && categoryTalents.length > 0 ? categoryTalents : CROSS_SECTOR_TALENTS;
      if (pool.length === 0) continue;
      const code = rng.pick(pool);
      if (!required.includes(code) && !nice.includes(code)) nice.push(code);
    }

    const minTaalniveau = VACANCY_TAAL.pick(rng);
    const startkwalificatieRequired = !leerwerkplek && rng.chance(0.272);
    let minOpleidingsniveau: Opleidingsniveau | null = null;
    if (!leerwerkplek && rng.chance(0.12)) {
      minOpleidingsniveau = startkwalificatieRequired ? rng.pick([O.MBO2, O.MBO2, O.MBO3]) : rng.pick([O.VMBO, O.MBO1, O.MBO2]);
    }

    let rijbewijsRequired: Rijbewijs[] = [];
    if (job.rijbewijs && rng.chance(0.85)) rijbewijsRequired = job.rijbewijs.slice() as Rijbewijs[];
    else if (rng.chance(TRANSPORT_LIKE.has(categoryCode) ? 0.5 : OFTEN_DRIVING.has(categoryCode) ? 0.15 : 0.02)) {
      rijbewijsRequired = [Rijbewijs.B];
    }

    const [hoursMin, hoursMax] = leerwerkplek ? rng.pick<[number, number]>([[32, 38], [32, 40], [30, 36]]) : VACANCY_HOURS.pick(rng);
    const contractType = leerwerkplek
      ? ContractType.BBL
      : beschutWerk
        ? rng.pick([ContractType.VAST, ContractType.TIJDELIJK])
        : CONTRACT.pick(rng);
    const openings = OPENINGS.pick(rng);
    const place = rng.chance(0.8)
      ? { placeName: employer.placeName, postcode: employer.postcode, lat: employer.lat, lon: employer.lon }
      : placePicker.pick(rng);

    // Lifecycle dates, consistent with the status; nothing happens on or after the reference date.
    const status = VACANCY_STATUS.pick(rng);
    let createdDay: number;
    let publishedMs: number | null = null;
    let endedMs: number | null = null;
    let closingDay: number | null = null;
    let startDay: number | null = null;
    const latestMs = R * MS_PER_DAY - 1;
    switch (status) {
      case VacancyStatus.OPEN:
        createdDay = R - rng.int(1, 90);
        closingDay = R + rng.int(7, 90);
        if (rng.chance(0.6)) startDay = closingDay + rng.int(7, 30);
        break;
      case VacancyStatus.DRAFT:
        createdDay = R - rng.int(1, 30);
        if (rng.chance(0.6)) closingDay = R + rng.int(14, 120);
        break;
      // Two years back, so that a dashboard over the past year also sees 12-month nazorg of earlier placements.
      case VacancyStatus.FILLED:
        createdDay = R - rng.int(60, 760);
        break;
      default:
        createdDay = R - rng.int(30, 760);
        break;
    }
    const createdMs = workMoment(rng, createdDay);
    if (status !== VacancyStatus.DRAFT) {
      publishedMs = Math.min(latestMs, createdMs + rng.int(30, 5 * 24 * 60) * 60_000);
    }
    if (status === VacancyStatus.FILLED) {
      endedMs = Math.min(latestMs, publishedMs! + rng.int(10, 90) * MS_PER_DAY + rng.int(0, 8 * 3600) * 1000);
      const publishedDay = Math.floor(publishedMs! / MS_PER_DAY);
      closingDay = publishedDay + rng.int(21, 60);
      startDay = Math.floor(endedMs / MS_PER_DAY) + rng.int(7, 30);
    } else if (status === VacancyStatus.CLOSED) {
      const publishedDay = Math.floor(publishedMs! / MS_PER_DAY);
      closingDay = Math.min(R - 1, publishedDay + rng.int(14, 60));
      endedMs = rng.chance(0.7)
        ? Math.max(publishedMs!, closingDay * MS_PER_DAY + 23 * 3600 * 1000) // expired at the end of the closing day
        : publishedMs! + Math.floor(rng.next() * Math.max(0, closingDay * MS_PER_DAY - publishedMs!)); // withdrawn
      endedMs = Math.min(latestMs, endedMs);
    }
    const lastChangeMs = Math.max(createdMs, publishedMs ?? 0, endedMs ?? 0);
    const updatedMs = Math.min(latestMs, lastChangeMs + (rng.chance(0.3) ? rng.int(1, 20) * MS_PER_DAY : 0));

    const title = leerwerkplek ? `${job.title} (BBL)` : job.title;
    const description = this.vacancyDescription(rng, {
      employerName: employer.name,
      placeName: place.placeName,
      title: job.title,
      categoryCode,
      required,
      nice,
      hours: [hoursMin, hoursMax],
      contractType,
      minTaalniveau,
      rijbewijsRequired,
      leerwerkplek,
      banenafspraak,
      beschutWerk,
      jobcoach,
      proefplaatsing,
      loonkostensubsidie,
    });

    return {
      id,
      employerId: employer.id,
      title,
      description,
      categoryCode,
      requiredTalents: required,
      niceToHaveTalents: nice,
      minTaalniveau,
      startkwalificatieRequired,
      minOpleidingsniveau,
      rijbewijsRequired,
      hoursMin,
      hoursMax,
      placeName: place.placeName,
      postcode: place.postcode,
      lat: place.lat,
      lon: place.lon,
      contractType,
      openings,
      startDate: startDay === null ? null : dayToIso(startDay),
      closingDate: closingDay === null ? null : dayToIso(closingDay),
      leerwerkplek,
      banenafspraak,
      loonkostensubsidie,
      proefplaatsing,
      jobcoach,
      beschutWerk,
      status,
      publishedAt: publishedMs === null ? null : iso(publishedMs),
      endedAt: endedMs === null ? null : iso(endedMs),
      createdAt: iso(createdMs),
      updatedAt: iso(Math.max(updatedMs, lastChangeMs)),
    };
  }

  private vacancyDescription(
    rng: Prng,
    v: {
      employerName: string;
      placeName: string;
      title: string;
      categoryCode: string;
      required: string[];
      nice: string[];
      hours: [number, number];
      contractType: ContractType;
      minTaalniveau: Taalniveau | null;
      rijbewijsRequired: Rijbewijs[];
      leerwerkplek: boolean;
      banenafspraak: boolean;
      beschutWerk: boolean;
      jobcoach: boolean;
      proefplaatsing: boolean;
      loonkostensubsidie: boolean;
    },
  ): string {
    const job = lcFirst(v.title);
    const adjective = rng.pick(JOB_ADJECTIVES);
    const hours = `${v.hours[0]} tot ${v.hours[1]} uur`;
    const category = categoryLabelLc(v.categoryCode);
    const required = dutchList(v.required.map(talentLabel));
    const intro = rng.pick([
      () => `${v.employerName} in ${v.placeName} zoekt een ${adjective} ${job}.`,
      () => `Voor onze vestiging in ${v.placeName} zoeken wij een ${job} voor ${hours} per week.`,
      () => `Ben jij de ${adjective} ${job} die ons team in ${v.placeName} komt versterken?`,
      () => `Wij zoeken een ${job} (${hours} per week) in ${v.placeName}.`,
      () => `${v.employerName} heeft plaats voor een ${adjective} ${job} in ${v.placeName}.`,
    ])();
    const task = rng.pick([
      () => `Je hebt ervaring met ${required} of wilt dit graag leren.`,
      () => `Belangrijk in deze functie: ${required}.`,
      () => `Je werkt met ${required} in een team binnen de sector ${category}.`,
      () => `Je werkzaamheden liggen in de ${category}: ${required}.`,
    ])();
    const priority: string[] = [];
    if (v.leerwerkplek) priority.push('Dit is een leerwerkplek (BBL): je werkt vier dagen en gaat één dag naar school voor je diploma.');
    if (v.banenafspraak) priority.push('Deze baan valt onder de banenafspraak en is bedoeld voor kandidaten uit het doelgroepregister.');
    if (v.beschutWerk) priority.push('Het werk is geschikt als beschut werk, in een rustige omgeving met veel begeleiding.');
    const optional: string[] = [];
    if (v.nice.length > 0) optional.push(`Ervaring met ${dutchList(v.nice.map(talentLabel))} is een pré.`);
    if (v.jobcoach) optional.push('Een jobcoach begeleidt je in de eerste periode.');
    if (v.proefplaatsing) optional.push('Je kunt eerst starten met een proefplaatsing.');
    if (v.loonkostensubsidie) optional.push('Wij staan open voor een kandidaat met loonkostensubsidie.');
    if (v.minTaalniveau) optional.push(`Je spreekt Nederlands op minimaal ${v.minTaalniveau}-niveau.`);
    if (v.rijbewijsRequired.length > 0) optional.push(`Rijbewijs ${dutchList(v.rijbewijsRequired)} is vereist.`);
    optional.push(`Wij bieden ${CONTRACT_PHRASES[v.contractType]} en een goede inwerkperiode.`);
    optional.push(rng.pick(['Het salaris is volgens de cao.', 'Je krijgt werkkleding en een reiskostenvergoeding.', 'Je werkt in een hecht en gezellig team.']));
    const extraCount = Math.min(2, Math.max(priority.length, rng.int(0, 2)));
    const extras = [...priority, ...rng.sample(optional, 2)].slice(0, extraCount);
    return [intro, task, ...extras].join(' ');
  }

  // -------------------------------------------------------------------------------------------------------------
  candidate(index: number): SyntheticCandidate {
    const rng = this.rng(TABLE_CANDIDATE, index);
    const R = this.referenceDay;
    const id = rng.uuid();

    const klantcategorieCode = KLANTCATEGORIE_PICKER.pick(rng);
    const statushouder = rng.chance(0.15);

    // Age: about 40 % 50+, 12 % under 27; statushouders are younger on average.
    const ageBand = rng.next();
    const age = statushouder
      ? ageBand < 0.2
        ? rng.int(18, 26)
        : ageBand < 0.85
          ? rng.int(27, 49)
          : rng.int(50, 64)
      : ageBand < 0.106
        ? rng.int(18, 26)
        : ageBand < 0.556
          ? rng.int(27, 49)
          : rng.int(50, 66);
    const ref = new Date(R * MS_PER_DAY);
    const birthDay = Date.UTC(ref.getUTCFullYear() - age, ref.getUTCMonth(), ref.getUTCDate()) / MS_PER_DAY - rng.int(0, 364);
    const birthDate = dayToIso(birthDay);
    const groups = ageGroups(birthDate, this.referenceDate);

    // Education: about 25 % unknown (the UWV lesson); young people: about 60 % without startkwalificatie.
    let opleidingsniveau: Opleidingsniveau | null;
    let startkwalificatie: boolean | null;
    if (groups.jongere) {
      const withoutSk = rng.chance(0.6);
      opleidingsniveau = withoutSk ? YOUNG_WITHOUT_SK.pick(rng) : YOUNG_WITH_SK.pick(rng);
      startkwalificatie = !withoutSk;
      if (rng.chance(0.25)) opleidingsniveau = null;
    } else {
      opleidingsniveau = (statushouder ? STATUSHOUDER_OPLEIDING : OPLEIDING).pick(rng);
      if (rng.chance(statushouder ? 0.35 : 0.232)) opleidingsniveau = null;
      startkwalificatie = opleidingsniveau ? givesStartkwalificatie(opleidingsniveau) : rng.chance(0.5) ? null : rng.chance(0.45);
    }

    const taalniveau = rng.chance(0.15) ? null : (statushouder ? STATUSHOUDER_TAAL : CANDIDATE_TAAL).pick(rng);

    // Beroepswensen (10 % none) and talents drawn mostly from them.
    const wishes: string[] = [];
    if (!rng.chance(0.1)) {
      const count = WISH_COUNT.pick(rng);
      for (let attempt = 0; wishes.length < count && attempt < 10; attempt++) {
        const code = CATEGORY_PICKER.pick(rng);
        if (!wishes.includes(code)) wishes.push(code);
      }
    }
    const sources = wishes.length > 0 ? wishes : [CATEGORY_PICKER.pick(rng)];
    const talentCount = TALENT_COUNT.pick(rng);
    const talents: string[] = [];
    for (let attempt = 0; talents.length < talentCount && attempt < talentCount * 4; attempt++) {
      const roll = rng.next();
      const pool =
        roll < 0.75 ? (TALENTS_BY_CATEGORY.get(rng.pick(sources)) ?? []) : roll < 0.95 ? CROSS_SECTOR_TALENTS : ALL_CATEGORY_TALENTS;
      if (pool.length === 0) continue;
      const code = rng.pick(pool);
      if (!talents.includes(code)) talents.push(code);
    }

    const experienceCount = EXPERIENCE_COUNT.pick(rng);
    const workExperience: WorkExperience[] = [];
    for (let i = 0; i < experienceCount; i++) {
      const category = rng.chance(0.7) ? rng.pick(sources) : CATEGORY_PICKER.pick(rng);
      const title = rng.pick(TITLES_BY_CATEGORY.get(category) ?? fallbackTitles(category)).title;
      if (workExperience.some((w) => w.title === title)) continue;
      workExperience.push({ title, years: rng.int(1, Math.max(1, Math.min(15, age - 17))) });
    }

    const rijbewijs: Rijbewijs[] = [];
    if (rng.chance(0.45)) {
      if (rng.chance(0.1)) rijbewijs.push(Rijbewijs.A);
      rijbewijs.push(Rijbewijs.B);
      if (rng.chance(0.08)) rijbewijs.push(Rijbewijs.BE);
      if (rng.chance(0.05)) {
        rijbewijs.push(Rijbewijs.C);
        if (rng.chance(0.5)) rijbewijs.push(Rijbewijs.CE);
      }
      if (rng.chance(0.01)) rijbewijs.push(Rijbewijs.D);
    } else if (rng.chance(0.12)) {
      rijbewijs.push(Rijbewijs.AM);
    }

    const farFromWork = klantcategorieCode.startsWith('3') || klantcategorieCode === '2B';
    const hours = rng.chance(0.1) ? null : (farFromWork ? CANDIDATE_HOURS_FAR : CANDIDATE_HOURS).pick(rng);

    const availabilityRoll = rng.next();
    const availableFrom =
      availabilityRoll < 0.05 ? null : availabilityRoll < 0.75 ? dayToIso(R - rng.int(0, 365)) : dayToIso(R + rng.int(1, 90));

    const place = rng.chance(0.05) ? null : placePicker.pick(rng);
    const travelRoll = rng.next();
    const maxTravelKm =
      travelRoll < 0.05 ? null : travelRoll < 0.15 ? rng.int(5, 9) : travelRoll < 0.88 ? rng.int(10, 25) : rng.int(26, 40);

    const banenafspraak = rng.chance(klantcategorieCode === '2B' ? 0.55 : 0.0278);
    const loonkostensubsidie = rng.chance(banenafspraak ? 0.5 : 0.065);
    const jobcoachNeeded = rng.chance(banenafspraak ? 0.4 : 0.052);

    const [monthsMin, monthsMax] = UNEMPLOYED_MONTHS[klantcategorieCode] ?? [0, 60];
    const adultDay = birthDay + 18 * 365;
    let unemployedDay: number | null = null;
    if (!rng.chance(0.03)) {
      unemployedDay = R - Math.round(rng.int(monthsMin, monthsMax) * 30.44) - rng.int(0, 29);
      unemployedDay = Math.min(R - 1, Math.max(unemployedDay, adultDay));
    }
    const createdDay = rng.int(Math.max(unemployedDay ?? R - 1500, R - 5 * 365), R - 1);
    const createdMs = workMoment(rng, createdDay);
    const updatedMs = rng.chance(0.4) ? createdMs : workMoment(rng, rng.int(createdDay, R - 1));

    const candidate: CandidateRow = {
      id,
      status: CANDIDATE_STATUS.pick(rng),
      talents,
      categoryWishes: wishes,
      workExperience,
      profileText: this.profileText(rng, wishes, talents, workExperience, hours),
      taalniveau,
      startkwalificatie,
      opleidingsniveau,
      rijbewijs,
      hoursMin: hours ? hours[0] : null,
      hoursMax: hours ? hours[1] : null,
      availableFrom,
      placeName: place?.placeName ?? null,
      postcode: place?.postcode ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      maxTravelKm,
      banenafspraak,
      loonkostensubsidie,
      jobcoachNeeded,
      klantcategorieCode,
      statushouder,
      jongere: groups.jongere,
      vijftigPlus: groups.vijftigPlus,
      unemployedSince: unemployedDay === null ? null : dayToIso(unemployedDay),
      visibleToEmployers: rng.chance(0.7),
      consulentApprovesVisibility: rng.chance(0.6),
      matchmakerId: null,
      createdAt: iso(createdMs),
      updatedAt: iso(Math.max(createdMs, updatedMs)),
    };

    const name = this.personName(rng, statushouder ? STATUSHOUDER_NAME_PICKER.pick(rng) : NAME_MIX_PICKER.pick(rng));
    const personal: CandidatePersonalRow = {
      candidateId: id,
      firstName: name.first,
      lastName: name.last,
      email: rng.chance(0.92) ? `${slug(name.first)}.${slug(name.last)}${rng.int(100, 999)}@example.nl` : null,
      phone: rng.chance(0.95) ? mobilePhone(rng) : null,
      birthDate,
    };
    if (this.matchmakerIds.length) candidate.matchmakerId = rng.pick(this.matchmakerIds);
    return { candidate, personal };
  }

  /**
   * A few sentences in the candidate's own words, as people write them in an intake form: first person, plain,
   * sometimes a little clumsy. Never a name, age, address or anything else that identifies the person.
   */
  private profileText(
    rng: Prng,
    wishes: string[],
    talents: string[],
    experience: WorkExperience[],
    hours: [number, number] | null,
  ): string {
    const sentences: string[] = [];
    if (wishes.length > 0) {
      const field = dutchOrList(wishes.map(categoryLabelLc));
      sentences.push(
        rng.pick([
          () => `Ik zoek werk in de ${field}.`,
          () => `Het liefst wil ik aan de slag in de ${field}.`,
          () => `Mijn wens is een baan in de ${field}, maar ik sta ook open voor iets anders.`,
          () => `Ik zou graag in de ${field} willen werken.`,
        ])(),
      );
    }
    if (experience.length > 0) {
      const job = experience[0];
      sentences.push(
        rng.pick([
          () => `Ik heb ${job.years} jaar gewerkt als ${lcFirst(job.title)}.`,
          () => `Vroeger werkte ik als ${lcFirst(job.title)}, dat vond ik leuk werk.`,
          () => `Mijn laatste baan was ${lcFirst(job.title)}.`,
        ])(),
      );
    } else if (rng.chance(0.5)) {
      sentences.push(rng.pick(['Ik heb nog niet veel werkervaring in Nederland.', 'Ik heb een tijd niet gewerkt door omstandigheden thuis.', 'Ik heb vrijwilligerswerk gedaan en wil nu graag betaald werk.']));
    }
    if (talents.length > 0 && rng.chance(0.7)) {
      sentences.push(
        rng.pick([
          () => `Ik ben goed in ${dutchList(talents.slice(0, 2).map(talentLabel).map(lcFirst))}.`,
          () => `Ik kan ${dutchList(talents.slice(0, 3).map(talentLabel).map(lcFirst))}.`,
          () => `Ervaring met ${dutchList(talents.slice(0, 2).map(talentLabel).map(lcFirst))}.`,
        ])(),
      );
    }
    sentences.push(
      rng.pick([
        'Ik ben altijd op tijd en werk graag in een team.',
        'Ik werk graag met mijn handen.',
        'Ik wil graag een vak leren.',
        'Werken dicht bij huis heeft mijn voorkeur, ik heb geen auto.',
        'Ik ben rustig en werk nauwkeurig.',
        'Ik ben gemotiveerd en wil graag weer meedoen.',
        'Een proefplaatsing vind ik prima, dan kan de werkgever zien wat ik kan.',
        'Ik heb liever vaste werktijden vanwege de kinderen.',
        'Ik leer snel en vraag het als ik iets niet weet.',
        'Mijn Nederlands wordt steeds beter, ik volg nog les.',
      ]),
    );
    if (rng.chance(0.4)) sentences.push(hours ? `Ik kan ${hours[0]} tot ${hours[1]} uur per week werken.` : 'Over het aantal uren kunnen we praten.');
    return sentences.join(' ');
  }

  /**
   * Voordracht number `index` of a history over the first `vacancies` vacancies and `candidates` candidates of
   * this generator: a published vacancy drawn at random, and candidates in a fixed stride so one person is not
   * proposed twice for one vacancy while open (the one-open-placement rule).
   */
  placement(index: number, counts: { vacancies: number; candidates: number }): PlacementRow {
    if (counts.vacancies < 1 || counts.candidates < 1) throw new Error('placements need vacancies and candidates');
    const rng = this.rng(TABLE_PLACEMENT, index);
    // Most history lies with vacancies that are filled or closed by now (spread over the past year and more);
    // the rest with the open ones (recent). Never a draft.
    const past = rng.chance(0.6);
    const fits = (v: VacancyRow) => v.status !== VacancyStatus.DRAFT && (!past || v.status !== VacancyStatus.OPEN);
    let vacancy = this.memoVacancy(rng.int(0, counts.vacancies - 1));
    for (let attempt = 0; !fits(vacancy) && attempt < 32; attempt++) vacancy = this.memoVacancy(rng.int(0, counts.vacancies - 1));
    const candidate = this.candidate((index * 7919 + (this.seedWord % counts.candidates)) % counts.candidates).candidate;
    return makePlacement(rng, vacancy, candidate, this.referenceDay);
  }

  /** Vacancy rows drawn for placements, kept: a history draws each vacancy many times. Same rows as vacancy(). */
  private readonly vacancyMemo = new Map<number, VacancyRow>();

  private memoVacancy(index: number): VacancyRow {
    let row = this.vacancyMemo.get(index);
    if (!row) this.vacancyMemo.set(index, (row = this.vacancy(index)));
    return row;
  }

  private personName(rng: Prng, group: string): { first: string; last: string } {
    const names = NAME_GROUPS[group] ?? NAME_GROUPS.dutch;
    const female = rng.chance(0.5);
    const first = rng.pick(female ? names.female : names.male);
    const lastIndex = rng.int(0, names.last.length - 1);
    const last = female && names.lastFemale ? names.lastFemale[lastIndex] : names.last[lastIndex];
    return { first, last };
  }
}

/** Default employer count for a number of vacancies: max(10, vacancies / 5). */
export function defaultEmployerCount(vacancies: number): number {
  return Math.max(10, Math.floor(vacancies / 5));
}

