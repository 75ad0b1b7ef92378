/**
 * Fairness: the scorer must not be able to rank on age, birth date, gender, origin, nationality, statushouder,
 * klantcategorie or health (Dutch law forbids age discrimination; the policy ranks on potential, never on the
 * category label). Two guards:
 * 1. behaviour: candidate records that also carry those fields score identically whatever their values, and
 *    the scorer never even reads them;
 * 2. shape: the scorer's input types have no such field, checked at compile time (tsc) and at test time
 *    (through the TypeScript compiler API), so adding one fails the build and this suite.
 * Adding ANY field to ScorerCandidate fails this suite on purpose: review it for fairness, then add it to
 * ALLOWED_CANDIDATE_KEYS.
 */
import fc from 'fast-check';
import * as path from 'path';
import ts from 'typescript';
import { Opleidingsniveau } from '../../reference-data/opleidingsniveau';
import { Rijbewijs } from '../../reference-data/rijbewijs';
import { Taalniveau } from '../../reference-data/taalniveau';
import { evaluateMatch } from './evaluate-match';
import type { ScorerCandidate } from './match-input';
import { arbCandidate, arbContext, arbVacancy } from './testing/match-arbitraries';
import { aCandidate, aContext, aVacancy } from './testing/match-fixtures';

/** Personal data a candidate record elsewhere in the system may carry, and the scorer must never use. */
interface SensitiveFields {
  age: number;
  birthDate: string;
  gender: 'MAN' | 'VROUW' | 'X' | null;
  nationality: string;
  origin: string;
  countryOfBirth: string;
  statushouder: boolean;
  klantcategorie: '1A' | '1B' | '1C' | '2A' | '2B' | '3A' | '3B';
  healthNotes: string;
  medicalRestrictions: string[];
  religion: string;
  fiftyPlus: boolean;
  jongereZonderStartkwalificatie: boolean;
  bsn: string;
}
type WideCandidate = ScorerCandidate & SensitiveFields;
const SENSITIVE_KEYS: readonly (keyof SensitiveFields)[] = [
  'age',
  'birthDate',
  'gender',
  'nationality',
  'origin',
  'countryOfBirth',
  'statushouder',
  'klantcategorie',
  'healthNotes',
  'medicalRestrictions',
  'religion',
  'fiftyPlus',
  'jongereZonderStartkwalificatie',
  'bsn',
];

/** Field names that must never appear in the scorer's input, in English and Dutch. */
const FORBIDDEN_FIELD = [
  /^[aA]ge([A-Z_]|$)/,
  /leeftijd/i,
  /jongere/i,
  /^young/i,
  /senior/i,
  /birth/i,
  /geboorte/i,
  /gender/i,
  /geslacht/i,
  /^sex$/i,
  /nationalit/i,
  /origin/i,
  /herkomst/i,
  /afkomst/i,
  /ethnic/i,
  /etni/i,
  /statushouder/i,
  /refugee/i,
  /vluchteling/i,
  /klantcategorie/i,
  /clientCategory/i,
  /health/i,
  /gezondheid/i,
  /medic/i,
  /religi/i,
  /fiftyPlus/i,
  /vijftigPlus/i,
  /50plus/i,
  /bsn/i,
];
const isForbidden = (name: string) => FORBIDDEN_FIELD.some((pattern) => pattern.test(name));

const ALLOWED_CANDIDATE_KEYS = [
  'active',
  'availableFrom',
  'banenafspraak',
  'categoryWishes',
  'experience',
  'hoursMax',
  'hoursMin',
  'id',
  'jobcoachNeeded',
  'location',
  'loonkostensubsidie',
  'maxTravelKm',
  'opleidingsniveau',
  'placeName',
  'proefplaatsingNeeded',
  'rijbewijs',
  'startkwalificatie',
  'taalniveau',
  'talents',
  'unemployedSince',
];

const arbSensitive = (): fc.Arbitrary<SensitiveFields> =>
  fc.record({
    age: fc.integer({ min: 16, max: 67 }),
    birthDate: fc.integer({ min: 1958, max: 2009 }).map((year) => `${year}-06-15`),
    gender: fc.constantFrom('MAN' as const, 'VROUW' as const, 'X' as const, null),
    nationality: fc.constantFrom('Nederlandse', 'Syrische', 'Eritrese', 'Poolse', 'Turkse'),
    origin: fc.constantFrom('Nederland', 'Syrië', 'Eritrea', 'Marokko', 'Suriname'),
    countryOfBirth: fc.constantFrom('Nederland', 'Syrië', 'Eritrea', 'Oekraïne'),
    statushouder: fc.boolean(),
    klantcategorie: fc.constantFrom('1A' as const, '1B' as const, '1C' as const, '2A' as const, '2B' as const, '3A' as const, '3B' as const),
    healthNotes: fc.constantFrom('', 'rugklachten', 'burn-out in 2022', 'diabetes'),
    medicalRestrictions: fc.uniqueArray(fc.constantFrom('niet tillen', 'geen nachtdienst', 'deeltijd'), { maxLength: 2 }),
    religion: fc.constantFrom('', 'islam', 'christendom', 'geen'),
    fiftyPlus: fc.boolean(),
    jongereZonderStartkwalificatie: fc.boolean(),
    bsn: fc.constantFrom('123456782', '111222333'),
  });

describe('fairness: sensitive personal data cannot change a match', () => {
  it('gives identical score, reasons, unmet requirements and notes when only sensitive fields differ', () => {
    fc.assert(
      fc.property(arbVacancy(), arbCandidate(), arbSensitive(), arbSensitive(), arbContext(), (vacancy, base, s1, s2, context) => {
        const a: WideCandidate = { ...base, ...s1 };
        const b: WideCandidate = { ...base, ...s2 };
        const evaluationA = evaluateMatch(vacancy, a, context);
        expect(evaluateMatch(vacancy, b, context)).toEqual(evaluationA);
        expect(evaluateMatch(vacancy, base, context)).toEqual(evaluationA);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['age', { age: 19, birthDate: '2006-01-01', fiftyPlus: false }, { age: 63, birthDate: '1962-01-01', fiftyPlus: true }],
    ['klantcategorie', { klantcategorie: '1A' as const }, { klantcategorie: '3B' as const }],
    [
      'statushouder and origin',
      { statushouder: false, origin: 'Nederland', nationality: 'Nederlandse' },
      { statushouder: true, origin: 'Syrië', nationality: 'Syrische' },
    ],
    ['gender', { gender: 'MAN' as const }, { gender: 'VROUW' as const }],
    ['health', { healthNotes: '', medicalRestrictions: [] }, { healthNotes: 'rugklachten', medicalRestrictions: ['niet tillen'] }],
  ])('a 1A-to-3B style contrast on %s changes nothing', (_field, one, other) => {
    const vacancy = aVacancy({ leerwerkplek: true, banenafspraak: true });
    const base = aCandidate({ banenafspraak: true, startkwalificatie: false });
    expect(evaluateMatch(vacancy, { ...base, ...other }, aContext())).toEqual(evaluateMatch(vacancy, { ...base, ...one }, aContext()));
  });

  it.each([
    ['age', { age: 24, birthDate: '2001-01-01', fiftyPlus: false }, { age: 61, birthDate: '1964-01-01', fiftyPlus: true }],
    ['gender', { gender: 'MAN' as const }, { gender: 'VROUW' as const }],
    ['origin and statushouder', { statushouder: false, origin: 'Nederland' }, { statushouder: true, origin: 'Eritrea' }],
  ])('through work experience and related talents, a contrast on %s changes nothing', (_field, one, other) => {
    // 20 years in related work (reachtruck for a heftruck job) and a related talent: the new paths to a score.
    const vacancy = aVacancy({ requiredTalents: ['heftruck', 'kassa'], niceToHaveTalents: [] });
    const base = aCandidate({
      talents: ['klantcontact'],
      experience: [{ title: 'Reachtruckchauffeur', years: 20, talents: ['reachtruck'], categories: ['LOGISTIEK'] }],
    });
    const context = aContext({ relatedTalents: (code) => ({ heftruck: ['reachtruck'], kassa: ['klantcontact'] })[code] ?? [] });
    const a = evaluateMatch(vacancy, { ...base, ...one } as WideCandidate, context);
    expect(a.reasons.find((r) => r.criterion === 'WORK_EXPERIENCE')?.fulfilment).toBeGreaterThan(0);
    expect(a.reasons.find((r) => r.criterion === 'REQUIRED_TALENTS')?.fulfilment).toBe(0.5);
    expect(evaluateMatch(vacancy, { ...base, ...other } as WideCandidate, context)).toEqual(a);
  });

  it('never reads a sensitive field, nor any field outside ScorerCandidate', () => {
    fc.assert(
      fc.property(arbVacancy(), arbCandidate(), arbSensitive(), arbContext(), (vacancy, base, sensitive, context) => {
        const read = new Set<string>();
        const watched = new Proxy<WideCandidate>(
          { ...base, ...sensitive },
          {
            get(target, key, receiver) {
              if (typeof key === 'string') {
                read.add(key);
                if ((SENSITIVE_KEYS as readonly string[]).includes(key)) throw new Error(`scorer read sensitive field ${key}`);
              }
              return Reflect.get(target, key, receiver);
            },
            ownKeys() {
              throw new Error('scorer enumerated the candidate (it could copy sensitive fields)');
            },
          },
        );
        evaluateMatch(vacancy, watched, context);
        for (const key of read) expect(ALLOWED_CANDIDATE_KEYS).toContain(key);
      }),
    );
  });

  it('never echoes a sensitive value in any sentence', () => {
    const candidate: WideCandidate = {
      ...aCandidate(),
      age: 58,
      birthDate: '1967-02-03',
      gender: 'VROUW',
      nationality: 'Eritrese',
      origin: 'Eritrea',
      countryOfBirth: 'Eritrea',
      statushouder: true,
      klantcategorie: '2B',
      healthNotes: 'rugklachten',
      medicalRestrictions: ['niet tillen'],
      religion: 'christendom',
      fiftyPlus: true,
      jongereZonderStartkwalificatie: false,
      bsn: '123456782',
    };
    const text = JSON.stringify(evaluateMatch(aVacancy(), candidate, aContext()));
    for (const value of ['58', '1967', 'VROUW', 'Eritre', '2B', 'rugklachten', 'niet tillen', 'christendom', '123456782', 'statushouder']) {
      expect(text).not.toContain(value);
    }
  });
});

// ---- shape: compile-time guard (fails `tsc --noEmit`) ----

type Leaked = Extract<keyof ScorerCandidate, keyof SensitiveFields>;
/** Does not compile once ScorerCandidate has a key that SensitiveFields lists. */
const NO_SENSITIVE_KEY_IN_SCORER_CANDIDATE: [Leaked] extends [never] ? true : never = true;

/** Fully populated and typed exactly as ScorerCandidate: tsc fails here when a field is added or removed. */
const FULL_CANDIDATE: Required<ScorerCandidate> = {
  id: 'c',
  active: true,
  talents: [],
  categoryWishes: [],
  taalniveau: Taalniveau.B1,
  startkwalificatie: true,
  opleidingsniveau: Opleidingsniveau.MBO2,
  rijbewijs: [Rijbewijs.B],
  hoursMin: 24,
  hoursMax: 32,
  availableFrom: '2025-03-01',
  location: { lat: 52, lon: 4.5 },
  placeName: 'Zoetermeer',
  maxTravelKm: 15,
  banenafspraak: false,
  loonkostensubsidie: false,
  jobcoachNeeded: false,
  proefplaatsingNeeded: false,
  unemployedSince: '2024-03-01',
  experience: [{ title: 'Magazijnmedewerker', years: 3, talents: ['magazijnwerk'], categories: ['logistiek'] }],
};

// ---- shape: test-time guard, reading the declared types through the TypeScript compiler ----

function declaredProperties(file: string, typeName: string): string[] {
  const program = ts.createProgram([file], { noLib: true, types: [], skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const declaration = source.statements.find(
    (node): node is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === typeName,
  );
  if (!declaration) throw new Error(`${typeName} not found in ${file}`);
  // Through the checker, so fields that come in through `extends` or intersections count too.
  return checker
    .getPropertiesOfType(checker.getTypeAtLocation(declaration.name))
    .map((p) => p.name)
    .sort();
}

describe('fairness: the scorer input types have no sensitive field', () => {
  const matchInput = path.join(__dirname, 'match-input.ts');

  it('ScorerCandidate declares exactly the reviewed fields (a new field needs a fairness review)', () => {
    expect(declaredProperties(matchInput, 'ScorerCandidate')).toEqual(ALLOWED_CANDIDATE_KEYS);
  });

  it.each(['ScorerCandidate', 'ScorerVacancy', 'ScorerContext', 'GeoPoint'])('%s has no field named like a sensitive one', (typeName) => {
    const properties = declaredProperties(matchInput, typeName);
    expect(properties.length).toBeGreaterThan(0);
    expect(properties.filter(isForbidden)).toEqual([]);
  });

  it('the forbidden-name check itself catches the obvious names', () => {
    const dutchAndVariants = ['Age', 'ageBand', 'leeftijd', 'geboortedatum', 'geslacht', 'herkomstland', 'isStatushouder', 'gezondheidsNotities'];
    for (const name of [...SENSITIVE_KEYS, ...dutchAndVariants]) expect(isForbidden(name)).toBe(true);
    for (const name of ALLOWED_CANDIDATE_KEYS) expect(isForbidden(name)).toBe(false);
  });

  it('the fully populated ScorerCandidate has only reviewed keys, none of them sensitive', () => {
    expect(NO_SENSITIVE_KEY_IN_SCORER_CANDIDATE).toBe(true);
    expect(Object.keys(FULL_CANDIDATE).sort()).toEqual(ALLOWED_CANDIDATE_KEYS);
    expect(Object.keys(FULL_CANDIDATE).filter(isForbidden)).toEqual([]);
  });
});
