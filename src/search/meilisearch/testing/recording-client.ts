import type { EnqueuedTask, Task } from 'meilisearch';
import type { MeilisearchClient, MeilisearchIndexClient } from '../meilisearch.engine';
import type { MeiliSearchResponse } from '../meilisearch-search';

/**
 * A stand-in for the `meilisearch` client that only records what the engine asks of it, so a spec can assert
 * the requests the engine builds. It does not search: `search` answers whatever response the spec scripted, and
 * every task "succeeds" unless the spec says which one fails. Whether Meilisearch itself answers correctly is
 * the contract suite's job (test/search-contract, against a real server).
 */
export interface RecordedCall {
  method: string;
  /** The index uid, for index-level calls. */
  uid?: string;
  args: unknown[];
}

export interface RecordingClientScript {
  /** The response `search` returns. */
  searchResponse?: MeiliSearchResponse;
  /** Makes `search` reject with this error. */
  searchError?: unknown;
  /** Makes the enqueue call itself reject (an HTTP-level error). */
  enqueueError?: (call: RecordedCall) => unknown;
  /** Marks a task as failed with this Meilisearch error. */
  failTask?: (call: RecordedCall) => { code: string; message: string } | undefined;
  /** Makes waiting for the task reject (e.g. a task timeout). */
  waitError?: (call: RecordedCall) => unknown;
  health?: () => Promise<{ status: 'available' }>;
}

export class RecordingClient implements MeilisearchClient {
  readonly calls: RecordedCall[] = [];
  private readonly enqueued = new Map<number, RecordedCall>();
  private nextTaskUid = 1;

  constructor(private readonly script: RecordingClientScript = {}) {}

  /** The calls other than waiting for tasks, as `method uid` lines: the sequence of requests sent. */
  requests(): string[] {
    return this.calls.filter((c) => c.method !== 'waitForTask').map((c) => (c.uid ? `${c.method} ${c.uid}` : c.method));
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  index(uid: string): MeilisearchIndexClient {
    return {
      search: async (query, options) => {
        this.calls.push({ method: 'search', uid, args: [query, options] });
        if (this.script.searchError !== undefined) throw this.script.searchError;
        return this.script.searchResponse ?? { hits: [], totalHits: 0 };
      },
      addDocuments: (documents, options) => this.enqueue({ method: 'addDocuments', uid, args: [documents, options] }),
      deleteDocuments: (ids) => this.enqueue({ method: 'deleteDocuments', uid, args: [ids] }),
      updateSettings: (settings) => this.enqueue({ method: 'updateSettings', uid, args: [settings] }),
    };
  }

  createIndex(uid: string, options?: unknown): Promise<EnqueuedTask> {
    return this.enqueue({ method: 'createIndex', uid, args: [options] });
  }

  deleteIndex(uid: string): Promise<EnqueuedTask> {
    return this.enqueue({ method: 'deleteIndex', uid, args: [] });
  }

  swapIndexes(params: unknown[]): Promise<EnqueuedTask> {
    return this.enqueue({ method: 'swapIndexes', args: [params] });
  }

  async health(): Promise<{ status: 'available' }> {
    this.calls.push({ method: 'health', args: [] });
    return this.script.health ? this.script.health() : { status: 'available' };
  }

  readonly tasks = {
    waitForTask: async (task: EnqueuedTask | number, options?: unknown): Promise<Task> => {
      const taskUid = typeof task === 'number' ? task : task.taskUid;
      this.calls.push({ method: 'waitForTask', args: [taskUid, options] });
      const call = this.enqueued.get(taskUid);
      if (!call) throw new Error(`waited for unknown task ${taskUid}`);
      const waitError = this.script.waitError?.(call);
      if (waitError !== undefined) throw waitError;
      const failure = this.script.failTask?.(call);
      return {
        uid: taskUid,
        batchUid: null,
        canceledBy: null,
        indexUid: call.uid ?? null,
        status: failure ? 'failed' : 'succeeded',
        type: 'settingsUpdate',
        enqueuedAt: '2025-01-01T00:00:00Z',
        error: failure ? { ...failure, type: 'invalid_request', link: 'https://docs.meilisearch.com/errors' } : null,
        duration: null,
        startedAt: null,
        finishedAt: null,
      };
    },
  };

  private async enqueue(call: RecordedCall): Promise<EnqueuedTask> {
    this.calls.push(call);
    const error = this.script.enqueueError?.(call);
    if (error !== undefined) throw error;
    const taskUid = this.nextTaskUid++;
    this.enqueued.set(taskUid, call);
    return { taskUid, indexUid: call.uid ?? null, status: 'enqueued', type: 'settingsUpdate', enqueuedAt: '2025-01-01T00:00:00Z' };
  }
}
