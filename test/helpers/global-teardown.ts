import { withServerClient } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.WSP_TEST_TEMPLATE;
  if (template) await withServerClient((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
}
