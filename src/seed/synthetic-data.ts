import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { CandidateEntity, CandidatePersonalEntity } from '../candidates/candidate.entity';
import { Employer } from '../employers/employer.entity';
import { PlacementStepEntity } from '../placements/placement-step.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { UnnestInsert } from './entity-unnest-insert';
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
 * The bulk inserts of a load. Their columns are the entities' (see entity-unnest-insert.ts); the generator's rows
 * have one property per column. The columns left out are named here with the reason.
 */
export function syntheticInserts(dataSource: DataSource) {
  const editable = { version: 'starts at 1 (column default)' } as const;
  return {
    employer: UnnestInsert.forEntity(dataSource, Employer, {
      leftOut: editable,
      // A KvK number another seed already used is left empty rather than failing the load (the column is unique).
      select: {
        kvkNumber: 'CASE WHEN EXISTS (SELECT 1 FROM employer e WHERE e.kvk_number = u.kvk_number) THEN NULL ELSE u.kvk_number END',
      },
    }),
    vacancy: UnnestInsert.forEntity(dataSource, Vacancy, {
      leftOut: { ...editable, createdById: 'no user made a synthetic vacancy' },
    }),
    candidate: UnnestInsert.forEntity(dataSource, CandidateEntity, {
      leftOut: { ...editable, experienceTalents: 'NULL: the candidates module reads the job titles in the background (experience-talents.ts)' },
    }),
    candidatePersonal: UnnestInsert.forEntity(dataSource, CandidatePersonalEntity),
    // A drawn pair that already has an open voordracht (the one-open-placement rule) is skipped, and its steps with it.
    placement: UnnestInsert.forEntity(dataSource, PlacementEntity, {
      leftOut: { ...editable, consentAt: 'the generated history records no consent to introduce by name (NULL: anonymised)' },
      tail: 'ON CONFLICT DO NOTHING',
    }),
    placementStep: UnnestInsert.forEntity(dataSource, PlacementStepEntity, {
      leftOut: { id: 'an identity the database always generates' },
      tail: 'WHERE EXISTS (SELECT 1 FROM placement p WHERE p.id = u.placement_id)',
    }),
  };
}

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
  const inserts = syntheticInserts(dataSource);

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
    (from, to) => [[inserts.employer.sql, inserts.employer.params(rows(from, to, (i) => generator.employer(i)))]],
    options.onProgress,
  );
  const vacancyLoad = new TableLoad(
    'vacancy',
    vacancies,
    (from, to) => [[inserts.vacancy.sql, inserts.vacancy.params(rows(from, to, (i) => generator.vacancy(i)))]],
    options.onProgress,
  );
  const candidateLoad = new TableLoad(
    'candidate',
    candidates,
    (from, to) => {
      const batch = rows(from, to, (i) => generator.candidate(i));
      return [
        [inserts.candidate.sql, inserts.candidate.params(batch.map((b) => b.candidate))],
        [inserts.candidatePersonal.sql, inserts.candidatePersonal.params(batch.map((b) => b.personal))],
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
        [inserts.placement.sql, inserts.placement.params(batch)],
        [inserts.placementStep.sql, inserts.placementStep.params(batch.flatMap((p) => p.steps))],
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
