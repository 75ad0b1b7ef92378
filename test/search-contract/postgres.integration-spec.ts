import { loginAs } from '../helpers/actors';
import { startTestServer } from '../helpers/test-server';
import { searchEngineContract } from './search-contract';

/** The PostgreSQL engine on the real PostgreSQL server. */
searchEngineContract('postgres', async () => {
  const server = await startTestServer();
  const admin = await loginAs(server, 'ADMIN');
  return { url: server.url, adminToken: admin.token, settle: async () => undefined, stop: server.stop };
});
