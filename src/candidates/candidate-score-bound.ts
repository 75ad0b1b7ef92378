import { Queryable } from '../database/queryable';
import { kmFromOrigin, selectAs, withinKm } from '../database/sql-fragments';
import { SqlParams } from '../database/sql-params';
import { taalniveauRankSql } from '../reference-data/taalniveau';

/**
 * One term of an upper bound on a person's match score, over what the search copy (candidate_search) holds. Each
 * term adds at most its `weight`. The matching module says which terms a vacancy's score has
 * (matching/score-bound.ts); this module renders them on its own table.
 */
export type BoundTerm =
  | { kind: 'constant'; weight: number }
  /** `weight` when the person shows `code` (on the profile or by a job they did), else `partialWeight` when they show one of `partial`. */
  | { kind: 'shows'; code: string; partial: readonly string[]; weight: number; partialWeight: number }
  /** `weight` when one of the person's jobs shows one of `talents`. */
  | { kind: 'experience'; talents: readonly string[]; weight: number }
  /** `weight` when `category` is one of the person's beroepswensen, `noWishes` when they have none. */
  | { kind: 'wish'; category: string; weight: number; noWishes: number }
  /** Taalniveau against a minimum rank: `weight` above it, `atMinimum` at it, 0 below, `unknown` when not known. */
  | { kind: 'taalniveau'; minRank: number; weight: number; atMinimum: number; unknown: number }
  /** `weight` when the fact is known, `unknown` when it is not. */
  | { kind: 'known'; fact: 'hours' | 'availableFrom' | 'unemployedSince' | 'place'; weight: number; unknown: number }
  /** Full `weight` up to `fullKm` from the workplace, linearly less to 0 at `zeroKm`; `unknown` without a place. */
  | { kind: 'distance'; weight: number; fullKm: number; zeroKm: number; unknown: number }
  /** `weight` times the share of the support the person needs (loonkostensubsidie, jobcoach) that is offered; full when none is needed. */
  | { kind: 'needs'; loonkostensubsidie: boolean; jobcoach: boolean; weight: number };

/** Who might be able to do the job (the rank's first key), as far as the search copy tells. */
export type CanDoBound =
  | { kind: 'everyone' }
  | { kind: 'withoutStartkwalificatie' }
  /** People who show one of `talents`, or whose jobs show one of `experience`. */
  | { kind: 'shows'; talents: readonly string[]; experience: readonly string[] };

/**
 * A condition under which one hard requirement is certainly met, as far as the search copy tells; 'unknowable' when
 * it holds nothing to tell (a required rijbewijs).
 */
export type CertainlyMet =
  | { kind: 'registered' }
  | { kind: 'availableBy'; date: string }
  | { kind: 'withinOwnTravelDistance' }
  | { kind: 'taalniveauAtLeast'; minRank: number }
  | { kind: 'hasStartkwalificatie' }
  | { kind: 'unknowable' };

export interface CandidateScoreBound {
  terms: readonly BoundTerm[];
  canDo: CanDoBound;
  /**
   * The requirements that can make someone a near miss, each as the condition that it is certainly met: only people
   * for whom one of them is not certain can be near misses (a page may be asked for just them: `couldMiss`).
   */
  certainlyMet: readonly CertainlyMet[];
}

/** Where a match pool is drawn: around a workplace, with the caller's filters. */
export interface BoundedPoolQuery {
  lat: number;
  lon: number;
  maxKm: number;
  employerView: boolean;
  banenafspraak?: boolean;
  bound: CandidateScoreBound;
}

/**
 * A slice of the pool read on its own, best bound first: the people who show one of `talents` and none of
 * `excluded` (`talents` null: everyone who shows none of `excluded`), and the most anyone in it can reach.
 */
export interface BoundTier {
  talents: readonly string[] | null;
  excluded: readonly string[];
  max: { canDo: boolean; score: number };
}

/**
 * The pool in tiers, each read only when its best could still enter the list: people showing a required talent,
 * then those showing only a related or nice-to-have one, then everyone else (a scan of the search copy). The
 * required talents are those of the `shows` terms with a full weight on their own; the rest of the talents, those
 * of the partial credits and of who-can-do-the-job.
 */
export function boundTiers(bound: CandidateScoreBound, firstTalents: readonly string[]): BoundTier[] {
  const all = new Set<string>();
  for (const term of bound.terms) if (term.kind === 'shows') [term.code, ...term.partial].forEach((c) => all.add(c));
  if (bound.canDo.kind === 'shows') bound.canDo.talents.forEach((c) => all.add(c));
  const first = [...new Set(firstTalents)].filter((c) => all.has(c));
  const second = [...all].filter((c) => !first.includes(c));
  const tiers: BoundTier[] = [];
  if (first.length) tiers.push({ talents: first, excluded: [], max: tierMax(bound, new Set(), all) });
  if (second.length) tiers.push({ talents: second, excluded: first, max: tierMax(bound, new Set(first), new Set(second)) });
  tiers.push({ talents: null, excluded: [...all], max: tierMax(bound, all, new Set()) });
  return tiers;
}

/** The most a person can reach who shows none of `excluded` and, of the rest, at most `shown`. */
function tierMax(bound: CandidateScoreBound, excluded: ReadonlySet<string>, shown: ReadonlySet<string>): { canDo: boolean; score: number } {
  const showable = (code: string) => !excluded.has(code) && shown.has(code);
  let score = 0;
  for (const term of bound.terms) {
    if (term.kind === 'shows') score += showable(term.code) ? term.weight : term.partial.some(showable) ? term.partialWeight : 0;
    else if (term.kind === 'experience') score += term.talents.length ? term.weight : 0;
    else score += Math.max(term.weight, 'unknown' in term ? term.unknown : 0, 'noWishes' in term ? term.noWishes : 0);
  }
  const canDo = bound.canDo.kind !== 'shows' || bound.canDo.talents.some(showable) || bound.canDo.experience.length > 0;
  return { canDo, score };
}

const num = (n: number) => {
  if (!Number.isFinite(n)) throw new Error(`bound weight must be finite, got ${n}`);
  return `${n}::float8`;
};

function termSql(term: BoundTerm, p: SqlParams): string {
  switch (term.kind) {
    case 'constant':
      return num(term.weight);
    case 'shows':
      return `CASE WHEN ${p.add(term.code)}::text = ANY(c.shown_talents) THEN ${num(term.weight)}
        WHEN c.shown_talents && ${p.add(term.partial)}::text[] THEN ${num(term.partialWeight)} ELSE 0 END`;
    case 'experience':
      return `CASE WHEN c.experience_talents && ${p.add(term.talents)}::text[] THEN ${num(term.weight)} ELSE 0 END`;
    case 'wish':
      return `CASE WHEN cardinality(c.category_wishes) = 0 THEN ${num(term.noWishes)}
        WHEN c.category_wishes @> ARRAY[${p.add(term.category)}::text] THEN ${num(term.weight)} ELSE 0 END`;
    case 'taalniveau': {
      const rank = taalniveauRankSql('c.taalniveau');
      const min = Math.trunc(term.minRank);
      return `CASE WHEN c.taalniveau IS NULL THEN ${num(term.unknown)} WHEN ${rank} > ${min} THEN ${num(term.weight)}
        WHEN ${rank} = ${min} THEN ${num(term.atMinimum)} ELSE 0 END`;
    }
    case 'known': {
      const unknown = {
        hours: 'c.hours_min IS NULL AND c.hours_max IS NULL',
        availableFrom: 'c.available_from IS NULL',
        unemployedSince: 'c.unemployed_since IS NULL',
        place: 'c.lat IS NULL OR c.lon IS NULL',
      }[term.fact];
      return `CASE WHEN ${unknown} THEN ${num(term.unknown)} ELSE ${num(term.weight)} END`;
    }
    case 'distance': {
      // The SQL distance is within 0.5 % of the scorer's (earth-distance.ts); 1 % less keeps this a bound.
      const km = `(0.99 * ${kmFromOrigin('c')})`;
      const span = term.zeroKm - term.fullKm;
      return `CASE WHEN c.lat IS NULL OR c.lon IS NULL THEN ${num(term.unknown)}
        ELSE ${num(term.weight)} * greatest(0, least(1, 1 - (${km} - ${num(term.fullKm)}) / ${num(span)})) END`;
    }
    case 'needs': {
      const offered = `((c.loonkostensubsidie AND ${p.add(term.loonkostensubsidie)}::boolean)::int + (c.jobcoach_needed AND ${p.add(term.jobcoach)}::boolean)::int)`;
      return `CASE WHEN NOT c.loonkostensubsidie AND NOT c.jobcoach_needed THEN ${num(term.weight)}
        ELSE ${num(term.weight)} * ${offered} / (c.loonkostensubsidie::int + c.jobcoach_needed::int) END`;
    }
  }
}

function certainlyMetSql(met: CertainlyMet, p: SqlParams): string {
  switch (met.kind) {
    case 'registered':
      return 'c.banenafspraak';
    case 'availableBy':
      return `(c.available_from IS NULL OR c.available_from <= ${p.add(met.date)}::date)`;
    case 'withinOwnTravelDistance':
      // 1 % more than the SQL distance is at least the scorer's (earth-distance.ts), and the limit is whole km.
      return `(c.lat IS NULL OR c.lon IS NULL OR c.max_travel_km IS NULL OR 1.01 * ${kmFromOrigin('c')} <= c.max_travel_km)`;
    case 'taalniveauAtLeast':
      return `(c.taalniveau IS NULL OR ${taalniveauRankSql('c.taalniveau')} >= ${Math.trunc(met.minRank)})`;
    case 'hasStartkwalificatie':
      return 'c.startkwalificatie IS TRUE';
    case 'unknowable':
      return 'false';
  }
}

function canDoSql(canDo: CanDoBound, p: SqlParams): string {
  switch (canDo.kind) {
    case 'everyone':
      return 'true';
    case 'withoutStartkwalificatie':
      return 'c.startkwalificatie IS NOT TRUE';
    case 'shows':
      return `(c.shown_talents && ${p.add(canDo.talents)}::text[] OR c.experience_talents && ${p.add(canDo.experience)}::text[])`;
  }
}

/** A page of the pool, best bound first: ids with their bounds, and the scorer's columns for each. */
export interface BoundedRow<T> {
  canDo: boolean;
  bound: number;
  row: T;
}

/** Where a page starts: after this row of the tier's order (who can do the job, bound, id), or at the top. */
export interface BoundedPage {
  after?: { canDo: boolean; bound: number; id: string };
  limit: number;
  /** Only people who may miss a requirement (candidates for a near miss), when the matches can no longer change. */
  onlyCouldMiss?: boolean;
}

/**
 * The candidates module's read model for exact match retrieval: active people within reach of the workplace (or
 * without a known place), in the order of an upper bound of their match score (who might do the job first, then
 * the bound), a page of one tier (boundTiers), with the requested columns. A tier of talents is
 * read through the index on them; the last tier is a scan of the search copy, which the caller needs only when the
 * others cannot fill the list.
 */
export async function boundedMatchPool<T>(
  db: Queryable,
  q: BoundedPoolQuery,
  tier: BoundTier,
  columns: readonly string[],
  page: BoundedPage,
): Promise<BoundedRow<T>[]> {
  const p = new SqlParams();
  // $1 and $2: the workplace, as kmFromOrigin and withinKm read it.
  p.add(q.lat);
  p.add(q.lon);
  let filters = `c.status = 'ACTIVE'${q.employerView ? ' AND c.visible' : ''} AND (c.lat IS NULL OR c.lon IS NULL OR ${withinKm('c', q.maxKm)})`;
  if (q.banenafspraak !== undefined) filters += ` AND c.banenafspraak = ${p.add(q.banenafspraak)}::boolean`;
  if (tier.talents) filters += ` AND c.shown_talents && ${p.add(tier.talents)}::text[]`;
  if (tier.excluded.length) filters += ` AND NOT (c.shown_talents && ${p.add(tier.excluded)}::text[])`;
  if (page.onlyCouldMiss) filters += ` AND NOT (${q.bound.certainlyMet.map((m) => certainlyMetSql(m, p)).join(' AND ') || 'true'})`;
  const bound = q.bound.terms.map((t) => termSql(t, p)).join('\n + ') || '0';
  const canDo = canDoSql(q.bound.canDo, p);
  let after = '';
  if (page.after) {
    // The bound came back as float8 and goes back as float8: equal to itself, so the order continues exactly.
    const [c0, b0, i0] = [`${p.add(page.after.canDo)}::boolean`, `${p.add(page.after.bound)}::float8`, `${p.add(page.after.id)}::uuid`];
    after = `WHERE k."canDo" < ${c0} OR (k."canDo" = ${c0} AND (k.bound < ${b0} OR (k.bound = ${b0} AND k.id > ${i0})))`;
  }
  const rows = await db.query<Array<{ canDo: boolean; bound: number } & Record<string, unknown>>>(
    `SELECT r."canDo", r.bound, ${selectAs('x', columns)}
       FROM (SELECT k.* FROM (SELECT c.id, ${canDo} AS "canDo", ${bound} AS bound FROM candidate_search c WHERE ${filters}) k ${after}
             ORDER BY k."canDo" DESC, k.bound DESC, k.id LIMIT ${Math.trunc(page.limit)}) r
       JOIN candidate x ON x.id = r.id
      ORDER BY r."canDo" DESC, r.bound DESC, r.id`,
    p.values,
  );
  return rows.map(({ canDo, bound: b, ...row }) => ({ canDo, bound: Number(b), row: row as T }));
}
