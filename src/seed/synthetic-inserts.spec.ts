// The entities carry GraphQL decorators, and @nestjs/graphql and @nestjs/common are ESM-only, which Jest cannot
// load. The column metadata needs none of it: every GraphQL export becomes a no-op decorator, and applyDecorators
// applies the (TypeORM) decorators it is given.
jest.mock('@nestjs/graphql', () => new Proxy({ __esModule: true }, { get: (target, name) => (name in target ? target[name as '__esModule'] : () => () => undefined) }));
jest.mock('@nestjs/common', () => ({
  applyDecorators:
    (...decorators: PropertyDecorator[]): PropertyDecorator =>
    (target, key) => decorators.forEach((decorate) => decorate(target, key)),
}));

import 'reflect-metadata';
import { Column, DataSource, Entity } from 'typeorm';
import { SnakeNamingStrategy } from '../database/snake-naming.strategy';
import { CandidateEntity, CandidatePersonalEntity } from '../candidates/candidate.entity';
import { Employer } from '../employers/employer.entity';
import { PlacementStepEntity } from '../placements/placement-step.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { pgTextArray, UnnestInsert } from './entity-unnest-insert';
import { syntheticInserts } from './synthetic-data';
import { SyntheticGenerator } from './synthetic-rows';

/** An entity that gained a column the generator knows nothing of. */
@Entity('employer_with_extra')
class EmployerWithExtra extends Employer {
  @Column({ type: 'text', nullable: true })
  extraNote: string | null;
}

/** The entity metadata the application's DataSource builds, without a database: TypeORM keeps the builder protected. */
class MetadataOnlyDataSource extends DataSource {
  build(): Promise<void> {
    return this.buildMetadatas();
  }
}

/** What the hand-written column lists produced before the columns came from the entities. */
const HAND_WRITTEN_SQL: Record<keyof ReturnType<typeof syntheticInserts>, string> = {
  employer:
    'INSERT INTO employer (id, name, kvk_number, category_code, place_name, postcode, lat, lon, contact_name, contact_email, contact_phone, erkend_leerbedrijf, accounthouder_id, created_at, updated_at) SELECT u.id, u.name, CASE WHEN EXISTS (SELECT 1 FROM employer e WHERE e.kvk_number = u.kvk_number) THEN NULL ELSE u.kvk_number END, u.category_code, u.place_name, u.postcode, u.lat, u.lon, u.contact_name, u.contact_email, u.contact_phone, u.erkend_leerbedrijf, u.accounthouder_id, u.created_at, u.updated_at FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::bool[], $13::uuid[], $14::timestamptz[], $15::timestamptz[]) AS u(id, name, kvk_number, category_code, place_name, postcode, lat, lon, contact_name, contact_email, contact_phone, erkend_leerbedrijf, accounthouder_id, created_at, updated_at)',
  vacancy:
    'INSERT INTO vacancy (id, employer_id, title, description, category_code, required_talents, nice_to_have_talents, min_taalniveau, startkwalificatie_required, min_opleidingsniveau, rijbewijs_required, hours_min, hours_max, place_name, postcode, lat, lon, contract_type, openings, start_date, closing_date, leerwerkplek, banenafspraak, loonkostensubsidie, proefplaatsing, jobcoach, beschut_werk, status, published_at, ended_at, created_at, updated_at) SELECT u.id, u.employer_id, u.title, u.description, u.category_code, u.required_talents::text[], u.nice_to_have_talents::text[], u.min_taalniveau, u.startkwalificatie_required, u.min_opleidingsniveau, u.rijbewijs_required::text[], u.hours_min, u.hours_max, u.place_name, u.postcode, u.lat, u.lon, u.contract_type, u.openings, u.start_date, u.closing_date, u.leerwerkplek, u.banenafspraak, u.loonkostensubsidie, u.proefplaatsing, u.jobcoach, u.beschut_werk, u.status, u.published_at, u.ended_at, u.created_at, u.updated_at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bool[], $10::text[], $11::text[], $12::int4[], $13::int4[], $14::text[], $15::text[], $16::float8[], $17::float8[], $18::text[], $19::int4[], $20::date[], $21::date[], $22::bool[], $23::bool[], $24::bool[], $25::bool[], $26::bool[], $27::bool[], $28::text[], $29::timestamptz[], $30::timestamptz[], $31::timestamptz[], $32::timestamptz[]) AS u(id, employer_id, title, description, category_code, required_talents, nice_to_have_talents, min_taalniveau, startkwalificatie_required, min_opleidingsniveau, rijbewijs_required, hours_min, hours_max, place_name, postcode, lat, lon, contract_type, openings, start_date, closing_date, leerwerkplek, banenafspraak, loonkostensubsidie, proefplaatsing, jobcoach, beschut_werk, status, published_at, ended_at, created_at, updated_at)',
  candidate:
    'INSERT INTO candidate (id, status, talents, category_wishes, work_experience, profile_text, taalniveau, startkwalificatie, opleidingsniveau, rijbewijs, hours_min, hours_max, available_from, place_name, postcode, lat, lon, max_travel_km, banenafspraak, loonkostensubsidie, jobcoach_needed, klantcategorie_code, statushouder, jongere, vijftig_plus, unemployed_since, visible_to_employers, consulent_approves_visibility, matchmaker_id, created_at, updated_at) SELECT u.id, u.status, u.talents::text[], u.category_wishes::text[], u.work_experience::jsonb, u.profile_text, u.taalniveau, u.startkwalificatie, u.opleidingsniveau, u.rijbewijs::text[], u.hours_min, u.hours_max, u.available_from, u.place_name, u.postcode, u.lat, u.lon, u.max_travel_km, u.banenafspraak, u.loonkostensubsidie, u.jobcoach_needed, u.klantcategorie_code, u.statushouder, u.jongere, u.vijftig_plus, u.unemployed_since, u.visible_to_employers, u.consulent_approves_visibility, u.matchmaker_id, u.created_at, u.updated_at FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::text[], $10::text[], $11::int4[], $12::int4[], $13::date[], $14::text[], $15::text[], $16::float8[], $17::float8[], $18::int4[], $19::bool[], $20::bool[], $21::bool[], $22::text[], $23::bool[], $24::bool[], $25::bool[], $26::date[], $27::bool[], $28::bool[], $29::uuid[], $30::timestamptz[], $31::timestamptz[]) AS u(id, status, talents, category_wishes, work_experience, profile_text, taalniveau, startkwalificatie, opleidingsniveau, rijbewijs, hours_min, hours_max, available_from, place_name, postcode, lat, lon, max_travel_km, banenafspraak, loonkostensubsidie, jobcoach_needed, klantcategorie_code, statushouder, jongere, vijftig_plus, unemployed_since, visible_to_employers, consulent_approves_visibility, matchmaker_id, created_at, updated_at)',
  candidatePersonal:
    'INSERT INTO candidate_personal (candidate_id, first_name, last_name, email, phone, birth_date) SELECT u.candidate_id, u.first_name, u.last_name, u.email, u.phone, u.birth_date FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[]) AS u(candidate_id, first_name, last_name, email, phone, birth_date)',
  placement:
    'INSERT INTO placement (id, vacancy_id, candidate_id, status, proposed_by, proposed_at, placed_at, closed_at, close_reason, loonkostensubsidie, loonwaarde_pct, jobcoach, no_riskpolis, trial_start, trial_end, trial_extension_reason, opleiding_school, opleiding_crebo, in_work_after_6_months, in_work_after_12_months, created_at, updated_at) SELECT u.id, u.vacancy_id, u.candidate_id, u.status, u.proposed_by, u.proposed_at, u.placed_at, u.closed_at, u.close_reason, u.loonkostensubsidie, u.loonwaarde_pct, u.jobcoach, u.no_riskpolis, u.trial_start, u.trial_end, u.trial_extension_reason, u.opleiding_school, u.opleiding_crebo, u.in_work_after_6_months, u.in_work_after_12_months, u.created_at, u.updated_at FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::bool[], $11::int4[], $12::bool[], $13::bool[], $14::date[], $15::date[], $16::text[], $17::text[], $18::text[], $19::bool[], $20::bool[], $21::timestamptz[], $22::timestamptz[]) AS u(id, vacancy_id, candidate_id, status, proposed_by, proposed_at, placed_at, closed_at, close_reason, loonkostensubsidie, loonwaarde_pct, jobcoach, no_riskpolis, trial_start, trial_end, trial_extension_reason, opleiding_school, opleiding_crebo, in_work_after_6_months, in_work_after_12_months, created_at, updated_at) ON CONFLICT DO NOTHING',
  placementStep:
    'INSERT INTO placement_step (placement_id, from_status, to_status, actor_id, at, note, reason) SELECT u.placement_id, u.from_status, u.to_status, u.actor_id, u.at, u.note, u.reason FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[], $7::text[]) AS u(placement_id, from_status, to_status, actor_id, at, note, reason) WHERE EXISTS (SELECT 1 FROM placement p WHERE p.id = u.placement_id)',
};

interface ParsedInsert {
  table: string;
  /** name, selected value, unnest parameter type; sorted by name: the column order has no effect. */
  columns: Array<[string, string, string]>;
  tail: string;
}

/** INSERT INTO t (names) SELECT selects FROM unnest($1::p1, ...) AS u(names) tail */
function parse(sql: string): ParsedInsert {
  const m = /^INSERT INTO (\w+) \(([^)]*)\) SELECT (.*) FROM unnest\(([^)]*)\) AS u\(([^)]*)\)(.*)$/.exec(sql);
  if (!m) throw new Error(`not an unnest insert: ${sql}`);
  const [, table, names, selects, params, aliases, tail] = m;
  const split = (list: string) => list.split(', ');
  expect(split(aliases)).toEqual(split(names));
  const selected = split(selects);
  const types = split(params).map((p, i) => p.replace(`$${i + 1}::`, ''));
  const columns = split(names).map((name, i): [string, string, string] => [name, selected[i], types[i]]);
  expect(new Set([selected.length, types.length])).toEqual(new Set([columns.length]));
  return { table, columns: columns.sort(([a], [b]) => a.localeCompare(b)), tail: tail.trim() };
}

let dataSource: MetadataOnlyDataSource;
let inserts: ReturnType<typeof syntheticInserts>;

beforeAll(async () => {
  const entities = [Employer, Vacancy, CandidateEntity, CandidatePersonalEntity, PlacementEntity, PlacementStepEntity, EmployerWithExtra];
  dataSource = new MetadataOnlyDataSource({ type: 'postgres', namingStrategy: new SnakeNamingStrategy(), entities });
  await dataSource.build();
  inserts = syntheticInserts(dataSource);
});

describe('synthetic bulk inserts from the entity metadata', () => {
  it.each(Object.keys(HAND_WRITTEN_SQL) as Array<keyof typeof HAND_WRITTEN_SQL>)('%s: the same columns, types, casts and selects as the hand-written list', (key) => {
    expect(parse(inserts[key].sql)).toEqual(parse(HAND_WRITTEN_SQL[key]));
  });

  const generator = new SyntheticGenerator({ seed: 12, referenceDate: '2025-11-23', employers: 5, matchmakerIds: ['00000000-0000-4000-8000-000000000001'] });
  const placements = Array.from({ length: 50 }, (_, i) => generator.placement(i, { vacancies: 20, candidates: 20 }));
  const rowsOf = () => ({
    employer: [generator.employer(0), generator.employer(1)],
    vacancy: [generator.vacancy(0), generator.vacancy(1)],
    candidate: [generator.candidate(0).candidate, generator.candidate(1).candidate],
    candidatePersonal: [generator.candidate(0).personal, generator.candidate(1).personal],
    placement: placements,
    placementStep: placements.flatMap((p) => p.steps),
  });

  it('fills every column it inserts from the generated rows', () => {
    const rows = rowsOf();
    for (const key of Object.keys(rows) as Array<keyof typeof rows>) {
      const params = inserts[key].params(rows[key]);
      expect(params).toHaveLength(inserts[key].columns.length);
      for (const values of params) expect(values.filter((v) => v === undefined)).toEqual([]);
    }
  });

  it('sends text[] columns as array literals and jsonb columns as JSON text, the rest as they are', () => {
    const candidate = generator.candidate(3).candidate;
    const [params] = [inserts.candidate.params([candidate])];
    const sent = Object.fromEntries(inserts.candidate.columns.map((c, i) => [c.name, params[i][0]]));
    expect(sent.talents).toBe(pgTextArray(candidate.talents));
    expect(sent.rijbewijs).toBe(pgTextArray(candidate.rijbewijs));
    expect(sent.work_experience).toBe(JSON.stringify(candidate.workExperience));
    expect(sent.created_at).toBe(candidate.createdAt);
    expect(sent.lat).toBe(candidate.lat);
  });

  it('refuses rows without a value for a column the entity gained', () => {
    const insert = UnnestInsert.forEntity(dataSource, EmployerWithExtra, { leftOut: { version: 'default' } });
    expect(insert.columns.map((c) => c.name)).toContain('extra_note');
    expect(() => insert.params([generator.employer(0)])).toThrow('employer_with_extra rows have no value for extra_note (extraNote)');
  });

  it('refuses to leave out or select a column the entity does not have', () => {
    expect(() => UnnestInsert.forEntity(dataSource, Employer, { leftOut: { versoin: 'typo' } as never })).toThrow('employer has no column for property versoin');
    expect(() => UnnestInsert.forEntity(dataSource, Employer, { select: { kvk: 'NULL' } as never })).toThrow('employer has no column for property kvk');
  });
});
