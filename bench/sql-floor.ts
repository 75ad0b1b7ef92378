import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SERVER_PLANNER_OPTIONS } from '../src/database/data-source-options';
import { benchToken, dbUrl, Request, runLoad, RunningServer, ROOT, startBenchServer } from './bench-harness';

/**
 * The database's floor for each request kind (issue 13): what one request of that kind sends to PostgreSQL,
 * replayed with pgbench at the same concurrency as the service's load. The service cannot be faster than its own
 * statements; service req/s / floor tps says how much the Node process adds on top.
 *
 * How: a second server process (the built app, `dist/main.js`) runs with a node-postgres hook preloaded
 * (`sql-capture.cjs`) that appends every statement and its parameters to a file. Each variant of each kind is sent
 * once to warm the server's caches (user check, known query words), then once more, alone, and the statements
 * of that second request (the user check and the audit insert included) become one pgbench transaction, with the
 * parameters inlined as quoted literals (untyped, as node-postgres sends them). The variants of a kind are
 * replayed as weighted scripts of one pgbench run, as the load run cycles through them.
 */

export interface FloorKind {
  kind: string;
  query: string;
  /** Variables of each request of this kind; the load run and the replay cycle through them. */
  variants: Record<string, unknown>[];
}

export interface FloorResult {
  kind: string;
  /** Statements one request sends (mean over the variants): round trips to PostgreSQL. */
  statements: number;
  service: { rps: number; p50: number; p95: number; errors: number };
  floor: { tps: number; latencyMs: number; failed: number };
  /** service req/s / floor tps. */
  ratio: number;
}

interface Captured {
  text: string;
  values: (string | null)[];
}

const run = promisify(execFile);
const CAPTURE_PRELOAD = join(ROOT, 'bench', 'sql-capture.cjs');

/** A parameter as the SQL literal it stands for: node-postgres sends text of unknown type, so does an untyped literal. */
function literal(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

/** One statement with its `$n` parameters inlined, ready for a pgbench script (simple protocol). */
export function inlineStatement(statement: Captured): string {
  const sql = statement.text.replace(/\$(\d+)(?!\d)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i >= statement.values.length) throw new Error(`statement refers to $${n} but has ${statement.values.length} parameters`);
    return literal(statement.values[i]);
  });
  return `${sql.trim()};`;
}

async function post(server: RunningServer, token: string, request: Request): Promise<void> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${request.kind}: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

/** The statements each variant of each kind sends, captured from a hooked server process, one request at a time. */
async function captureStatements(database: string, kinds: FloorKind[], dir: string): Promise<Map<string, Captured[][]>> {
  const file = join(dir, 'capture.jsonl');
  writeFileSync(file, '');
  const server = await startBenchServer(database, 3901, {
    NODE_OPTIONS: `--require ${CAPTURE_PRELOAD}`,
    SQL_CAPTURE_FILE: file,
    // No background rounds that would mix their statements into a request's (the knelpunten refresh is off for
    // every bench server already; the dashboard warmer is off here).
    DASHBOARD_WARM_SECONDS: '0',
  });
  const captured = new Map<string, Captured[][]>();
  try {
    const token = await benchToken(database, server.url);
    for (const k of kinds) {
      const perVariant: Captured[][] = [];
      for (const variables of k.variants) {
        const request = { kind: k.kind, query: k.query, variables };
        await post(server, token, request);
        // Statements sent after the answer (none today) would still belong to the request: wait for quiet.
        await new Promise((r) => setTimeout(r, 100));
        const from = statSync(file).size;
        await post(server, token, request);
        await new Promise((r) => setTimeout(r, 100));
        const lines = readFileSync(file).subarray(from).toString('utf8').split('\n').filter(Boolean);
        perVariant.push(lines.map((line) => JSON.parse(line) as Captured));
      }
      captured.set(k.kind, perVariant);
    }
  } finally {
    await server.stop();
  }
  return captured;
}

function connectionArgs(database: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(dbUrl(database));
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  // The server's connections carry planner options (data-source-options.ts); the replay uses the same.
  const env = { ...process.env, PGOPTIONS: SERVER_PLANNER_OPTIONS, ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}) };
  return { args, env };
}

/** pgbench at `clients` connections over the scripts (one per variant, equal weights). */
async function pgbench(database: string, scripts: string[], clients: number, seconds: number): Promise<FloorResult['floor']> {
  const { args, env } = connectionArgs(database);
  const { stdout } = await run(
    '/usr/bin/pgbench',
    ['-n', '-c', String(clients), '-j', String(Math.min(2, clients)), '-T', String(seconds), ...scripts.flatMap((s) => ['-f', `${s}@1`]), ...args, database],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  const num = (re: RegExp) => Number(re.exec(stdout)?.[1] ?? NaN);
  return {
    tps: Math.round(num(/tps = ([\d.]+) \(without initial connection time\)/) * 10) / 10,
    latencyMs: Math.round(num(/latency average = ([\d.]+) ms/) * 10) / 10,
    failed: num(/number of failed transactions: (\d+)/) || 0,
  };
}

/** Every script runs once through psql before the timed replay, so a statement that does not replay fails loudly. */
async function checkScript(database: string, script: string): Promise<void> {
  const { args, env } = connectionArgs(database);
  await run('psql', [...args, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-o', '/dev/null', '-f', script, database], { env, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * For each kind: the service's throughput and p95 when only that kind is sent (`clients` loops), next to the
 * pgbench floor of the statements that one such request sends. `seconds` per kind, for each of the two.
 */
export async function measureFloors(
  database: string,
  server: RunningServer,
  token: string,
  kinds: FloorKind[],
  options: { clients: number; seconds: number; warmupSeconds: number },
): Promise<FloorResult[]> {
  const dir = join(tmpdir(), `wsp-sql-floor-${process.pid}-${database}`);
  mkdirSync(dir, { recursive: true });
  try {
    const captured = await captureStatements(database, kinds, dir);
    const results: FloorResult[] = [];
    for (const k of kinds) {
      const perVariant = captured.get(k.kind)!;
      const scripts = perVariant.map((statements, i) => {
        const script = join(dir, `${k.kind.replace(/[^\w]+/g, '-')}-${i}.sql`);
        writeFileSync(script, `${statements.map(inlineStatement).join('\n')}\n`);
        return script;
      });
      for (const script of scripts) await checkScript(database, script);
      const load = await runLoad(server, token, (i) => ({ kind: k.kind, query: k.query, variables: k.variants[i % k.variants.length] }), options);
      const floor = await pgbench(database, scripts, options.clients, options.seconds);
      const statements = Math.round((perVariant.reduce((n, s) => n + s.length, 0) / perVariant.length) * 10) / 10;
      const service = { rps: load.rps, p50: load.latencyMs.p50, p95: load.latencyMs.p95, errors: load.errors };
      results.push({ kind: k.kind, statements, service, floor, ratio: Math.round((service.rps / floor.tps) * 100) / 100 });
      process.stderr.write(`  ${k.kind}: service ${service.rps} req/s (p95 ${service.p95} ms), floor ${floor.tps} tps, ratio ${results.at(-1)!.ratio}\n`);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor section of a benchmark's report: one table, a column group per scale. */
export function floorMarkdown(runs: { candidates: number; floors?: FloorResult[] }[], clients: number, seconds: number): string[] {
  const withFloors = runs.filter((r) => r.floors?.length);
  if (!withFloors.length) return [];
  const kinds = [...new Set(withFloors.flatMap((r) => r.floors!.map((f) => f.kind)))];
  return [
    `Per request kind, against the database's floor: the service with only that kind at ${clients} clients (req/s, p95 ms), and`,
    `the statements one such request sends (user check and audit insert included) replayed by pgbench at ${clients} clients`,
    `(-c ${clients} -j ${Math.min(2, clients)}, ${seconds} s, PGOPTIONS "${SERVER_PLANNER_OPTIONS}"; tps, mean latency ms). Target: service / floor >= 0.75.`,
    ``,
    `| kind | candidates | statements | service req/s | service p95 ms | floor tps | floor ms | service / floor |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|`,
    ...kinds.flatMap((kind) =>
      withFloors.map((r) => {
        const f = r.floors!.find((x) => x.kind === kind);
        return f
          ? `| ${kind} | ${r.candidates} | ${f.statements} | ${f.service.rps} | ${f.service.p95} | ${f.floor.tps}${f.floor.failed ? ` (${f.floor.failed} failed)` : ''} | ${f.floor.latencyMs} | ${f.ratio} |`
          : `| ${kind} | ${r.candidates} | | | | | | |`;
      }),
    ),
    ``,
  ];
}

/** Seconds per kind for the floor section: the per-kind runs are many, so each is capped at 10 s. */
export function floorSeconds(seconds: number): number {
  return Math.max(2, Math.min(10, seconds));
}
