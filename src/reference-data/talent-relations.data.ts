/**
 * Related talents: pairs of talents where someone who has one can do much of the other, or learn it quickly
 * (a matchmaker's "dat ligt dicht bij elkaar"). A relation gives partial credit in matching
 * (MATCH_RULES.relatedTalentCredit) and is named in the reason. Symmetric: each pair counts both ways.
 * Written for this project from common Dutch entry-level work; an ADMIN maintains the list in the database
 * (talent_relation), seeded once from here. Not string similarity: "kassawerk" and "klantcontact" share no
 * letters, "sorteren" and "sociale hygiëne" share many.
 */
export const TALENT_RELATIONS: readonly (readonly [string, string])[] = [
  // Logistiek: trucks, picking, warehouse
  ['reachtruck', 'heftruck'],
  ['heftruck', 'elektrische-pompwagen'],
  ['reachtruck', 'elektrische-pompwagen'],
  ['heftruck', 'verreiker'],
  ['orderpicken', 'magazijnwerk'],
  ['orderpicken', 'vakkenvullen'],
  ['orderpicken', 'voice-picking'],
  ['orderpicken', 'inpakken'],
  ['magazijnwerk', 'inpakken'],
  ['magazijnwerk', 'expeditie'],
  ['magazijnwerk', 'goederenontvangst'],
  ['magazijnwerk', 'voorraadbeheer'],
  ['inpakken', 'palletiseren'],
  ['inpakken', 'sorteren'],
  ['inpakken', 'productiewerk'],
  ['laden-en-lossen', 'bijrijder'],
  ['expeditie', 'goederenontvangst'],
  // Transport en bezorging
  ['pakketbezorging', 'koerierswerk'],
  ['pakketbezorging', 'postbezorging'],
  ['pakketbezorging', 'maaltijdbezorging'],
  ['pakketbezorging', 'chauffeurswerk'],
  ['koerierswerk', 'chauffeurswerk'],
  ['chauffeurswerk', 'bijrijder'],
  ['chauffeurswerk', 'personenvervoer'],
  ['postbezorging', 'krantenbezorging'],
  // Schoonmaak and hygiene
  ['schoonmaken', 'hygienisch-werken'],
  ['schoonmaken', 'housekeeping'],
  ['schoonmaken', 'kantoorschoonmaak'],
  ['schoonmaken', 'sanitair-reinigen'],
  ['schoonmaken', 'vloeronderhoud'],
  ['schoonmaken', 'huishoudelijke-hulp'],
  ['housekeeping', 'huishoudelijke-hulp'],
  ['housekeeping', 'wasserij'],
  ['hygienisch-werken', 'haccp'],
  ['hygienisch-werken', 'desinfecteren'],
  // Horeca
  ['afwassen', 'keukenhulp'],
  ['keukenhulp', 'mise-en-place'],
  ['keukenhulp', 'koken'],
  ['koken', 'grootkeuken'],
  ['grootkeuken', 'catering'],
  ['bediening', 'barwerk'],
  ['bediening', 'afruimen'],
  ['bediening', 'gastvrijheid'],
  ['bediening', 'banqueting'],
  ['barwerk', 'barista'],
  ['fastfood', 'bediening'],
  ['kantinewerk', 'bediening'],
  // Detailhandel and klantcontact
  ['kassawerk', 'klantcontact'],
  ['kassawerk', 'winkelwerk'],
  ['kassawerk', 'kasbeheer'],
  ['vakkenvullen', 'winkelwerk'],
  ['vakkenvullen', 'prijzen-en-etiketteren'],
  ['verkoop', 'klantadvies'],
  ['verkoop', 'winkelwerk'],
  ['klantcontact', 'receptiewerk'],
  ['klantcontact', 'klachtafhandeling'],
  ['klantcontact', 'chat-en-e-mail'],
  ['telefoneren', 'telefoon-aannemen'],
  ['telefoneren', 'telefonische-verkoop'],
  ['receptiewerk', 'telefoon-aannemen'],
  // Administratie
  ['administratief-werk', 'data-invoer'],
  ['administratief-werk', 'archiveren'],
  ['administratief-werk', 'postverwerking'],
  ['administratief-werk', 'secretariaat'],
  ['data-invoer', 'typen'],
  // Zorg, kinderopvang
  ['zorg', 'persoonlijke-verzorging'],
  ['zorg', 'huishoudelijke-hulp'],
  ['persoonlijke-verzorging', 'helpende-zorg-en-welzijn'],
  ['ouderenzorg', 'thuiszorg'],
  ['kinderopvang', 'buitenschoolse-opvang'],
  ['kinderopvang', 'oppassen'],
  ['buitenschoolse-opvang', 'overblijfmedewerker'],
  ['buitenschoolse-opvang', 'omgaan-met-kinderen'],
  // Bouw, groen, techniek
  ['bouwhulp', 'sloopwerk'],
  ['bouwhulp', 'bestraten'],
  ['bouwhulp', 'steigerbouw'],
  ['vca-basis', 'vca-vol'],
  ['tuinonderhoud', 'groenvoorziening'],
  ['tuinonderhoud', 'hovenierswerk'],
  ['tuinonderhoud', 'maaien'],
  ['tuinonderhoud', 'snoeien'],
  ['groenvoorziening', 'hovenierswerk'],
  ['elektrotechniek', 'bekabeling'],
  ['monteren', 'assembleren'],
  ['productiewerk', 'machinebediening'],
  ['productiewerk', 'assembleren'],
  // Beveiliging
  ['beveiligen', 'diploma-beveiliger'],
  ['beveiligen', 'toegangscontrole'],
  ['beveiligen', 'evenementenbeveiliging'],
  ['toegangscontrole', 'cameratoezicht'],
];

/** code -> the codes related to it, both directions, from a list of pairs. */
export function relationIndex(pairs: readonly (readonly [string, string])[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = index.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    index.set(a, list);
  };
  for (const [a, b] of pairs) {
    if (a === b) continue;
    add(a, b);
    add(b, a);
  }
  return index;
}
