import { randomBytes } from 'node:crypto';
import { loginAs } from '../helpers/actors';
import { startTestServer } from '../helpers/test-server';
import { searchEngineContract } from './search-contract';

/**
 * The Meilisearch engine against a real Meilisearch (MEILI_HOST, e.g. the compose stack). None can be installed
 * on the development machines, so without MEILI_HOST every test of the contract is reported as skipped, never as
 * passed.
 */
const host = process.env.MEILI_HOST;

searchEngineContract(
  'meilisearch',
  async () => {
    const server = await startTestServer({
      SEARCH_ENGINE: 'meilisearch',
      MEILI_HOST: host!,
      MEILI_API_KEY: process.env.MEILI_API_KEY ?? '',
      MEILI_INDEX_PREFIX: `wsp_test_${randomBytes(4).toString('hex')}_`,
    });
    const admin = await loginAs(server, 'ADMIN');
    const settle = async () => {
      for (let i = 0; i < 300; i++) {
        const health = (await (await fetch(`${server.url}/health`)).json()) as { search?: { outboxBacklog?: { pending: number } } };
        if (health.search?.outboxBacklog?.pending === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('Meilisearch index did not catch up within 30 s');
    };
    return { url: server.url, adminToken: admin.token, settle, stop: server.stop };
  },
  host ? undefined : 'needs a reachable Meilisearch: set MEILI_HOST (and MEILI_API_KEY) to run it',
);
