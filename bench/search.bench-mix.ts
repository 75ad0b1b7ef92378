import { Request } from "./bench-harness";
const WORDS = ['heftruck', 'kassa', 'schoonmaak', 'magazijn', 'zorg', 'koken', 'chauffeur', 'verkoop', 'productie', 'bediening', 'orderpicken', 'tuin'];
const TYPOS = ['heftruk', 'kassamedewerkr', 'schonmaak', 'magazjin', 'chaufeur', 'verkooop', 'prodcutie', 'orderpiken'];
const PLACES = ['Zoetermeer', 'Delft', 'Leiden', 'Den Haag', 'Gouda', 'Alphen aan den Rijn', 'Wassenaar', 'Voorschoten'];
const KLANT = ['1A', '1B', '1C', '2A', '2B', '3A', '3B'];
const CATEGORIES = ['logistiek', 'detailhandel', 'schoonmaak', 'zorg-en-welzijn', 'horeca-keuken', 'productie', 'groen'];
const TAAL = ['A2', 'B1', 'B2'];

const CANDIDATES = `query ($q: String, $f: CandidateSearchFilter) { searchCandidates(query: $q, filter: $f, first: 20) {
  totalCount nodes { profile { id talents taalniveau } candidate { personal { firstName lastName } placeName } distanceKm }
  facets { field values { value count } } } }`;
const VACANCIES = `query ($q: String, $f: VacancySearchFilter) { searchVacancies(query: $q, filter: $f, first: 20) {
  totalCount nodes { vacancy { id title placeName employer { name } } distanceKm }
  facets { field values { value count } } } }`;

export function mix(i: number): Request {
  const pick = <T>(list: T[], salt: number) => list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length];
  const onCandidates = i % 2 === 0;
  const query = onCandidates ? CANDIDATES : VACANCIES;
  const target = onCandidates ? 'candidates' : 'vacancies';
  switch (Math.floor(i / 2) % 4) {
    case 0:
      return { kind: `${target}:text`, query, variables: { q: pick(WORDS, 1) } };
    case 1:
      return { kind: `${target}:typo`, query, variables: { q: pick(TYPOS, 2) } };
    case 2:
      return {
        kind: `${target}:filter`,
        query,
        variables: {
          f: onCandidates
            ? { klantcategorieen: [pick(KLANT, 3)], minTaalniveau: pick(TAAL, 4), categories: [pick(CATEGORIES, 5)] }
            : { categories: [pick(CATEGORIES, 5)], taalniveau: pick(TAAL, 4) },
        },
      };
    default:
      return { kind: `${target}:geo`, query, variables: { f: { near: { place: pick(PLACES, 6), withinKm: 10 + (i % 3) * 5 } } } };
  }
}

