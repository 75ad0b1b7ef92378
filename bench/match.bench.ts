import { Client } from 'pg';
import { evaluateMatch } from '../src/matching/scorer/evaluate-match';
import { ScorerCandidate, ScorerContext, ScorerVacancy } from '../src/matching/scorer/match-input';
import { rankMatches } from '../src/matching/scorer/rank-matches';
import { benchOptions, benchToken, dbUrl, machine, percentile, Request, runLoad, seededDatabase, startBenchServer, writeResults } from './bench-harness';
import { floorMarkdown, FloorResult, floorSeconds, measureFloors } from './sql-floor';

/**
 * npm run bench:match [-- --scales 10000,100000,1000000 --seconds 20]
 * matchCandidates(first: 20) and matchVacancies(first: 20) over HTTP GraphQL at 8 concurrent clients, plus, in
 * the same run, a naive baseline that loads every candidate and scores each in process, so the gain is a ratio.
 */
const { scales, seconds, clients } = benchOptions();

const MATCH_CANDIDATES = `query ($id: ID!) { matchCandidates(vacancyId: $id, first: 20) { considered
  matches { score profile { id talents } candidate { personal { lastName } } reasons { criterion contribution text } notes }
  nearMisses { score profile { id } unmet { requirement text } } } }`;
const MATCH_VACANCIES = `query ($id: ID!) { matchVacancies(candidateId: $id, first: 20) { considered
  matches { score vacancy { id title employer { name } } reasons { criterion contribution text } }
  nearMisses { score vacancy { id } unmet { requirement text } } } }`;

const SCORER_CANDIDATE_SQL = `SELECT id, status = 'ACTIVE' AS active, talents, category_wishes AS "categoryWishes", taalniveau, startkwalificatie,
  opleidingsniveau, rijbewijs, hours_min AS "hoursMin", hours_max AS "hoursMax", available_from AS "availableFrom",
  lat, lon, place_name AS "placeName", max_travel_km AS "maxTravelKm", banenafspraak, loonkostensubsidie,
  jobcoach_needed AS "jobcoachNeeded", unemployed_since::text AS "unemployedSince", available_from::text AS af FROM candidate`;

/** The naive way: every candidate from the database, each one scored in process, then sorted. */
async function naiveBaseline(database: string, vacancyIds: string[]): Promise<{ medianMs: number; runs: number }> {
  const db = new Client({ connectionString: dbUrl(database) });
  await db.connect();
  const context: ScorerContext = { today: new Date().toISOString().slice(0, 10), talentLabel: (c) => c, categoryLabel: (c) => c };
  const times: number[] = [];
  try {
    for (const id of vacancyIds.slice(0, 3)) {
      const t0 = performance.now();
      const { rows: [v] } = await db.query(
        `SELECT id, status, title, category_code AS "categoryCode", required_talents AS "requiredTalents", nice_to_have_talents AS "niceToHaveTalents",
                min_taalniveau AS "minTaalniveau", startkwalificatie_required AS "startkwalificatieRequired", rijbewijs_required AS "rijbewijsRequired",
                hours_min AS "hoursMin", hours_max AS "hoursMax", lat, lon, place_name AS "placeName", start_date::text AS "startDate",
                leerwerkplek, banenafspraak, loonkostensubsidie, proefplaatsing, jobcoach, beschut_werk AS "beschutWerk" FROM vacancy WHERE id = $1`,
        [id],
      );
      const vacancy: ScorerVacancy = { ...v, location: { lat: v.lat, lon: v.lon } };
      // Every candidate, in batches of 50,000 (a million at once does not fit in a 4 GB heap), keeping the top 20.
      let top: { id: string; evaluation: ReturnType<typeof evaluateMatch> }[] = [];
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const { rows } = await db.query(`${SCORER_CANDIDATE_SQL} WHERE id > $1 ORDER BY id LIMIT 50000`, [after]);
        if (!rows.length) break;
        const scored = rows.map((r) => {
          const candidate: ScorerCandidate = { ...r, availableFrom: r.af, location: r.lat === null ? null : { lat: r.lat, lon: r.lon } };
          return { id: r.id, evaluation: evaluateMatch(vacancy, candidate, context) };
        });
        top = rankMatches([...top, ...scored.filter((x) => x.evaluation.eligible)]).slice(0, 20);
        after = rows[rows.length - 1].id;
      }
      times.push(performance.now() - t0);
    }
  } finally {
    await db.end();
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(percentile(times, 50)), runs: times.length };
}

async function sampleIds(database: string): Promise<{ vacancies: string[]; candidates: string[] }> {
  const db = new Client({ connectionString: dbUrl(database) });
  await db.connect();
  try {
    const vacancies = (await db.query(`SELECT id FROM vacancy WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT 200`)).rows.map((r) => r.id);
    const candidates = (await db.query(`SELECT id FROM candidate WHERE status = 'ACTIVE' ORDER BY md5(id::text) LIMIT 200`)).rows.map((r) => r.id);
    return { vacancies, candidates };
  } finally {
    await db.end();
  }
}

/** Per scale, each kind against its database floor. */
const floorsByScale = new Map<number, FloorResult[]>();

async function main(): Promise<void> {
  const runs: Array<{ candidates: number; vacancies: number; baseline: { medianMs: number; runs: number }; ratio: number } & Awaited<ReturnType<typeof runLoad>>> = [];
  for (const candidates of scales) {
    const vacancies = Math.round(candidates / 5);
    const database = await seededDatabase(candidates, vacancies);
    const ids = await sampleIds(database);
    const baseline = await naiveBaseline(database, ids.vacancies);
    const server = await startBenchServer(database);
    try {
      const token = await benchToken(database, server.url);
      const mix = (i: number): Request =>
        i % 2 === 0
          ? { kind: 'matchCandidates', query: MATCH_CANDIDATES, variables: { id: ids.vacancies[(i / 2) % ids.vacancies.length] } }
          : { kind: 'matchVacancies', query: MATCH_VACANCIES, variables: { id: ids.candidates[((i - 1) / 2) % ids.candidates.length] } };
      const result = await runLoad(server, token, mix, { clients, seconds, warmupSeconds: 3 });
      const ratio = Math.round((baseline.medianMs / result.byKind.matchCandidates.p50) * 10) / 10;
      runs.push({ candidates, vacancies, baseline, ratio, ...result });
      process.stderr.write(
        `${candidates}: p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, ${result.rps} req/s, RSS ${result.maxRssMb} MB; naive ${baseline.medianMs} ms (${ratio}x)\n`,
      );
      // Each kind alone, next to the pgbench floor of the statements one such request sends (sql-floor.ts).
      floorsByScale.set(
        candidates,
        await measureFloors(
          database,
          server,
          token,
          [
            { kind: 'matchCandidates', query: MATCH_CANDIDATES, variants: ids.vacancies.slice(0, 8).map((id) => ({ id })) },
            { kind: 'matchVacancies', query: MATCH_VACANCIES, variants: ids.candidates.slice(0, 8).map((id) => ({ id })) },
          ],
          { clients, seconds: floorSeconds(seconds), warmupSeconds: 2 },
        ),
      );
    } finally {
      await server.stop();
    }
  }
  const m = machine();
  const lines = [
    `# bench:match`,
    ``,
    `${new Date().toISOString()} · commit ${m.commit} · ${m.cpu} × ${m.cores} cores, ${m.memoryGb} GB · Node ${m.node} · PostgreSQL ${m.postgres}`,
    ``,
    `${clients} concurrent clients, ${seconds} s per scale after 3 s warm-up; half matchCandidates(first: 20), half matchVacancies(first: 20),`,
    `with reasons, near misses and (staff) personal data. Target at 100,000 candidates: p95 < 75 ms, >= 150 req/s, RSS < 400 MB.`,
    `Naive baseline: one vacancy, every candidate loaded and scored in process (median of 3, no concurrency).`,
    ``,
    `| candidates | vacancies | requests | req/s | p50 ms | p95 ms | p99 ms | max RSS MB | errors | naive ms | naive / matchCandidates p50 |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...runs.map(
      (r) =>
        `| ${r.candidates} | ${r.vacancies} | ${r.requests} | ${r.rps} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.maxRssMb} | ${r.errors} | ${r.baseline.medianMs} | ${r.ratio}x |`,
    ),
    ``,
    `| kind | ${runs.map((r) => r.candidates).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...['matchCandidates', 'matchVacancies'].map((kind) => `| ${kind} p50 / p95 | ${runs.map((r) => `${r.byKind[kind]?.p50} / ${r.byKind[kind]?.p95}`).join(' | ')} |`),
    ``,
    ...floorMarkdown(runs.map((r) => ({ candidates: r.candidates, floors: floorsByScale.get(r.candidates) })), clients, floorSeconds(seconds)),
  ];
  const floors = Object.fromEntries(floorsByScale);
  const file = writeResults('match', { machine: m, clients, seconds, runs, floors }, lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to ${file}.{json,md}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
