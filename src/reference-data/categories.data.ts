/**
 * Occupational categories (beroepswensen, vacancy category) for entry-level and mid-level work in the Netherlands.
 * Each category is anchored on an ISCO-08 group (sub-major, minor or unit group, see `isco`); the anchor is the
 * closest group for the entry-level jobs in the category, not an exact mapping.
 */
export interface CategoryDefinition {
  /** Lowercase kebab slug, stable: stored on profiles and vacancies. */
  code: string;
  /** Dutch label shown to users. */
  label: string;
  /** ISCO-08 code of the anchoring group (2 digits: sub-major, 3: minor, 4: unit group). */
  isco: string;
  /** Dutch description of the kind of work. */
  description: string;
}

export const CATEGORIES: readonly CategoryDefinition[] = [
  {
    code: 'logistiek',
    label: 'Logistiek en magazijn',
    isco: '933',
    description: 'Magazijnwerk, orderpicken, laden en lossen, expeditie en voorraadbeheer.',
  },
  {
    code: 'transport',
    label: 'Transport en chauffeurs',
    isco: '83',
    description: 'Vervoer van goederen en personen: chauffeurs, bijrijders en bedieners van mobiele machines.',
  },
  {
    code: 'bezorging',
    label: 'Bezorging en koeriers',
    isco: '962',
    description: 'Bezorgen van pakketten, post, kranten en maaltijden.',
  },
  {
    code: 'schoonmaak',
    label: 'Schoonmaak',
    isco: '911',
    description: 'Schoonmaak van kantoren, woningen, hotels, sanitair en vloeren; glasbewassing.',
  },
  {
    code: 'facilitair',
    label: 'Facilitaire dienstverlening',
    isco: '515',
    description: 'Gebouwbeheer, conciërge, postkamer, kantine en ondersteunende diensten.',
  },
  {
    code: 'horeca-keuken',
    label: 'Horeca keuken',
    isco: '512',
    description: 'Koken, keukenhulp, afwas en voorbereiding in restaurants, catering en grootkeukens.',
  },
  {
    code: 'horeca-bediening',
    label: 'Horeca bediening',
    isco: '513',
    description: 'Bediening, bar, barista en gastvrijheid in restaurants, hotels en cafés.',
  },
  {
    code: 'detailhandel',
    label: 'Detailhandel en verkoop',
    isco: '52',
    description: 'Winkelwerk: kassa, vakkenvullen, klantadvies en verkoop.',
  },
  {
    code: 'klantenservice',
    label: 'Klantenservice en receptie',
    isco: '422',
    description: 'Klantcontact aan de balie, receptie en klantenservice.',
  },
  {
    code: 'callcenter',
    label: 'Callcenter en telefonie',
    isco: '4222',
    description: 'Inbound en outbound telefonie, telefonische verkoop en enquêtes.',
  },
  {
    code: 'administratie',
    label: 'Administratie en secretariaat',
    isco: '41',
    description: 'Administratief werk, data-invoer, archief, post en secretariaat.',
  },
  {
    code: 'financieel',
    label: 'Financiële administratie',
    isco: '431',
    description: 'Boekhouding, facturatie, debiteuren, crediteuren en salarisadministratie.',
  },
  {
    code: 'hr',
    label: 'HR en personeelszaken',
    isco: '4416',
    description: 'Personeelsadministratie, werving en selectie en uitzendbemiddeling.',
  },
  {
    code: 'marketing',
    label: 'Marketing en communicatie',
    isco: '243',
    description: 'Marketing, promotie, communicatie en sociale media.',
  },
  {
    code: 'ict',
    label: 'ICT',
    isco: '35',
    description: 'Servicedesk, systeem- en netwerkbeheer, pc-reparatie en programmeren.',
  },
  {
    code: 'overheid',
    label: 'Overheid en openbaar bestuur',
    isco: '335',
    description: 'Uitvoerend werk bij gemeente en overheid: burgerzaken, vergunningen, beleidsondersteuning.',
  },
  {
    code: 'zorg-en-welzijn',
    label: 'Zorg en welzijn',
    isco: '53',
    description: 'Persoonlijke verzorging, ouderenzorg, thuiszorg, begeleiding en welzijnswerk.',
  },
  {
    code: 'onderwijs-kinderopvang',
    label: 'Onderwijs en kinderopvang',
    isco: '531',
    description: 'Kinderopvang, buitenschoolse opvang, onderwijsassistentie en huiswerkbegeleiding.',
  },
  {
    code: 'schoonheid-kapper',
    label: 'Kapper en schoonheidsverzorging',
    isco: '514',
    description: 'Kappers, schoonheidsspecialisten, nagelstyling en pedicure.',
  },
  {
    code: 'sport-recreatie',
    label: 'Sport en recreatie',
    isco: '342',
    description: 'Sportinstructie, zwembad, recreatie en evenementen.',
  },
  {
    code: 'kunst-cultuur',
    label: 'Kunst, cultuur en media',
    isco: '343',
    description: 'Creatief werk, vormgeving, fotografie, podiumtechniek en musea.',
  },
  {
    code: 'beveiliging',
    label: 'Beveiliging en handhaving',
    isco: '541',
    description: 'Beveiliging, toegangscontrole, surveillance, verkeersregelen en handhaving.',
  },
  {
    code: 'bouw',
    label: 'Bouw',
    isco: '711',
    description: 'Ruwbouw en bouwplaats: metselen, timmeren, betonwerk, dakdekken en sloopwerk.',
  },
  {
    code: 'schilderen-afbouw',
    label: 'Schilderen en afbouw',
    isco: '713',
    description: 'Schilderen, stukadoren, tegelzetten, behangen, vloeren en droogbouw.',
  },
  {
    code: 'techniek-installatie',
    label: 'Techniek en installatie',
    isco: '741',
    description: 'Elektrotechniek, loodgieterswerk, verwarming, zonnepanelen en technisch onderhoud.',
  },
  {
    code: 'metaal',
    label: 'Metaal en lassen',
    isco: '721',
    description: 'Lassen, plaatwerk, constructiewerk, bankwerken en verspanen.',
  },
  {
    code: 'automotive',
    label: 'Automotive en tweewielers',
    isco: '723',
    description: 'Onderhoud en reparatie van auto\'s, fietsen en scooters; bandenwissel, schadeherstel.',
  },
  {
    code: 'productie',
    label: 'Productie en industrie',
    isco: '932',
    description: 'Productiewerk, machinebediening, assemblage en kwaliteitscontrole in fabrieken.',
  },
  {
    code: 'voedselproductie',
    label: 'Voedselproductie en levensmiddelen',
    isco: '751',
    description: 'Verwerking van voedingsmiddelen: bakkerij, slagerij, vleesverwerking en levensmiddelenindustrie.',
  },
  {
    code: 'hout-meubel',
    label: 'Hout en meubel',
    isco: '752',
    description: 'Houtbewerking, meubelmaken, stofferen en keukenmontage.',
  },
  {
    code: 'groen',
    label: 'Groen en hovenier',
    isco: '6113',
    description: 'Tuinonderhoud, hovenierswerk, groenvoorziening en boomverzorging.',
  },
  {
    code: 'agrarisch',
    label: 'Agrarisch en tuinbouw',
    isco: '921',
    description: 'Glastuinbouw, oogsten, bollenteelt, veehouderij en dierverzorging.',
  },
];

const BY_CODE = new Map(CATEGORIES.map((c) => [c.code, c]));

/** The category with this code, or undefined. */
export function findCategory(code: string): CategoryDefinition | undefined {
  return BY_CODE.get(code);
}
