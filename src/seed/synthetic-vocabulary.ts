/**
 * Word lists for the synthetic data: job titles, employer names, people's names and sentence parts.
 * Talent codes here are hints; the generator drops any code that is not in TALENTS, so the reference list can
 * change without breaking the generator.
 */

export interface JobTitle {
  title: string;
  /** Talent codes this job typically asks for (the first ones become required talents). */
  talents: readonly string[];
  /** Driving licence the job needs (most of the time). */
  rijbewijs?: readonly string[];
}

const t = (title: string, talents: string[], rijbewijs?: string[]): JobTitle => ({ title, talents, rijbewijs });

/** Entry-level and mid-level job titles per category code. */
export const JOB_TITLES: Readonly<Record<string, readonly JobTitle[]>> = {
  logistiek: [
    t('Magazijnmedewerker', ['magazijnwerk', 'orderpicken', 'scanner-gebruiken']),
    t('Orderpicker', ['orderpicken', 'voice-picking', 'elektrische-pompwagen']),
    t('Heftruckchauffeur', ['heftruck', 'laden-en-lossen']),
    t('Reachtruckchauffeur', ['reachtruck', 'magazijnwerk']),
    t('Medewerker expeditie', ['expeditie', 'laden-en-lossen', 'ladingzekering']),
    t('Medewerker goederenontvangst', ['goederenontvangst', 'scanner-gebruiken']),
    t('Inpakker', ['inpakken', 'werken-in-hoog-tempo']),
    t('Medewerker retourverwerking', ['retourverwerking', 'sorteren']),
    t('Voorraadbeheerder', ['voorraadbeheer', 'scanner-gebruiken']),
    t('Medewerker fulfilment', ['bestellingen-verwerken', 'webshop', 'inpakken']),
  ],
  transport: [
    t('Chauffeur bestelbus', ['chauffeurswerk', 'routeplanning'], ['B']),
    t('Vrachtwagenchauffeur', ['chauffeurswerk', 'code-95', 'ladingzekering'], ['C', 'CE']),
    t('Bijrijder', ['bijrijder', 'laden-en-lossen']),
    t('Chauffeur personenvervoer', ['personenvervoer'], ['B']),
    t('Verhuizer', ['verhuizen', 'laden-en-lossen']),
    t('Medewerker afvalinzameling', ['afvalinzameling', 'bijrijder']),
    t('Verkeersregelaar', ['verkeersregelaar']),
    t('Planner transport', ['transportplanning', 'plannen']),
  ],
  bezorging: [
    t('Pakketbezorger', ['pakketbezorging', 'routeplanning'], ['B']),
    t('Maaltijdbezorger', ['maaltijdbezorging'], ['AM']),
    t('Postbezorger', ['postbezorging']),
    t('Krantenbezorger', ['krantenbezorging']),
    t('Koerier', ['koerierswerk', 'routeplanning'], ['B']),
  ],
  schoonmaak: [
    t('Schoonmaker', ['schoonmaken', 'sanitair-reinigen']),
    t('Schoonmaakmedewerker kantoren', ['kantoorschoonmaak', 'schoonmaken']),
    t('Glazenwasser', ['glazenwassen']),
    t('Medewerker housekeeping', ['housekeeping', 'schoonmaken']),
    t('Medewerker industriële reiniging', ['industriele-reiniging']),
    t('Huishoudelijke hulp', ['huishoudelijke-hulp', 'schoonmaken']),
    t('Bouwschoonmaker', ['bouwschoonmaak']),
    t('Medewerker wasserij', ['wasserij', 'strijken']),
  ],
  facilitair: [
    t('Facilitair medewerker', ['klussen', 'technisch-onderhoud']),
    t('Kantinemedewerker', ['kantinewerk']),
    t('Receptionist', ['receptiewerk']),
    t('Medewerker postkamer', ['postverwerking']),
    t('Conciërge', ['klussen', 'toegangscontrole']),
  ],
  'horeca-keuken': [
    t('Keukenhulp', ['keukenhulp', 'afwassen']),
    t('Afwasser', ['afwassen']),
    t('Kok', ['koken', 'mise-en-place', 'haccp']),
    t('Medewerker grootkeuken', ['grootkeuken', 'haccp']),
    t('Pizzabakker', ['pizza-bakken']),
    t('Medewerker fastfood', ['fastfood', 'frituren']),
    t('Cateringmedewerker', ['catering', 'broodjes-maken']),
  ],
  'horeca-bediening': [
    t('Medewerker bediening', ['bediening', 'gastvrijheid']),
    t('Barmedewerker', ['barwerk']),
    t('Barista', ['barista']),
    t('Gastheer/gastvrouw', ['gastvrijheid', 'klantvriendelijk']),
    t('Medewerker ontbijtservice', ['ontbijtservice']),
    t('Medewerker banqueting', ['banqueting', 'afruimen']),
  ],
  detailhandel: [
    t('Kassamedewerker', ['kassawerk', 'klantvriendelijk']),
    t('Vakkenvuller', ['vakkenvullen']),
    t('Verkoopmedewerker', ['verkoop', 'klantadvies']),
    t('Medewerker versafdeling', ['versafdeling']),
    t('Winkelmedewerker', ['winkelwerk', 'kassawerk']),
    t('Medewerker kringloopwinkel', ['kringloop', 'winkelwerk']),
    t('Verkoopmedewerker tuincentrum', ['tuincentrum', 'planten-verzorgen']),
    t('Medewerker slagerij', ['slagerij']),
    t('Drogisterijmedewerker', ['drogisterij', 'klantadvies']),
  ],
  klantenservice: [
    t('Klantenservicemedewerker', ['klantcontact', 'telefoneren']),
    t('Medewerker klantcontact', ['klantcontact', 'chat-en-e-mail']),
    t('Baliemedewerker', ['klantgericht', 'afspraken-inplannen']),
    t('Medewerker klachtenafhandeling', ['klachtafhandeling', 'klantcontact']),
    t('Servicedeskmedewerker', ['servicedesk']),
  ],
  callcenter: [
    t('Callcentermedewerker', ['telefoneren', 'klantcontact']),
    t('Telefonisch verkoper', ['telefonische-verkoop', 'commercieel']),
    t('Enquêteur', ['enqueteren']),
    t('Medewerker inbound', ['klachtafhandeling', 'crm-systemen']),
  ],
  administratie: [
    t('Administratief medewerker', ['administratief-werk', 'microsoft-office']),
    t('Medewerker data-invoer', ['data-invoer', 'typen']),
    t('Secretaresse', ['secretariaat', 'correspondentie']),
    t('Medewerker archief', ['archiveren']),
    t('Medewerker postverwerking', ['postverwerking', 'administratief-werk']),
    t('Planner', ['plannen', 'afspraken-inplannen']),
  ],
  financieel: [
    t('Medewerker crediteurenadministratie', ['crediteurenadministratie']),
    t('Medewerker debiteurenbeheer', ['debiteurenbeheer']),
    t('Boekhouder', ['boekhouden', 'boekhoudsoftware']),
    t('Salarisadministrateur', ['salarisadministratie']),
  ],
  hr: [
    t('Medewerker personeelsadministratie', ['personeelsadministratie']),
    t('Intercedent', ['uitzendbemiddeling', 'werving-en-selectie']),
    t('Recruiter', ['werving-en-selectie']),
  ],
  marketing: [
    t('Promotiemedewerker', ['promotiewerk']),
    t('Medewerker social media', ['social-media', 'online-marketing']),
    t('Straatwerver', ['straatwerving']),
    t('Medewerker communicatie', ['communicatiewerk', 'teksten-schrijven']),
  ],
  ict: [
    t('Helpdeskmedewerker', ['servicedesk', 'computervaardigheden']),
    t('Systeembeheerder', ['systeembeheer', 'netwerkbeheer']),
    t('Softwaretester', ['softwaretesten']),
    t('Medewerker pc-reparatie', ['pc-reparatie']),
    t('Telefoonreparateur', ['telefoonreparatie']),
  ],
  overheid: [
    t('Handhaver', ['handhaving']),
    t('Medewerker burgerzaken', ['burgerzaken']),
    t('Medewerker vergunningen', ['vergunningen']),
    t('Beleidsondersteuner', ['beleidsondersteuning']),
  ],
  'zorg-en-welzijn': [
    t('Zorghulp', ['huishoudelijke-hulp', 'zorg']),
    t('Helpende zorg en welzijn', ['helpende-zorg-en-welzijn', 'persoonlijke-verzorging']),
    t('Verzorgende IG', ['verzorgende-ig', 'persoonlijke-verzorging']),
    t('Medewerker thuiszorg', ['thuiszorg', 'huishoudelijke-hulp']),
    t('Activiteitenbegeleider', ['activiteitenbegeleiding']),
    t('Woonbegeleider', ['woonbegeleiding', 'clientbegeleiding']),
    t('Voedingsassistent', ['voedingsassistent', 'maaltijden-verzorgen']),
    t('Medewerker huishouding', ['huishoudelijke-hulp', 'desinfecteren']),
    t('Kraamverzorgende', ['kraamzorg']),
  ],
  'onderwijs-kinderopvang': [
    t('Pedagogisch medewerker', ['kinderopvang', 'omgaan-met-kinderen']),
    t('Medewerker BSO', ['buitenschoolse-opvang']),
    t('Overblijfmedewerker', ['overblijfmedewerker']),
    t('Onderwijsassistent', ['onderwijsassistent']),
    t('Huiswerkbegeleider', ['huiswerkbegeleiding']),
  ],
  'schoonheid-kapper': [
    t('Kapper', ['haren-knippen']),
    t('Barbier', ['barbier']),
    t('Schoonheidsspecialist', ['schoonheidsverzorging']),
    t('Nagelstylist', ['nagelstyling']),
    t('Pedicure', ['pedicure']),
  ],
  'sport-recreatie': [
    t('Medewerker recreatie', ['recreatiewerk']),
    t('Sportinstructeur', ['sportinstructie']),
    t('Zwembadmedewerker', ['zwembadtoezicht']),
    t('Fitnessinstructeur', ['fitness']),
    t('Dierenverzorger', ['dierenverzorging']),
    t('Medewerker manege', ['paardenverzorging']),
  ],
  'kunst-cultuur': [
    t('Suppoost', ['suppoost']),
    t('Medewerker kaartverkoop', ['kaartverkoop']),
    t('Theatertechnicus', ['theatertechniek']),
    t('Rondleider', ['rondleidingen-geven']),
  ],
  beveiliging: [
    t('Beveiliger', ['beveiligen', 'diploma-beveiliger']),
    t('Evenementenbeveiliger', ['evenementenbeveiliging']),
    t('Toegangscontroleur', ['toegangscontrole']),
    t('Winkelsurveillant', ['winkelsurveillance']),
    t('Brandwacht', ['brandwacht']),
    t('Cameratoezichthouder', ['cameratoezicht']),
  ],
  bouw: [
    t('Bouwplaatsmedewerker', ['bouwhulp', 'gereedschap-gebruiken', 'vca-basis']),
    t('Timmerman', ['timmeren']),
    t('Metselaar', ['metselen']),
    t('Stratenmaker', ['bestraten']),
    t('Steigerbouwer', ['steigerbouw', 'werken-op-hoogte']),
    t('Dakdekker', ['dakdekken', 'werken-op-hoogte']),
    t('Sloopmedewerker', ['sloopwerk']),
    t('Grondwerker', ['grondverzet']),
  ],
  'schilderen-afbouw': [
    t('Schilder', ['schilderen']),
    t('Stukadoor', ['stukadoren']),
    t('Tegelzetter', ['tegelzetten']),
    t('Medewerker afbouw', ['droogbouw']),
    t('Vloerenlegger', ['vloeren-leggen']),
  ],
  'techniek-installatie': [
    t('Monteur installatietechniek', ['monteren', 'cv-installaties']),
    t('Elektromonteur', ['elektrotechniek', 'nen-3140']),
    t('Loodgieter', ['loodgieterswerk']),
    t('Monteur zonnepanelen', ['zonnepanelen', 'werken-op-hoogte']),
    t('Servicemonteur', ['technisch-onderhoud', 'technisch-inzicht'], ['B']),
    t('Hulpmonteur', ['gereedschap-gebruiken', 'monteren']),
  ],
  metaal: [
    t('Lasser', ['lassen', 'mig-mag-lassen']),
    t('Plaatwerker', ['plaatwerk']),
    t('CNC-operator', ['cnc-verspanen']),
    t('Constructiewerker', ['metaalconstructie']),
    t('Metaalbewerker', ['metaalbewerking']),
    t('Bankwerker', ['bankwerken']),
  ],
  automotive: [
    t('Autotechnicus', ['autotechniek']),
    t('Fietsenmaker', ['fietsen-repareren']),
    t('Bandenmonteur', ['banden-wisselen']),
    t('Autopoetser', ['autopoetsen']),
    t('Autospuiter', ['autospuiten']),
    t('Schadehersteller', ['schadeherstel']),
  ],
  productie: [
    t('Productiemedewerker', ['productiewerk', 'machinebediening']),
    t('Operator', ['procesoperator', 'machinebediening']),
    t('Inpakmedewerker', ['inpakken', 'werken-in-hoog-tempo']),
    t('Assemblagemedewerker', ['assembleren']),
    t('Medewerker kwaliteitscontrole', ['kwaliteitscontrole']),
    t('Machinebediende', ['machinebediening']),
    t('Medewerker drukkerij', ['drukkerij']),
  ],
  voedselproductie: [
    t('Productiemedewerker food', ['voedselverwerking', 'hygienisch-werken']),
    t('Medewerker bakkerij', ['bakken']),
    t('Banketbakker', ['patisserie']),
    t('Slager', ['slagerij', 'vleesverwerking']),
    t('Medewerker visverwerking', ['visverwerking']),
    t('Medewerker vleesverwerking', ['vleesverwerking', 'werken-in-de-kou']),
  ],
  'hout-meubel': [
    t('Medewerker houtbewerking', ['houtbewerking', 'timmeren']),
    t('Meubelmaker', ['houtbewerking', 'meubelmontage']),
    t('Stoffeerder', ['stofferen']),
    t('Keukenmonteur', ['keukenmontage']),
  ],
  groen: [
    t('Hovenier', ['hovenierswerk', 'tuinonderhoud']),
    t('Medewerker groenvoorziening', ['groenvoorziening', 'maaien']),
    t('Boomverzorger', ['boomverzorging', 'motorzaag']),
    t('Tuinman', ['tuinonderhoud', 'onkruid-wieden']),
    t('Medewerker openbaar groen', ['groenvoorziening', 'zwerfafval-opruimen']),
  ],
  agrarisch: [
    t('Medewerker glastuinbouw', ['glastuinbouw', 'oogsten']),
    t('Oogstmedewerker', ['oogsten']),
    t('Medewerker bollenteelt', ['bollenteelt']),
    t('Medewerker kwekerij', ['stekken', 'planten-verzorgen']),
    t('Medewerker veehouderij', ['veehouderij', 'dierenverzorging']),
  ],
};

/** Generic titles for a category without its own list (the reference data may grow). */
export function fallbackTitles(categoryLabel: string): JobTitle[] {
  return [t(`Medewerker ${categoryLabel.toLowerCase()}`, [])];
}

/**
 * How often a category occurs, for vacancies and for candidates' beroepswensen: entry-level work dominates the
 * WSP's caseload. Categories not listed weigh 1.
 */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  logistiek: 12,
  transport: 4,
  bezorging: 4,
  schoonmaak: 8,
  facilitair: 4,
  'horeca-keuken': 6,
  'horeca-bediening': 6,
  detailhandel: 10,
  klantenservice: 4,
  callcenter: 3,
  administratie: 5,
  financieel: 1.5,
  hr: 1,
  marketing: 1,
  ict: 1.5,
  overheid: 1,
  'zorg-en-welzijn': 9,
  'onderwijs-kinderopvang': 3,
  'schoonheid-kapper': 1,
  'sport-recreatie': 1.5,
  'kunst-cultuur': 0.5,
  beveiliging: 3,
  bouw: 4,
  'schilderen-afbouw': 2,
  'techniek-installatie': 3,
  metaal: 2,
  automotive: 2,
  productie: 7,
  voedselproductie: 3,
  'hout-meubel': 1,
  groen: 4,
  agrarisch: 2.5,
};

/**
 * Employer name patterns per category: {P} place, {N} family name, {W} a house-style name, {R} a region name.
 */
export const EMPLOYER_NAME_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  logistiek: ['Logistiek Centrum {P} BV', '{N} Logistiek', 'Distributiecentrum {P}', '{N} Warehousing BV', 'Opslag & Distributie {R}', '{R} Fulfilment BV'],
  transport: ['Transportbedrijf {N}', '{N} Transport BV', 'Taxicentrale {P}', 'Verhuisbedrijf {N}', '{R} Personenvervoer', 'Afvalservice {R}'],
  bezorging: ['Bezorgdienst {P}', 'Pakketservice {R}', '{N} Koeriers', 'Maaltijdservice {P}', 'Krantenbezorging {R}'],
  schoonmaak: ['Schoonmaakbedrijf {N}', '{N} Schoonmaakdiensten', 'Glazenwasserij {N}', 'Schoonmaakdienst {R} BV', 'Clean & Care {P}'],
  facilitair: ['Facilitair Bedrijf {P}', '{N} Facility Services', 'Facilitaire Dienst {R}', 'Bedrijfscatering {N}'],
  'horeca-keuken': ['Restaurant {W}', 'Eetcafé {N}', 'Cateringbedrijf {N}', 'Brasserie {W}', 'Lunchroom {W}', 'Partycentrum {N}'],
  'horeca-bediening': ['Hotel {P}', 'Strandpaviljoen {W}', 'Café-Restaurant {W}', 'Grand Café {P}', 'Brasserie {N}', 'Hotel-Restaurant {W}'],
  detailhandel: ['Supermarkt {N}', 'Bakkerij {N}', '{N} Mode', 'Tuincentrum {N}', 'Bouwmarkt {P}', 'Drogisterij {N}', 'Kringloopwinkel {P}', 'Slagerij {N}', 'Warenhuis {W}'],
  klantenservice: ['Klantcontactcentrum {R}', '{N} Service Center', 'Woningcorporatie {W}', 'Verzekeringskantoor {N}'],
  callcenter: ['Callcenter {P}', '{R} Contact BV', 'Teleservice {N}'],
  administratie: ['Administratiekantoor {N}', '{N} & Partners', 'Kantoorservice {P}', 'Notariskantoor {N}'],
  financieel: ['Accountantskantoor {N}', '{N} Financieel Advies', 'Belastingadvies {N}'],
  hr: ['Uitzendbureau {N}', '{R} Personeelsdiensten', 'Werving & Selectie {N}'],
  marketing: ['Reclamebureau {W}', '{N} Communicatie', 'Mediabureau {P}'],
  ict: ['{N} ICT', 'Computerservice {P}', '{R} IT Solutions BV', 'PC Hulp {P}'],
  overheid: ['Omgevingsdienst {R}', 'Belastingsamenwerking {R}', 'Gemeentewerken {P}', 'Werkplein {P}'],
  'zorg-en-welzijn': ['Zorggroep {W}', 'Thuiszorg {R}', 'Woonzorgcentrum {W}', 'Stichting {W}', 'Kraamzorg {N}', 'Welzijn {P}'],
  'onderwijs-kinderopvang': ['Kinderopvang {W}', 'Kinderdagverblijf {W}', 'BSO {W}', 'Basisschool {W}'],
  'schoonheid-kapper': ['Kapsalon {W}', 'Hair & Beauty {N}', 'Schoonheidssalon {W}', 'Barbershop {P}'],
  'sport-recreatie': ['Sportcentrum {P}', 'Zwembad {W}', 'Fitness {P}', 'Recreatiepark {W}', 'Manege {N}'],
  'kunst-cultuur': ['Theater {W}', 'Museum {P}', 'Muziekschool {P}', 'Cultuurhuis {W}'],
  beveiliging: ['{N} Security', 'Beveiligingsbedrijf {R}', '{R} Beveiliging BV', 'Evenementenbeveiliging {N}'],
  bouw: ['Bouwbedrijf {N}', 'Aannemersbedrijf {N} BV', '{N} Bouw & Onderhoud', 'Steigerbouw {R}', 'Dakdekkersbedrijf {N}', 'Stratenmakersbedrijf {N}'],
  'schilderen-afbouw': ['Schildersbedrijf {N}', '{N} Afbouw', 'Stukadoorsbedrijf {N}', 'Tegelzetbedrijf {N}'],
  'techniek-installatie': ['Installatiebedrijf {N}', '{N} Installatietechniek BV', 'Elektrotechniek {R}', 'Loodgietersbedrijf {N}', '{N} Klimaattechniek'],
  metaal: ['Metaalbewerking {N}', '{N} Constructie BV', 'Lasbedrijf {N}', 'Staalbouw {R}', 'CNC Techniek {P}'],
  automotive: ['Autobedrijf {N}', 'Garage {N}', 'Fietsenmaker {N}', 'Autoschade {P}', 'Bandenservice {R}'],
  productie: ['{N} Productie BV', 'Verpakkingsindustrie {R}', 'Kunststoffabriek {N}', '{N} Industries', 'Drukkerij {N}', 'Sociaal Werkbedrijf {R}'],
  voedselproductie: ['Bakkerij {N}', 'Vleeswarenfabriek {N}', 'Visverwerking {P}', '{N} Foods BV', 'Banketbakkerij {N}'],
  'hout-meubel': ['Timmerfabriek {N}', 'Meubelmakerij {N}', '{N} Interieurbouw', 'Keukencentrum {P}'],
  groen: ['Hoveniersbedrijf {N}', 'Groenvoorziening {R}', '{N} Tuinen', 'Boomverzorging {N}', 'Groenbedrijf {P}'],
  agrarisch: ['Kwekerij {N}', 'Tuinderij {N}', 'Bollenkwekerij {N}', 'Glastuinbouw {N} BV', 'Zorgboerderij {W}'],
};

export const GENERIC_EMPLOYER_TEMPLATES: readonly string[] = ['{N} BV', '{N} & Zonen', 'Bedrijf {W}'];

/** Family names as used in company names ("Bakkerij Van Dijk"). */
export const COMPANY_FAMILY_NAMES: readonly string[] = [
  'Van Dijk', 'De Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'De Groot', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf',
  'Van der Meer', 'Van der Linden', 'Kok', 'Jacobs', 'De Haan', 'Vermeulen', 'Van den Berg', 'Van der Heijden',
  'Schouten', 'Van Beek', 'Willems', 'Van Vliet', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'Prins', 'Blom',
  'Huisman', 'Kuipers', 'Van Wijk', 'Post', 'Kramer', 'Van der Wal', 'Vonk', 'Verbeek', 'Hermans', 'Zwart',
  'Van Rijn', 'Van Zanten', 'Groenewegen', 'Van der Zwet', 'Van Egmond', 'Van Duijn', 'Zonneveld', 'Van Kampen',
  'Kortekaas', 'Ouwehand', 'Van der Plas', 'Van Velzen', 'Hoogeveen', 'Verkerk', 'Van Wijngaarden', 'Yilmaz',
  'El Amrani', 'Ramdin', 'Nowak',
];

/** House-style names for care homes, schools, restaurants ("Zorggroep Het Anker"). */
export const HOUSE_NAMES: readonly string[] = [
  'Het Anker', 'De Linde', 'De Wilgenhof', 'Het Baken', 'De Regenboog', 'Rijnhove', 'De Eik', 'Het Palet',
  'De Horizon', 'Duinzicht', 'Groenoord', 'De Vlinder', 'Het Kompas', 'De Zonnebloem', 'De Molen', 'Het Veerhuis',
  'De Gouden Leeuw', 'De Posthoorn', 'Het Wapen', 'De Zeemeeuw', 'Het Zonnehuis', 'De Driehoek', 'De Boomgaard',
  'Rijnstroom', 'De Vaart', 'Het Haagse Hof', 'Meerzicht', 'De Brug', 'Het Klaverblad', 'De Hoeksteen',
];

export const REGION_NAMES: readonly string[] = [
  'Rijnland', 'Haaglanden', 'Groene Hart', 'Duin- en Bollenstreek', 'Zuid-Holland', 'Randstad', 'Holland Rijnland',
  'Delfland', 'Midden-Holland', 'Rijn en Duin',
];

/** First names and family names by background, to reflect the mix of the Dutch population. */
export interface NameGroup {
  male: readonly string[];
  female: readonly string[];
  last: readonly string[];
  /** Female form of family names where the language has one (Polish -ski/-ska). */
  lastFemale?: readonly string[];
}

export const NAME_GROUPS: Readonly<Record<string, NameGroup>> = {
  dutch: {
    male: ['Jan', 'Peter', 'Mark', 'Kees', 'Henk', 'Sander', 'Dennis', 'Bas', 'Ruud', 'Thomas', 'Tim', 'Kevin', 'Jeroen', 'Wim', 'Gerrit', 'Rob', 'Erik', 'Martijn', 'Daan', 'Sem', 'Lars', 'Niels', 'Patrick', 'Marco', 'Johan', 'Frank', 'Rick', 'Stefan'],
    female: ['Anna', 'Maria', 'Linda', 'Sandra', 'Monique', 'Ingrid', 'Esther', 'Marieke', 'Sanne', 'Lisa', 'Emma', 'Fleur', 'Anouk', 'Petra', 'Wendy', 'Karin', 'Ellen', 'Ria', 'Annemiek', 'Joyce', 'Kim', 'Chantal', 'Naomi', 'Iris', 'Bianca', 'Nicole', 'Manon', 'Tamara'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Zonneveld', 'van Egmond', 'Ouwehand', 'Groenewegen', 'van der Zwet', 'Kortekaas', 'van Rijn', 'Verkerk'],
  },
  moroccan: {
    male: ['Mohamed', 'Youssef', 'Ahmed', 'Mustafa', 'Said', 'Karim', 'Soufiane', 'Bilal', 'Hamza', 'Anouar', 'Rachid', 'Nordin', 'Ayoub', 'Ilias'],
    female: ['Fatima', 'Khadija', 'Naima', 'Samira', 'Malika', 'Hanan', 'Yasmina', 'Nora', 'Sara', 'Imane', 'Salma', 'Loubna', 'Houda', 'Ikram'],
    last: ['El Amrani', 'Bouzid', 'El Idrissi', 'Benali', 'Azzouzi', 'Bakkali', 'El Khatib', 'Ouali', 'Amrani', 'Boukhari', 'El Haddaoui', 'Tahiri', 'Ait Said', 'Achahbar', 'El Ouardi', 'Mansouri'],
  },
  turkish: {
    male: ['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Hasan', 'Huseyin', 'Murat', 'Kemal', 'Can', 'Yusuf', 'Serkan', 'Onur', 'Ali'],
    female: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Esra', 'Merve', 'Büşra', 'Derya', 'Özlem', 'Selin', 'Aylin', 'Gül'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç', 'Kılıç', 'Aslan', 'Polat', 'Erdoğan', 'Güneş', 'Kurt'],
  },
  surinamese: {
    male: ['Ravi', 'Rajesh', 'Sunil', 'Jerrel', 'Romano', 'Glenn', 'Rodney', 'Anil', 'Dinesh', 'Clyde', 'Ryan', 'Mitchell'],
    female: ['Anjali', 'Shanti', 'Priya', 'Shanice', 'Romy', 'Sharon', 'Kavita', 'Natasha', 'Rosita', 'Gwendolyn', 'Denise', 'Sunita'],
    last: ['Ramdin', 'Sewnarain', 'Kromosoeto', 'Pinas', 'Biharie', 'Bisoen', 'Doekhie', 'Mahabier', 'Ramsaran', 'Soekhoe', 'Kartodikromo', 'Wijngaarde', 'Vliet', 'Emanuelson', 'Karsten', 'Lachman'],
  },
  polish: {
    male: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Marcin', 'Michał', 'Łukasz', 'Kamil', 'Dariusz', 'Adam'],
    female: ['Katarzyna', 'Agnieszka', 'Anna', 'Magdalena', 'Joanna', 'Monika', 'Ewa', 'Karolina', 'Justyna', 'Marta'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Mazur', 'Krawczyk'],
    lastFemale: ['Nowak', 'Kowalska', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowska', 'Zielińska', 'Szymańska', 'Woźniak', 'Dąbrowska', 'Mazur', 'Krawczyk'],
  },
  antillean: {
    male: ['Jurgen', 'Giovanni', 'Ricardo', 'Shurandy', 'Jeffrey', 'Edsel', 'Churandy', 'Ruthsel'],
    female: ['Jozaira', 'Shurella', 'Giselle', 'Marisol', 'Yolanda', 'Shakira', 'Lisette', 'Chaïra'],
    last: ['Martina', 'Isenia', 'Sint Jago', 'Cijntje', 'Statia', 'Leito', 'Rosaria', 'Juliana', 'Girigorie', 'Pietersz'],
  },
  syrian: {
    male: ['Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Bashar', 'Hussam', 'Ammar', 'Firas', 'Yazan', 'Rami', 'Tarek', 'Mahmoud'],
    female: ['Rania', 'Yara', 'Lina', 'Nour', 'Reem', 'Hiba', 'Rasha', 'Dima', 'Alaa', 'Aya', 'Ghada', 'Maysa'],
    last: ['Al-Hassan', 'Haddad', 'Khalil', 'Alali', 'Ibrahim', 'Mahmoud', 'Alahmad', 'Darwish', 'Al-Khatib', 'Hamdan', 'Suleiman', 'Al-Masri', 'Nasser', 'Yousef', 'Othman', 'Alsayed'],
  },
  eritrean: {
    male: ['Yonas', 'Tesfay', 'Merhawi', 'Filmon', 'Amanuel', 'Dawit', 'Biniam', 'Samuel', 'Habtom', 'Kibrom'],
    female: ['Semhar', 'Helen', 'Selam', 'Saba', 'Rahwa', 'Luwam', 'Yordanos', 'Mebrat', 'Senait', 'Eden'],
    last: ['Tesfamariam', 'Ghebremedhin', 'Haile', 'Kidane', 'Berhane', 'Tekle', 'Mehari', 'Abraha', 'Gebreyesus', 'Woldu', 'Tsegay', 'Habte'],
  },
  afghan: {
    male: ['Farid', 'Ahmad', 'Jawad', 'Hamid', 'Rahim', 'Sayed', 'Naweed', 'Mustafa'],
    female: ['Zahra', 'Maryam', 'Fatima', 'Shabnam', 'Nazia', 'Farzana', 'Mina', 'Soraya'],
    last: ['Ahmadi', 'Rahimi', 'Hosseini', 'Sultani', 'Karimi', 'Haidari', 'Noori', 'Sharifi'],
  },
  somali: {
    male: ['Abdi', 'Mohamed', 'Abdirahman', 'Hassan', 'Ismail', 'Farah'],
    female: ['Hodan', 'Fadumo', 'Amina', 'Ayaan', 'Sahra', 'Ifrah'],
    last: ['Abdullahi', 'Farah', 'Warsame', 'Jama', 'Osman', 'Hirsi', 'Aden', 'Egal'],
  },
};

/** Name backgrounds of the general bijstand population (weights) and of statushouders. */
export const NAME_MIX: ReadonlyArray<readonly [string, number]> = [
  ['dutch', 58],
  ['moroccan', 11],
  ['turkish', 9],
  ['surinamese', 8],
  ['antillean', 3],
  ['polish', 5],
  ['somali', 2],
  ['syrian', 2],
  ['afghan', 1],
  ['eritrean', 1],
];

export const STATUSHOUDER_NAME_MIX: ReadonlyArray<readonly [string, number]> = [
  ['syrian', 45],
  ['eritrean', 30],
  ['afghan', 12],
  ['somali', 6],
  ['turkish', 4],
  ['moroccan', 3],
];

/** Dutch adjectives for "een ... medewerker" (inflected, after "een" with a de-word). */
export const JOB_ADJECTIVES: readonly string[] = [
  'enthousiaste', 'betrouwbare', 'gemotiveerde', 'flexibele', 'collegiale', 'klantvriendelijke', 'zorgzame',
  'handige', 'nauwkeurige', 'vrolijke',
];

export const CONTRACT_PHRASES: Readonly<Record<string, string>> = {
  VAST: 'een vast contract',
  TIJDELIJK: 'een contract voor een jaar met uitzicht op een vaste baan',
  UITZEND: 'werk via het uitzendbureau met kans op een contract',
  OPROEP: 'een oproepcontract met flexibele uren',
  BBL: 'een BBL-leerwerkplek met een opleiding op kosten van de werkgever',
  STAGE: 'een stageplek met goede begeleiding',
  VRIJWILLIG: 'vrijwilligerswerk met een onkostenvergoeding',
};

/** Ready-made sentences a consulent writes about a candidate, without names or sensitive details. */
export const PROFILE_SENTENCES: readonly string[] = [
  'Werkt graag met de handen.',
  'Wil graag een vak leren.',
  'Wil graag weer aan het werk, het liefst dicht bij huis.',
  'Is gemotiveerd en staat open voor een proefplaatsing.',
  'Werkt het liefst in een vast team.',
  'Houdt van afwisseling en werkt graag buiten.',
  'Zoekt een baan met vaste werktijden.',
  'Heeft een goede werkhouding en is op tijd.',
  'Wil graag ervaring opdoen in een nieuwe sector.',
  'Is leergierig en pakt nieuwe taken snel op.',
  'Heeft vrijwilligerswerk gedaan en wil nu betaald werk.',
  'Werkt graag met mensen.',
];
