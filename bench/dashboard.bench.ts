import { Client } from 'pg';
import { benchOptions, benchToken, dbUrl, machine, Request, runLoad, seededDatabase, startBenchServer, writeResults } from './bench-harness';

/**
 * npm run bench:dashboard [-- --scales 100000 --seconds 20]
 * wspDashboard over a year at 8 concurrent clients (staff: every figure), on `scale` candidates, a fifth as many
 * vacancies and half as many placements with their history. Most requests ask the whole region; some filter by
 * municipality or category, as a manager drilling down does. Also prints the EXPLAIN (ANALYZE) of each statement.
 */
const argv = process.argv.slice(2);
const options = benchOptions(argv);
const scales = argv.includes('--scales') ? options.scales : [100_000];
const { seconds, clients } = options;

const DASHBOARD = `query ($from: Date!, $to: Date!, $filter: WspDashboardFilter) { wspDashboard(from: $from, to: $to, filter: $filter) {
  vacancies { openVacancies openings openingsUnfilled leerwerkplekkenOpen perCategory { categoryCode openVacancies openings } }
  candidates { activeCandidates vijftigPlus statushouder jongereZonderStartkwalificatie perKlantcategorie { code label candidates }
    profileGaps { missingOpleidingsniveau missingTalents missingBeroepswensen missingTaalniveau } }
  funnel { steps { step reached conversion } rejected withdrawn }
  placements { placed banenafspraak loonkostensubsidie leerwerkplek inWorkAfter6Months { due share } inWorkAfter12Months { due share } }
  uitstroom { share } perMonth { month proposed placed }
  timing { overall { medianDaysToFirstProposal medianDaysToFill } perCategory { categoryCode medianDaysToFirstProposal medianDaysToFill } }
  knelpunten { count notYetAssessed vacancies { title employerName bestScore } }
  workloadAccounthouders { displayName openVacancies openPlacements } workloadMatchmakers { displayName candidates openPlacements }
  proportionality { targetGroup shareOfCandidates shareOfProposals shareOfPlacements perMonth { month shareOfProposals shareOfPlacements } } } }`;

const today = new Date();
const YEAR = { from: new Date(today.getTime() - 364 * 86_400_000).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };
const MUNICIPALITIES = ['Zoetermeer', 'Leidschendam-Voorburg', 'Lansingerland', 'Wassenaar', 'Pijnacker-Nootdorp', 'Voorschoten'];
const CATEGORIES = ['logistiek', 'detailhandel', 'schoonmaak', 'zorg-en-welzijn', 'horeca-keuken'];

/**
 * Cached: the same year for everyone, as managers opening the dashboard see it (the server reuses a result for
 * DASHBOARD_CACHE_SECONDS). Computed: every request a different year (ending on one of the past 60 days) with
 * the cache off, so each one scans the tables: the cost of the SQL itself.
 */
function mixFor(mode: 'cached' | 'computed') {
  return (i: number): Request => {
    const shift = mode === 'computed' ? (i % 60) * 86_400_000 : 0;
    const period = {
      from: new Date(Date.parse(YEAR.from) - shift).toISOString().slice(0, 10),
      to: new Date(Date.parse(YEAR.to) - shift).toISOString().slice(0, 10),
    };
    if (i % 10 < 7) return { kind: `${mode}:region`, query: DASHBOARD, variables: period };
    if (i % 10 < 9) return { kind: `${mode}:municipality`, query: DASHBOARD, variables: { ...period, filter: { municipality: MUNICIPALITIES[i % MUNICIPALITIES.length] } } };
    return { kind: `${mode}:category`, query: DASHBOARD, variables: { ...period, filter: { categoryCode: CATEGORIES[i % CATEGORIES.length] } } };
  };
}

/** The slowest plans: each dashboard statement with EXPLAIN ANALYZE over the year, unfiltered, as staff see it. */
async function explainPlans(database: string): Promise<Array<{ name: string; ms: number; plan: string }>> {
  // dist/, so the bench reads the statements the server runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SQL = require('../dist/dashboard/dashboard.sql') as Record<string, string> & { bindNamed: (sql: string, v: Record<string, unknown>) => [string, unknown[]] };
  const db = new Client({ connectionString: dbUrl(database) });
  await db.connect();
  const values = { from: YEAR.from, to: YEAR.to, places: null, category: null, accounthouder: null, employer: null, threshold: 0.6, limit: 20 };
  const plans: Array<{ name: string; ms: number; plan: string }> = [];
  try {
    await db.query('SET random_page_cost = 1.1');
    // As the service runs them (DashboardService.compute).
    await db.query('SET jit = off');
    for (const [name, statement] of Object.entries(SQL)) {
      if (typeof statement !== 'string') continue;
      const [text, params] = SQL.bindNamed(statement, values);
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      plans.push({ name, ms: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN), plan });
    }
  } finally {
    await db.end();
  }
  // An empty statement table once went unnoticed: fail loudly instead (dist/ missing or the module's shape changed).
  if (plans.length === 0) throw new Error('explainPlans: no statements found in dist/dashboard/dashboard.sql (run npm run build first)');
  return plans.sort((a, b) => b.ms - a.ms);
}

async function main(): Promise<void> {
  const runs: Array<{ mode: string; candidates: number; vacancies: number; placements: number; plans: Array<{ name: string; ms: number }> } & Awaited<ReturnType<typeof runLoad>>> = [];
  const slowPlans: string[] = [];
  for (const candidates of scales) {
    const vacancies = Math.round(candidates / 5);
    const placements = Math.round(candidates / 2);
    const database = await seededDatabase(candidates, vacancies, placements);
    const plans = await explainPlans(database);
    slowPlans.push(...plans.slice(0, 3).map((p) => `### ${candidates}: ${p.name} (${p.ms} ms)\n\n\`\`\`\n${p.plan}\n\`\`\`\n`));
    for (const mode of ['computed', 'cached'] as const) {
      const server = await startBenchServer(database, 3900, mode === 'computed' ? { DASHBOARD_CACHE_SECONDS: '0' } : {});
      try {
        const token = await benchToken(database, server.url);
        const result = await runLoad(server, token, mixFor(mode), { clients, seconds, warmupSeconds: 3 });
        runs.push({ mode, candidates, vacancies, placements, plans: plans.map(({ name, ms }) => ({ name, ms })), ...result });
        process.stderr.write(
          `${candidates} ${mode}: p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, ${result.rps} req/s, RSS ${result.maxRssMb} MB, errors ${result.errors}\n`,
        );
      } finally {
        await server.stop();
      }
    }
  }
  const m = machine();
  const lines = [
    `# bench:dashboard`,
    ``,
    `${new Date().toISOString()} · commit ${m.commit} · ${m.cpu} × ${m.cores} cores, ${m.memoryGb} GB · Node ${m.node} · PostgreSQL ${m.postgres}`,
    ``,
    `${clients} concurrent clients, ${seconds} s per mode and scale after 3 s warm-up; wspDashboard over a year with every figure (staff),`,
    `70 % for the whole region, 20 % per municipality, 10 % per category. Vacancies = candidates / 5, placements = candidates / 2.`,
    `computed: every request another year and the result cache off (the SQL's own cost); cached: the same year for all,`,
    `DASHBOARD_CACHE_SECONDS at its default (30 s). Target at 100,000 candidates: p95 < 300 ms.`,
    ``,
    `| mode | candidates | vacancies | placements | requests | req/s | p50 ms | p95 ms | p99 ms | max RSS MB | errors |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...runs.map(
      (r) =>
        `| ${r.mode} | ${r.candidates} | ${r.vacancies} | ${r.placements} | ${r.requests} | ${r.rps} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.maxRssMb} | ${r.errors} |`,
    ),
    ``,
    `| kind | ${runs.map((r) => `${r.mode} ${r.candidates}`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...['region', 'municipality', 'category'].map(
      (kind) => `| ${kind} p50 / p95 | ${runs.map((r) => `${r.byKind[`${r.mode}:${kind}`]?.p50} / ${r.byKind[`${r.mode}:${kind}`]?.p95}`).join(' | ')} |`,
    ),
    ``,
    `Statement times alone (EXPLAIN ANALYZE, one at a time, whole region):`,
    ``,
    `| statement | ${scales.join(' | ')} |`,
    `|---|${scales.map(() => '---:').join('|')}|`,
    ...(runs[0]?.plans ?? []).map(
      (p) => `| ${p.name} | ${scales.map((n) => runs.find((r) => r.candidates === n)?.plans.find((x) => x.name === p.name)?.ms).join(' | ')} |`,
    ),
    ``,
    `## The three slowest plans per scale`,
    ``,
    ...slowPlans,
  ];
  const file = writeResults('dashboard', { machine: m, clients, seconds, runs }, lines.join('\n'));
  process.stdout.write(`${lines.slice(0, 24).join('\n')}\nwritten to ${file}.{json,md}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
