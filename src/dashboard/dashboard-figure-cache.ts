import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

type Row = Record<string, unknown>;

/** Tables with a change counter (migration 1763910000000-dashboard-change-counters): sequence change_count_<table>. */
export type CountedTable = 'candidate' | 'vacancy' | 'employer' | 'placement' | 'vacancy_match_summary' | 'category' | 'klantcategorie';
const COUNTED: readonly CountedTable[] = ['candidate', 'vacancy', 'employer', 'placement', 'vacancy_match_summary', 'category', 'klantcategorie'];

/** The tables' change counters at one moment. */
export type ChangeCounts = Record<CountedTable, string | null>;

/**
 * Whether no transaction in progress in this snapshot may have written one of the tables ($1, names): each one is
 * still running (its transaction id lock is held) and holds no write lock on those tables in this database.
 */
const QUIET = `
SELECT NOT EXISTS (
  SELECT FROM pg_snapshot_xip(pg_current_snapshot()) AS s(xid)
   WHERE NOT EXISTS (SELECT FROM pg_locks t WHERE t.locktype = 'transactionid' AND t.transactionid = s.xid::xid)
      OR EXISTS (SELECT FROM pg_locks t JOIN pg_locks r ON r.virtualtransaction = t.virtualtransaction
                  WHERE t.locktype = 'transactionid' AND t.transactionid = s.xid::xid
                    AND r.locktype = 'relation' AND r.granted
                    AND r.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND r.relation = ANY (SELECT to_regclass(name) FROM unnest($1::text[]) AS name)
                    AND r.mode NOT IN ('AccessShareLock', 'RowShareLock'))) AS quiet`;

/** Distinct statement-and-scope entries kept (each the few rows of one statement); the least recently used goes first. */
const ENTRIES = 1000;

/**
 * Every dashboard statement's rows, per bound scope: a manager opening the dashboard again, changing a filter back or
 * the warmer's next round (dashboard-warmer.ts) asks for the same figures again. This keeps each statement's rows
 * per bound scope and reuses them while none of the tables the statement reads has changed: exact, not a TTL.
 *
 * How "has changed" is known: every write statement on a counted table advances that table's sequence (a
 * statement-level trigger). A result is kept under the counters read BEFORE its snapshot was taken, and only when
 * that snapshot saw no transaction in progress that may have written the statement's tables (below). Then every write
 * the counters include was committed and visible in the snapshot, and any later write advances a counter, so the
 * rows are those the statement would return now. This holds across server replicas, since the counters live in the
 * database.
 *
 * "Saw no writer in progress" is narrowed to the tables the statement reads: a transaction in progress in the
 * snapshot matters only if it may have written one of them before the counters were read. Such a transaction still
 * holds its write lock on that table (locks are held until the end), so one that is still running and holds no
 * write lock on the statement's tables cannot have changed its rows; one that ended between the snapshot and the
 * check cannot be told apart, so it counts as a writer. Without this narrowing any write anywhere in the cluster
 * (an audit entry, another database on the same server) kept every figure from being reused. When a writer was in
 * progress, the rows are used for this request only.
 */
export class DashboardFigureCache {
  private readonly entries = new LRUCache<string, { counts: string; rows: Promise<Row[]> }>({ max: ENTRIES });

  /** How many statements ran (not reused) since start; DashboardWarmer logs what a round recomputed. */
  computedStatements = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** The current counters, read once per request before any statement runs. */
  async counts(): Promise<ChangeCounts> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT ${COUNTED.map((t) => `pg_sequence_last_value('change_count_${t}')::text AS ${t}`).join(', ')}`)) as ChangeCounts[];
      // A transaction id, committed after the counters were read: PostgreSQL reuses a snapshot while no transaction
      // with an id has ended, and such a reused snapshot would not list a writer that started after it. This commit
      // makes every later snapshot fresh, so the in-progress check below sees every writer the counters include.
      await manager.query(`SELECT pg_current_xact_id()`);
      return row;
    });
  }

  /**
   * The rows of `text` bound to `params`, reading `tables`: kept ones when none of the tables changed since,
   * else computed (in one REPEATABLE READ snapshot, with `prepare` run first, e.g. SET LOCAL).
   */
  rows(counts: ChangeCounts, tables: readonly CountedTable[], text: string, params: unknown[], prepare: string[]): Promise<Row[]> {
    const key = JSON.stringify([text, params]);
    const version = tables.map((t) => counts[t] ?? '-').join(',');
    const kept = this.entries.get(key);
    if (kept && kept.counts === version) return kept.rows;
    const computed = this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      for (const statement of prepare) await manager.query(statement);
      const [{ quiet }] = (await manager.query(QUIET, [tables])) as Array<{ quiet: boolean }>;
      const rows = (await manager.query(text, params)) as Row[];
      return { rows, quiet };
    });
    this.computedStatements++;
    const rows = computed.then((c) => c.rows);
    const entry = { counts: version, rows };
    // Shared with identical requests while it runs; kept afterwards only when its snapshot was quiet.
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    computed.then((c) => (c.quiet ? undefined : forget()), forget);
    return rows;
  }
}
