import { benchOptions, benchToken, machine, Request, runLoad, seededDatabase, startBenchServer, writeResults } from './bench-harness';
import { FloorKind, floorMarkdown, floorSeconds, FloorResult, measureFloors } from './sql-floor';

/**
 * npm run bench:search [-- --scales 10000,100000,1000000 --seconds 20]
 * searchCandidates and searchVacancies over HTTP GraphQL at 8 concurrent clients, a mix of free-text, typo,
 * filter-only and geo queries, each asking for its facets as a search screen does. One database per scale
 * (candidates, with a fifth as many vacancies). Then each kind of the mix alone, next to the pgbench floor of the
 * statements one request of that kind sends (sql-floor.ts).
 */
const { scales, seconds, clients, database: databaseOverride } = benchOptions();

const WORDS = ['heftruck', 'kassa', 'schoonmaak', 'magazijn', 'zorg', 'koken', 'chauffeur', 'verkoop', 'productie', 'bediening', 'orderpicken', 'tuin'];
const TYPOS = ['heftruk', 'kassamedewerkr', 'schonmaak', 'magazjin', 'chaufeur', 'verkooop', 'prodcutie', 'orderpiken'];
const PLACES = ['Zoetermeer', 'Delft', 'Leiden', 'Den Haag', 'Gouda', 'Alphen aan den Rijn', 'Wassenaar', 'Voorschoten'];
const KLANT = ['1A', '1B', '1C', '2A', '2B', '3A', '3B'];
const CATEGORIES = ['logistiek', 'detailhandel', 'schoonmaak', 'zorg-en-welzijn', 'horeca-keuken', 'productie', 'groen'];
const TAAL = ['A2', 'B1', 'B2'];

const CANDIDATES = `query ($q: String, $f: CandidateSearchFilter) { searchCandidates(query: $q, filter: $f, first: 20) {
  totalCount nodes { profile { id talents taalniveau } candidate { personal { firstName lastName } placeName } distanceKm }
  facets { field values { value count } } } }`;
const VACANCIES = `query ($q: String, $f: VacancySearchFilter) { searchVacancies(query: $q, filter: $f, first: 20) {
  totalCount nodes { vacancy { id title placeName employer { name } } distanceKm }
  facets { field values { value count } } } }`;

function mix(i: number): Request {
  const pick = <T>(list: T[], salt: number) => list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length];
  const onCandidates = i % 2 === 0;
  const query = onCandidates ? CANDIDATES : VACANCIES;
  const target = onCandidates ? 'candidates' : 'vacancies';
  switch (Math.floor(i / 2) % 4) {
    case 0:
      return { kind: `${target}:text`, query, variables: { q: pick(WORDS, 1) } };
    case 1:
      return { kind: `${target}:typo`, query, variables: { q: pick(TYPOS, 2) } };
    case 2:
      return {
        kind: `${target}:filter`,
        query,
        variables: {
          f: onCandidates
            ? { klantcategorieen: [pick(KLANT, 3)], minTaalniveau: pick(TAAL, 4), categories: [pick(CATEGORIES, 5)] }
            : { categories: [pick(CATEGORIES, 5)], taalniveau: pick(TAAL, 4) },
        },
      };
    default:
      return { kind: `${target}:geo`, query, variables: { f: { near: { place: pick(PLACES, 6), withinKm: 10 + (i % 3) * 5 } } } };
  }
}

/** Each kind of the mix with its first (up to) eight distinct variables, for the per-kind runs and the floor. */
function floorKinds(): FloorKind[] {
  const kinds = new Map<string, FloorKind>();
  for (let i = 0; i < 800; i++) {
    const r = mix(i);
    const k = kinds.get(r.kind) ?? kinds.set(r.kind, { kind: r.kind, query: r.query, variants: [] }).get(r.kind)!;
    const key = JSON.stringify(r.variables);
    if (k.variants.length < 8 && !k.variants.some((v) => JSON.stringify(v) === key)) k.variants.push(r.variables ?? {});
  }
  return [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

async function main(): Promise<void> {
  const runs: Array<{ candidates: number; vacancies: number; floors: FloorResult[] } & Awaited<ReturnType<typeof runLoad>>> = [];
  for (const candidates of scales) {
    const vacancies = Math.round(candidates / 5);
    // --database NAME: a copy of the seeded database (createdb -T), for a branch whose migrations must not touch it.
    const database = databaseOverride ?? (await seededDatabase(candidates, vacancies));
    const server = await startBenchServer(database);
    try {
      const token = await benchToken(database, server.url);
      const result = await runLoad(server, token, mix, { clients, seconds, warmupSeconds: 3 });
      process.stderr.write(`${candidates}: p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, ${result.rps} req/s, RSS ${result.maxRssMb} MB, errors ${result.errors}\n`);
      const floors = await measureFloors(database, server, token, floorKinds(), { clients, seconds: floorSeconds(seconds), warmupSeconds: 2 });
      runs.push({ candidates, vacancies, ...result, floors });
    } finally {
      await server.stop();
    }
  }
  const m = machine();
  const lines = [
    `# bench:search`,
    ``,
    `${new Date().toISOString()} · commit ${m.commit} · ${m.cpu} × ${m.cores} cores, ${m.memoryGb} GB · Node ${m.node} · PostgreSQL ${m.postgres}`,
    ``,
    `${clients} concurrent clients, ${seconds} s per scale after 3 s warm-up; PostgreSQL engine; mix of free-text, typo, filter-only and geo`,
    `queries on searchCandidates and searchVacancies (first: 20, with facets). Target at 100,000 candidates: p95 < 50 ms, >= 200 req/s, RSS < 400 MB.`,
    ``,
    `| candidates | vacancies | requests | req/s | p50 ms | p95 ms | p99 ms | max RSS MB | errors |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...runs.map((r) => `| ${r.candidates} | ${r.vacancies} | ${r.requests} | ${r.rps} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.maxRssMb} | ${r.errors} |`),
    ``,
    `Per query kind (p50 / p95 ms):`,
    ``,
    `| kind | ${runs.map((r) => r.candidates).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...Object.keys(runs[0]?.byKind ?? {}).map((kind) => `| ${kind} | ${runs.map((r) => `${r.byKind[kind]?.p50} / ${r.byKind[kind]?.p95}`).join(' | ')} |`),
    ``,
    ...floorMarkdown(runs, clients, floorSeconds(seconds)),
  ];
  const file = writeResults('search', { machine: m, clients, seconds, runs }, lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to ${file}.{json,md}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
