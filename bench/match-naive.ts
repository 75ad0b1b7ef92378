import { Client } from 'pg';
import '../src/database/data-source-options';
import { selectAs } from '../src/database/sql-fragments';
import { todayInNetherlands } from '../src/graphql/local-date.scalar';
import { scorerContextOf } from '../src/matching/match-context';
import { MAX_MATCH_KM } from '../src/matching/match-retrieval';
import { evaluateMatch, isNearMiss } from '../src/matching/scorer/evaluate-match';
import { distanceKm } from '../src/matching/scorer/geo-distance';
import { rankMatches } from '../src/matching/scorer/rank-matches';
import { SCORED_CANDIDATE_COLUMNS, SCORED_VACANCY_COLUMNS, ScoredCandidateColumns, ScoredVacancyColumns, toScorerCandidate, toScorerVacancy } from '../src/matching/scorer-input.mapper';
import type { ReferenceDataService } from '../src/reference-data/reference-data.service';
import { dbUrl, percentile } from './bench-harness';

/** One vacancy's top 20 matches and top 20 near misses, candidate ids in rank order. */
export interface NaiveTop {
  matches: string[];
  nearMisses: string[];
}

export interface NaiveResult {
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p95: number };
  tops: Map<string, NaiveTop>;
}

const BATCH = 20_000;
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The naive way, at the same concurrency as the service: `clients` loops, each taking the next vacancy, loading
 * every candidate (in batches, the scorer's columns) and scoring each one in process with the service's own
 * scorer, context and reference data (labels, talent relations, job titles read into talents), then ranking.
 * Besides the scorer, only retrieval's two rules of who is matched at all: active people, nobody further than
 * MAX_MATCH_KM.
 * Returns each vacancy's top 20 (matches and near misses), so the benchmark can check the service returns the
 * same people (recall@20), and the throughput.
 */
export async function naiveMatchCandidates(database: string, vacancyIds: string[], referenceData: ReferenceDataService, clients: number): Promise<NaiveResult> {
  const context = scorerContextOf(referenceData, todayInNetherlands());
  const readJobTitle = (title: string) => referenceData.readJobTitle(title);
  const tops = new Map<string, NaiveTop>();
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    const db = new Client({ connectionString: dbUrl(database) });
    await db.connect();
    try {
      while (next < vacancyIds.length) {
        const id = vacancyIds[next++];
        const t0 = performance.now();
        const { rows: [v] } = await db.query<ScoredVacancyColumns>(`SELECT ${selectAs('v', SCORED_VACANCY_COLUMNS)} FROM vacancy v WHERE v.id = $1`, [id]);
        const vacancy = toScorerVacancy(v);
        type Scored = { id: string; waitingSince: string | null; evaluation: ReturnType<typeof evaluateMatch> };
        let matches: Scored[] = [];
        let nearMisses: Scored[] = [];
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const { rows } = await db.query<ScoredCandidateColumns>(
            `SELECT ${selectAs('c', SCORED_CANDIDATE_COLUMNS)} FROM candidate c WHERE c.id > $1 ORDER BY c.id LIMIT ${BATCH}`,
            [after],
          );
          if (!rows.length) break;
          for (const row of rows) {
            // Retrieval's own rules of who is matched at all: active people, within the distance cap.
            if (row.status !== 'ACTIVE') continue;
            if (row.lat !== null && row.lon !== null && distanceKm({ lat: row.lat, lon: row.lon }, { lat: v.lat, lon: v.lon }) > MAX_MATCH_KM) continue;
            const evaluation = evaluateMatch(vacancy, toScorerCandidate(row, readJobTitle), context);
            const scored = { id: row.id, waitingSince: row.unemployedSince, evaluation };
            if (evaluation.eligible) matches.push(scored);
            else if (isNearMiss(evaluation)) nearMisses.push(scored);
          }
          matches = rankMatches(matches).slice(0, 20);
          nearMisses = rankMatches(nearMisses).slice(0, 20);
          after = rows[rows.length - 1].id;
          // Let the other clients' answers in between batches, as a server would.
          await new Promise((r) => setImmediate(r));
        }
        tops.set(id, { matches: matches.map((m) => m.id), nearMisses: nearMisses.map((m) => m.id) });
        times.push(performance.now() - t0);
      }
    } finally {
      await db.end();
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    seconds: round(seconds),
    rps: Math.round((times.length / seconds) * 100) / 100,
    latencyMs: { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) },
    tops,
  };
}

/** Of the naive top 20, the share the service returned too (its own top 20), and who it missed. */
export function recallAt20(naive: NaiveTop, service: NaiveTop) {
  const missed = {
    matches: naive.matches.filter((id) => !service.matches.includes(id)),
    nearMisses: naive.nearMisses.filter((id) => !service.nearMisses.includes(id)),
  };
  const total = naive.matches.length + naive.nearMisses.length;
  const found = total - missed.matches.length - missed.nearMisses.length;
  return {
    recall: total ? found / total : 1,
    sameOrder: naive.matches.join() === service.matches.join() && naive.nearMisses.join() === service.nearMisses.join(),
    missed,
  };
}
