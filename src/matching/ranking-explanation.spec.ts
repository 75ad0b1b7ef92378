import { CRITERIA, REQUIREMENTS } from './scorer/match-evaluation';
import { DEFAULT_MATCH_WEIGHTS } from './scorer/match-weights';
import { explainRanking } from './ranking-explanation';

/** The candidate fields as the database mapping lists them (CandidateEntity + CandidatePersonalEntity). */
const STORED = [
  'id', 'status', 'talents', 'categoryWishes', 'workExperience', 'profileText', 'taalniveau', 'startkwalificatie', 'opleidingsniveau',
  'rijbewijs', 'hoursMin', 'hoursMax', 'availableFrom', 'placeName', 'postcode', 'lat', 'lon', 'maxTravelKm', 'banenafspraak',
  'loonkostensubsidie', 'jobcoachNeeded', 'klantcategorieCode', 'statushouder', 'jongere', 'vijftigPlus', 'unemployedSince',
  'visibleToEmployers', 'consulentApprovesVisibility', 'matchmakerId', 'createdAt', 'updatedAt', 'version',
  'candidateId', 'firstName', 'lastName', 'email', 'phone', 'birthDate',
];

/** What SCORED_CANDIDATE_COLUMNS lists (scorer-input.mapper.ts; it imports entities, which Jest cannot load). */
const SCORED = [
  'id', 'status', 'talents', 'categoryWishes', 'taalniveau', 'startkwalificatie', 'opleidingsniveau', 'rijbewijs', 'hoursMin', 'hoursMax',
  'availableFrom', 'lat', 'lon', 'placeName', 'maxTravelKm', 'banenafspraak', 'loonkostensubsidie', 'jobcoachNeeded', 'unemployedSince',
];

describe('explainRanking', () => {
  const explained = explainRanking(STORED, SCORED);

  it('lists every weighted criterion with its live weight and share, and every hard requirement', () => {
    expect(explained.criteria.map((c) => c.code).sort()).toEqual([...CRITERIA].sort());
    for (const c of explained.criteria) expect(c.weight).toBe(DEFAULT_MATCH_WEIGHTS[c.code]);
    expect(explained.criteria.reduce((sum, c) => sum + c.percentage, 0)).toBeCloseTo(100, 0);
    expect(explained.requirements.map((r) => r.code)).toEqual([...REQUIREMENTS]);
    expect(explained.text).toContain(`Gevraagde talenten: ${DEFAULT_MATCH_WEIGHTS.REQUIRED_TALENTS}`);
  });

  it('follows the weights it is given, not a copy', () => {
    const changed = explainRanking(STORED, SCORED, { ...DEFAULT_MATCH_WEIGHTS, DISTANCE: 0, HOURS: 20 });
    expect(changed.criteria.find((c) => c.code === 'DISTANCE')).toBeUndefined();
    expect(changed.criteria.find((c) => c.code === 'HOURS')?.weight).toBe(20);
  });

  it('names what the ranking never uses: the stored fields the scorer does not read and what is never stored', () => {
    expect(explained.neverUsed).toEqual(
      expect.arrayContaining(['geboortedatum en leeftijd', 'klantcategorie', 'statushouder', 'geslacht', 'afkomst', 'religie', 'gezondheid of medische gegevens', 'voornaam']),
    );
    for (const used of ['talents', 'taalniveau', 'banenafspraak', 'unemployedSince']) expect(explained.storedButNotUsed).not.toContain(used);
    expect(explained.text).toMatch(/nooit gebruikt voor de rangorde: .*klantcategorie/);
  });

  it('shows a newly stored field among the unused by its name, and drops the never-stored claim once a sensitive one is stored', () => {
    const withNew = explainRanking([...STORED, 'religion'], SCORED);
    expect(withNew.storedButNotUsed).toContain('religion');
    expect(withNew.neverStored).toEqual([]);
  });
});
