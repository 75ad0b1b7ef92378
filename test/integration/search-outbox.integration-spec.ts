import { Pool } from 'pg';
import { OutboxWorker } from '../../src/search/outbox/outbox-worker';
import { enqueueIndexing } from '../../src/search/outbox/search-outbox';
import { SearchDocumentLoader } from '../../src/search/search-documents.loader';
import { CandidateDocument, VacancyDocument } from '../../src/search/search-documents';
import { IndexName, SearchEngine } from '../../src/search/search-engine';
import { queryable, transactionRunner } from '../helpers/pg-queryable';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/test-database';

/**
 * Fault injection, the one place a test double is right: an engine that refuses the first N calls, then works.
 * It keeps what it was sent so the test can compare the final index with the database.
 */
class FlakyEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly needsSync = true;
  readonly candidates = new Map<string, CandidateDocument>();
  readonly vacancies = new Map<string, VacancyDocument>();
  calls = 0;

  constructor(private failuresLeft: number) {}

  private maybeFail(): void {
    this.calls++;
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('engine unavailable (injected fault)');
    }
  }

  async prepare(): Promise<void> {}
  async indexCandidates(docs: CandidateDocument[]): Promise<void> {
    this.maybeFail();
    for (const d of docs) this.candidates.set(d.id, d);
  }
  async indexVacancies(docs: VacancyDocument[]): Promise<void> {
    this.maybeFail();
    for (const d of docs) this.vacancies.set(d.id, d);
  }
  async remove(index: IndexName, ids: string[]): Promise<void> {
    this.maybeFail();
    for (const id of ids) (index === 'candidates' ? this.candidates : this.vacancies).delete(id);
  }
  searchCandidates(): never {
    throw new Error('not used');
  }
  searchVacancies(): never {
    throw new Error('not used');
  }
  async rebuild(): Promise<number> {
    return 0;
  }
  async health() {
    return { up: true };
  }
}

describe('search outbox: an engine that fails, then recovers, ends exactly like the database', () => {
  let database: string;
  let pool: Pool;
  let employerId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: databaseUrl(database), max: 4 });
    const { rows } = await pool.query(`INSERT INTO employer (name, place_name, lat, lon) VALUES ('Bakkerij Van Dijk', 'Delft', 52.00667, 4.35556) RETURNING id`);
    employerId = rows[0].id;
  });
  afterAll(async () => {
    await pool.end();
    await dropTestDatabase(database);
  });

  /** A write and its outbox record in one transaction, as the services do it. */
  async function writeCandidate(talents: string[], profileText: string): Promise<string> {
    return transactionRunner(pool)(async (tx) => {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO candidate (talents, profile_text, place_name, lat, lon) VALUES ($1, $2, 'Leiden', 52.15833, 4.49306) RETURNING id`,
        [talents, profileText],
      );
      await tx.query(`INSERT INTO candidate_personal (candidate_id, first_name, last_name) VALUES ($1, 'Test', 'Persoon')`, [row.id]);
      await enqueueIndexing(tx, 'candidates', [row.id]);
      return row.id;
    });
  }

  async function drainUntilEmpty(worker: OutboxWorker): Promise<number> {
    let rounds = 0;
    for (; rounds < 50; rounds++) {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM search_outbox`);
      if (rows[0].n === 0) break;
      await worker.drainOnce();
    }
    return rounds;
  }

  async function expectIndexEqualsDatabase(engine: FlakyEngine): Promise<void> {
    const loader = new SearchDocumentLoader(queryable(pool));
    const candidateIds = (await pool.query(`SELECT id FROM candidate ORDER BY id`)).rows.map((r) => r.id);
    const vacancyIds = (await pool.query(`SELECT id FROM vacancy ORDER BY id`)).rows.map((r) => r.id);
    expect([...engine.candidates.keys()].sort()).toEqual(candidateIds);
    expect([...engine.vacancies.keys()].sort()).toEqual(vacancyIds);
    for (const doc of await loader.candidates(candidateIds)) expect(engine.candidates.get(doc.id)).toEqual(doc);
    for (const doc of await loader.vacancies(vacancyIds)) expect(engine.vacancies.get(doc.id)).toEqual(doc);
  }

  it('retries with backoff through failures, loses nothing, indexes the latest state and removes the erased', async () => {
    const engine = new FlakyEngine(3);
    const worker = new OutboxWorker(transactionRunner(pool), engine, { batchSize: 3, backoffMs: () => 0 });

    const a = await writeCandidate(['heftruck'], 'Wil graag in een magazijn werken');
    const b = await writeCandidate(['kassawerk'], 'Eerste versie');
    const erased = await writeCandidate(['schoonmaken'], 'Wordt gewist');
    await transactionRunner(pool)(async (tx) => {
      await tx.query(`INSERT INTO vacancy (employer_id, title, hours_min, hours_max, place_name, lat, lon, contract_type)
                      VALUES ($1, 'Magazijnmedewerker', 24, 32, 'Delft', 52.00667, 4.35556, 'VAST')`, [employerId]);
      const ids = (await tx.query<{ id: string }[]>(`SELECT id FROM vacancy`)).map((r) => r.id);
      await enqueueIndexing(tx, 'vacancies', ids);
    });

    // The first round meets the broken engine: the rows stay, with the attempt and error recorded.
    await worker.drainOnce();
    const failed = (await pool.query(`SELECT attempts, last_error FROM search_outbox WHERE attempts > 0`)).rows;
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].last_error).toContain('injected fault');

    // Writes go on while the engine is down.
    await transactionRunner(pool)(async (tx) => {
      await tx.query(`UPDATE candidate SET profile_text = 'Tweede versie', version = version + 1 WHERE id = $1`, [b]);
      await enqueueIndexing(tx, 'candidates', [b]);
      await tx.query(`DELETE FROM candidate WHERE id = $1`, [erased]);
      await enqueueIndexing(tx, 'candidates', [erased]);
    });

    await drainUntilEmpty(worker);
    expect(engine.calls).toBeGreaterThan(3);
    await expectIndexEqualsDatabase(engine);
    expect(engine.candidates.get(b)!.profileText).toBe('Tweede versie');
    expect(engine.candidates.has(erased)).toBe(false);
    expect(engine.candidates.has(a)).toBe(true);
    // Nothing identifying went into the index.
    expect(JSON.stringify([...engine.candidates.values()])).not.toMatch(/Persoon|first_?name|last_?name|birth/i);
  });

  it('two workers draining at once (two replicas) still end exactly like the database', async () => {
    const engine = new FlakyEngine(2);
    const workers = [0, 1].map(() => new OutboxWorker(transactionRunner(pool), engine, { batchSize: 2, backoffMs: () => 0 }));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await writeCandidate(['orderpicken'], `Profiel ${i}`));
    // Every existing row once more, so the index starts from the same state as the database.
    await transactionRunner(pool)(async (tx) => {
      await enqueueIndexing(tx, 'candidates', (await tx.query<{ id: string }[]>(`SELECT id FROM candidate`)).map((r) => r.id));
      await enqueueIndexing(tx, 'vacancies', (await tx.query<{ id: string }[]>(`SELECT id FROM vacancy`)).map((r) => r.id));
      await tx.query(`UPDATE candidate SET profile_text = 'Bijgewerkt', version = version + 1 WHERE id = $1`, [ids[5]]);
      await enqueueIndexing(tx, 'candidates', [ids[5]]);
    });
    for (let round = 0; round < 50; round++) {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM search_outbox`);
      if (rows[0].n === 0) break;
      await Promise.all(workers.map((w) => w.drainOnce()));
    }
    await expectIndexEqualsDatabase(engine);
    expect(engine.candidates.get(ids[5])!.profileText).toBe('Bijgewerkt');
  });

  it('a slow engine call is not overtaken: a newer state written meanwhile lands last, and no transaction waits on the engine', async () => {
    await drainUntilEmpty(new OutboxWorker(transactionRunner(pool), new FlakyEngine(0), { backoffMs: () => 0 }));
    const engine = new SlowEngine('Oude versie');
    const [first, second] = [0, 1].map(() => new OutboxWorker(transactionRunner(pool), engine, { backoffMs: () => 0 }));
    const id = await writeCandidate(['heftruck'], 'Oude versie');

    // Replica one reads the old state and hands it to an engine that takes its time.
    const slowRound = first.drainOnce();
    await engine.entered;
    // Nothing holds a transaction (or row locks) open while the engine works.
    const open = await pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(open.rows[0].n).toBe(0);
    // Meanwhile the profile changes, and replica two (a fast engine call) drains at once.
    await transactionRunner(pool)(async (tx) => {
      await tx.query(`UPDATE candidate SET profile_text = 'Nieuwe versie', version = version + 1 WHERE id = $1`, [id]);
      await enqueueIndexing(tx, 'candidates', [id]);
    });
    await second.drainOnce();
    engine.release();
    await slowRound;
    await drainUntilEmpty(second);

    const [current] = await new SearchDocumentLoader(queryable(pool)).candidates([id]);
    expect(engine.candidates.get(id)).toEqual(current);
    expect(current.profileText).toBe('Nieuwe versie');
  });
});

/**
 * Fault injection: an engine whose call for a document with the given profile text waits until released (a
 * Meilisearch task that takes long), while every other call is quick.
 */
class SlowEngine extends FlakyEngine {
  readonly entered: Promise<void>;
  private signalEntered!: () => void;
  private released!: () => void;
  private readonly releasedPromise = new Promise<void>((resolve) => (this.released = resolve));

  constructor(private readonly slowText: string) {
    super(0);
    this.entered = new Promise((resolve) => (this.signalEntered = resolve));
  }

  release(): void {
    this.released();
  }

  override async indexCandidates(docs: CandidateDocument[]): Promise<void> {
    if (docs.some((d) => d.profileText === this.slowText)) {
      this.signalEntered();
      // Bounded: a test that forgets to release still ends.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.releasedPromise, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
    }
    await super.indexCandidates(docs);
  }
}
