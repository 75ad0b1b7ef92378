// The enum files register their GraphQL enums on import; @nestjs/graphql is ESM-only, which Jest cannot load.
jest.mock('@nestjs/graphql', () => ({ registerEnumType: () => undefined }));

import { ageGroups } from '../candidates/age-groups';
import { CATEGORIES } from '../reference-data/categories.data';
import { KLANTCATEGORIEEN } from '../reference-data/klantcategorieen.data';
import nlPlaces from '../reference-data/nl-places.json';
import { givesStartkwalificatie, Opleidingsniveau } from '../reference-data/opleidingsniveau';
import { Rijbewijs } from '../reference-data/rijbewijs';
import { Taalniveau } from '../reference-data/taalniveau';
import { TALENTS } from '../reference-data/talents.data';
import { ContractType, VacancyStatus } from '../vacancies/vacancy-status.enum';
import { Prng } from './prng';
import { pgTextArray } from './entity-unnest-insert';
import { PlacePicker } from './synthetic-places';
import { CandidateRow, SyntheticCandidate, VacancyRow } from './synthetic-row-shapes';
import { SyntheticGenerator } from './synthetic-rows';
import { dutchList, slug } from './synthetic-text';

const REFERENCE_DATE = '2025-11-23';
const N_CANDIDATES = 20_000;
const N_VACANCIES = 20_000;
const N_EMPLOYERS = 4_000;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TALENT_CODES = new Set(TALENTS.map((t) => t.code));
const CATEGORY_CODES = new Set(CATEGORIES.map((c) => c.code));
const KLANTCATEGORIE_CODES = new Set(KLANTCATEGORIEEN.map((k) => k.code));
const PLACE_KEYS = new Set((nlPlaces as Array<{ name: string; lat: number; lon: number }>).map((p) => `${p.name}|${p.lat}|${p.lon}`));
const TAALNIVEAUS = new Set<string>(Object.values(Taalniveau));
const OPLEIDINGSNIVEAUS = new Set<string>(Object.values(Opleidingsniveau));
const RIJBEWIJZEN = new Set<string>(Object.values(Rijbewijs));
const POSTCODE = /^[1-9][0-9]{3} [A-Z]{2}$/;

const generator = new SyntheticGenerator({ seed: 2026, referenceDate: REFERENCE_DATE, employers: N_EMPLOYERS });
const candidates: SyntheticCandidate[] = Array.from({ length: N_CANDIDATES }, (_, i) => generator.candidate(i));
const vacancies: VacancyRow[] = Array.from({ length: N_VACANCIES }, (_, i) => generator.vacancy(i));
const employers = Array.from({ length: N_EMPLOYERS }, (_, i) => generator.employer(i));
const cands: CandidateRow[] = candidates.map((c) => c.candidate);

function share<T>(rows: readonly T[], predicate: (row: T) => boolean): number {
  return rows.filter(predicate).length / rows.length;
}

/** The first few rows that break a rule (an empty list passes), cheaper than one expect per row. */
function violations<T>(rows: readonly T[], ok: (row: T) => boolean): T[] {
  const bad: T[] = [];
  for (const row of rows) {
    if (!ok(row)) bad.push(row);
    if (bad.length >= 3) break;
  }
  return bad;
}

function expectShare(actual: number, expected: number, tolerance = 0.02): void {
  expect(actual).toBeGreaterThanOrEqual(expected - tolerance);
  expect(actual).toBeLessThanOrEqual(expected + tolerance);
}

describe('Prng', () => {
  it('is deterministic and spreads evenly', () => {
    const a = new Prng(1, 2, 3);
    const b = new Prng(1, 2, 3);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 10_000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(new Prng(1, 2, 4).next()).not.toEqual(new Prng(1, 2, 3).next());
  });

  it('gives known values on every machine', () => {
    // Pinned: a change here changes every generated data set (and every benchmark built on it).
    const rng = new Prng(42, 3, 0);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([2897244063, 4272174589, 3536895935]);
    expect(new Prng(42, 3, 0).uuid()).toBe('acb06f9f-fea4-45fd-92d0-bfbf6b70cb91');
  });

  it('int stays within bounds', () => {
    const rng = new Prng(7);
    const values = Array.from({ length: 5_000 }, () => rng.int(-3, 3));
    expect(new Set(values)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
  });
});

describe('determinism', () => {
  it('gives byte-identical rows for the same seed and options, in any order', () => {
    const again = new SyntheticGenerator({ seed: 2026, referenceDate: REFERENCE_DATE, employers: N_EMPLOYERS });
    for (const i of [1999, 0, 17, 1234]) {
      expect(JSON.stringify(again.candidate(i))).toBe(JSON.stringify(candidates[i]));
      expect(JSON.stringify(again.vacancy(i))).toBe(JSON.stringify(vacancies[i]));
      expect(JSON.stringify(again.employer(i))).toBe(JSON.stringify(employers[i]));
    }
    expect(Array.from({ length: 200 }, (_, i) => again.candidate(i))).toEqual(candidates.slice(0, 200));
  });

  it('gives different rows and ids for a different seed', () => {
    const other = new SyntheticGenerator({ seed: 2027, referenceDate: REFERENCE_DATE, employers: N_EMPLOYERS });
    const otherCandidates = Array.from({ length: 200 }, (_, i) => other.candidate(i));
    expect(otherCandidates).not.toEqual(candidates.slice(0, 200));
    const ids = new Set(cands.slice(0, 2000).map((c) => c.id));
    expect(otherCandidates.filter((c) => ids.has(c.candidate.id))).toHaveLength(0);
    expect(other.employer(0).kvkNumber).not.toBe(employers[0].kvkNumber);
  });

  it('never calls Math.random', () => {
    const spy = jest.spyOn(Math, 'random');
    generator.candidate(5);
    generator.vacancy(5);
    generator.employer(5);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('ids', () => {
  it('are valid, unique v4 UUIDs across all tables', () => {
    const all = [...cands.map((c) => c.id), ...vacancies.map((v) => v.id), ...employers.map((e) => e.id)];
    expect(violations(all, (id) => UUID_V4.test(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    expect(violations(candidates, (c) => c.personal.candidateId === c.candidate.id)).toEqual([]);
  });

  it('KvK numbers have 8 digits and are unique', () => {
    const kvk = employers.map((e) => e.kvkNumber);
    expect(violations(kvk, (k) => /^[1-9][0-9]{7}$/.test(k))).toEqual([]);
    expect(new Set(kvk).size).toBe(kvk.length);
  });

  it('vacancies belong to generated employers', () => {
    const ids = new Set(employers.map((e) => e.id));
    expect(vacancies.every((v) => ids.has(v.employerId))).toBe(true);
  });
});

describe('reference data', () => {
  it('uses only talent, category and klantcategorie codes that exist', () => {
    expect(
      violations(
        vacancies,
        (v) => CATEGORY_CODES.has(v.categoryCode) && [...v.requiredTalents, ...v.niceToHaveTalents].every((t) => TALENT_CODES.has(t)),
      ),
    ).toEqual([]);
    expect(
      violations(
        cands,
        (c) =>
          KLANTCATEGORIE_CODES.has(c.klantcategorieCode) &&
          c.talents.every((t) => TALENT_CODES.has(t)) &&
          c.categoryWishes.every((w) => CATEGORY_CODES.has(w)),
      ),
    ).toEqual([]);
    expect(violations(employers, (e) => CATEGORY_CODES.has(e.categoryCode))).toEqual([]);
  });

  it('uses only enum values the schema accepts', () => {
    const contractTypes = new Set<string>(Object.values(ContractType));
    expect(
      violations(
        vacancies,
        (v) =>
          (v.minTaalniveau === null || TAALNIVEAUS.has(v.minTaalniveau)) &&
          (v.minOpleidingsniveau === null || OPLEIDINGSNIVEAUS.has(v.minOpleidingsniveau)) &&
          v.rijbewijsRequired.every((r) => RIJBEWIJZEN.has(r)) &&
          contractTypes.has(v.contractType) &&
          v.openings >= 1 &&
          v.openings <= 5,
      ),
    ).toEqual([]);
    expect(
      violations(
        cands,
        (c) =>
          (c.taalniveau === null || TAALNIVEAUS.has(c.taalniveau)) &&
          (c.opleidingsniveau === null || OPLEIDINGSNIVEAUS.has(c.opleidingsniveau)) &&
          c.rijbewijs.every((r) => RIJBEWIJZEN.has(r)),
      ),
    ).toEqual([]);
  });

  it('places exist in nl-places.json with their coordinates, and postcodes look Dutch', () => {
    const rows = [...employers, ...vacancies, ...cands.filter((c) => c.placeName !== null)];
    expect(violations(rows, (row) => PLACE_KEYS.has(`${row.placeName}|${row.lat}|${row.lon}`) && POSTCODE.test(row.postcode!))).toEqual([]);
  });

  it('draws the required talents from the vacancy category', () => {
    const byCode = new Map(TALENTS.map((t) => [t.code, t]));
    const inCategory = share(vacancies, (v) => v.requiredTalents.every((t) => byCode.get(t)!.categories.includes(v.categoryCode)));
    expect(inCategory).toBeGreaterThan(0.99);
  });
});

describe('places', () => {
  it('puts everything in Zuid-Holland Centraal and the towns around it a commuter reaches', () => {
    const picker = new PlacePicker();
    const regionShare = (rows: Array<{ placeName: string | null; lat: number | null; lon: number | null }>) =>
      share(rows, (r) => picker.isRegion(r));
    expect(regionShare(cands.filter((c) => c.placeName !== null))).toBe(1);
    expect(regionShare(employers)).toBe(1);
    expect(regionShare(vacancies)).toBe(1);
  });
});

describe('candidates', () => {
  it('follows the klantcategorie assumption (1A 10, 1B 15, 1C 15, 2A 25, 2B 10, 3A 15, 3B 10 %)', () => {
    const expected: Record<string, number> = { '1A': 0.1, '1B': 0.15, '1C': 0.15, '2A': 0.25, '2B': 0.1, '3A': 0.15, '3B': 0.1 };
    for (const [code, p] of Object.entries(expected)) expectShare(share(cands, (c) => c.klantcategorieCode === code), p, 0.015);
  });

  it('has about 40 % 50-plus and 12 % under 27, derived from the birth date', () => {
    expectShare(share(cands, (c) => c.vijftigPlus), 0.4);
    expectShare(share(cands, (c) => c.jongere), 0.12);
    expect(
      violations(candidates, ({ candidate, personal }) => {
        const groups = ageGroups(personal.birthDate, REFERENCE_DATE);
        return candidate.jongere === groups.jongere && candidate.vijftigPlus === groups.vijftigPlus;
      }),
    ).toEqual([]);
    const young = cands.filter((c) => c.jongere);
    expectShare(share(young, (c) => c.startkwalificatie === false), 0.6, 0.04);
  });

  it('has statushouders, more often at a low taalniveau', () => {
    expectShare(share(cands, (c) => c.statushouder), 0.15);
    const low = (c: CandidateRow) => c.taalniveau === Taalniveau.A1 || c.taalniveau === Taalniveau.A2;
    const withLevel = cands.filter((c) => c.taalniveau !== null);
    expect(share(withLevel.filter((c) => c.statushouder), low)).toBeGreaterThan(0.5);
    expect(share(withLevel.filter((c) => !c.statushouder), low)).toBeLessThan(0.4);
  });

  it('has the taalniveau spread of bijstand clients: mostly A1-B1, few C1/C2', () => {
    const withLevel = cands.filter((c) => c.taalniveau !== null);
    const upToB1 = new Set<string>([Taalniveau.A1, Taalniveau.A2, Taalniveau.B1]);
    expect(share(withLevel, (c) => upToB1.has(c.taalniveau!))).toBeGreaterThan(0.7);
    expect(share(withLevel, (c) => c.taalniveau === Taalniveau.C1 || c.taalniveau === Taalniveau.C2)).toBeLessThan(0.1);
  });

  it('has incomplete profiles on purpose', () => {
    expectShare(share(cands, (c) => c.opleidingsniveau === null), 0.25);
    expectShare(share(cands, (c) => c.categoryWishes.length === 0), 0.1);
    expectShare(share(cands, (c) => c.taalniveau === null), 0.15);
    expectShare(share(cands, (c) => c.placeName === null), 0.05, 0.01);
    expectShare(share(cands, (c) => c.hoursMin === null), 0.1);
    expect(
      violations(
        cands,
        (c) => (c.placeName !== null || (c.postcode === null && c.lat === null && c.lon === null)) && (c.hoursMin === null) === (c.hoursMax === null),
      ),
    ).toEqual([]);
  });

  it('keeps startkwalificatie consistent with opleidingsniveau', () => {
    expect(violations(cands, (c) => c.opleidingsniveau === null || c.startkwalificatie === givesStartkwalificatie(c.opleidingsniveau))).toEqual([]);
    expect(share(cands, (c) => c.startkwalificatie === null)).toBeGreaterThan(0.05);
  });

  it('has 2-10 talents, mostly from the wished categories', () => {
    const byCode = new Map(TALENTS.map((t) => [t.code, t]));
    let fromWishes = 0;
    let total = 0;
    expect(
      violations(
        cands,
        (c) =>
          c.talents.length >= 2 &&
          c.talents.length <= 10 &&
          new Set(c.talents).size === c.talents.length &&
          c.categoryWishes.length <= 3 &&
          c.workExperience.length <= 3 &&
          c.workExperience.every((w) => w.title.length > 0 && w.years >= 1),
      ),
    ).toEqual([]);
    for (const c of cands) {
      for (const t of c.talents) {
        total++;
        if (byCode.get(t)!.categories.some((cat) => c.categoryWishes.includes(cat))) fromWishes++;
      }
    }
    // 75 % drawn from the wishes (10 % of candidates have none), plus chance hits.
    expect(fromWishes / total).toBeGreaterThan(0.6);
  });

  it('has plausible values and proportions', () => {
    expect(
      violations(
        cands,
        (c) =>
          (c.hoursMin === null || c.hoursMin <= c.hoursMax!) &&
          (c.maxTravelKm === null || (c.maxTravelKm >= 5 && c.maxTravelKm <= 40)) &&
          (c.unemployedSince === null || c.unemployedSince < REFERENCE_DATE) &&
          c.createdAt < `${REFERENCE_DATE}T00:00:00.000Z` &&
          c.updatedAt >= c.createdAt &&
          c.profileText.length > 10,
      ),
    ).toEqual([]);
    expectShare(share(cands, (c) => c.rijbewijs.includes(Rijbewijs.B)), 0.45);
    expectShare(share(cands, (c) => c.status === 'ACTIVE'), 0.9);
    expectShare(share(cands, (c) => c.banenafspraak), 0.08);
    expect(share(cands.filter((c) => c.banenafspraak), (c) => c.klantcategorieCode === '2B')).toBeGreaterThan(0.5);
    expectShare(share(cands, (c) => c.loonkostensubsidie), 0.1);
    expectShare(share(cands, (c) => c.jobcoachNeeded), 0.08);
    expectShare(share(cands, (c) => c.visibleToEmployers), 0.7);
    expectShare(share(cands, (c) => c.consulentApprovesVisibility), 0.6);
    const travel = cands.filter((c) => c.maxTravelKm !== null);
    expect(share(travel, (c) => c.maxTravelKm! >= 10 && c.maxTravelKm! <= 25)).toBeGreaterThan(0.7);
  });

  it('unemployed_since follows the klantcategorie', () => {
    const months = (c: CandidateRow) => (Date.parse(REFERENCE_DATE) - Date.parse(c.unemployedSince!)) / (30.44 * 86_400_000);
    const median = (code: string) => {
      const xs = cands.filter((c) => c.klantcategorieCode === code && c.unemployedSince !== null).map(months).sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    };
    expect(median('1A')).toBeLessThan(median('1C'));
    expect(median('1C')).toBeLessThan(median('2A'));
    expect(median('2A')).toBeLessThan(median('3A'));
  });

  it('has personal rows with names, example.nl e-mail and 06 numbers', () => {
    expect(
      violations(
        candidates.map((c) => c.personal),
        (p) =>
          p.firstName.length > 1 &&
          p.lastName.length > 1 &&
          (p.email === null || /^[a-z]+\.[a-z]+[0-9]{3}@example\.nl$/.test(p.email)) &&
          (p.phone === null || /^06-[1-9][0-9]{7}$/.test(p.phone)) &&
          /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate),
      ),
    ).toEqual([]);
    expectShare(share(candidates, (c) => c.personal.email !== null), 0.92);
    // Profile texts never contain the person's own name.
    expect(violations(candidates, ({ candidate, personal }) => !candidate.profileText.includes(personal.lastName))).toEqual([]);
  });
});

describe('vacancies', () => {
  it('has the status mix with consistent dates', () => {
    expectShare(share(vacancies, (v) => v.status === VacancyStatus.OPEN), 0.7);
    for (const s of [VacancyStatus.DRAFT, VacancyStatus.FILLED, VacancyStatus.CLOSED]) {
      expectShare(share(vacancies, (v) => v.status === s), 0.1, 0.015);
    }
    const refStart = `${REFERENCE_DATE}T00:00:00.000Z`;
    const ended = (v: VacancyRow) => v.status === VacancyStatus.FILLED || v.status === VacancyStatus.CLOSED;
    expect(
      violations(
        vacancies,
        (v) =>
          v.createdAt < refStart &&
          v.updatedAt >= v.createdAt &&
          (v.status !== VacancyStatus.OPEN || (v.closingDate !== null && v.closingDate > REFERENCE_DATE)) &&
          (v.status === VacancyStatus.DRAFT ? v.publishedAt === null : v.publishedAt !== null && v.publishedAt >= v.createdAt) &&
          (ended(v) ? v.endedAt !== null && v.endedAt >= v.publishedAt! && v.endedAt < refStart : v.endedAt === null) &&
          (v.status !== VacancyStatus.OPEN || v.startDate === null || v.startDate > v.closingDate!),
      ),
    ).toEqual([]);
  });

  it('has the flag proportions', () => {
    expectShare(share(vacancies, (v) => v.leerwerkplek), 0.08, 0.015);
    expectShare(share(vacancies, (v) => v.banenafspraak), 0.06, 0.015);
    expectShare(share(vacancies, (v) => v.loonkostensubsidie), 0.15);
    expectShare(share(vacancies, (v) => v.proefplaatsing), 0.2);
    expectShare(share(vacancies, (v) => v.jobcoach), 0.1);
    expectShare(share(vacancies, (v) => v.beschutWerk), 0.02, 0.01);
    expectShare(share(vacancies, (v) => v.startkwalificatieRequired), 0.25);
    expectShare(share(vacancies, (v) => v.minTaalniveau === null), 0.3);
    expectShare(share(vacancies, (v) => v.minTaalniveau === Taalniveau.A2), 0.35);
    expectShare(share(vacancies, (v) => v.minTaalniveau === Taalniveau.B1), 0.25);
    expectShare(share(vacancies, (v) => v.openings === 1), 0.7);
    expectShare(share(employers, (e) => e.erkendLeerbedrijf), 0.25);
  });

  it('makes leerwerkplekken BBL places, only at erkende leerbedrijven', () => {
    const employerById = new Map(employers.map((e) => [e.id, e]));
    const lwp = vacancies.filter((v) => v.leerwerkplek);
    expect(violations(lwp, (v) => v.contractType === ContractType.BBL && !v.startkwalificatieRequired)).toEqual([]);
    expect(share(lwp, (v) => employerById.get(v.employerId)!.erkendLeerbedrijf)).toBe(1);
  });

  it('has hours, talents, places and descriptions that fit', () => {
    const employerById = new Map(employers.map((e) => [e.id, e]));
    const labels = new Map(TALENTS.map((t) => [t.code, t.label]));
    expect(
      violations(vacancies, (v) => {
        const sentences = v.description.split(/(?<=[.?])\s+/);
        return (
          v.hoursMin <= v.hoursMax &&
          v.hoursMin >= 0 &&
          v.hoursMax <= 60 &&
          v.requiredTalents.length >= 1 &&
          v.requiredTalents.length <= 4 &&
          new Set(v.requiredTalents).size === v.requiredTalents.length &&
          v.niceToHaveTalents.length <= 3 &&
          v.niceToHaveTalents.every((t) => !v.requiredTalents.includes(t)) &&
          sentences.length >= 2 &&
          sentences.length <= 4 &&
          // Free-text search finds the vacancy on its talents.
          v.description.includes(labels.get(v.requiredTalents[0])!)
        );
      }),
    ).toEqual([]);
    expectShare(share(vacancies, (v) => v.placeName === employerById.get(v.employerId)!.placeName), 0.82, 0.03);
    const transport = vacancies.filter((v) => v.categoryCode === 'transport' || v.categoryCode === 'bezorging');
    expect(share(transport, (v) => v.rijbewijsRequired.length > 0)).toBeGreaterThan(0.5);
    expect(share(vacancies, (v) => v.rijbewijsRequired.length === 0)).toBeGreaterThan(0.8);
  });
});

describe('helpers', () => {
  it('formats lists, slugs and array literals', () => {
    expect(dutchList(['a'])).toBe('a');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(slug('van den Berg')).toBe('vandenberg');
    expect(slug('Yılmaz')).toBe('yilmaz');
    expect(slug('Wiśniewska')).toBe('wisniewska');
    expect(pgTextArray([])).toBe('{}');
    expect(pgTextArray(['a b', 'c"d', 'e\\f'])).toBe('{"a b","c\\"d","e\\\\f"}');
  });
});
