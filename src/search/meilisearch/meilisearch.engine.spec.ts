import { CandidateDocument, VacancyDocument } from '../search-documents';
import { toMeiliCandidate, toMeiliVacancy } from './meilisearch-documents';
import { candidateIndexSettings, vacancyIndexSettings } from './meilisearch-settings';
import { MeilisearchEngine } from './meilisearch.engine';
import { RecordingClient, RecordingClientScript } from './testing/recording-client';
import { candidateDoc, vacancyDoc } from './testing/search-documents.fixtures';

const synonyms = { vorkheftruck: ['heftruck'], heftruck: ['vorkheftruck'] };

function setup(script: RecordingClientScript = {}, options: { indexPrefix?: string; apiKey?: string } = {}) {
  const client = new RecordingClient(script);
  const engine = new MeilisearchEngine({ host: 'http://meili.test:7700', client, taskTimeoutMs: 30_000, ...options });
  return { client, engine };
}

async function* batchesOf<T>(...batches: T[][]): AsyncIterable<T[]> {
  for (const batch of batches) yield batch;
}

/** An error shaped like the client's MeilisearchApiError: the response body is its `cause`. */
function apiError(code: string, message: string): Error {
  const error = new Error(message, { cause: { code, message, type: 'invalid_request', link: '' } });
  error.name = 'MeilisearchApiError';
  return error;
}

describe('MeilisearchEngine', () => {
  it('is the meilisearch engine and needs the outbox to keep its copy in sync', () => {
    const { engine } = setup();
    expect(engine.name).toBe('meilisearch');
    expect(engine.needsSync).toBe(true);
  });

  it('names indexes with the prefix (default wsp_) and refuses a prefix Meilisearch would not accept', () => {
    expect(setup().engine.indexUid('candidates')).toBe('wsp_candidates');
    expect(setup({}, { indexPrefix: 'wsp_test_ab12_' }).engine.indexUid('vacancies')).toBe('wsp_test_ab12_vacancies');
    expect(() => setup({}, { indexPrefix: 'bad prefix/' })).toThrow('Invalid Meilisearch index prefix');
  });

  describe('prepare', () => {
    it('creates both indexes with primary key id and applies their settings, waiting for every task', async () => {
      const { client, engine } = setup();
      await engine.prepare({ synonyms });
      expect(client.requests()).toEqual([
        'createIndex wsp_candidates',
        'updateSettings wsp_candidates',
        'createIndex wsp_vacancies',
        'updateSettings wsp_vacancies',
      ]);
      expect(client.callsTo('createIndex').map((c) => c.args[0])).toEqual([{ primaryKey: 'id' }, { primaryKey: 'id' }]);
      expect(client.callsTo('updateSettings').map((c) => c.args[0])).toEqual([
        candidateIndexSettings({ synonyms }),
        vacancyIndexSettings({ synonyms }),
      ]);
      expect(client.callsTo('waitForTask').map((c) => c.args)).toEqual([
        [1, { timeout: 30_000 }],
        [2, { timeout: 30_000 }],
        [3, { timeout: 30_000 }],
        [4, { timeout: 30_000 }],
      ]);
    });

    it('is safe at every start: an index that already exists is fine', async () => {
      const { client, engine } = setup({
        failTask: (call) => (call.method === 'createIndex' ? { code: 'index_already_exists', message: 'Index already exists.' } : undefined),
      });
      await expect(engine.prepare({ synonyms })).resolves.toBeUndefined();
      expect(client.callsTo('updateSettings')).toHaveLength(2);
    });

    it('throws a clear error when a settings task fails', async () => {
      const { engine } = setup({
        failTask: (call) => (call.method === 'updateSettings' ? { code: 'invalid_settings_ranking_rules', message: 'bad rule' } : undefined),
      });
      await expect(engine.prepare({ synonyms })).rejects.toThrow(
        'Meilisearch update settings of wsp_candidates failed (task 2): invalid_settings_ranking_rules: bad rule',
      );
    });

    it('when Meilisearch was down at prepare, applies the settings before the next write or search', async () => {
      let down = true;
      const unreachable = () => (down ? new Error('Request to http://meili.test:7700/indexes has failed') : undefined);
      const { client, engine } = setup({ enqueueError: unreachable });
      await expect(engine.prepare({ synonyms })).rejects.toThrow('Meilisearch create index wsp_candidates failed: Request to');
      down = false;
      client.calls.length = 0;
      await Promise.all([engine.indexCandidates([candidateDoc()]), engine.remove('vacancies', ['v1'])]);
      // One settings run for both concurrent writes, before either write.
      expect(client.requests()).toEqual([
        'createIndex wsp_candidates',
        'updateSettings wsp_candidates',
        'createIndex wsp_vacancies',
        'updateSettings wsp_vacancies',
        'addDocuments wsp_candidates',
        'deleteDocuments wsp_vacancies',
      ]);
      client.calls.length = 0;
      await engine.searchCandidates({ text: '', filter: {}, sort: 'NEWEST', offset: 0, limit: 10, facets: [] });
      expect(client.requests()).toEqual(['search wsp_candidates']);
    });

    it('does not re-apply settings once prepared', async () => {
      const { client, engine } = setup();
      await engine.prepare({ synonyms });
      client.calls.length = 0;
      await engine.indexVacancies([vacancyDoc()]);
      expect(client.requests()).toEqual(['addDocuments wsp_vacancies']);
    });

    it('applies new talent synonyms when prepared again (an ADMIN added a talent or synonym)', async () => {
      const { client, engine } = setup();
      await engine.prepare({ synonyms });
      client.calls.length = 0;
      const more = { ...synonyms, bladblazer: ['bladblazen'], bladblazen: ['bladblazer'] };
      await engine.prepare({ synonyms: more });
      expect(client.callsTo('updateSettings').map((c) => c.args[0])).toEqual([
        candidateIndexSettings({ synonyms: more }),
        vacancyIndexSettings({ synonyms: more }),
      ]);
    });

    it('passes maxTotalHits into the pagination setting', async () => {
      const client = new RecordingClient();
      await new MeilisearchEngine({ host: 'http://x', client, maxTotalHits: 20_000 }).prepare({ synonyms: {} });
      expect(client.callsTo('updateSettings').map((c) => (c.args[0] as { pagination: unknown }).pagination)).toEqual([
        { maxTotalHits: 20_000 },
        { maxTotalHits: 20_000 },
      ]);
    });
  });

  describe('indexing', () => {
    it('adds or replaces the mapped candidate documents with primary key id and waits for the task', async () => {
      const { client, engine } = setup();
      const docs = [candidateDoc(), candidateDoc({ id: '6f1c2d3e-0000-4000-8000-000000000002', lat: null, lon: null })];
      await engine.indexCandidates(docs);
      expect(client.requests()).toEqual(['addDocuments wsp_candidates']);
      expect(client.callsTo('addDocuments')[0].args).toEqual([docs.map(toMeiliCandidate), { primaryKey: 'id' }]);
      expect(client.callsTo('waitForTask')).toHaveLength(1);
    });

    it('adds the mapped vacancy documents', async () => {
      const { client, engine } = setup();
      await engine.indexVacancies([vacancyDoc()]);
      expect(client.callsTo('addDocuments')[0]).toEqual({ method: 'addDocuments', uid: 'wsp_vacancies', args: [[toMeiliVacancy(vacancyDoc())], { primaryKey: 'id' }] });
    });

    it('sends nothing for an empty batch', async () => {
      const { client, engine } = setup();
      await engine.indexCandidates([]);
      await engine.indexVacancies([]);
      await engine.remove('candidates', []);
      expect(client.calls).toEqual([]);
    });

    it('removes documents by id', async () => {
      const { client, engine } = setup();
      await engine.remove('vacancies', ['a', 'b']);
      expect(client.callsTo('deleteDocuments')).toEqual([{ method: 'deleteDocuments', uid: 'wsp_vacancies', args: [['a', 'b']] }]);
      expect(client.callsTo('waitForTask')).toHaveLength(1);
    });

    it('surfaces a failed indexing task as an Error, so the outbox retries', async () => {
      const { engine } = setup({ failTask: () => ({ code: 'invalid_document_geo_field', message: 'bad _geo' }) });
      await expect(engine.indexCandidates([candidateDoc()])).rejects.toThrow(
        'Meilisearch index 1 documents into wsp_candidates failed (task 1): invalid_document_geo_field: bad _geo',
      );
    });

    it('surfaces an unreachable server and a task timeout as Errors naming the operation', async () => {
      const unreachable = setup({ enqueueError: () => new Error('Request to http://meili.test:7700/indexes/wsp_candidates/documents has failed', { cause: new Error('connect ECONNREFUSED') }) });
      await expect(unreachable.engine.remove('candidates', ['a'])).rejects.toThrow(
        'Meilisearch delete 1 documents from wsp_candidates failed: Request to http://meili.test:7700/indexes/wsp_candidates/documents has failed: connect ECONNREFUSED',
      );
      const slow = setup({ waitError: () => new Error('timeout of 30000ms has exceeded on process 1 when waiting a task to be resolved.') });
      await expect(slow.engine.indexVacancies([vacancyDoc()])).rejects.toThrow(/^Meilisearch index 1 documents into wsp_vacancies failed: timeout of 30000ms/);
    });
  });

  describe('search', () => {
    it('sends the stemmed query with filter, sort, page, facets and only ids, and maps the answer', async () => {
      const { client, engine } = setup({
        searchResponse: {
          hits: [{ id: 'c2' }, { id: 'c1' }],
          totalHits: 7,
          facetDistribution: { taalniveau: { B1: 4, A2: 3 }, banenafspraak: { true: 2, false: 5 } },
        },
      });
      const hits = await engine.searchCandidates({
        text: 'kassamedewerkers',
        filter: { statuses: ['ACTIVE'], within: { lat: 52.0575, lon: 4.4931, km: 10 } },
        sort: 'DISTANCE',
        offset: 20,
        limit: 10,
        facets: ['taalniveau', 'banenafspraak'],
      });
      expect(client.calls).toEqual([
        {
          method: 'search',
          uid: 'wsp_candidates',
          args: [
            'kassamedewerker',
            {
              page: 3,
              hitsPerPage: 10,
              attributesToRetrieve: ['id'],
              matchingStrategy: 'all',
              locales: ['nld'],
              filter: 'status IN ["ACTIVE"] AND _geoRadius(52.0575, 4.4931, 10000)',
              sort: ['_geoPoint(52.0575, 4.4931):asc', 'id:asc'],
              facets: ['taalniveau', 'banenafspraak'],
            },
          ],
        },
      ]);
      expect(hits).toEqual({ ids: ['c2', 'c1'], totalCount: 7, totalCountExact: true, facets: { taalniveau: { B1: 4, A2: 3 }, banenafspraak: { true: 2 } } });
    });

    it('searches vacancies in the vacancies index', async () => {
      const { client, engine } = setup({ searchResponse: { hits: [{ id: 'v1' }], totalHits: 1 } });
      const hits = await engine.searchVacancies({ text: '', filter: { leerwerkplek: true }, sort: 'CLOSING_DATE', offset: 0, limit: 5, facets: [] });
      expect(client.calls[0].uid).toBe('wsp_vacancies');
      expect(client.calls[0].args).toEqual([
        '',
        { page: 1, hitsPerPage: 5, attributesToRetrieve: ['id'], matchingStrategy: 'all', locales: ['nld'], filter: 'leerwerkplek = true', sort: ['closingDateDay:asc', 'id:asc'] },
      ]);
      expect(hits).toEqual({ ids: ['v1'], totalCount: 1, totalCountExact: true, facets: {} });
    });

    it('refuses an offset that is not a whole page before sending anything', async () => {
      const { client, engine } = setup();
      await expect(engine.searchCandidates({ text: '', filter: {}, sort: 'NEWEST', offset: 5, limit: 10, facets: [] })).rejects.toThrow('multiple of limit');
      expect(client.calls).toEqual([]);
    });

    it('surfaces a Meilisearch error with its code', async () => {
      const { engine } = setup({ searchError: apiError('invalid_search_filter', 'Attribute `x` is not filterable.') });
      await expect(engine.searchVacancies({ text: 'x', filter: {}, sort: 'RELEVANCE', offset: 0, limit: 10, facets: [] })).rejects.toThrow(
        'Meilisearch search in wsp_vacancies failed: invalid_search_filter: Attribute `x` is not filterable.',
      );
    });
  });

  describe('rebuild', () => {
    it('fills a fresh _rebuild index with settings and every batch, swaps it in, then deletes the old one', async () => {
      const { client, engine } = setup();
      await engine.prepare({ synonyms });
      client.calls.length = 0;
      const first = [candidateDoc({ id: 'a' }), candidateDoc({ id: 'b' })];
      const second = [candidateDoc({ id: 'c' })];
      await expect(engine.rebuild('candidates', batchesOf<CandidateDocument>(first, [], second))).resolves.toBe(3);
      expect(client.requests()).toEqual([
        'deleteIndex wsp_candidates_rebuild',
        'createIndex wsp_candidates_rebuild',
        'updateSettings wsp_candidates_rebuild',
        'addDocuments wsp_candidates_rebuild',
        'addDocuments wsp_candidates_rebuild',
        'createIndex wsp_candidates',
        'swapIndexes',
        'deleteIndex wsp_candidates_rebuild',
      ]);
      expect(client.callsTo('updateSettings')[0].args[0]).toEqual(candidateIndexSettings({ synonyms }));
      expect(client.callsTo('addDocuments').map((c) => c.args[0])).toEqual([first.map(toMeiliCandidate), second.map(toMeiliCandidate)]);
      expect(client.callsTo('swapIndexes')[0].args[0]).toEqual([{ indexes: ['wsp_candidates', 'wsp_candidates_rebuild'], rename: false }]);
      // Every enqueued task was waited for.
      expect(client.callsTo('waitForTask')).toHaveLength(client.requests().length);
    });

    it('tolerates a missing leftover index and an existing live index', async () => {
      let deleteIndexTasks = 0;
      const { client, engine } = setup({
        failTask: (call) => {
          // The first deleteIndex clears a leftover that is not there; the last one removes the swapped-out index.
          if (call.method === 'deleteIndex' && deleteIndexTasks++ === 0) return { code: 'index_not_found', message: 'Index `wsp_vacancies_rebuild` not found.' };
          if (call.method === 'createIndex' && call.uid === 'wsp_vacancies') return { code: 'index_already_exists', message: 'Index `wsp_vacancies` already exists.' };
          return undefined;
        },
      });
      await engine.prepare({ synonyms: {} });
      await expect(engine.rebuild('vacancies', batchesOf<VacancyDocument>([vacancyDoc()]))).resolves.toBe(1);
      expect(client.callsTo('swapIndexes')).toHaveLength(1);
    });

    it('fails when the swap fails, leaving the live index as it was', async () => {
      const { client, engine } = setup({
        failTask: (call) => (call.method === 'swapIndexes' ? { code: 'index_not_found', message: 'Indexes `wsp_vacancies` not found.' } : undefined),
      });
      await engine.prepare({ synonyms: {} });
      await expect(engine.rebuild('vacancies', batchesOf<VacancyDocument>([vacancyDoc()]))).rejects.toThrow(
        'Meilisearch swap wsp_vacancies with wsp_vacancies_rebuild failed (task 10): index_not_found',
      );
      expect(client.requests().at(-1)).toBe('swapIndexes');
    });

    it('leaves the live index alone and drops the half-built one when a batch fails', async () => {
      const { client, engine } = setup();
      await engine.prepare({ synonyms: {} });
      client.calls.length = 0;
      async function* failing(): AsyncIterable<VacancyDocument[]> {
        yield [vacancyDoc()];
        throw new Error('database went away');
      }
      await expect(engine.rebuild('vacancies', failing())).rejects.toThrow('database went away');
      expect(client.requests()).toEqual([
        'deleteIndex wsp_vacancies_rebuild',
        'createIndex wsp_vacancies_rebuild',
        'updateSettings wsp_vacancies_rebuild',
        'addDocuments wsp_vacancies_rebuild',
        'deleteIndex wsp_vacancies_rebuild',
      ]);
      expect(client.callsTo('swapIndexes')).toEqual([]);
    });

    it('needs prepare() first, so the new index gets the synonyms', async () => {
      const { client, engine } = setup();
      await expect(engine.rebuild('candidates', batchesOf<CandidateDocument>())).rejects.toThrow('needs prepare() first');
      expect(client.calls).toEqual([]);
    });
  });

  describe('health', () => {
    it('is up when Meilisearch says available', async () => {
      const { client, engine } = setup();
      await expect(engine.health()).resolves.toEqual({ up: true });
      expect(client.requests()).toEqual(['health']);
    });

    it('is down with a short detail on any error, without the API key or URL credentials', async () => {
      const apiKey = 'super-secret-master-key';
      const { engine } = setup(
        {
          health: async () => {
            throw new Error(`Request to http://admin:pw@meili.test:7700/health?key=${apiKey} has failed`, { cause: new Error('x'.repeat(500)) });
          },
        },
        { apiKey },
      );
      const health = await engine.health();
      expect(health.up).toBe(false);
      expect(health.detail).toMatch(/^Request to http:\/\/\*\*\*@meili\.test:7700\/health\?key=\*\*\* has failed: x+\.\.\.$/);
      expect(health.detail!.length).toBeLessThanOrEqual(200);
      expect(health.detail).not.toContain(apiKey);
      expect(health.detail).not.toContain('pw');
    });
  });
});
