/**
 * The Meilisearch adapter of the SearchEngine port, written against the official `meilisearch` JS client (0.62).
 *
 * How it is tested: the unit specs beside this file check what it sends (index settings, documents, filter and
 * sort strings, search parameters, the sequence of client calls through a recording client). Whether Meilisearch
 * answers as PostgreSQL does is the job of the shared engine contract suite in test/, which runs against this
 * engine whenever MEILI_HOST (and MEILI_API_KEY if the server has a master key) is set, e.g. against the
 * docker-compose stack. No Meilisearch binary can be installed on the development machines, so there is
 * deliberately no fake server: without MEILI_HOST that suite skips.
 *
 * Needs Meilisearch >= 1.18: the swap request carries `rename: false`, a field added in 1.18 that the 0.62 client
 * requires. Every failure (HTTP error, unreachable server, failed or timed-out task) surfaces as a thrown
 * Error naming the operation, so the outbox worker retries.
 */
import type { DocumentOptions, EnqueuedTask, Health, IndexOptions, IndexSwap, Meilisearch, Settings, Task, WaitOptions } from 'meilisearch';
import { CandidateDocument, VacancyDocument } from '../search-documents';
import { EngineSettings, IndexName, SearchEngine } from '../search-engine';
import { CandidateFilter, CandidateSort, SearchHits, SearchRequest, VacancyFilter, VacancySort } from '../search-query';
import { PRIMARY_KEY, toMeiliCandidate, toMeiliVacancy } from './meilisearch-documents';
import { candidateSearch, MeiliSearch, MeiliSearchParams, MeiliSearchResponse, toSearchHits, vacancySearch } from './meilisearch-search';
import { indexSettings } from './meilisearch-settings';

/** The part of an index handle (`client.index(uid)`) this engine uses. */
export interface MeilisearchIndexClient {
  search(query: string, options: MeiliSearchParams): Promise<MeiliSearchResponse>;
  addDocuments(documents: Record<string, any>[], options?: DocumentOptions): Promise<EnqueuedTask>;
  deleteDocuments(ids: string[]): Promise<EnqueuedTask>;
  updateSettings(settings: Settings): Promise<EnqueuedTask>;
}

/** The part of the `meilisearch` client this engine uses; the real `Meilisearch` class satisfies it (checked below). */
export interface MeilisearchClient {
  index(uid: string): MeilisearchIndexClient;
  createIndex(uid: string, options?: IndexOptions): Promise<EnqueuedTask>;
  deleteIndex(uid: string): Promise<EnqueuedTask>;
  swapIndexes(params: IndexSwap[]): Promise<EnqueuedTask>;
  health(): Promise<Health>;
  readonly tasks: { waitForTask(task: EnqueuedTask | number, options?: WaitOptions): Promise<Task> };
}

// Compile-time proof that the installed client class fits MeilisearchClient.
const _realClientFits = (client: Meilisearch): MeilisearchClient => client;

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Prepended to the index names: `wsp_candidates`, `wsp_vacancies`. */
  indexPrefix?: string;
  /** A ready client (tests inject a recording one); otherwise one is created from host and apiKey. */
  client?: MeilisearchClient;
  /** How long to wait for one indexing or settings task. */
  taskTimeoutMs?: number;
  /** How long one HTTP request may take. */
  requestTimeoutMs?: number;
  /** See DEFAULT_MAX_TOTAL_HITS. */
  maxTotalHits?: number;
}

const DEFAULT_TASK_TIMEOUT_MS = 120_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const REBUILD_SUFFIX = '_rebuild';

interface RunTaskOptions {
  /** Meilisearch error codes that count as success (e.g. `index_already_exists` when ensuring an index). */
  tolerate?: string[];
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly needsSync = true;

  private readonly prefix: string;
  private readonly taskTimeoutMs: number;
  private clientPromise?: Promise<MeilisearchClient>;
  /** The settings prepare() was given, and the ones last applied to both indexes successfully. */
  private settings?: EngineSettings;
  private applied?: EngineSettings;
  private applying?: Promise<void>;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.prefix = options.indexPrefix ?? 'wsp_';
    // Index uids: "only composed of alphanumeric characters, hyphens (-) and underscores (_)".
    if (!/^[A-Za-z0-9_-]*$/.test(this.prefix)) throw new Error(`Invalid Meilisearch index prefix: ${JSON.stringify(this.prefix)}`);
    this.taskTimeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
    if (options.client) this.clientPromise = Promise.resolve(options.client);
  }

  /** The index uid for one of our indexes. */
  indexUid(index: IndexName): string {
    return `${this.prefix}${index}`;
  }

  /**
   * Creates both indexes (primary key `id`) and applies their settings, waiting for each task. If Meilisearch is
   * down this throws, and the settings are remembered: the next write or search applies them first, so an index
   * never runs without its filterable attributes and synonyms once the server is back.
   */
  async prepare(settings: EngineSettings): Promise<void> {
    this.settings = settings;
    await this.ensurePrepared();
  }

  async indexCandidates(docs: CandidateDocument[]): Promise<void> {
    await this.addDocuments(this.indexUid('candidates'), docs.map(toMeiliCandidate));
  }

  async indexVacancies(docs: VacancyDocument[]): Promise<void> {
    await this.addDocuments(this.indexUid('vacancies'), docs.map(toMeiliVacancy));
  }

  async remove(index: IndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.ensurePrepared();
    const uid = this.indexUid(index);
    const client = await this.client();
    await this.runTask(`delete ${ids.length} documents from ${uid}`, () => client.index(uid).deleteDocuments(ids));
  }

  async searchCandidates(request: SearchRequest<CandidateFilter, CandidateSort>): Promise<SearchHits> {
    const search = candidateSearch(request);
    await this.ensurePrepared();
    return this.search('candidates', search);
  }

  async searchVacancies(request: SearchRequest<VacancyFilter, VacancySort>): Promise<SearchHits> {
    const search = vacancySearch(request);
    await this.ensurePrepared();
    return this.search('vacancies', search);
  }

  rebuild(index: 'candidates', batches: AsyncIterable<CandidateDocument[]>): Promise<number>;
  rebuild(index: 'vacancies', batches: AsyncIterable<VacancyDocument[]>): Promise<number>;
  /**
   * Fills a fresh `<uid>_rebuild` index (current settings, then every batch), swaps it with the live index in one
   * atomic step, and deletes what is then the old index. Searches answer from the old index until the swap.
   * A leftover `_rebuild` index from an interrupted run is dropped first; on failure before the swap the
   * half-built index is dropped and the live index is untouched.
   */
  async rebuild(index: IndexName, batches: AsyncIterable<CandidateDocument[] | VacancyDocument[]>): Promise<number> {
    const settings = this.settings;
    if (!settings) throw new Error('MeilisearchEngine.rebuild needs prepare() first: the new index gets the prepared settings');
    const live = this.indexUid(index);
    const fresh = `${live}${REBUILD_SUFFIX}`;
    const client = await this.client();
    await this.deleteIndexIfPresent(fresh);
    let count = 0;
    try {
      await this.ensureIndex(fresh);
      await this.applySettings(fresh, index, settings);
      for await (const batch of batches) {
        const docs = index === 'candidates' ? (batch as CandidateDocument[]).map(toMeiliCandidate) : (batch as VacancyDocument[]).map(toMeiliVacancy);
        await this.addDocuments(fresh, docs, { prepared: true });
        count += docs.length;
      }
      await this.ensureIndex(live);
    } catch (error) {
      await this.deleteIndexIfPresent(fresh).catch(() => undefined);
      throw error;
    }
    await this.runTask(`swap ${live} with ${fresh}`, () => client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    await this.runTask(`delete the replaced index ${fresh}`, () => client.deleteIndex(fresh));
    return count;
  }

  async health(): Promise<{ up: boolean; detail?: string }> {
    try {
      const client = await this.client();
      const health = await client.health();
      return health.status === 'available' ? { up: true } : { up: false, detail: `status ${String(health.status)}` };
    } catch (error) {
      return { up: false, detail: this.shortDetail(error) };
    }
  }

  private async search(index: IndexName, { q, params }: MeiliSearch): Promise<SearchHits> {
    const uid = this.indexUid(index);
    const client = await this.client();
    let response: MeiliSearchResponse;
    try {
      response = await client.index(uid).search(q, params);
    } catch (error) {
      throw this.wrap(`search in ${uid}`, error);
    }
    return toSearchHits(response, params);
  }

  private async addDocuments(uid: string, docs: Record<string, any>[], options: { prepared?: boolean } = {}): Promise<void> {
    if (docs.length === 0) return;
    if (!options.prepared) await this.ensurePrepared();
    const client = await this.client();
    // Add or replace: a document with an existing id replaces the stored one as a whole.
    await this.runTask(`index ${docs.length} documents into ${uid}`, () => client.index(uid).addDocuments(docs, { primaryKey: PRIMARY_KEY }));
  }

  /** Applies the settings given to prepare() unless they are already applied; one run at a time. */
  private async ensurePrepared(): Promise<void> {
    const target = this.settings;
    if (!target || this.applied === target) return;
    this.applying ??= (async () => {
      for (const index of ['candidates', 'vacancies'] as const) {
        const uid = this.indexUid(index);
        await this.ensureIndex(uid);
        await this.applySettings(uid, index, target);
      }
      this.applied = target;
    })().finally(() => {
      this.applying = undefined;
    });
    await this.applying;
    // prepare() may have been given newer settings while the run above was in flight.
    if (this.applied !== this.settings) await this.ensurePrepared();
  }

  private async ensureIndex(uid: string): Promise<void> {
    const client = await this.client();
    await this.runTask(`create index ${uid}`, () => client.createIndex(uid, { primaryKey: PRIMARY_KEY }), { tolerate: ['index_already_exists'] });
  }

  private async deleteIndexIfPresent(uid: string): Promise<void> {
    const client = await this.client();
    await this.runTask(`delete index ${uid}`, () => client.deleteIndex(uid), { tolerate: ['index_not_found'] });
  }

  private async applySettings(uid: string, index: IndexName, engine: EngineSettings): Promise<void> {
    const client = await this.client();
    const settings = indexSettings(index, engine, { maxTotalHits: this.options.maxTotalHits });
    await this.runTask(`update settings of ${uid}`, () => client.index(uid).updateSettings(settings));
  }

  /**
   * Enqueues one task and waits for it. Meilisearch processes writes asynchronously and reports a failure only
   * in the task (`waitForTask` resolves with status `failed`, it does not throw), so the status is checked here.
   */
  private async runTask(what: string, enqueue: () => Promise<EnqueuedTask>, options: RunTaskOptions = {}): Promise<Task> {
    const client = await this.client();
    let task: Task;
    try {
      const enqueued = await enqueue();
      task = await client.tasks.waitForTask(enqueued.taskUid, { timeout: this.taskTimeoutMs });
    } catch (error) {
      throw this.wrap(what, error);
    }
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && task.error && options.tolerate?.includes(task.error.code)) return task;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : `task ended ${task.status}`;
    throw new Error(`Meilisearch ${what} failed (task ${task.uid}): ${reason}`);
  }

  private client(): Promise<MeilisearchClient> {
    // The client package is ESM-only; loading it here (not at module top level) keeps this module, and the pure
    // modules it imports, loadable by Jest's CommonJS runtime. Node 20 runs the dynamic import natively.
    this.clientPromise ??= import('meilisearch').then(
      ({ Meilisearch: Client }) =>
        new Client({ host: this.options.host, apiKey: this.options.apiKey, timeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS }),
    );
    return this.clientPromise;
  }

  private wrap(what: string, error: unknown): Error {
    const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    const prefix = typeof code === 'string' ? `${code}: ` : '';
    return new Error(`Meilisearch ${what} failed: ${prefix}${this.describe(error)}`, { cause: error });
  }

  /** The error and its causes, without the API key or credentials in a URL. */
  private describe(error: unknown): string {
    const parts: string[] = [];
    let current: unknown = error;
    for (let depth = 0; current != null && depth < 3; depth++) {
      if (current instanceof Error) {
        parts.push(current.message);
        current = current.cause;
      } else {
        if (typeof current === 'string') parts.push(current);
        break;
      }
    }
    let text = parts.filter(Boolean).join(': ') || String(error);
    if (this.options.apiKey) text = text.split(this.options.apiKey).join('***');
    return text.replace(/\/\/[^/@\s]+@/g, '//***@');
  }

  private shortDetail(error: unknown): string {
    const text = this.describe(error);
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  }
}
