/**
 * The judged set: vacancies, candidates, and a matchmaker's grade (0-3) for each pair. See README.md in this
 * folder for the grading rules. Grades were written before the scorer was changed and are never changed to make
 * a test pass.
 *
 * Every candidate is written as a persona for one vacancy (`grades` names the vacancies it was judged for).
 * A pair that is not listed is graded 0: the persona was checked against the other vacancies in reach and
 * could not do, or would not want, that job. A grade `{ hard: 'REQUIREMENT' }` marks a pair that fails a hard
 * requirement of DOMAIN.md: it must never be among the main matches (it may be a near miss, naming it).
 */

export type Grade = 0 | 1 | 2 | 3;
export type HardRequirement = 'ACTIVE' | 'DOELGROEPREGISTER' | 'AVAILABILITY' | 'TRAVEL_DISTANCE' | 'TAALNIVEAU' | 'STARTKWALIFICATIE' | 'RIJBEWIJS';
export type Judgement = Grade | { hard: HardRequirement };

export interface JudgedVacancy {
  key: string;
  title: string;
  categoryCode: string;
  placeName: string;
  requiredTalents: string[];
  niceToHaveTalents?: string[];
  minTaalniveau?: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
  startkwalificatieRequired?: boolean;
  rijbewijsRequired?: string[];
  hours: [number, number];
  leerwerkplek?: boolean;
  banenafspraak?: boolean;
  loonkostensubsidie?: boolean;
  jobcoach?: boolean;
  proefplaatsing?: boolean;
  beschutWerk?: boolean;
}

export interface JudgedCandidate {
  key: string;
  placeName: string;
  /** Default 20 km. */
  maxTravelKm?: number;
  talents: string[];
  categoryWishes?: string[];
  /** [job title, years] */
  experience?: [string, number][];
  /** Default B1. */
  taalniveau?: 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
  /** Default true for adults, false when age < 27 and not given. */
  startkwalificatie?: boolean;
  /** Default: the hours of the vacancy the persona was written for. */
  hours?: [number, number];
  /** Default 35. */
  age?: number;
  banenafspraak?: boolean;
  loonkostensubsidie?: boolean;
  jobcoachNeeded?: boolean;
  rijbewijs?: string[];
  /** Days from today until available; default: available now. */
  availableInDays?: number;
  /** Months without work; default 12. */
  unemployedMonths?: number;
  status?: 'ACTIVE' | 'INACTIVE';
  /** Vacancy key -> grade. The first key is the vacancy the persona was written for. */
  grades: Record<string, Judgement>;
  /** Why, in a few words (the grade's reason as a matchmaker would say it). */
  why: string;
}

export const VACANCIES: JudgedVacancy[] = [
  { key: 'V01', title: 'Magazijnmedewerker (banenafspraak)', categoryCode: 'logistiek', placeName: 'Zoetermeer', requiredTalents: ['orderpicken', 'magazijnwerk'], niceToHaveTalents: ['heftruck', 'scanner-gebruiken'], minTaalniveau: 'A2', hours: [20, 32], banenafspraak: true, loonkostensubsidie: true, jobcoach: true },
  { key: 'V02', title: 'Reachtruckchauffeur', categoryCode: 'logistiek', placeName: 'Delft', requiredTalents: ['reachtruck'], niceToHaveTalents: ['scanner-gebruiken', 'voorraadbeheer'], minTaalniveau: 'A2', hours: [32, 40] },
  { key: 'V03', title: 'Leerwerkplek logistiek (BBL)', categoryCode: 'logistiek', placeName: 'Leiden', requiredTalents: [], niceToHaveTalents: ['orderpicken'], minTaalniveau: 'A2', hours: [32, 38], leerwerkplek: true },
  { key: 'V04', title: 'Schoonmaker kantoren', categoryCode: 'schoonmaak', placeName: 'Den Haag', requiredTalents: ['schoonmaken'], niceToHaveTalents: ['vloeronderhoud', 'sanitair-reinigen'], hours: [12, 20] },
  { key: 'V05', title: 'Medewerker spoelkeuken ziekenhuis (banenafspraak)', categoryCode: 'horeca-keuken', placeName: 'Leiden', requiredTalents: ['afwassen', 'hygienisch-werken'], niceToHaveTalents: ['werken-in-hoog-tempo'], hours: [16, 24], banenafspraak: true, loonkostensubsidie: true, jobcoach: true },
  { key: 'V06', title: 'Kassamedewerker supermarkt', categoryCode: 'detailhandel', placeName: 'Zoetermeer', requiredTalents: ['kassawerk'], niceToHaveTalents: ['klantvriendelijk', 'vakkenvullen'], minTaalniveau: 'A2', hours: [12, 24] },
  { key: 'V07', title: 'Kok grootkeuken', categoryCode: 'horeca-keuken', placeName: 'Delft', requiredTalents: ['koken', 'grootkeuken'], niceToHaveTalents: ['haccp'], minTaalniveau: 'B1', startkwalificatieRequired: true, hours: [32, 38] },
  { key: 'V08', title: 'Leerwerkplek helpende zorg en welzijn (BBL)', categoryCode: 'zorg-en-welzijn', placeName: 'Gouda', requiredTalents: [], niceToHaveTalents: ['zorgzaam', 'persoonlijke-verzorging'], minTaalniveau: 'B1', hours: [24, 32], leerwerkplek: true },
  { key: 'V09', title: 'Pakketbezorger', categoryCode: 'bezorging', placeName: 'Den Haag', requiredTalents: ['pakketbezorging'], niceToHaveTalents: ['routeplanning'], minTaalniveau: 'A2', rijbewijsRequired: ['B'], hours: [24, 40] },
  { key: 'V10', title: 'Hovenier groenvoorziening', categoryCode: 'groen', placeName: 'Wassenaar', requiredTalents: ['tuinonderhoud'], niceToHaveTalents: ['snoeien', 'maaien'], hours: [32, 38] },
  { key: 'V11', title: 'Productiemedewerker inpak (banenafspraak)', categoryCode: 'productie', placeName: 'Alphen aan den Rijn', requiredTalents: ['inpakken'], niceToHaveTalents: ['sorteren', 'productiewerk'], hours: [20, 32], banenafspraak: true, loonkostensubsidie: true, jobcoach: true, beschutWerk: true },
  { key: 'V12', title: 'Klantenservicemedewerker', categoryCode: 'klantenservice', placeName: 'Leiden', requiredTalents: ['klantcontact', 'telefoneren'], niceToHaveTalents: ['crm-systemen', 'klachtafhandeling'], minTaalniveau: 'B2', startkwalificatieRequired: true, hours: [24, 36] },
  { key: 'V13', title: 'Administratief medewerker', categoryCode: 'administratie', placeName: 'Den Haag', requiredTalents: ['administratief-werk', 'data-invoer'], niceToHaveTalents: ['excel', 'archiveren'], minTaalniveau: 'B1', startkwalificatieRequired: true, hours: [24, 32] },
  { key: 'V14', title: 'Bouwhulp / opperman', categoryCode: 'bouw', placeName: 'Zoetermeer', requiredTalents: ['bouwhulp', 'vca-basis'], niceToHaveTalents: ['tillen', 'metselen'], hours: [38, 40] },
  { key: 'V15', title: 'Beveiliger', categoryCode: 'beveiliging', placeName: 'Den Haag', requiredTalents: ['diploma-beveiliger'], niceToHaveTalents: ['toegangscontrole', 'cameratoezicht'], minTaalniveau: 'B1', startkwalificatieRequired: true, hours: [32, 40] },
  { key: 'V16', title: 'Pedagogisch medewerker BSO', categoryCode: 'onderwijs-kinderopvang', placeName: 'Delft', requiredTalents: ['buitenschoolse-opvang'], niceToHaveTalents: ['omgaan-met-kinderen', 'ehbo'], minTaalniveau: 'B2', startkwalificatieRequired: true, hours: [12, 20] },
  { key: 'V17', title: 'Leerwerkplek installatietechniek (BBL)', categoryCode: 'techniek-installatie', placeName: 'Zoetermeer', requiredTalents: [], niceToHaveTalents: ['gereedschap-gebruiken', 'technisch-inzicht'], minTaalniveau: 'A2', hours: [32, 38], leerwerkplek: true },
  { key: 'V18', title: 'Medewerker housekeeping hotel', categoryCode: 'schoonmaak', placeName: 'Leiden', requiredTalents: ['housekeeping'], niceToHaveTalents: ['schoonmaken', 'strijken'], minTaalniveau: 'A2', hours: [24, 32] },
  { key: 'V19', title: 'Vakkenvuller (banenafspraak)', categoryCode: 'detailhandel', placeName: 'Gouda', requiredTalents: ['vakkenvullen'], niceToHaveTalents: ['prijzen-en-etiketteren'], hours: [16, 24], banenafspraak: true, loonkostensubsidie: true, jobcoach: true },
  { key: 'V20', title: 'Heftruckchauffeur', categoryCode: 'logistiek', placeName: 'Pijnacker', requiredTalents: ['heftruck'], niceToHaveTalents: ['laden-en-lossen'], minTaalniveau: 'A2', hours: [36, 40] },
  { key: 'V21', title: 'Medewerker bediening restaurant', categoryCode: 'horeca-bediening', placeName: 'Delft', requiredTalents: ['bediening'], niceToHaveTalents: ['barista', 'klantvriendelijk'], minTaalniveau: 'A2', hours: [16, 24] },
  { key: 'V22', title: 'Vrachtwagenchauffeur', categoryCode: 'transport', placeName: 'Rijswijk', requiredTalents: ['chauffeurswerk', 'code-95'], niceToHaveTalents: ['ladingzekering'], minTaalniveau: 'A2', rijbewijsRequired: ['C'], hours: [38, 40] },
];

export const CANDIDATES: JudgedCandidate[] = [
  // V01 Magazijnmedewerker (banenafspraak), Zoetermeer
  { key: 'v01-ideaal', placeName: 'Zoetermeer', talents: ['orderpicken', 'magazijnwerk', 'scanner-gebruiken'], categoryWishes: ['logistiek'], banenafspraak: true, taalniveau: 'A2', grades: { V01: 3, V02: 1, V20: 1, V03: 1 }, why: 'doet dit werk, wil het, in het register' },
  { key: 'v01-ervaring', placeName: 'Pijnacker', talents: [], experience: [['Magazijnmedewerker', 23]], banenafspraak: true, taalniveau: 'A2', grades: { V01: 3, V02: 1, V20: 1 }, why: '23 jaar magazijnwerk, profiel zonder talenten' },
  { key: 'v01-ervaring2', placeName: 'Zoetermeer', talents: ['samenwerken', 'punctueel'], experience: [['orderpicker', 4]], categoryWishes: ['logistiek'], banenafspraak: true, grades: { V01: 3, V20: 1, V02: 1, V03: 1 }, why: '4 jaar orderpicker, wil logistiek' },
  { key: 'v01-verwant', placeName: 'Delft', talents: ['vakkenvullen', 'inpakken'], categoryWishes: ['logistiek'], banenafspraak: true, grades: { V01: 2, V03: 1, V06: 1 }, why: 'vakkenvullen en inpakken liggen dicht bij orderpicken' },
  { key: 'v01-half', placeName: 'Zoetermeer', talents: ['orderpicken'], categoryWishes: ['logistiek'], banenafspraak: true, hours: [8, 12], grades: { V01: 1 }, why: 'kan het werk, maar hooguit 12 van de minstens 20 uur' },
  { key: 'v01-anders', placeName: 'Zoetermeer', talents: ['kassawerk', 'klantvriendelijk', 'punctueel', 'samenwerken'], categoryWishes: ['detailhandel'], banenafspraak: true, hours: [12, 24], grades: { V01: 0, V06: 3, V19: 0 }, why: 'kassawerk, wil winkel: geen magazijnwerk' },
  { key: 'v01-register-niet', placeName: 'Zoetermeer', talents: ['orderpicken', 'magazijnwerk', 'heftruck'], categoryWishes: ['logistiek'], banenafspraak: false, grades: { V01: { hard: 'DOELGROEPREGISTER' }, V20: 2, V02: 2, V03: 1 }, why: 'ideaal, maar niet in het doelgroepregister' },
  { key: 'v01-leeg', placeName: 'Zoetermeer', talents: [], banenafspraak: true, grades: { V01: 1 }, why: 'leeg profiel in het register: misschien, navragen' },

  // V02 Reachtruckchauffeur, Delft
  { key: 'v02-ideaal', placeName: 'Delft', talents: ['reachtruck', 'scanner-gebruiken'], categoryWishes: ['logistiek'], grades: { V02: 3, V20: 2, V03: 1 }, why: 'reachtruck, wil logistiek' },
  { key: 'v02-heftruck', placeName: 'Rijswijk', talents: ['heftruck', 'orderpicken'], categoryWishes: ['logistiek'], grades: { V02: 2, V20: 3, V03: 1 }, why: 'heftruck: reachtruck is een korte cursus' },
  { key: 'v02-ervaring', placeName: 'Den Haag', talents: [], experience: [['reachtruckchauffeur', 6]], categoryWishes: ['logistiek'], grades: { V02: 3, V20: 2, V03: 1 }, why: '6 jaar reachtruckchauffeur' },
  { key: 'v02-uren', placeName: 'Delft', talents: ['reachtruck'], categoryWishes: ['logistiek'], hours: [16, 20], grades: { V02: 1, V20: 1 }, why: 'kan het, maar hooguit 20 van de 32-40 uur' },
  { key: 'v02-taal', placeName: 'Delft', talents: ['reachtruck', 'scanner-gebruiken'], categoryWishes: ['logistiek'], taalniveau: 'A1', grades: { V02: { hard: 'TAALNIVEAU' }, V20: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },
  { key: 'v02-ver', placeName: 'Leiden', maxTravelKm: 10, talents: ['reachtruck'], categoryWishes: ['logistiek'], grades: { V02: { hard: 'TRAVEL_DISTANCE' }, V03: 1 }, why: 'woont verder dan wil reizen' },
  { key: 'v02-anders', placeName: 'Delft', talents: ['schoonmaken', 'sanitair-reinigen', 'punctueel'], categoryWishes: ['schoonmaak'], grades: { V02: 0, V04: 1, V18: 2 }, why: 'schoonmaker, geen magazijn' },

  // V03 Leerwerkplek logistiek (BBL), Leiden
  { key: 'v03-jong-wens', placeName: 'Leiden', age: 19, startkwalificatie: false, talents: ['orderpicken'], categoryWishes: ['logistiek'], taalniveau: 'A2', grades: { V03: 3, V02: 1, V17: 1, V20: 1 }, why: 'jong, geen startkwalificatie, wil logistiek' },
  { key: 'v03-jong-leeg', placeName: 'Leiderdorp', age: 20, startkwalificatie: false, talents: [], grades: { V03: 2, V17: 2, V08: 1 }, why: 'jong zonder startkwalificatie, nog geen talenten: leren is het doel' },
  { key: 'v03-jong-anders', placeName: 'Leiden', age: 18, startkwalificatie: false, talents: ['kassawerk'], categoryWishes: ['detailhandel'], grades: { V03: 1, V06: 1, V17: 1 }, why: 'doelgroep, maar wil liever de winkel in' },
  { key: 'v03-jong-talent', placeName: 'Voorschoten', age: 22, startkwalificatie: false, talents: ['tillen', 'samenwerken'], categoryWishes: ['logistiek', 'productie'], grades: { V03: 3, V17: 1 }, why: 'doelgroep en wil logistiek' },
  { key: 'v03-met-sk', placeName: 'Leiden', age: 35, startkwalificatie: true, talents: ['orderpicken', 'magazijnwerk'], categoryWishes: ['logistiek'], grades: { V03: 1, V02: 1, V20: 1 }, why: 'heeft al een startkwalificatie: liever een gewone baan' },
  { key: 'v03-taal', placeName: 'Leiden', age: 21, startkwalificatie: false, taalniveau: 'A1', talents: [], categoryWishes: ['logistiek'], grades: { V03: { hard: 'TAALNIVEAU' }, V17: { hard: 'TAALNIVEAU' }, V20: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },
  { key: 'v03-ver', placeName: 'Gouda', maxTravelKm: 5, age: 20, startkwalificatie: false, talents: [], categoryWishes: ['logistiek'], grades: { V03: { hard: 'TRAVEL_DISTANCE' }, V08: 1 }, why: 'wil max. 5 km reizen' },

  // V04 Schoonmaker kantoren, Den Haag
  { key: 'v04-ideaal', placeName: 'Den Haag', maxTravelKm: 10, talents: ['schoonmaken', 'vloeronderhoud'], categoryWishes: ['schoonmaak'], grades: { V04: 3 }, why: 'schoonmaker, wil dit' },
  { key: 'v04-hygiene', placeName: 'Rijswijk', maxTravelKm: 10, talents: ['hygienisch-werken', 'afwassen'], categoryWishes: ['schoonmaak'], grades: { V04: 2 }, why: 'hygiënisch werken ligt dicht bij schoonmaken' },
  { key: 'v04-housekeeping', placeName: 'Den Haag', maxTravelKm: 10, talents: ['housekeeping'], categoryWishes: ['schoonmaak'], grades: { V04: 2 }, why: 'housekeeping is schoonmaakwerk' },
  { key: 'v04-ervaring', placeName: 'Den Haag', maxTravelKm: 10, talents: [], experience: [['schoonmaakster', 10]], grades: { V04: 3 }, why: '10 jaar schoonmaakster' },
  { key: 'v04-uren', placeName: 'Den Haag', maxTravelKm: 10, talents: ['schoonmaken'], categoryWishes: ['schoonmaak'], hours: [36, 40], grades: { V04: 1 }, why: 'wil 36-40 uur, de baan is hooguit 20' },
  { key: 'v04-anders', placeName: 'Den Haag', maxTravelKm: 10, talents: ['bediening', 'barista', 'klantvriendelijk'], categoryWishes: ['horeca-bediening'], grades: { V04: 0, V21: 3 }, why: 'horeca, geen schoonmaak' },
  { key: 'v04-inactief', placeName: 'Den Haag', maxTravelKm: 10, talents: ['schoonmaken'], categoryWishes: ['schoonmaak'], status: 'INACTIVE', grades: { V04: { hard: 'ACTIVE' } }, why: 'staat niet actief' },

  // V05 Spoelkeuken ziekenhuis (banenafspraak), Leiden
  { key: 'v05-ideaal', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: true, loonkostensubsidie: true, jobcoachNeeded: true, talents: ['afwassen', 'hygienisch-werken'], categoryWishes: ['horeca-keuken'], grades: { V05: 3 }, why: 'doet dit werk, register, steun geboden' },
  { key: 'v05-schoon', placeName: 'Leiderdorp', maxTravelKm: 10, banenafspraak: true, talents: ['schoonmaken'], categoryWishes: ['horeca-keuken'], grades: { V05: 2, V18: 1 }, why: 'schoonmaken ligt dicht bij hygiënisch werken, wil keuken' },
  { key: 'v05-ervaring', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: true, talents: [], experience: [['afwasser', 5]], grades: { V05: 3 }, why: '5 jaar afwasser' },
  { key: 'v05-keukenhulp', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: true, talents: ['keukenhulp'], categoryWishes: ['horeca-keuken'], grades: { V05: 2 }, why: 'keukenhulp doet ook de afwas' },
  { key: 'v05-geenreg', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: false, talents: ['afwassen', 'hygienisch-werken'], categoryWishes: ['horeca-keuken'], grades: { V05: { hard: 'DOELGROEPREGISTER' } }, why: 'niet in het register' },
  { key: 'v05-anders', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: true, talents: ['tuinonderhoud', 'maaien'], categoryWishes: ['groen'], grades: { V05: 0, V10: 2 }, why: 'groen, geen keuken' },
  { key: 'v05-uren', placeName: 'Leiden', maxTravelKm: 10, banenafspraak: true, talents: ['afwassen'], categoryWishes: ['horeca-keuken'], hours: [32, 40], grades: { V05: 1 }, why: 'wil 32-40 uur, de baan is hooguit 24' },

  // V06 Kassamedewerker supermarkt, Zoetermeer
  { key: 'v06-ideaal', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['kassawerk', 'klantvriendelijk'], categoryWishes: ['detailhandel'], grades: { V06: 3 }, why: 'kassawerk, wil winkel' },
  { key: 'v06-klantcontact', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['klantcontact', 'telefoneren'], categoryWishes: ['detailhandel', 'klantenservice'], grades: { V06: 2 }, why: 'klantcontact ligt dicht bij kassawerk' },
  { key: 'v06-ervaring', placeName: 'Zoetermeer', maxTravelKm: 10, talents: [], experience: [['kassière', 8]], grades: { V06: 3 }, why: '8 jaar kassière' },
  { key: 'v06-vakken', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['vakkenvullen', 'klantvriendelijk'], categoryWishes: ['detailhandel'], grades: { V06: 2 }, why: 'werkt al in de winkel, kassa leert snel' },
  { key: 'v06-anders', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['lassen', 'metaalbewerking'], categoryWishes: ['metaal'], grades: { V06: 0 }, why: 'metaal, geen winkel' },
  { key: 'v06-taal', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['kassawerk'], categoryWishes: ['detailhandel'], taalniveau: 'A1', grades: { V06: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },
  { key: 'v06-beschikbaar', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['kassawerk'], categoryWishes: ['detailhandel'], availableInDays: 300, grades: { V06: { hard: 'AVAILABILITY' } }, why: 'pas over tien maanden beschikbaar' },

  // V07 Kok grootkeuken, Delft
  { key: 'v07-ideaal', placeName: 'Delft', maxTravelKm: 10, talents: ['koken', 'grootkeuken', 'haccp'], categoryWishes: ['horeca-keuken'], grades: { V07: 3 }, why: 'kok grootkeuken' },
  { key: 'v07-kok', placeName: 'Delft', maxTravelKm: 10, talents: ['koken', 'haccp'], categoryWishes: ['horeca-keuken'], grades: { V07: 2 }, why: 'kok, nog niet in een grootkeuken' },
  { key: 'v07-ervaring', placeName: 'Rijswijk', maxTravelKm: 10, talents: [], experience: [['kok', 12]], grades: { V07: 3 }, why: '12 jaar kok' },
  { key: 'v07-keukenhulp', placeName: 'Delft', maxTravelKm: 10, talents: ['keukenhulp', 'mise-en-place'], categoryWishes: ['horeca-keuken'], grades: { V07: 1 }, why: 'keukenhulp: kan groeien naar kok' },
  { key: 'v07-zondersk', placeName: 'Delft', maxTravelKm: 10, age: 40, startkwalificatie: false, talents: ['koken', 'grootkeuken'], categoryWishes: ['horeca-keuken'], grades: { V07: { hard: 'STARTKWALIFICATIE' } }, why: 'mist de gevraagde startkwalificatie' },
  { key: 'v07-anders', placeName: 'Delft', maxTravelKm: 10, talents: ['verkoop', 'kassawerk'], categoryWishes: ['detailhandel'], grades: { V07: 0 }, why: 'winkel, geen keuken' },
  { key: 'v07-uren', placeName: 'Delft', maxTravelKm: 10, talents: ['koken', 'grootkeuken'], categoryWishes: ['horeca-keuken'], hours: [12, 16], grades: { V07: 1 }, why: 'hooguit 16 van de 32-38 uur' },

  // V08 Leerwerkplek helpende zorg (BBL), Gouda
  { key: 'v08-jong-wens', placeName: 'Gouda', maxTravelKm: 10, age: 20, startkwalificatie: false, talents: ['zorgzaam'], categoryWishes: ['zorg-en-welzijn'], grades: { V08: 3 }, why: 'doelgroep en wil de zorg in' },
  { key: 'v08-jong-leeg', placeName: 'Gouda', maxTravelKm: 10, age: 19, startkwalificatie: false, talents: [], grades: { V08: 2 }, why: 'doelgroep, nog geen talenten' },
  { key: 'v08-jong-ander', placeName: 'Gouda', maxTravelKm: 10, age: 23, startkwalificatie: false, talents: ['kassawerk', 'verkoop'], categoryWishes: ['detailhandel'], grades: { V08: 1 }, why: 'doelgroep, maar wil de winkel in' },
  { key: 'v08-met-sk', placeName: 'Gouda', maxTravelKm: 10, age: 45, startkwalificatie: true, talents: ['persoonlijke-verzorging', 'zorg'], categoryWishes: ['zorg-en-welzijn'], grades: { V08: 1 }, why: 'heeft al een startkwalificatie en ervaring: liever een gewone baan' },
  { key: 'v08-taal', placeName: 'Gouda', maxTravelKm: 10, age: 21, startkwalificatie: false, taalniveau: 'A2', talents: [], categoryWishes: ['zorg-en-welzijn'], grades: { V08: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A2, gevraagd B1' },
  { key: 'v08-jong-ervaring', placeName: 'Gouda', maxTravelKm: 10, age: 24, startkwalificatie: false, talents: [], experience: [['thuishulp', 2]], categoryWishes: ['zorg-en-welzijn'], grades: { V08: 3 }, why: 'doelgroep, 2 jaar thuishulp, wil zorg' },

  // V09 Pakketbezorger, Den Haag
  { key: 'v09-ideaal', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B'], talents: ['pakketbezorging', 'routeplanning'], categoryWishes: ['bezorging'], grades: { V09: 3 }, why: 'pakketbezorger met rijbewijs' },
  { key: 'v09-koerier', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B'], talents: ['koerierswerk'], categoryWishes: ['bezorging'], grades: { V09: 2 }, why: 'koerier: bijna hetzelfde werk' },
  { key: 'v09-ervaring', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B'], talents: [], experience: [['postbode', 7]], grades: { V09: 2 }, why: '7 jaar postbode' },
  { key: 'v09-geenrb', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: [], talents: ['pakketbezorging'], categoryWishes: ['bezorging'], grades: { V09: { hard: 'RIJBEWIJS' } }, why: 'geen rijbewijs B' },
  { key: 'v09-anders', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B'], talents: ['administratief-werk', 'data-invoer'], categoryWishes: ['administratie'], grades: { V09: 0, V13: 3 }, why: 'administratief, geen bezorging' },
  { key: 'v09-half', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B'], talents: ['pakketbezorging'], categoryWishes: ['bezorging'], hours: [8, 12], grades: { V09: 1 }, why: 'hooguit 12 van de minstens 24 uur' },
  { key: 'v09-maaltijd', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B'], talents: ['maaltijdbezorging'], categoryWishes: ['bezorging'], grades: { V09: 2 }, why: 'bezorger, ander soort pakket' },

  // V10 Hovenier, Wassenaar
  { key: 'v10-ideaal', placeName: 'Wassenaar', maxTravelKm: 10, talents: ['tuinonderhoud', 'snoeien'], categoryWishes: ['groen'], grades: { V10: 3 }, why: 'hovenier, wil groen' },
  { key: 'v10-ervaring', placeName: 'Voorschoten', maxTravelKm: 10, talents: [], experience: [['hovenier', 15]], grades: { V10: 3 }, why: '15 jaar hovenier' },
  { key: 'v10-verwant', placeName: 'Leiden', maxTravelKm: 15, talents: ['groenvoorziening', 'maaien'], categoryWishes: ['groen'], grades: { V10: 2 }, why: 'groenvoorziening ligt dicht bij tuinonderhoud' },
  { key: 'v10-wens', placeName: 'Wassenaar', maxTravelKm: 10, talents: ['tillen'], categoryWishes: ['groen'], grades: { V10: 1 }, why: 'wil het groen in, nog geen ervaring' },
  { key: 'v10-anders', placeName: 'Wassenaar', maxTravelKm: 10, talents: ['kinderopvang', 'oppassen'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V10: 0 }, why: 'kinderopvang, geen groen' },
  { key: 'v10-ver', placeName: 'Gouda', maxTravelKm: 10, talents: ['tuinonderhoud'], categoryWishes: ['groen'], grades: { V10: { hard: 'TRAVEL_DISTANCE' } }, why: 'woont te ver' },
  { key: 'v10-uren', placeName: 'Wassenaar', maxTravelKm: 10, talents: ['tuinonderhoud'], categoryWishes: ['groen'], hours: [8, 16], grades: { V10: 1 }, why: 'hooguit 16 van de 32-38 uur' },

  // V11 Productie inpak (banenafspraak), Alphen aan den Rijn
  { key: 'v11-ideaal', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, talents: ['inpakken', 'sorteren'], categoryWishes: ['productie'], grades: { V11: 3 }, why: 'inpakker, register' },
  { key: 'v11-ervaring', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, talents: [], experience: [['productiemedewerker', 9]], grades: { V11: 3 }, why: '9 jaar productiewerk' },
  { key: 'v11-verwant', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, talents: ['palletiseren'], categoryWishes: ['productie', 'logistiek'], grades: { V11: 2 }, why: 'palletiseren ligt dicht bij inpakken' },
  { key: 'v11-geenreg', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: false, talents: ['inpakken'], categoryWishes: ['productie'], grades: { V11: { hard: 'DOELGROEPREGISTER' } }, why: 'niet in het register' },
  { key: 'v11-anders', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, talents: ['bediening', 'afruimen'], categoryWishes: ['horeca-bediening'], grades: { V11: 0 }, why: 'horeca, geen productie' },
  { key: 'v11-leeg', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, talents: [], categoryWishes: ['productie'], grades: { V11: 1 }, why: 'wil productie, profiel verder leeg' },
  { key: 'v11-steun', placeName: 'Alphen aan den Rijn', maxTravelKm: 10, banenafspraak: true, loonkostensubsidie: true, jobcoachNeeded: true, talents: ['inpakken'], categoryWishes: ['productie'], grades: { V11: 3 }, why: 'inpakker, de steun die nodig is wordt geboden' },

  // V12 Klantenservice, Leiden
  { key: 'v12-ideaal', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'B2', talents: ['klantcontact', 'telefoneren', 'crm-systemen'], categoryWishes: ['klantenservice'], grades: { V12: 3 }, why: 'klantenservice, B2' },
  { key: 'v12-kassa', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'B2', talents: ['kassawerk', 'klantvriendelijk'], categoryWishes: ['klantenservice'], grades: { V12: 1 }, why: 'klantcontact aan de kassa, nooit aan de telefoon' },
  { key: 'v12-ervaring', placeName: 'Leiderdorp', maxTravelKm: 10, taalniveau: 'B2', talents: [], experience: [['callcentermedewerker', 4]], grades: { V12: 3 }, why: '4 jaar callcenter' },
  { key: 'v12-taal', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'B1', talents: ['klantcontact', 'telefoneren'], categoryWishes: ['klantenservice'], grades: { V12: { hard: 'TAALNIVEAU' } }, why: 'taalniveau B1, gevraagd B2' },
  { key: 'v12-zondersk', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'B2', age: 35, startkwalificatie: false, talents: ['klantcontact', 'telefoneren'], categoryWishes: ['klantenservice'], grades: { V12: { hard: 'STARTKWALIFICATIE' } }, why: 'mist de startkwalificatie' },
  { key: 'v12-receptie', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'C1', talents: ['receptiewerk', 'telefoon-aannemen'], categoryWishes: ['klantenservice'], grades: { V12: 2 }, why: 'receptie: telefoon en klanten, ander systeem' },
  { key: 'v12-anders', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'B2', talents: ['metselen', 'bouwhulp'], categoryWishes: ['bouw'], grades: { V12: 0 }, why: 'bouw, geen klantenservice' },

  // V13 Administratief medewerker, Den Haag
  { key: 'v13-ideaal', placeName: 'Den Haag', maxTravelKm: 10, talents: ['administratief-werk', 'data-invoer', 'excel'], categoryWishes: ['administratie'], grades: { V13: 3 }, why: 'administratief medewerker' },
  { key: 'v13-half', placeName: 'Den Haag', maxTravelKm: 10, talents: ['data-invoer', 'typen'], categoryWishes: ['administratie'], grades: { V13: 2 }, why: 'data-invoer, de rest leert snel' },
  { key: 'v13-ervaring', placeName: 'Rijswijk', maxTravelKm: 10, talents: [], experience: [['administratief medewerker', 5]], grades: { V13: 3 }, why: '5 jaar administratief medewerker' },
  { key: 'v13-anders', placeName: 'Den Haag', maxTravelKm: 10, talents: ['schilderen', 'behangen'], categoryWishes: ['schilderen-afbouw'], grades: { V13: 0 }, why: 'schilder' },
  { key: 'v13-taal', placeName: 'Den Haag', maxTravelKm: 10, taalniveau: 'A2', talents: ['administratief-werk', 'data-invoer'], categoryWishes: ['administratie'], grades: { V13: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A2, gevraagd B1' },
  { key: 'v13-uren', placeName: 'Den Haag', maxTravelKm: 10, talents: ['administratief-werk', 'data-invoer'], categoryWishes: ['administratie'], hours: [12, 16], grades: { V13: 1 }, why: 'hooguit 16 van de 24-32 uur' },
  { key: 'v13-soft', placeName: 'Den Haag', maxTravelKm: 10, talents: ['nauwkeurig', 'computervaardigheden', 'microsoft-office'], categoryWishes: ['administratie'], grades: { V13: 1 }, why: 'kan met de computer, nog geen administratie gedaan' },

  // V14 Bouwhulp, Zoetermeer
  { key: 'v14-ideaal', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['bouwhulp', 'vca-basis', 'tillen'], categoryWishes: ['bouw'], grades: { V14: 3 }, why: 'opperman met VCA' },
  { key: 'v14-geenvca', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['bouwhulp', 'tillen'], categoryWishes: ['bouw'], grades: { V14: 2 }, why: 'opperman, VCA nog halen' },
  { key: 'v14-ervaring', placeName: 'Pijnacker', maxTravelKm: 10, talents: [], experience: [['opperman', 11]], hours: [36, 40], grades: { V14: 3 }, why: '11 jaar opperman' },
  { key: 'v14-half', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['bouwhulp', 'vca-basis'], categoryWishes: ['bouw'], hours: [16, 20], grades: { V14: 1 }, why: 'hooguit 20 van de 38-40 uur' },
  { key: 'v14-anders', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['kinderopvang'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V14: 0 }, why: 'kinderopvang' },
  { key: 'v14-verwant', placeName: 'Zoetermeer', maxTravelKm: 10, talents: ['sloopwerk', 'vca-basis'], categoryWishes: ['bouw'], grades: { V14: 2 }, why: 'sloper met VCA: bouwplaats kent hij' },
  { key: 'v14-inactief', placeName: 'Zoetermeer', maxTravelKm: 10, status: 'INACTIVE', talents: ['bouwhulp', 'vca-basis'], categoryWishes: ['bouw'], grades: { V14: { hard: 'ACTIVE' } }, why: 'staat niet actief' },

  // V15 Beveiliger, Den Haag
  { key: 'v15-ideaal', placeName: 'Den Haag', maxTravelKm: 10, talents: ['diploma-beveiliger', 'toegangscontrole'], categoryWishes: ['beveiliging'], grades: { V15: 3 }, why: 'gediplomeerd beveiliger' },
  { key: 'v15-ervaring', placeName: 'Den Haag', maxTravelKm: 10, talents: [], experience: [['beveiliger', 6]], grades: { V15: 3 }, why: '6 jaar beveiliger (dus diploma gehad)' },
  { key: 'v15-toezicht', placeName: 'Den Haag', maxTravelKm: 10, talents: ['toegangscontrole', 'cameratoezicht'], categoryWishes: ['beveiliging'], grades: { V15: 1 }, why: 'toezicht, maar zonder het wettelijk vereiste diploma' },
  { key: 'v15-anders', placeName: 'Den Haag', maxTravelKm: 10, talents: ['fastfood', 'bediening'], categoryWishes: ['horeca-bediening'], grades: { V15: 0, V21: 1 }, why: 'horeca' },
  { key: 'v15-zondersk', placeName: 'Den Haag', maxTravelKm: 10, age: 40, startkwalificatie: false, talents: ['diploma-beveiliger'], categoryWishes: ['beveiliging'], grades: { V15: { hard: 'STARTKWALIFICATIE' } }, why: 'mist startkwalificatie' },
  { key: 'v15-uren', placeName: 'Den Haag', maxTravelKm: 10, talents: ['diploma-beveiliger'], categoryWishes: ['beveiliging'], hours: [8, 16], grades: { V15: 1 }, why: 'hooguit 16 van de 32-40 uur' },
  { key: 'v15-verkeer', placeName: 'Den Haag', maxTravelKm: 10, talents: ['verkeersregelaar', 'evenementenbeveiliging'], categoryWishes: ['beveiliging'], grades: { V15: 1 }, why: 'evenementen, nog geen diploma beveiliger' },

  // V16 Pedagogisch medewerker BSO, Delft
  { key: 'v16-ideaal', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: ['buitenschoolse-opvang', 'omgaan-met-kinderen'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V16: 3 }, why: 'BSO-ervaring, B2' },
  { key: 'v16-kinderopvang', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: ['kinderopvang'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V16: 2 }, why: 'kinderopvang ligt dicht bij BSO' },
  { key: 'v16-ervaring', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: [], experience: [['pedagogisch medewerker', 7]], grades: { V16: 3 }, why: '7 jaar pedagogisch medewerker' },
  { key: 'v16-taal', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B1', talents: ['buitenschoolse-opvang'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V16: { hard: 'TAALNIVEAU' } }, why: 'taalniveau B1, gevraagd B2' },
  { key: 'v16-anders', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: ['autotechniek', 'banden-wisselen'], categoryWishes: ['automotive'], grades: { V16: 0 }, why: 'automonteur' },
  { key: 'v16-uren', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: ['buitenschoolse-opvang'], categoryWishes: ['onderwijs-kinderopvang'], hours: [32, 40], grades: { V16: 1 }, why: 'wil 32-40 uur, de baan is hooguit 20' },
  { key: 'v16-oppas', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'B2', talents: ['oppassen', 'omgaan-met-kinderen'], categoryWishes: ['onderwijs-kinderopvang'], grades: { V16: 2 }, why: 'oppas, kan met kinderen' },

  // V17 Leerwerkplek installatietechniek (BBL), Zoetermeer
  { key: 'v17-jong-wens', placeName: 'Zoetermeer', maxTravelKm: 10, age: 18, startkwalificatie: false, talents: ['technisch-inzicht'], categoryWishes: ['techniek-installatie'], grades: { V17: 3 }, why: 'doelgroep, technisch, wil installatietechniek' },
  { key: 'v17-jong-leeg', placeName: 'Zoetermeer', maxTravelKm: 10, age: 17, startkwalificatie: false, talents: [], grades: { V17: 2 }, why: 'doelgroep, nog geen talenten' },
  { key: 'v17-jong-fiets', placeName: 'Zoetermeer', maxTravelKm: 10, age: 20, startkwalificatie: false, talents: ['fietsen-repareren', 'gereedschap-gebruiken'], categoryWishes: ['automotive'], grades: { V17: 2 }, why: 'doelgroep, handig met gereedschap' },
  { key: 'v17-met-sk', placeName: 'Zoetermeer', maxTravelKm: 10, age: 30, startkwalificatie: true, talents: ['elektrotechniek'], categoryWishes: ['techniek-installatie'], grades: { V17: 1 }, why: 'heeft al een startkwalificatie' },
  { key: 'v17-ver', placeName: 'Gouda', maxTravelKm: 5, age: 19, startkwalificatie: false, talents: [], categoryWishes: ['techniek-installatie'], grades: { V17: { hard: 'TRAVEL_DISTANCE' }, V08: 1 }, why: 'wil max. 5 km reizen' },
  { key: 'v17-jong-ander', placeName: 'Zoetermeer', maxTravelKm: 10, age: 22, startkwalificatie: false, talents: ['kassawerk'], categoryWishes: ['detailhandel'], hours: [12, 24], grades: { V17: 1, V06: 3 }, why: 'doelgroep, maar wil de winkel in (en werkt al aan de kassa)' },
  { key: 'v17-beschikbaar', placeName: 'Zoetermeer', maxTravelKm: 10, age: 19, startkwalificatie: false, talents: [], categoryWishes: ['techniek-installatie'], availableInDays: 280, grades: { V17: { hard: 'AVAILABILITY' } }, why: 'pas over negen maanden beschikbaar' },

  // V18 Housekeeping hotel, Leiden
  { key: 'v18-ideaal', placeName: 'Leiden', maxTravelKm: 10, talents: ['housekeeping', 'schoonmaken'], categoryWishes: ['schoonmaak'], grades: { V18: 3 }, why: 'housekeeping' },
  { key: 'v18-schoon', placeName: 'Leiderdorp', maxTravelKm: 10, talents: ['schoonmaken', 'strijken'], categoryWishes: ['schoonmaak'], grades: { V18: 2 }, why: 'schoonmaker: hotelkamers leert snel' },
  { key: 'v18-ervaring', placeName: 'Leiden', maxTravelKm: 10, talents: [], experience: [['roomattendant', 3]], grades: { V18: 3 }, why: '3 jaar roomattendant' },
  { key: 'v18-half', placeName: 'Leiden', maxTravelKm: 10, talents: ['housekeeping'], categoryWishes: ['schoonmaak'], hours: [8, 12], grades: { V18: 1 }, why: 'hooguit 12 van de 24-32 uur' },
  { key: 'v18-anders', placeName: 'Leiden', maxTravelKm: 10, talents: ['kassawerk', 'verkoop'], categoryWishes: ['detailhandel'], grades: { V18: 0 }, why: 'winkel' },
  { key: 'v18-beschikbaar', placeName: 'Leiden', maxTravelKm: 10, talents: ['housekeeping'], categoryWishes: ['schoonmaak'], availableInDays: 270, grades: { V18: { hard: 'AVAILABILITY' } }, why: 'pas over negen maanden beschikbaar' },
  { key: 'v18-taal', placeName: 'Leiden', maxTravelKm: 10, taalniveau: 'A1', talents: ['housekeeping', 'schoonmaken'], categoryWishes: ['schoonmaak'], grades: { V18: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },

  // V19 Vakkenvuller (banenafspraak), Gouda
  { key: 'v19-ideaal', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, talents: ['vakkenvullen', 'prijzen-en-etiketteren'], categoryWishes: ['detailhandel'], grades: { V19: 3 }, why: 'vakkenvuller, register' },
  { key: 'v19-ervaring', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, talents: [], experience: [['vakkenvuller', 3]], grades: { V19: 3 }, why: '3 jaar vakkenvuller' },
  { key: 'v19-verwant', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, talents: ['orderpicken'], categoryWishes: ['detailhandel'], grades: { V19: 2 }, why: 'orderpicken ligt dicht bij vakkenvullen' },
  { key: 'v19-geenreg', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: false, talents: ['vakkenvullen'], categoryWishes: ['detailhandel'], grades: { V19: { hard: 'DOELGROEPREGISTER' } }, why: 'niet in het register' },
  { key: 'v19-anders', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, talents: ['haren-knippen'], categoryWishes: ['schoonheid-kapper'], grades: { V19: 0 }, why: 'kapper' },
  { key: 'v19-leeg', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, talents: [], grades: { V19: 1 }, why: 'leeg profiel in het register: navragen' },
  { key: 'v19-steun', placeName: 'Gouda', maxTravelKm: 10, banenafspraak: true, loonkostensubsidie: true, jobcoachNeeded: true, talents: ['vakkenvullen'], categoryWishes: ['detailhandel'], grades: { V19: 3 }, why: 'vakkenvuller, steun wordt geboden' },

  // V20 Heftruckchauffeur, Pijnacker
  { key: 'v20-ideaal', placeName: 'Pijnacker', maxTravelKm: 10, talents: ['heftruck', 'laden-en-lossen'], categoryWishes: ['logistiek'], grades: { V20: 3, V02: 2 }, why: 'heftruckchauffeur' },
  { key: 'v20-reach', placeName: 'Pijnacker', maxTravelKm: 10, talents: ['reachtruck'], categoryWishes: ['logistiek'], grades: { V20: 2, V02: 3 }, why: 'reachtruck: heftruck is een korte cursus' },
  { key: 'v20-ervaring', placeName: 'Zoetermeer', maxTravelKm: 10, talents: [], experience: [['heftruckchauffeur', 8]], grades: { V20: 3, V02: 2 }, why: '8 jaar heftruckchauffeur' },
  { key: 'v20-uren', placeName: 'Pijnacker', maxTravelKm: 10, talents: ['heftruck'], categoryWishes: ['logistiek'], hours: [16, 20], grades: { V20: 1, V02: 1 }, why: 'hooguit 20 van de 36-40 uur' },
  { key: 'v20-anders', placeName: 'Pijnacker', maxTravelKm: 10, talents: ['zorg', 'persoonlijke-verzorging'], categoryWishes: ['zorg-en-welzijn'], grades: { V20: 0 }, why: 'zorg' },
  { key: 'v20-taal', placeName: 'Pijnacker', maxTravelKm: 10, taalniveau: 'A1', talents: ['heftruck'], categoryWishes: ['logistiek'], grades: { V20: { hard: 'TAALNIVEAU' }, V02: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },
  { key: 'v20-epw', placeName: 'Pijnacker', maxTravelKm: 10, talents: ['elektrische-pompwagen', 'orderpicken'], categoryWishes: ['logistiek'], grades: { V20: 1, V02: 1 }, why: 'magazijn, nog geen heftruck' },

  // V21 Bediening restaurant, Delft
  { key: 'v21-ideaal', placeName: 'Delft', maxTravelKm: 10, talents: ['bediening', 'barista'], categoryWishes: ['horeca-bediening'], grades: { V21: 3 }, why: 'bediening' },
  { key: 'v21-ervaring', placeName: 'Delft', maxTravelKm: 10, talents: [], experience: [['serveerster', 4]], grades: { V21: 3 }, why: '4 jaar serveerster' },
  { key: 'v21-verwant', placeName: 'Delft', maxTravelKm: 10, talents: ['barwerk', 'gastvrijheid'], categoryWishes: ['horeca-bediening'], grades: { V21: 2 }, why: 'bar en gastvrijheid' },
  { key: 'v21-kassa', placeName: 'Delft', maxTravelKm: 10, talents: ['kassawerk', 'klantvriendelijk'], categoryWishes: ['horeca-bediening'], grades: { V21: 1 }, why: 'klantvriendelijk, wil horeca' },
  { key: 'v21-anders', placeName: 'Delft', maxTravelKm: 10, talents: ['lassen'], categoryWishes: ['metaal'], grades: { V21: 0 }, why: 'lasser' },
  { key: 'v21-taal', placeName: 'Delft', maxTravelKm: 10, taalniveau: 'A1', talents: ['bediening'], categoryWishes: ['horeca-bediening'], grades: { V21: { hard: 'TAALNIVEAU' } }, why: 'taalniveau A1, gevraagd A2' },
  { key: 'v21-uren', placeName: 'Delft', maxTravelKm: 10, talents: ['bediening'], categoryWishes: ['horeca-bediening'], hours: [36, 40], grades: { V21: 1 }, why: 'wil 36-40 uur, de baan is hooguit 24' },

  // V22 Vrachtwagenchauffeur, Rijswijk
  { key: 'v22-ideaal', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B', 'C'], talents: ['chauffeurswerk', 'code-95', 'ladingzekering'], categoryWishes: ['transport'], grades: { V22: 3, V09: 1 }, why: 'chauffeur met C en code 95' },
  { key: 'v22-geen95', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B', 'C'], talents: ['chauffeurswerk'], categoryWishes: ['transport'], grades: { V22: 2, V09: 1 }, why: 'chauffeur, code 95 nog halen' },
  { key: 'v22-ervaring', placeName: 'Den Haag', maxTravelKm: 10, rijbewijs: ['B', 'CE'], talents: [], experience: [['vrachtwagenchauffeur', 20]], grades: { V22: 3, V09: 1 }, why: '20 jaar vrachtwagenchauffeur' },
  { key: 'v22-geenc', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B'], talents: ['chauffeurswerk', 'code-95'], categoryWishes: ['transport'], grades: { V22: { hard: 'RIJBEWIJS' }, V09: 1 }, why: 'geen rijbewijs C' },
  { key: 'v22-bijrijder', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B', 'C'], talents: ['bijrijder', 'laden-en-lossen'], categoryWishes: ['transport'], grades: { V22: 1, V20: 1 }, why: 'bijrijder met C: kan doorgroeien' },
  { key: 'v22-anders', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B'], talents: ['boekhouden'], categoryWishes: ['financieel'], grades: { V22: 0 }, why: 'boekhouder' },
  { key: 'v22-bus', placeName: 'Rijswijk', maxTravelKm: 10, rijbewijs: ['B', 'D'], talents: ['personenvervoer'], categoryWishes: ['transport'], grades: { V22: { hard: 'RIJBEWIJS' } }, why: 'buschauffeur, geen C' },

  // Others in the region: work no vacancy here asks for (graded 0 everywhere).
  { key: 'x-kapper', placeName: 'Zoetermeer', talents: ['haren-knippen', 'klantvriendelijk', 'punctueel'], categoryWishes: ['schoonheid-kapper'], hours: [24, 32], grades: {}, why: 'kapper' },
  { key: 'x-ict', placeName: 'Delft', talents: ['programmeren', 'systeembeheer'], categoryWishes: ['ict'], hours: [32, 40], grades: {}, why: 'ICT' },
  { key: 'x-agrarisch', placeName: 'Pijnacker', talents: ['glastuinbouw', 'oogsten', 'tillen'], categoryWishes: ['agrarisch'], hours: [36, 40], grades: {}, why: 'kas' },
  { key: 'x-kunst', placeName: 'Leiden', talents: ['fotografie', 'grafisch-ontwerp'], categoryWishes: ['kunst-cultuur'], hours: [16, 24], grades: {}, why: 'fotograaf' },
  { key: 'x-marketing', placeName: 'Den Haag', talents: ['social-media', 'online-marketing', 'communicatief-vaardig'], categoryWishes: ['marketing'], hours: [24, 32], grades: {}, why: 'marketing' },
  { key: 'x-financieel', placeName: 'Rijswijk', talents: ['boekhouden', 'facturatie', 'nauwkeurig'], categoryWishes: ['financieel'], hours: [24, 32], grades: {}, why: 'boekhouder' },
  { key: 'x-hr', placeName: 'Zoetermeer', talents: ['werving-en-selectie', 'personeelsadministratie'], categoryWishes: ['hr'], hours: [24, 32], grades: {}, why: 'HR' },
  { key: 'x-sport', placeName: 'Gouda', talents: ['sportinstructie', 'fitness'], categoryWishes: ['sport-recreatie'], hours: [16, 24], grades: {}, why: 'sportinstructeur' },
  { key: 'x-lassen', placeName: 'Alphen aan den Rijn', talents: ['lassen', 'mig-mag-lassen', 'plaatwerk'], categoryWishes: ['metaal'], hours: [38, 40], grades: {}, why: 'lasser' },
  { key: 'x-auto', placeName: 'Delft', talents: ['autotechniek', 'apk-keuren'], categoryWishes: ['automotive'], hours: [36, 40], grades: {}, why: 'automonteur' },
  { key: 'x-soft1', placeName: 'Zoetermeer', talents: ['punctueel', 'samenwerken', 'flexibel', 'betrouwbaar', 'klantvriendelijk'], categoryWishes: ['kunst-cultuur'], hours: [20, 32], grades: {}, why: 'alleen werkhouding, wil kunst' },
  { key: 'x-soft2', placeName: 'Den Haag', talents: ['stressbestendig', 'zelfstandig-werken', 'nauwkeurig'], categoryWishes: ['ict'], hours: [24, 32], grades: {}, why: 'alleen werkhouding, wil ICT' },
  { key: 'x-soft3', placeName: 'Leiden', talents: ['gemotiveerd', 'leergierig', 'klantvriendelijk'], categoryWishes: ['sport-recreatie'], hours: [24, 32], grades: {}, why: 'alleen werkhouding, wil sport' },
  { key: 'x-kapper2', placeName: 'Delft', talents: ['barbier', 'haren-knippen'], categoryWishes: ['schoonheid-kapper'], hours: [32, 40], grades: {}, why: 'barbier' },
  { key: 'x-dieren', placeName: 'Wassenaar', talents: ['dierenverzorging', 'paardenverzorging'], categoryWishes: ['agrarisch'], hours: [24, 32], grades: {}, why: 'dierenverzorger' },
  { key: 'x-tandarts', placeName: 'Gouda', talents: ['tandartsassistent'], categoryWishes: ['zorg-en-welzijn'], hours: [24, 32], grades: { V08: 1 }, why: 'tandartsassistent: al startkwalificatie, geen leerwerkplek' },
  { key: 'x-muziek', placeName: 'Alphen aan den Rijn', talents: ['muziek', 'theatertechniek'], categoryWishes: ['kunst-cultuur'], hours: [16, 24], grades: {}, why: 'muzikant' },
  { key: 'x-it-jong', placeName: 'Zoetermeer', age: 24, startkwalificatie: true, talents: ['pc-reparatie', 'servicedesk'], categoryWishes: ['ict'], hours: [32, 40], grades: {}, why: 'jong met startkwalificatie, ICT' },
  { key: 'x-kas2', placeName: 'Leiden', talents: ['bollenteelt', 'stekken'], categoryWishes: ['agrarisch'], hours: [32, 40], grades: {}, why: 'bollenteelt' },
  { key: 'x-nagel', placeName: 'Den Haag', talents: ['nagelstyling', 'visagie'], categoryWishes: ['schoonheid-kapper'], hours: [16, 24], grades: {}, why: 'nagelstyliste' },
];

/** The judgement of a pair; 0 when not listed. */
export function judgement(vacancyKey: string, candidate: JudgedCandidate): Judgement {
  return candidate.grades[vacancyKey] ?? 0;
}

export function isHard(j: Judgement): j is { hard: HardRequirement } {
  return typeof j === 'object';
}

/** The grade used for ranking: a hard pair counts 0 (it must not be ranked at all). */
export function gain(j: Judgement): Grade {
  return isHard(j) ? 0 : j;
}
