import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { PlacementRow, PlacementStepRow } from './synthetic-placements';
import { CandidatePersonalRow, CandidateRow, EmployerRow, VacancyRow } from './synthetic-row-shapes';
import { defaultEmployerCount, SyntheticGenerator } from './synthetic-rows';

export interface SyntheticDataOptions {
  candidates: number;
  vacancies: number;
  /** Default max(10, vacancies / 5). */
  employers?: number;
  seed: number;
  /** Voordrachten with their steps over the past year, on these vacancies and candidates (default 0). */
  placements?: number;
  /** Employers get one of these users as accounthouder, candidates one of these as matchmaker (default none). */
  accounthouderIds?: readonly string[];
  matchmakerIds?: readonly string[];
  /** "Today" for the generated dates (YYYY-MM-DD); default today (UTC). */
  referenceDate?: string;
  /** Rows per INSERT and transaction; default 5,000. */
  batchSize?: number;
  /** Batches written at the same time, each in its own transaction and connection; default 2. */
  concurrency?: number;
  onProgress?: (table: string, done: number, total: number) => void;
}

export interface SyntheticDataResult {
  candidates: number;
  vacancies: number;
  employers: number;
  placements: number;
  ms: number;
}

/**
 * How one column travels: `param` is the array type of the unnest parameter, `cast` turns the unnested value into
 * the column type where the two differ (text[] and jsonb columns go as text, one literal per row).
 */
interface Column<R> {
  name: string;
  param: 'uuid[]' | 'text[]' | 'int4[]' | 'float8[]' | 'bool[]' | 'date[]' | 'timestamptz[]';
  cast?: 'text[]' | 'jsonb';
  /** SQL for the selected value instead of the plain column (`u.<name>` is the unnested value). */
  select?: string;
  value: (row: R) => unknown;
}

/** A PostgreSQL array literal for a text[] column: {"a","b"}. */
export function pgTextArray(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

const col = <R>(name: string, param: Column<R>['param'], value: (row: R) => unknown, extra: Partial<Column<R>> = {}): Column<R> => ({
  name,
  param,
  value,
  ...extra,
});
const textArray = <R>(name: string, value: (row: R) => readonly string[]): Column<R> =>
  col(name, 'text[]', (row) => pgTextArray(value(row)), { cast: 'text[]' });

const EMPLOYER_COLUMNS: Column<EmployerRow>[] = [
  col('id', 'uuid[]', (r) => r.id),
  col('name', 'text[]', (r) => r.name),
  // A KvK number another seed already used is left empty rather than failing the load (the column is unique).
  col('kvk_number', 'text[]', (r) => r.kvkNumber, {
    select: 'CASE WHEN EXISTS (SELECT 1 FROM employer e WHERE e.kvk_number = u.kvk_number) THEN NULL ELSE u.kvk_number END',
  }),
  col('category_code', 'text[]', (r) => r.categoryCode),
  col('place_name', 'text[]', (r) => r.placeName),
  col('postcode', 'text[]', (r) => r.postcode),
  col('lat', 'float8[]', (r) => r.lat),
  col('lon', 'float8[]', (r) => r.lon),
  col('contact_name', 'text[]', (r) => r.contactName),
  col('contact_email', 'text[]', (r) => r.contactEmail),
  col('contact_phone', 'text[]', (r) => r.contactPhone),
  col('erkend_leerbedrijf', 'bool[]', (r) => r.erkendLeerbedrijf),
  col('accounthouder_id', 'uuid[]', (r) => r.accounthouderId),
  col('created_at', 'timestamptz[]', (r) => r.createdAt),
  col('updated_at', 'timestamptz[]', (r) => r.updatedAt),
];

const VACANCY_COLUMNS: Column<VacancyRow>[] = [
  col('id', 'uuid[]', (r) => r.id),
  col('employer_id', 'uuid[]', (r) => r.employerId),
  col('title', 'text[]', (r) => r.title),
  col('description', 'text[]', (r) => r.description),
  col('category_code', 'text[]', (r) => r.categoryCode),
  textArray('required_talents', (r) => r.requiredTalents),
  textArray('nice_to_have_talents', (r) => r.niceToHaveTalents),
  col('min_taalniveau', 'text[]', (r) => r.minTaalniveau),
  col('startkwalificatie_required', 'bool[]', (r) => r.startkwalificatieRequired),
  col('min_opleidingsniveau', 'text[]', (r) => r.minOpleidingsniveau),
  textArray('rijbewijs_required', (r) => r.rijbewijsRequired),
  col('hours_min', 'int4[]', (r) => r.hoursMin),
  col('hours_max', 'int4[]', (r) => r.hoursMax),
  col('place_name', 'text[]', (r) => r.placeName),
  col('postcode', 'text[]', (r) => r.postcode),
  col('lat', 'float8[]', (r) => r.lat),
  col('lon', 'float8[]', (r) => r.lon),
  col('contract_type', 'text[]', (r) => r.contractType),
  col('openings', 'int4[]', (r) => r.openings),
  col('start_date', 'date[]', (r) => r.startDate),
  col('closing_date', 'date[]', (r) => r.closingDate),
  col('leerwerkplek', 'bool[]', (r) => r.leerwerkplek),
  col('banenafspraak', 'bool[]', (r) => r.banenafspraak),
  col('loonkostensubsidie', 'bool[]', (r) => r.loonkostensubsidie),
  col('proefplaatsing', 'bool[]', (r) => r.proefplaatsing),
  col('jobcoach', 'bool[]', (r) => r.jobcoach),
  col('beschut_werk', 'bool[]', (r) => r.beschutWerk),
  col('status', 'text[]', (r) => r.status),
  col('published_at', 'timestamptz[]', (r) => r.publishedAt),
  col('ended_at', 'timestamptz[]', (r) => r.endedAt),
  col('created_at', 'timestamptz[]', (r) => r.createdAt),
  col('updated_at', 'timestamptz[]', (r) => r.updatedAt),
];

const CANDIDATE_COLUMNS: Column<CandidateRow>[] = [
  col('id', 'uuid[]', (r) => r.id),
  col('status', 'text[]', (r) => r.status),
  textArray('talents', (r) => r.talents),
  textArray('category_wishes', (r) => r.categoryWishes),
  col('work_experience', 'text[]', (r) => JSON.stringify(r.workExperience), { cast: 'jsonb' }),
  col('profile_text', 'text[]', (r) => r.profileText),
  col('taalniveau', 'text[]', (r) => r.taalniveau),
  col('startkwalificatie', 'bool[]', (r) => r.startkwalificatie),
  col('opleidingsniveau', 'text[]', (r) => r.opleidingsniveau),
  textArray('rijbewijs', (r) => r.rijbewijs),
  col('hours_min', 'int4[]', (r) => r.hoursMin),
  col('hours_max', 'int4[]', (r) => r.hoursMax),
  col('available_from', 'date[]', (r) => r.availableFrom),
  col('place_name', 'text[]', (r) => r.placeName),
  col('postcode', 'text[]', (r) => r.postcode),
  col('lat', 'float8[]', (r) => r.lat),
  col('lon', 'float8[]', (r) => r.lon),
  col('max_travel_km', 'int4[]', (r) => r.maxTravelKm),
  col('banenafspraak', 'bool[]', (r) => r.banenafspraak),
  col('loonkostensubsidie', 'bool[]', (r) => r.loonkostensubsidie),
  col('jobcoach_needed', 'bool[]', (r) => r.jobcoachNeeded),
  col('klantcategorie_code', 'text[]', (r) => r.klantcategorieCode),
  col('statushouder', 'bool[]', (r) => r.statushouder),
  col('jongere', 'bool[]', (r) => r.jongere),
  col('vijftig_plus', 'bool[]', (r) => r.vijftigPlus),
  col('unemployed_since', 'date[]', (r) => r.unemployedSince),
  col('visible_to_employers', 'bool[]', (r) => r.visibleToEmployers),
  col('consulent_approves_visibility', 'bool[]', (r) => r.consulentApprovesVisibility),
  col('matchmaker_id', 'uuid[]', (r) => r.matchmakerId),
  col('created_at', 'timestamptz[]', (r) => r.createdAt),
  col('updated_at', 'timestamptz[]', (r) => r.updatedAt),
];

const PERSONAL_COLUMNS: Column<CandidatePersonalRow>[] = [
  col('candidate_id', 'uuid[]', (r) => r.candidateId),
  col('first_name', 'text[]', (r) => r.firstName),
  col('last_name', 'text[]', (r) => r.lastName),
  col('email', 'text[]', (r) => r.email),
  col('phone', 'text[]', (r) => r.phone),
  col('birth_date', 'date[]', (r) => r.birthDate),
];

const PLACEMENT_COLUMNS: Column<PlacementRow>[] = [
  col('id', 'uuid[]', (r) => r.id),
  col('vacancy_id', 'uuid[]', (r) => r.vacancyId),
  col('candidate_id', 'uuid[]', (r) => r.candidateId),
  col('status', 'text[]', (r) => r.status),
  col('proposed_by', 'uuid[]', (r) => r.proposedBy),
  col('proposed_at', 'timestamptz[]', (r) => r.proposedAt),
  col('placed_at', 'timestamptz[]', (r) => r.placedAt),
  col('closed_at', 'timestamptz[]', (r) => r.closedAt),
  col('close_reason', 'text[]', (r) => r.closeReason),
  col('loonkostensubsidie', 'bool[]', (r) => r.loonkostensubsidie),
  col('loonwaarde_pct', 'int4[]', (r) => r.loonwaardePct),
  col('jobcoach', 'bool[]', (r) => r.jobcoach),
  col('no_riskpolis', 'bool[]', (r) => r.noRiskpolis),
  col('trial_start', 'date[]', (r) => r.trialStart),
  col('trial_end', 'date[]', (r) => r.trialEnd),
  col('trial_extension_reason', 'text[]', (r) => r.trialExtensionReason),
  col('opleiding_school', 'text[]', (r) => r.opleidingSchool),
  col('opleiding_crebo', 'text[]', (r) => r.opleidingCrebo),
  col('in_work_after_6_months', 'bool[]', (r) => r.inWorkAfter6Months),
  col('in_work_after_12_months', 'bool[]', (r) => r.inWorkAfter12Months),
  col('created_at', 'timestamptz[]', (r) => r.createdAt),
  col('updated_at', 'timestamptz[]', (r) => r.updatedAt),
];

const STEP_COLUMNS: Column<PlacementStepRow>[] = [
  col('placement_id', 'uuid[]', (r) => r.placementId),
  col('from_status', 'text[]', (r) => r.fromStatus),
  col('to_status', 'text[]', (r) => r.toStatus),
  col('actor_id', 'uuid[]', (r) => r.actorId),
  col('at', 'timestamptz[]', (r) => r.at),
  col('note', 'text[]', (r) => r.note),
  col('reason', 'text[]', (r) => r.reason),
];

/** INSERT INTO t (a, b) SELECT u.a, u.b::text[] FROM unnest($1::uuid[], $2::text[]) AS u(a, b) */
function unnestInsert<R>(table: string, columns: readonly Column<R>[]): string {
  const names = columns.map((c) => c.name).join(', ');
  const selects = columns.map((c) => c.select ?? (c.cast ? `u.${c.name}::${c.cast}` : `u.${c.name}`)).join(', ');
  const params = columns.map((c, i) => `$${i + 1}::${c.param}`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${names})`;
}

/** One parameter array per column. */
function columnArrays<R>(columns: readonly Column<R>[], rows: readonly R[]): unknown[][] {
  return columns.map((c) => rows.map((row) => c.value(row)));
}

const EMPLOYER_SQL = unnestInsert('employer', EMPLOYER_COLUMNS);
const VACANCY_SQL = unnestInsert('vacancy', VACANCY_COLUMNS);
const CANDIDATE_SQL = unnestInsert('candidate', CANDIDATE_COLUMNS);
const PERSONAL_SQL = unnestInsert('candidate_personal', PERSONAL_COLUMNS);
// A drawn pair that already has an open voordracht (the one-open-placement rule) is skipped, and its steps with it.
const PLACEMENT_SQL = `${unnestInsert('placement', PLACEMENT_COLUMNS)} ON CONFLICT DO NOTHING`;
const STEP_SQL = `${unnestInsert('placement_step', STEP_COLUMNS)} WHERE EXISTS (SELECT 1 FROM placement p WHERE p.id = u.placement_id)`;

/**
 * After the history: people whose placement holds (not reported out of work at 6 months) are no longer job
 * seekers, and an open vacancy whose openings are all filled is FILLED, as the placements module does live.
 */
const FOLLOW_PLACEMENTS_SQL = [
  `UPDATE candidate c SET status = 'PLACED'
    WHERE c.status = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM placement p WHERE p.candidate_id = c.id AND p.status = 'PLACED' AND p.in_work_after_6_months IS DISTINCT FROM false)`,
  `UPDATE vacancy v SET status = 'FILLED', ended_at = f.last_placed, version = v.version + 1
     FROM (SELECT vacancy_id, count(*) AS placed, max(placed_at) AS last_placed FROM placement WHERE status = 'PLACED' GROUP BY vacancy_id) f
    WHERE f.vacancy_id = v.id AND v.status = 'OPEN' AND f.placed >= v.openings`,
];

/** Today's date (UTC) as YYYY-MM-DD: the default reference date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function requireCount(name: string, value: number | undefined): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return value as number;
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure

type Statement = readonly [sql: string, params: unknown[]];

/**
 * The pg pool behind the DataSource. Batches go straight to the driver: TypeORM would log a failed statement with
 * all its parameters (megabytes for a batch), and the retry below expects the occasional deadlock.
 */
function pgPool(dataSource: DataSource): Pool {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool || typeof pool.connect !== 'function') throw new Error('generateSyntheticData needs a PostgreSQL DataSource');
  return pool;
}

async function transaction(pool: Pool, statements: readonly Statement[]): Promise<void> {
  const client: PoolClient = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    for (const [sql, params] of statements) await client.query(sql, params);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * One batch in one short transaction, again after a deadlock: concurrent batches can add the same new words to
 * the search vocabulary (a trigger does that) in a different order.
 */
async function writeBatch(pool: Pool, label: string, statements: readonly Statement[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(pool, statements);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (RETRYABLE.has(code) && attempt < 8) {
        await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`synthetic data: writing ${label} failed: ${message}${code ? ` (SQLSTATE ${code})` : ''}`, { cause: error });
    }
  }
}

/** A table being filled: its total and how many rows are committed, for progress reports. */
class TableLoad {
  private done = 0;

  constructor(
    readonly table: string,
    readonly total: number,
    private readonly statements: (from: number, to: number) => Statement[],
    private readonly onProgress?: (table: string, done: number, total: number) => void,
  ) {}

  /**
   * Writes rows [start, end) in batches. While `limit()` batches are in flight the next one is generated, so at
   * most limit() + 1 batches of this table are in memory.
   */
  async write(pool: Pool, start: number, end: number, batchSize: number, limit: () => number, stop: StopFlag): Promise<void> {
    const inFlight: Promise<void>[] = [];
    let failure: unknown;
    for (let from = start; from < end && failure === undefined && !stop.stopped; from += batchSize) {
      const to = Math.min(end, from + batchSize);
      const statements = this.statements(from, to);
      while (inFlight.length >= Math.max(1, limit()) && failure === undefined) {
        await inFlight.shift()!.catch((error: unknown) => (failure = error));
      }
      if (failure !== undefined) break;
      const batch = writeBatch(pool, `${this.table} rows ${from}-${to - 1}`, statements).then(() => {
        this.done += to - from;
        this.onProgress?.(this.table, this.done, this.total);
      });
      batch.catch(() => undefined); // handled when awaited; avoids an unhandled rejection meanwhile
      inFlight.push(batch);
    }
    // Never leave a transaction running behind the caller's back.
    const results = await Promise.allSettled(inFlight);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure !== undefined || failed) stop.stopped = true; // the other table's load stops too
    if (failure !== undefined) throw failure;
    if (failed) throw failed.reason;
  }
}

interface StopFlag {
  stopped: boolean;
}

async function settleAll(loads: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(loads);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Fills employer, vacancy, candidate and candidate_personal with deterministic synthetic rows (see
 * synthetic-rows.ts) in batched multi-row `INSERT ... SELECT FROM unnest(...)` statements, one short transaction
 * per batch. Needs the schema (migrations) and the reference tables (category, talent, klantcategorie). Ids
 * derive from the seed, so loads with different seeds add up; loading the same seed twice is refused.
 *
 * Order: employers; the first vacancy batch and the first candidate batch each alone (they bring most new search
 * words); then vacancies (one batch at a time, their texts keep bringing new words) alongside candidates
 * (`concurrency` batches at a time once the vacancies are done).
 */
export async function generateSyntheticData(dataSource: DataSource, options: SyntheticDataOptions): Promise<SyntheticDataResult> {
  const started = Date.now();
  const candidates = requireCount('candidates', options.candidates);
  const vacancies = requireCount('vacancies', options.vacancies);
  const employers = requireCount('employers', options.employers ?? defaultEmployerCount(vacancies));
  const batchSize = requireCount('batchSize', options.batchSize ?? 5000);
  if (batchSize < 1) throw new Error('batchSize must be at least 1');
  const concurrency = requireCount('concurrency', options.concurrency ?? 2);
  if (concurrency < 1) throw new Error('concurrency must be at least 1');
  if (vacancies > 0 && employers < 1) throw new Error('vacancies need at least one employer');
  const placements = requireCount('placements', options.placements ?? 0);
  if (placements > 0 && (vacancies < 1 || candidates < 1)) throw new Error('placements need vacancies and candidates in the same load');
  const generator = new SyntheticGenerator({
    seed: options.seed,
    referenceDate: options.referenceDate ?? todayIso(),
    employers,
    accounthouderIds: options.accounthouderIds,
    matchmakerIds: options.matchmakerIds,
  });
  const pool = pgPool(dataSource);

  const [{ categories }] = (await dataSource.query('SELECT (SELECT count(*) FROM category)::int AS categories')) as Array<{
    categories: number;
  }>;
  if (categories === 0) throw new Error('reference data missing: the category, talent and klantcategorie tables must be filled first');
  const firstIds: Array<[string, string | undefined]> = [
    ['employer', employers > 0 ? generator.employer(0).id : undefined],
    ['vacancy', vacancies > 0 ? generator.vacancy(0).id : undefined],
    ['candidate', candidates > 0 ? generator.candidate(0).candidate.id : undefined],
  ];
  for (const [table, id] of firstIds) {
    if (!id) continue;
    const found = (await dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])) as unknown[];
    if (found.length > 0) {
      throw new Error(`synthetic data for seed ${options.seed} is already loaded (${table} ${id}): use another seed, or reset first`);
    }
  }

  const rows = <R>(from: number, to: number, make: (i: number) => R): R[] => {
    const out: R[] = new Array<R>(to - from);
    for (let i = from; i < to; i++) out[i - from] = make(i);
    return out;
  };
  const employerLoad = new TableLoad(
    'employer',
    employers,
    (from, to) => [[EMPLOYER_SQL, columnArrays(EMPLOYER_COLUMNS, rows(from, to, (i) => generator.employer(i)))]],
    options.onProgress,
  );
  const vacancyLoad = new TableLoad(
    'vacancy',
    vacancies,
    (from, to) => [[VACANCY_SQL, columnArrays(VACANCY_COLUMNS, rows(from, to, (i) => generator.vacancy(i)))]],
    options.onProgress,
  );
  const candidateLoad = new TableLoad(
    'candidate',
    candidates,
    (from, to) => {
      const batch = rows(from, to, (i) => generator.candidate(i));
      return [
        [CANDIDATE_SQL, columnArrays(CANDIDATE_COLUMNS, batch.map((b) => b.candidate))],
        [PERSONAL_SQL, columnArrays(PERSONAL_COLUMNS, batch.map((b) => b.personal))],
      ];
    },
    options.onProgress,
  );

  const placementLoad = new TableLoad(
    'placement',
    placements,
    (from, to) => {
      const batch = rows(from, to, (i) => generator.placement(i, { vacancies, candidates }));
      return [
        [PLACEMENT_SQL, columnArrays(PLACEMENT_COLUMNS, batch)],
        [STEP_SQL, columnArrays(STEP_COLUMNS, batch.flatMap((p) => p.steps))],
      ];
    },
    options.onProgress,
  );

  const one = () => 1;
  const stop: StopFlag = { stopped: false };
  await employerLoad.write(pool, 0, employers, batchSize, one, stop);
  const firstVacancies = Math.min(vacancies, batchSize);
  const firstCandidates = Math.min(candidates, batchSize);
  await vacancyLoad.write(pool, 0, firstVacancies, batchSize, one, stop);
  await candidateLoad.write(pool, 0, firstCandidates, batchSize, one, stop);
  let vacanciesDone = firstVacancies === vacancies;
  await settleAll([
    vacancyLoad.write(pool, firstVacancies, vacancies, batchSize, one, stop).finally(() => (vacanciesDone = true)),
    candidateLoad.write(pool, firstCandidates, candidates, batchSize, () => (vacanciesDone ? concurrency : concurrency - 1), stop),
  ]);

  // One batch at a time: batches of one history can draw the same open (vacancy, candidate) pair.
  await placementLoad.write(pool, 0, placements, batchSize, one, stop);
  if (placements > 0) for (const sql of FOLLOW_PLACEMENTS_SQL) await dataSource.query(sql);

  // Fresh planner statistics, so queries right after a load (benchmarks) get sensible plans.
  if (employers + vacancies + candidates > 0) await dataSource.query('ANALYZE employer, vacancy, candidate, candidate_personal, placement, placement_step');

  return { candidates, vacancies, employers, placements, ms: Date.now() - started };
}

/**
 * Empties the tables the generator fills: all candidates (their personal rows cascade), all vacancies, and every
 * employer no user account refers to (app_user.employer_id). DELETE, not TRUNCATE ... CASCADE, which would take
 * the users along. One transaction.
 */
export async function resetSyntheticData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (m) => {
    await m.query('DELETE FROM introduction_request');
    await m.query('DELETE FROM placement');
    await m.query('DELETE FROM candidate');
    await m.query('DELETE FROM vacancy');
    await m.query('DELETE FROM employer e WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employer_id = e.id)');
  });
}
