import { randomUUID } from 'node:crypto';
import { SearchDocumentLoader } from '../search-documents.loader';
import { CandidateDocument, VacancyDocument } from '../search-documents';
import { IndexName, SearchEngine } from '../search-engine';
import { TransactionRunner } from '../../database/transaction';

export interface OutboxWorkerOptions {
  batchSize?: number;
  /** Delay before retry n (1-based), in ms: exponential, capped. */
  backoffMs?: (attempt: number) => number;
  /**
   * How long a claim lasts. Longer than the slowest engine call (Meilisearch waits up to 120 s for a task), so a
   * live worker never loses its rows; a worker that died frees them when it runs out.
   */
  leaseMs?: number;
}

export interface DrainResult {
  indexed: number;
  removed: number;
  failed: number;
}

interface ClaimedRow {
  id: string;
  index_name: IndexName;
  entity_id: string;
  attempts: number;
}

const defaultBackoff = (attempt: number) => Math.min(60_000, 500 * 2 ** (attempt - 1));
const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Drains the search outbox into an engine. Idempotent by construction: it never replays the event, it indexes
 * the row's CURRENT state (or removes it when the row is gone), so duplicates and reordering cannot make the
 * index differ from the database.
 *
 * Claim, commit, call the engine, finish: no transaction is open while the engine works (the socket server of
 * the embedded database runs one transaction at a time, and a PostgreSQL server should not keep a connection
 * and row locks for two minutes). Safe with several replicas: a short claim transaction takes due rows with
 * FOR UPDATE SKIP LOCKED, serialises claims per entity with an advisory lock, skips an entity another worker
 * holds a lease on, and commits a lease (`leased_until`, `lease_token`). So one entity is indexed by one worker
 * at a time, and an older state can never land after a newer one.
 */
export class OutboxWorker {
  private readonly batchSize: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly leaseMs: number;

  constructor(
    private readonly transaction: TransactionRunner,
    private readonly engine: SearchEngine,
    options: OutboxWorkerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.backoffMs = options.backoffMs ?? defaultBackoff;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** One batch; returns what it did. Call until it returns nothing to do. */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { indexed: 0, removed: 0, failed: 0 };
    const token = randomUUID();
    const rows = await this.claim(token);
    if (!rows.length) return result;

    for (const index of ['candidates', 'vacancies'] as const) {
      const batch = rows.filter((r) => r.index_name === index);
      if (!batch.length) continue;
      const ids = [...new Set(batch.map((r) => r.entity_id))];
      const rowIds = batch.map((r) => r.id);
      try {
        // Read after the claim: a write committed since is either in these documents or queued behind the lease.
        const docs = await this.transaction<Array<CandidateDocument | VacancyDocument>>((tx) => {
          const loader = new SearchDocumentLoader(tx);
          return index === 'candidates' ? loader.candidates(ids) : loader.vacancies(ids);
        });
        const present = new Set(docs.map((d) => d.id));
        const gone = ids.filter((id) => !present.has(id));
        if (docs.length) {
          if (index === 'candidates') await this.engine.indexCandidates(docs as never);
          else await this.engine.indexVacancies(docs as never);
        }
        if (gone.length) await this.engine.remove(index, gone);
        await this.transaction((tx) => tx.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[]) AND lease_token = $2`, [rowIds, token]));
        result.indexed += docs.length;
        result.removed += gone.length;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await this.transaction(async (tx) => {
          for (const row of batch) {
            await tx.query(
              `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2, leased_until = NULL, lease_token = NULL,
                      next_attempt_at = now() + ($3::float8 * interval '1 millisecond') WHERE id = $1 AND lease_token = $4`,
              [row.id, message, this.backoffMs(row.attempts + 1), token],
            );
          }
        });
        result.failed += batch.length;
      }
    }
    return result;
  }

  /** The short claim transaction: due rows of entities nobody else holds, leased to `token`. */
  private claim(token: string): Promise<ClaimedRow[]> {
    return this.transaction(async (tx) => {
      const due = await tx.query<ClaimedRow[]>(
        `SELECT id, index_name, entity_id, attempts FROM search_outbox
          WHERE next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (!due.length) return [];
      const key = (r: { index_name: string; entity_id: string }) => `${r.index_name}:${r.entity_id}`;
      // Claims of one entity one after the other: a claim that follows sees the lease the one before committed.
      const entities = [...new Set(due.map(key))];
      const locked = await tx.query<{ key: string }[]>(
        `SELECT key FROM unnest($1::text[]) AS key WHERE pg_try_advisory_xact_lock(hashtextextended(key, 0))`,
        [entities],
      );
      const held = await tx.query<{ key: string }[]>(
        `SELECT DISTINCT index_name || ':' || entity_id AS key FROM search_outbox
          WHERE leased_until >= now() AND index_name || ':' || entity_id = ANY($1::text[])`,
        [locked.map((r) => r.key)],
      );
      const busy = new Set(held.map((r) => r.key));
      const mine = new Set(locked.map((r) => r.key).filter((k) => !busy.has(k)));
      const rows = due.filter((r) => mine.has(key(r)));
      if (!rows.length) return [];
      await tx.query(
        `UPDATE search_outbox SET leased_until = now() + ($2::float8 * interval '1 millisecond'), lease_token = $3
          WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id), this.leaseMs, token],
      );
      return rows;
    });
  }

  /** Drains until nothing is due; returns the totals. */
  async drain(maxRounds = 1000): Promise<DrainResult> {
    const total: DrainResult = { indexed: 0, removed: 0, failed: 0 };
    for (let i = 0; i < maxRounds; i++) {
      const r = await this.drainOnce();
      total.indexed += r.indexed;
      total.removed += r.removed;
      total.failed += r.failed;
      if (r.indexed + r.removed + r.failed === 0 || r.failed > 0) break;
    }
    return total;
  }
}
