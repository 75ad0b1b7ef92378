import { Client } from 'pg';
// Dates as the service reads them (YYYY-MM-DD text): the type parsers set there.
import '../src/database/data-source-options';
import { BoundedRow, boundedMatchPool, boundTiers } from '../src/candidates/candidate-score-bound';
import { selectAs, withinKm } from '../src/database/sql-fragments';
import { todayInNetherlands } from '../src/graphql/local-date.scalar';
import { partitionEmployerMatches, toEmployerMatch } from '../src/matching/employer-view';
import { scorerContextOf } from '../src/matching/match-context';
import { MAX_MATCH_KM } from '../src/matching/match-retrieval';
import { candidateScoreBound } from '../src/matching/score-bound';
import { evaluateMatch } from '../src/matching/scorer/evaluate-match';
import { partitionMatches } from '../src/matching/scorer/rank-matches';
import { SCORED_CANDIDATE_COLUMNS, SCORED_VACANCY_COLUMNS, ScoredCandidateColumns, ScoredVacancyColumns, toScorerCandidate, toScorerVacancy } from '../src/matching/scorer-input.mapper';
import { dbUrl } from './bench-harness';
import { loadReferenceData } from './match-reference';

/**
 * npx ts-node --transpile-only bench/match-exact-check.ts --database NAME --vacancies id,id,... [--first 20]
 *
 * The proof behind exact match retrieval (matching.service.ts rankPool), for the given vacancies on a database:
 * - the naive answer: every active person within MAX_MATCH_KM (read with plain SQL, not through the bound's tiers)
 *   scored by the service's own scorer, ranked, the top `first` matches and near misses, for the staff view and
 *   for the employer's (people visible to employers, job fit only);
 * - the bound: every such person is in exactly one tier of the bound (boundTiers), and for each, in both views,
 *   the bound computed on PostgreSQL is at least the score and can-do-the-job, the tier's most is at least the
 *   bound, and whoever misses a requirement is among those the search copy says may miss one.
 * Prints JSON: { tops: { [vacancyId]: { staff, employer } }, people, violations } (violations empty when the bound
 * holds). test/integration/exact-retrieval.integration-spec.ts compares the tops with what matchCandidates returns.
 */
const argv = process.argv.slice(2);
const arg = (name: string, fallback?: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const database = arg('database');
const vacancyIds = (arg('vacancies') ?? '').split(',').filter(Boolean);
const first = Number(arg('first', '20'));
if (!database || vacancyIds.length === 0 || !(first >= 1)) {
  process.stderr.write('usage: --database NAME --vacancies id,id,... [--first 20]\n');
  process.exit(2);
}

type Top = { matches: string[]; nearMisses: string[] };
type Row = ScoredCandidateColumns & { visible: boolean };

async function main(): Promise<void> {
  const db = new Client({ connectionString: dbUrl(database!) });
  await db.connect();
  const { referenceData, close } = await loadReferenceData(dbUrl(database!));
  const context = scorerContextOf(referenceData, todayInNetherlands());
  const readJobTitle = (title: string) => referenceData.readJobTitle(title);
  const queryable = { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params as unknown[])).rows };
  const tops: Record<string, { staff: Top; employer: Top }> = {};
  const violations: string[] = [];
  let people = 0;
  try {
    for (const id of vacancyIds) {
      const { rows: [v] } = await db.query<ScoredVacancyColumns>(`SELECT ${selectAs('v', SCORED_VACANCY_COLUMNS)} FROM vacancy v WHERE v.id = $1`, [id]);
      const vacancy = toScorerVacancy(v);
      const { rows } = await db.query<Row>(
        `SELECT ${selectAs('c', SCORED_CANDIDATE_COLUMNS)}, s.visible FROM candidate c JOIN candidate_search s ON s.id = c.id
          WHERE c.status = 'ACTIVE' AND (c.lat IS NULL OR c.lon IS NULL OR ${withinKm('c', MAX_MATCH_KM)})`,
        [v.lat, v.lon],
      );
      people = Math.max(people, rows.length);
      const scored = rows.map((row) => {
        const candidate = toScorerCandidate(row, readJobTitle);
        const evaluation = evaluateMatch(vacancy, candidate, context);
        return { row, id: row.id, waitingSince: row.unemployedSince, evaluation, employer: toEmployerMatch(row.id, vacancy, candidate, context, evaluation) };
      });
      const staff = partitionMatches(scored);
      const employer = partitionEmployerMatches(scored.filter((s) => s.row.visible).map((s) => s.employer));
      tops[id] = {
        staff: { matches: staff.eligible.slice(0, first).map((m) => m.id), nearMisses: staff.nearMisses.slice(0, first).map((m) => m.id) },
        employer: {
          matches: employer.eligible.slice(0, first).map((m) => m.candidateId),
          nearMisses: employer.nearMisses.slice(0, first).map((m) => m.candidateId),
        },
      };

      for (const view of ['staff', 'employer'] as const) {
        const bound = candidateScoreBound(vacancy, referenceData, view, context);
        const query = { lat: v.lat, lon: v.lon, maxKm: MAX_MATCH_KM, employerView: view === 'employer', bound };
        const seen = new Map<string, BoundedRow<{ id: string }>>();
        const couldMiss = new Set<string>();
        for (const tier of boundTiers(bound, vacancy.requiredTalents)) {
          const missing = await boundedMatchPool<{ id: string }>(queryable as never, query, tier, ['id'], { limit: 1_000_000, onlyCouldMiss: true });
          missing.forEach((r) => couldMiss.add(r.row.id));
          const inTier = await boundedMatchPool<{ id: string }>(queryable as never, query, tier, ['id'], { limit: 1_000_000 });
          for (const r of inTier) {
            if (seen.has(r.row.id)) violations.push(`${id} ${view}: ${r.row.id} in two tiers`);
            seen.set(r.row.id, r);
            if (r.bound > tier.max.score + 1e-9 || (r.canDo && !tier.max.canDo)) {
              violations.push(`${id} ${view}: ${r.row.id} bound ${r.bound}/${r.canDo} above its tier's most ${tier.max.score}/${tier.max.canDo}`);
            }
          }
        }
        for (const s of scored) {
          if (view === 'employer' && !s.row.visible) continue;
          const b = seen.get(s.id);
          if (!b) {
            violations.push(`${id} ${view}: ${s.id} in no tier`);
            continue;
          }
          const score = view === 'staff' ? s.evaluation.score : s.employer?.score;
          if (score !== undefined && b.bound + 1e-9 < score) violations.push(`${id} ${view}: ${s.id} scores ${score} above its bound ${b.bound}`);
          if (s.evaluation.canDoJob && !b.canDo) violations.push(`${id} ${view}: ${s.id} can do the job, its bound says not`);
          const misses = view === 'staff' ? s.evaluation.unmet.length : (s.employer?.unmet.length ?? 0);
          if (misses > 0 && !couldMiss.has(s.id)) violations.push(`${id} ${view}: ${s.id} misses ${misses} requirement(s), the search copy says all are certainly met`);
        }
        const expected = view === 'staff' ? scored.length : scored.filter((s) => s.row.visible).length;
        if (seen.size !== expected) violations.push(`${id} ${view}: tiers hold ${seen.size} people, ${expected} are within reach`);
      }
    }
  } finally {
    await close();
    await db.end();
  }
  process.stdout.write(JSON.stringify({ tops, people, violations }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
