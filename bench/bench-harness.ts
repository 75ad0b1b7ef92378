import { execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import autocannon from 'autocannon';
import { hashPassword } from '../src/auth/password-hash';
import { integerOption, parseCliArgs, UsageError } from '../src/cli/cli-args';
import { SERVER_PLANNER_OPTIONS } from '../src/database/data-source-options';

/** Shared by the benchmarks: seeded databases, the server as its own process, load with N clients, reports. */

export const ROOT = join(__dirname, '..');

export const BENCH_USAGE = 'usage: [--scales 10000,100000] [--seconds 20] [--clients 8] [--database NAME] [--recall-samples 16]';

/**
 * --scales 10000,100000 --seconds 20 --clients 8, shared by every benchmark (node:util parseArgs, strict); --database
 * NAME benches a copy of a seeded database (createdb -T) instead, for a branch whose migrations must not touch the
 * shared one; --recall-samples N is how many vacancies bench:match checks against its naive baseline. A bad or
 * unknown option prints what is wrong and the usage, and exits with code 2.
 */
export function benchOptions(argv: string[] = process.argv.slice(2)) {
  try {
    const values = parseCliArgs(
      {
        scales: { type: 'string' },
        seconds: { type: 'string' },
        clients: { type: 'string' },
        database: { type: 'string' },
        'recall-samples': { type: 'string' },
      },
      argv,
    );
    const scales = (values.scales ?? '10000,100000').split(',').map((scale) => integerOption('scales', scale.trim(), 1)!);
    return {
      scales,
      seconds: integerOption('seconds', values.seconds, 1) ?? 20,
      clients: integerOption('clients', values.clients, 1) ?? 8,
      database: values.database,
      recallSamples: integerOption('recall-samples', values['recall-samples'], 1) ?? 16,
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${BENCH_USAGE}\n`);
    process.exit(2);
  }
}
export const SERVER_URL = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function dbUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>, database = SERVER_URL): Promise<T> {
  const c = new Client({ connectionString: database });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A database with exactly `candidates` and `vacancies` rows from the generator (seed 42), and `placements`
 * voordrachten of history when asked. Kept between runs (named after its size) so a benchmark does not reseed a
 * million rows each time.
 */
export async function seededDatabase(candidates: number, vacancies: number, placements = 0): Promise<string> {
  const name = `wsp_bench_${candidates}_${vacancies}${placements ? `_${placements}` : ''}`;
  const exists = await admin((c) => c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]));
  if (exists.rowCount) {
    const counts = await admin(
      (c) =>
        c.query(
          `SELECT (SELECT count(*) FROM candidate)::int AS c, (SELECT count(*) FROM vacancy)::int AS v,
                  ${placements ? '(SELECT count(*) FROM placement)::int' : '0'} AS p`,
        ),
      dbUrl(name),
    ).catch(() => ({ rows: [{ c: -1, v: -1, p: -1 }] }));
    // Placements whose drawn (vacancy, candidate) pair was already open are skipped, so a few may be missing.
    const placementsOk = placements === 0 || (counts.rows[0].p > placements * 0.95 && counts.rows[0].p <= placements);
    if (counts.rows[0].c === candidates && counts.rows[0].v === vacancies && placementsOk) return name;
    await admin((c) => c.query(`DROP DATABASE ${name} WITH (FORCE)`));
  }
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const started = Date.now();
  process.stderr.write(`seeding ${name} ...\n`);
  execSync(`node dist/seed/seed.cli.js --candidates ${candidates} --vacancies ${vacancies} --placements ${placements} --seed 42`, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: dbUrl(name) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await admin((c) => c.query('VACUUM ANALYZE'), dbUrl(name));
  process.stderr.write(`seeded ${name} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return name;
}

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startBenchServer(database: string, port = 3900, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), join(ROOT, 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: dbUrl(database),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
      NO_COLOR: '1',
      // A benchmark is one heavy client on purpose: the per-account and per-address read limits would throttle it.
      RATE_LIMIT_READS_PER_ACCOUNT: '1000000',
      RATE_LIMIT_READS_PER_IP: '1000000',
      RATE_LIMIT_LOGINS_PER_IP: '1000',
      // The knelpunten read model's background scoring catches up right after start on a database without
      // summaries, using up to half a core for minutes: the benchmarks measure requests, so it is off.
      MATCH_SUMMARY_INTERVAL_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Up to ten minutes: the first start on a big database runs its pending migrations.
  for (let i = 0; i < 6000; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export async function benchToken(database: string, url: string): Promise<string> {
  const hash = await hashPassword('bench-password-123');
  await admin(
    (c) =>
      c.query(
        `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ('bench@wsp.bench', $1, 'Bench', 'MATCHMAKER')
         ON CONFLICT ((lower(email))) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
        [hash],
      ),
    dbUrl(database),
  );
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "bench@wsp.bench", password: "bench-password-123") { token } }' }),
  });
  return ((await res.json()) as any).data.login.token;
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface Request {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  byKind: Record<string, { n: number; p50: number; p95: number }>;
  maxRssMb: number;
  firstError?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * `clients` connections (autocannon), each sending the next request of the mix as soon as the previous answered,
 * for `seconds` (after `warmupSeconds` not counted). Every response is checked for GraphQL errors; latencies are
 * autocannon's own per response, kept per kind of request for the breakdown.
 */
export async function runLoad(
  server: RunningServer,
  token: string,
  next: (i: number) => Request,
  options: { clients: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  const samples: { kind: string; ms: number }[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let maxRss = rssMb(server.pid);
  const rssTimer = setInterval(() => (maxRss = Math.max(maxRss, rssMb(server.pid))), 200);
  const warmupEnd = Date.now() + options.warmupSeconds * 1000;
  let counter = 0;
  // autocannon calls onResponse and then emits 'response' (with the latency) synchronously, for the same client.
  let answered: { kind: string; failed: boolean } | undefined;
  const load: autocannon.Options = {
    url: `${server.url}/graphql`,
    connections: options.clients,
    pipelining: 1,
    duration: options.warmupSeconds + options.seconds,
    timeout: 120,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const req = next(counter++);
          (context as { kind?: string }).kind = req.kind;
          return {
            ...request,
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: req.query, variables: req.variables ?? {} }),
          };
        },
        onResponse: (status, body, context) => {
          let failed = status !== 200;
          try {
            failed ||= Boolean((JSON.parse(body) as { errors?: unknown[] }).errors);
          } catch {
            failed = true;
          }
          if (failed && Date.now() > warmupEnd) firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          answered = { kind: String((context as { kind?: string }).kind), failed };
        },
      },
    ],
  };
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(load, (error, result) => {
      if (error) return reject(error);
      // Requests that got no response at all (timeouts, refused or reset connections) are errors too; autocannon
      // counts them over the whole run, warm-up included, so they are added as they are.
      errors += result.errors;
      if (result.errors > 0) firstError ??= `${result.errors} requests without a response (${result.timeouts} timed out)`;
      resolve();
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      const current = answered;
      answered = undefined;
      if (!current || Date.now() <= warmupEnd) return;
      if (current.failed) errors++;
      samples.push({ kind: current.kind, ms: responseTime });
    });
  });
  clearInterval(rssTimer);
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const byKind: LoadResult['byKind'] = {};
  for (const kind of [...new Set(samples.map((s) => s.kind))].sort()) {
    const ms = samples.filter((s) => s.kind === kind).map((s) => s.ms).sort((a, b) => a - b);
    byKind[kind] = { n: ms.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
  }
  return {
    requests: samples.length,
    errors,
    seconds: options.seconds,
    rps: round(samples.length / options.seconds),
    latencyMs: { p50: round(percentile(all, 50)), p95: round(percentile(all, 95)), p99: round(percentile(all, 99)), max: round(all[all.length - 1]) },
    byKind,
    maxRssMb: round(maxRss),
    firstError,
  };
}

export function machine() {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    if (execSync('git status --porcelain -- src', { cwd: ROOT }).toString().trim()) commit += '+uncommitted';
  } catch {
    // not a git checkout
  }
  let postgres = 'unknown';
  try {
    const show = (name: string) => execSync(`psql "${SERVER_URL}" -tAc "show ${name}"`).toString().trim();
    // The server's own settings, then what the service sends with every connection (data-source-options.ts).
    const settings = ['shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit'].map((n) => `${n} ${show(n)}`);
    postgres = `${show('server_version')} (server: ${settings.join(', ')}; the service's connections: ${SERVER_PLANNER_OPTIONS})`;
  } catch {
    // psql missing
  }
  return { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, postgres, commit };
}

export function writeResults(name: string, results: unknown, markdown: string): string {
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const base = join(ROOT, 'bench', 'results', `${name}-${stamp}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown);
  return base;
}
