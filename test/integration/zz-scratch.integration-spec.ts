import { loginAs } from '../helpers/actors';
import { gql } from '../helpers/graphql-client';
import { startTestServer, TestServer } from '../helpers/test-server';
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(() => server?.stop());
it('scratch', async () => {
  const a = await loginAs(server, 'ACCOUNTHOUDER');
  const res = await gql(server.url, `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`, { input: { name: 'X', placeName: 'Leiden' } }, a.token);
  console.log(JSON.stringify(res), server.logs().slice(-3000));
});
