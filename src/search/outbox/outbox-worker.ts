import { SearchDocumentLoader } from '../search-documents.loader';
import { IndexName, SearchEngine } from '../search-engine';
import { TransactionRunner } from '../../database/transaction';

export interface OutboxWorkerOptions {
  batchSize?: number;
  /** Delay before retry n (1-based), in ms: exponential, capped. */
  backoffMs?: (attempt: number) => number;
}

export interface DrainResult {
  indexed: number;
  removed: number;
  failed: number;
}

const defaultBackoff = (attempt: number) => Math.min(60_000, 500 * 2 ** (attempt - 1));

/**
 * Drains the search outbox into an engine. Idempotent by construction: it never replays the event, it indexes
 * the row's CURRENT state (or removes it when the row is gone), so duplicates and reordering cannot make the
 * index differ from the database. Safe with several replicas: rows are claimed with FOR UPDATE SKIP LOCKED and
 * each entity under a transaction-scoped advisory lock, so two workers never index the same entity at once
 * (which could let an older state land last).
 */
export class OutboxWorker {
  private readonly batchSize: number;
  private readonly backoffMs: (attempt: number) => number;

  constructor(
    private readonly transaction: TransactionRunner,
    private readonly engine: SearchEngine,
    options: OutboxWorkerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.backoffMs = options.backoffMs ?? defaultBackoff;
  }

  /** One batch; returns what it did. Call until it returns nothing to do. */
  drainOnce(): Promise<DrainResult> {
    return this.transaction(async (tx) => {
      const claimed = await tx.query<{ id: string; index_name: IndexName; entity_id: string; attempts: number }[]>(
        `SELECT id, index_name, entity_id, attempts FROM search_outbox
          WHERE next_attempt_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      const result: DrainResult = { indexed: 0, removed: 0, failed: 0 };
      if (!claimed.length) return result;

      // Take each entity's lock; an entity another worker holds is left for a later round.
      const entities = [...new Set(claimed.map((r) => `${r.index_name}:${r.entity_id}`))];
      const locked = await tx.query<{ key: string }[]>(
        `SELECT key FROM unnest($1::text[]) AS key WHERE pg_try_advisory_xact_lock(hashtextextended(key, 0))`,
        [entities],
      );
      const mine = new Set(locked.map((r) => r.key));
      const rows = claimed.filter((r) => mine.has(`${r.index_name}:${r.entity_id}`));

      const loader = new SearchDocumentLoader(tx);
      for (const index of ['candidates', 'vacancies'] as const) {
        const batch = rows.filter((r) => r.index_name === index);
        if (!batch.length) continue;
        const ids = [...new Set(batch.map((r) => r.entity_id))];
        try {
          const docs = index === 'candidates' ? await loader.candidates(ids) : await loader.vacancies(ids);
          const present = new Set(docs.map((d) => d.id));
          const gone = ids.filter((id) => !present.has(id));
          if (docs.length) {
            if (index === 'candidates') await this.engine.indexCandidates(docs as never);
            else await this.engine.indexVacancies(docs as never);
          }
          if (gone.length) await this.engine.remove(index, gone);
          await tx.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [batch.map((r) => r.id)]);
          result.indexed += docs.length;
          result.removed += gone.length;
        } catch (error) {
          const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          for (const row of batch) {
            await tx.query(
              `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
                      next_attempt_at = now() + ($3::float8 * interval '1 millisecond') WHERE id = $1`,
              [row.id, message, this.backoffMs(row.attempts + 1)],
            );
          }
          result.failed += batch.length;
        }
      }
      return result;
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
