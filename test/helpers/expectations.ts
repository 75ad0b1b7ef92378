import { tableCounts } from './actors';
import { errorCode, GraphQLResponse } from './graphql-client';
import { TestServer } from './test-server';

/** Text that would show a client how the server works inside: stack frames, SQL, driver errors. */
const INTERNALS = [
  /"stack"/i,
  /stacktrace/i,
  /\bat \//,
  /\bat .*\.(js|ts):\d+/,
  /QueryFailedError/,
  /\brelation\b/i,
  /\bviolates\b/i,
  /\bSELECT\b.*\bFROM\b/i,
  /\bINSERT INTO\b/i,
  /\bUPDATE\b.*\bSET\b/i,
  /\bDELETE FROM\b/i,
  /syntax error at or near/i,
  /\bconstraint\b/i,
  /node_modules/,
];

/** Fails when anything in the JSON response gives away internals (stack traces, SQL, driver messages). */
export function expectNoInternals(res: GraphQLResponse): void {
  const json = JSON.stringify(res);
  for (const pattern of INTERNALS) {
    if (pattern.test(json)) throw new Error(`response leaks internals (${pattern}): ${json.slice(0, 2000)}`);
  }
}

/**
 * A refused request with BAD_USER_INPUT whose message names the field and says in plain words what is wrong,
 * with nothing internal in the response and no data.
 */
export function expectBadInput(res: GraphQLResponse, field: string | RegExp, problem: RegExp): void {
  const summary = JSON.stringify(res.errors ?? res.data).slice(0, 2000);
  if (errorCode(res) !== 'BAD_USER_INPUT') throw new Error(`expected BAD_USER_INPUT, got: ${summary}`);
  const message = res.errors![0].message;
  const namesField = typeof field === 'string' ? message.includes(field) : field.test(message);
  if (!namesField) throw new Error(`message does not name the field ${field}: "${message}"`);
  if (!problem.test(message)) throw new Error(`message does not say ${problem}: "${message}"`);
  expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  expectNoInternals(res);
}

/** Runs a request that must write nothing and returns its response, checking every table's row count. */
export async function withoutWrites(server: TestServer, request: () => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  const before = await tableCounts(server);
  const res = await request();
  expect(await tableCounts(server)).toEqual(before);
  return res;
}

/** One row as it is stored, to show an update that was refused left it alone. */
export async function storedRow(server: TestServer, table: 'employer' | 'vacancy' | 'candidate' | 'candidate_personal', id: string) {
  const key = table === 'candidate_personal' ? 'candidate_id' : 'id';
  const { rows } = await server.db.query(`SELECT * FROM ${table} WHERE ${key} = $1`, [id]);
  return rows[0];
}
