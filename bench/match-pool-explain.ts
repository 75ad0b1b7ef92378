import { Client } from 'pg';
import { boundedMatchPool, boundTiers } from '../src/candidates/candidate-score-bound';
import { Queryable } from '../src/database/queryable';
import { todayInNetherlands } from '../src/graphql/local-date.scalar';
import { selectAs } from '../src/database/sql-fragments';
import { MAX_MATCH_KM, POOL_LIMITS, vacancyPoolQueryFor } from '../src/matching/match-retrieval';
import { candidateScoreBound } from '../src/matching/score-bound';
import { SCORED_CANDIDATE_COLUMNS, SCORED_VACANCY_COLUMNS, toScorerVacancy } from '../src/matching/scorer-input.mapper';
import { vacancyMatchPool } from '../src/vacancies/vacancy-match-pool';
import { dbUrl } from './bench-harness';
import { loadReferenceData } from './match-reference';

/**
 * npx ts-node --transpile-only bench/match-pool-explain.ts [--database wsp_bench_100000_20000] [--samples 10]
 * EXPLAIN (ANALYZE, BUFFERS) of the match pool statements the service sends, for a sample of open vacancies
 * (matchCandidates: the first page of the first tier, best score bound first) and active candidates (matchVacancies:
 * per slice, each LIMIT under the UNION): the rows each keeps, the rows its scans read (kept plus filtered out) and
 * its buffers; then the whole statement. Row and
 * buffer counts do not depend on the machine's load, so they compare before and after a change.
 */
const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const database = arg('database', 'wsp_bench_100000_20000');
const samples = Number(arg('samples', '10'));

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Subplan Name'?: string;
  Plans?: PlanNode[];
}

/** Rows the scans under a node read: what they returned plus what their filters threw away. */
function rowsRead(node: PlanNode): number {
  const own = /Scan/.test(node['Node Type'])
    ? node['Actual Loops'] * (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0))
    : 0;
  // A bitmap heap scan's rows come from its bitmap index scan: count them once.
  const children = node['Node Type'] === 'Bitmap Heap Scan' ? [] : (node.Plans ?? []);
  return own + children.reduce((sum, c) => sum + rowsRead(c), 0);
}

function scans(node: PlanNode): string[] {
  const own = /Scan/.test(node['Node Type']) ? [`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : ''}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

function limits(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  if (node['Node Type'] === 'Limit') out.push(node);
  else for (const c of node.Plans ?? []) limits(c, out);
  return out;
}

async function explain(db: Client, sql: string, params: unknown[]) {
  const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
  const [{ Plan: plan, 'Execution Time': ms }] = rows[0]['QUERY PLAN'] as [{ Plan: PlanNode; 'Execution Time': number }];
  return { plan, ms };
}

function capture(): Queryable & { sql: string; params: unknown[] } {
  const c = {
    sql: '',
    params: [] as unknown[],
    async query(sql: string, params?: unknown[]) {
      c.sql = sql;
      c.params = params ?? [];
      return [] as any;
    },
  };
  return c;
}

function report(label: string, result: { plan: PlanNode; ms: number }) {
  const slices = limits(result.plan).map((l, i) => ({
    slice: i + 1,
    kept: l['Actual Rows'],
    read: rowsRead(l),
    buffers: l['Shared Hit Blocks'] + l['Shared Read Blocks'],
    via: [...new Set(scans(l))].join(', '),
  }));
  const total = { read: rowsRead(result.plan), buffers: result.plan['Shared Hit Blocks'] + result.plan['Shared Read Blocks'], ms: Math.round(result.ms * 10) / 10 };
  process.stdout.write(`${label}: ${result.plan['Actual Rows']} rows, read ${total.read}, buffers ${total.buffers}, ${total.ms} ms\n`);
  for (const s of slices) process.stdout.write(`  slice ${s.slice}: kept ${s.kept}, read ${s.read}, buffers ${s.buffers} (${s.via})\n`);
  return { slices, total, rows: result.plan['Actual Rows'] };
}

async function main() {
  const url = dbUrl(database);
  const { referenceData, close } = await loadReferenceData(url);
  const db = new Client({ connectionString: url, options: '-c random_page_cost=1.1' });
  await db.connect();
  const summary = { candidates: [] as ReturnType<typeof report>[], vacancies: [] as ReturnType<typeof report>[] };
  try {
    const vacancies = (
      await db.query(
        `SELECT ${selectAs('v', SCORED_VACANCY_COLUMNS)} FROM vacancy v WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT $1`,
        [samples],
      )
    ).rows;
    // A few leerwerkplekken too: their slice (young people without startkwalificatie) runs only for them.
    const leerwerk = (
      await db.query(
        `SELECT ${selectAs('v', SCORED_VACANCY_COLUMNS)} FROM vacancy v WHERE status = 'OPEN' AND leerwerkplek ORDER BY md5(id::text) LIMIT 2`,
      )
    ).rows;
    for (const v of [...vacancies, ...leerwerk]) {
      const c = capture();
      // The statement nearly every request sends: the first page of the first tier (people showing a required talent).
      const bound = candidateScoreBound(toScorerVacancy(v), referenceData, 'staff', { today: todayInNetherlands() });
      const query = { lat: v.lat, lon: v.lon, maxKm: MAX_MATCH_KM, employerView: false, bound };
      await boundedMatchPool(c, query, boundTiers(bound, v.requiredTalents)[0], SCORED_CANDIDATE_COLUMNS, { limit: 201 });
      summary.candidates.push(report(`matchCandidates ${v.id}${v.leerwerkplek ? ' (leerwerkplek)' : ''}`, await explain(db, c.sql, c.params)));
    }
    const candidates = (
      await db.query(
        `SELECT id, lat, lon, talents, category_wishes AS "categoryWishes", work_experience AS "workExperience"
           FROM candidate WHERE status = 'ACTIVE' ORDER BY md5(id::text) LIMIT $1`,
        [samples],
      )
    ).rows;
    for (const cand of candidates) {
      const c = capture();
      await vacancyMatchPool(c, vacancyPoolQueryFor(cand, referenceData), SCORED_VACANCY_COLUMNS, POOL_LIMITS);
      summary.vacancies.push(report(`matchVacancies ${cand.id}`, await explain(db, c.sql, c.params)));
    }
    const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
    for (const [kind, list] of Object.entries(summary)) {
      const sliceCount = Math.max(...list.map((r) => r.slices.length));
      process.stdout.write(
        `\n${kind} (${list.length} statements): mean rows read ${mean(list.map((r) => r.total.read))}, buffers ${mean(list.map((r) => r.total.buffers))}, ` +
          `pool ${mean(list.map((r) => r.rows))}, ${mean(list.map((r) => r.total.ms))} ms; max rows read ${Math.max(...list.map((r) => r.total.read))}\n`,
      );
      for (let i = 0; i < sliceCount; i++) {
        const of = list.map((r) => r.slices[i]).filter(Boolean);
        process.stdout.write(`  slice ${i + 1}: mean read ${mean(of.map((s) => s.read))} (max ${Math.max(...of.map((s) => s.read))}), buffers ${mean(of.map((s) => s.buffers))}\n`);
      }
    }
  } finally {
    await db.end();
    await close();
  }
}

void main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
