import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gqlOk } from '../helpers/graphql-client';
import { startServer, stopProcess } from '../helpers/test-server';
import { searchEngineContract } from './search-contract';

/** The PostgreSQL engine on the embedded database (PGlite), the zero-setup default, with no demo data. */
searchEngineContract('postgres', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wsp-pglite-'));
  const env = { ...process.env, DATA_DIR: join(dataDir, 'pglite'), DATABASE_URL: '', DEMO_DATA: 'false', ADMIN_PASSWORD: 'contract-admin-password' };
  // The first admin, as in production: through the CLI.
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli', 'create-admin.cli.js'), '--email', 'admin@contract.test'], { env, stdio: 'pipe' });
  const { url, child } = await startServer({ DATA_DIR: join(dataDir, 'pglite'), DEMO_DATA: 'false' }, 120_000);
  const { login } = await gqlOk(url, 'mutation { login(email: "admin@contract.test", password: "contract-admin-password") { token } }');
  return {
    url,
    adminToken: login.token,
    settle: async () => undefined,
    stop: async () => {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
