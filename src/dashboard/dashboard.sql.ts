import { TargetGroup } from '../candidates/candidate.enums';
import { targetGroupSql } from '../candidates/target-groups';

/**
 * The SQL of the WSP dashboard, one named statement per group of figures, each computed from the real tables (no
 * stored counters that could drift from the rows they count); dashboard-figure-cache.ts reuses a statement's rows
 * exactly while the tables it reads are unchanged.
 *
 * Parameters are named (`:from`, `:places` ...) and bound in order by `bindNamed`, so each statement lists only
 * what it uses. The scope every statement shares:
 *   :from, :to       the period, whole days in Europe/Amsterdam, both inclusive
 *   :places          the stored place names of the municipality filter (text[]), or NULL
 *   :category        a category code, or NULL
 *   :accounthouder   an accounthouder's user id, or NULL
 *   :employer        the WERKGEVER's own employer, or NULL for staff
 * A vacancy (and a placement, through its vacancy) is in scope by its own place and category, its employer's
 * accounthouder and employer. A candidate is in scope by their place and beroepswensen; the accounthouder filter
 * does not apply to candidates (they belong to matchmakers, not to accounthouders).
 *
 * Target groups are the candidate's markers now (no history of them is kept). The step order of the funnel is
 * PROPOSED < INTRODUCED < INTERVIEW < TRIAL < PLACED: a placement that reached a later step counts for every
 * earlier one, even if a step was skipped.
 */

/** `:name` -> `$n` (same name, same number); `::type` casts are left alone. */
export function bindNamed(sql: string, values: Readonly<Record<string, unknown>>): [string, unknown[]] {
  const order: string[] = [];
  const text = sql.replace(/(?<![:\w]):([a-z][a-zA-Z]*)\b/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`dashboard SQL: no value for :${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return [text, order.map((name) => values[name])];
}

/**
 * The period's bounds as timestamps: [T0, T1). Written inline (not a CTE joined in) so the planner sees the bound
 * values and estimates how many placements fall in the period: with a CTE it guessed a few thousand for a year's
 * 30,000 and chose a nested loop of index lookups per placement.
 */
const T0 = `(:from::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const T1 = `((:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/**
 * A vacancy v in scope. The accounthouder is looked up in a subquery rather than through a join with employer, so
 * the statements that need nothing else of the employer skip that join (with no accounthouder filter the planner
 * drops the subquery altogether).
 */
const VACANCY_SCOPE = `(:places::text[] IS NULL OR v.place_name = ANY(:places::text[]))
  AND (:category::text IS NULL OR v.category_code = :category::text)
  AND (:accounthouder::uuid IS NULL OR v.employer_id IN (SELECT ea.id FROM employer ea WHERE ea.accounthouder_id = :accounthouder::uuid))
  AND (:employer::uuid IS NULL OR v.employer_id = :employer::uuid)`;

/** A candidate c in scope. */
const CANDIDATE_SCOPE = `(:places::text[] IS NULL OR c.place_name = ANY(:places::text[]))
  AND (:category::text IS NULL OR c.category_wishes @> ARRAY[:category::text])`;

/** How far along the funnel a status is; NULL for REJECTED / WITHDRAWN. */
const STATUS_RANK = (status: string) =>
  `CASE ${status} WHEN 'PROPOSED' THEN 1 WHEN 'INTRODUCED' THEN 2 WHEN 'INTERVIEW' THEN 3 WHEN 'TRIAL' THEN 4 WHEN 'PLACED' THEN 5 END`;

/** Target-group markers of candidate c, one definition for every statement below. */
const VIJFTIG_PLUS = targetGroupSql(TargetGroup.VIJFTIG_PLUS, 'c');
const STATUSHOUDER = targetGroupSql(TargetGroup.STATUSHOUDER, 'c');
const JONGERE_ZONDER_SK = targetGroupSql(TargetGroup.JONGERE_ZONDER_STARTKWALIFICATIE, 'c');

/** Open placements (not yet placed, rejected or withdrawn) counted per vacancy or per candidate: one hash aggregate. */
const OPEN_PLACEMENTS_PER = (column: 'vacancy_id' | 'candidate_id') => `open AS (
  SELECT p.${column}, count(*) AS n FROM placement p
   WHERE p.status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL') GROUP BY p.${column})`;

/** Open vacancies now, per category: openings, openings not yet filled by a PLACED placement, leerwerkplekken. */
export const OPEN_VACANCIES_PER_CATEGORY = `
SELECT v.category_code AS "categoryCode", cat.label AS "categoryLabel",
       count(*)::int AS "openVacancies",
       sum(v.openings)::int AS openings,
       sum(greatest(v.openings - coalesce(filled.placed, 0), 0))::int AS "openingsUnfilled",
       count(*) FILTER (WHERE v.leerwerkplek)::int AS leerwerkplekken
  FROM vacancy v
  LEFT JOIN category cat ON cat.code = v.category_code
  LEFT JOIN (SELECT p.vacancy_id, count(*) AS placed FROM placement p WHERE p.status = 'PLACED' GROUP BY p.vacancy_id) filled
         ON filled.vacancy_id = v.id
 WHERE v.status = 'OPEN' AND ${VACANCY_SCOPE}
 GROUP BY v.category_code, cat.label, cat.sort_order
 ORDER BY cat.sort_order NULLS LAST`;

/**
 * Candidates now, in one scan of the candidate table: per klantcategorie (code NULL: not recorded), per matchmaker
 * (workload: active candidates and their open placements; matchmaker NULL: nobody assigned) and in total (the
 * grouping-set row with total = true). Target groups and profile gaps count active candidates only. Rows of
 * candidates who are no longer active are read only when they still have an open placement (matchmaker workload).
 */
export const CANDIDATES_NOW = `
WITH ${OPEN_PLACEMENTS_PER('candidate_id')}
SELECT CASE WHEN GROUPING(c.klantcategorie_code) = 0 THEN 'klantcategorie'
            WHEN GROUPING(c.matchmaker_id) = 0 THEN 'matchmaker' ELSE 'total' END AS grouping,
       c.klantcategorie_code AS code, c.matchmaker_id AS "userId",
       count(*) FILTER (WHERE c.status = 'ACTIVE')::int AS candidates,
       coalesce(sum(open.n), 0)::int AS "openPlacements",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND ${VIJFTIG_PLUS})::int AS "vijftigPlus",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND ${STATUSHOUDER})::int AS statushouder,
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND ${JONGERE_ZONDER_SK})::int AS "jongereZonderStartkwalificatie",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND c.opleidingsniveau IS NULL)::int AS "missingOpleidingsniveau",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND c.talents = '{}')::int AS "missingTalents",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND c.category_wishes = '{}')::int AS "missingBeroepswensen",
       count(*) FILTER (WHERE c.status = 'ACTIVE' AND c.taalniveau IS NULL)::int AS "missingTaalniveau"
  FROM candidate c
  LEFT JOIN open ON open.candidate_id = c.id
 WHERE (c.status = 'ACTIVE' OR open.n > 0) AND ${CANDIDATE_SCOPE}
 GROUP BY GROUPING SETS ((c.klantcategorie_code), (c.matchmaker_id), ())`;

/** The klantcategorie reference list: codes and labels in their own order. */
export const KLANTCATEGORIE_LABELS = `SELECT code, label FROM klantcategorie ORDER BY sort_order, code`;

/**
 * Everything about the placements of the period, in one pass over them (each joined once to its vacancy for the
 * scope and to its candidate for the target groups): one row per kind of event and calendar month (the service adds
 * the months up for the period):
 *  - kind 'proposed', the funnel of the placements proposed in the period (a cohort): how many reached each step
 *    by now (a later step counts for every earlier one), how many ended rejected or withdrawn;
 *  - kind 'placed', the placements placed in the period, split by instrument. banenafspraak: the candidate is in
 *    the doelgroepregister (what counts for the employer's quota).
 * Both per target group, per month too (proportionality and the placements chart read these rows).
 *
 * The furthest step a placement reached is placement.furthest_status, which the database keeps from its steps
 * (migration 1763910100000-placement-furthest-status).
 */
export const PLACEMENTS_OF_PERIOD = `
WITH bounds AS (
  -- Where each month begins in Europe/Amsterdam, as timestamps: width_bucket finds an event's month by binary search,
  -- instead of converting every placement's timestamp to local time.
  SELECT array_agg(m.month AT TIME ZONE 'Europe/Amsterdam' ORDER BY m.month) AS starts
    FROM generate_series(date_trunc('month', :from::date::timestamp), date_trunc('month', :to::date::timestamp), interval '1 month') AS m(month)),
events AS (
  -- A placement proposed and placed in the period yields both events.
  SELECT ev.kind, ev.i, p.status, p.candidate_id, p.loonkostensubsidie, p.jobcoach, v.leerwerkplek,
         ${STATUS_RANK('p.furthest_status')} AS step
    FROM placement p JOIN vacancy v ON v.id = p.vacancy_id,
         bounds
   CROSS JOIN LATERAL (VALUES
     ('proposed', CASE WHEN p.proposed_at >= ${T0} AND p.proposed_at < ${T1} THEN width_bucket(p.proposed_at, bounds.starts) END),
     ('placed', CASE WHEN p.placed_at >= ${T0} AND p.placed_at < ${T1} THEN width_bucket(p.placed_at, bounds.starts) END)) ev(kind, i)
   WHERE ((p.proposed_at >= ${T0} AND p.proposed_at < ${T1}) OR (p.placed_at >= ${T0} AND p.placed_at < ${T1}))
     AND ev.i IS NOT NULL AND ${VACANCY_SCOPE})
SELECT e.kind, e.i AS "monthIndex",
       count(*)::int AS events,
       count(*) FILTER (WHERE e.step >= 2)::int AS introduced,
       count(*) FILTER (WHERE e.step >= 3)::int AS interview,
       count(*) FILTER (WHERE e.step >= 4)::int AS trial,
       count(*) FILTER (WHERE e.step >= 5)::int AS placed,
       count(*) FILTER (WHERE e.status = 'REJECTED')::int AS rejected,
       count(*) FILTER (WHERE e.status = 'WITHDRAWN')::int AS withdrawn,
       count(*) FILTER (WHERE c.banenafspraak)::int AS banenafspraak,
       count(*) FILTER (WHERE e.loonkostensubsidie)::int AS loonkostensubsidie,
       count(*) FILTER (WHERE e.leerwerkplek)::int AS leerwerkplek,
       count(*) FILTER (WHERE e.jobcoach)::int AS jobcoach,
       count(*) FILTER (WHERE ${VIJFTIG_PLUS})::int AS "vijftigPlus",
       count(*) FILTER (WHERE ${STATUSHOUDER})::int AS statushouder,
       count(*) FILTER (WHERE ${JONGERE_ZONDER_SK})::int AS "jongereZonderStartkwalificatie"
  FROM events e
  LEFT JOIN candidate c ON c.id = e.candidate_id
 GROUP BY e.kind, e.i`;

/**
 * The people placed in the period (uitstroom naar werk): how many, and how many of them are no longer active.
 * Apart from PLACEMENTS_OF_PERIOD because a distinct count there would make it sort all of its rows.
 */
export const UITSTROOM = `
SELECT count(DISTINCT p.candidate_id)::int AS "uitstroomCandidates",
       count(DISTINCT p.candidate_id) FILTER (WHERE c.status <> 'ACTIVE')::int AS "uitstroomNoLongerActive"
  FROM placement p
  JOIN vacancy v ON v.id = p.vacancy_id
  JOIN candidate c ON c.id = p.candidate_id
 WHERE p.placed_at >= ${T0} AND p.placed_at < ${T1} AND ${VACANCY_SCOPE}`;

/**
 * Nazorg: of the placements whose 6-month (12-month) check fell due in the period, how many are still in work,
 * how many not, and how many were not recorded. The exact test is placed_at + 6 months in the period (month
 * arithmetic, not invertible at month ends); the wider placed_at range before it only lets the placed_at index
 * pick the rows, it never drops one that the exact test keeps.
 */
export const NAZORG = `
WITH due AS (
  SELECT 6 AS months, p.in_work_after_6_months AS in_work
    FROM placement p JOIN vacancy v ON v.id = p.vacancy_id
   WHERE p.placed_at >= ${T0} - interval '7 months' AND p.placed_at < ${T1} - interval '5 months'
     AND p.placed_at + interval '6 months' >= ${T0} AND p.placed_at + interval '6 months' < ${T1}
     AND ${VACANCY_SCOPE}
  UNION ALL
  SELECT 12, p.in_work_after_12_months
    FROM placement p JOIN vacancy v ON v.id = p.vacancy_id
   WHERE p.placed_at >= ${T0} - interval '13 months' AND p.placed_at < ${T1} - interval '11 months'
     AND p.placed_at + interval '12 months' >= ${T0} AND p.placed_at + interval '12 months' < ${T1}
     AND ${VACANCY_SCOPE})
SELECT months,
       count(*)::int AS due,
       count(*) FILTER (WHERE in_work)::int AS "inWork",
       count(*) FILTER (WHERE NOT in_work)::int AS "notInWork",
       count(*) FILTER (WHERE in_work IS NULL)::int AS "notRecorded"
  FROM due GROUP BY months ORDER BY months`;

/**
 * Median days per category (and overall: the row with total = true):
 *  - to first proposal: vacancies published in the period, from publication to their first proposal (those with
 *    a proposal; how many have none yet is counted);
 *  - to fill: vacancies FILLED in the period (ended_at), from publication to filled.
 */
export const TIMING_PER_CATEGORY = `
WITH published AS (
  SELECT v.category_code, extract(epoch FROM first.proposed_at - v.published_at) / 86400 AS days
    FROM vacancy v
    -- Every vacancy's first proposal in one pass over the (vacancy_id, proposed_at) index, hashed, rather than an
    -- index lookup per vacancy published in the period.
    LEFT JOIN (SELECT p.vacancy_id, min(p.proposed_at) AS proposed_at FROM placement p GROUP BY p.vacancy_id) first ON first.vacancy_id = v.id
   WHERE v.published_at >= ${T0} AND v.published_at < ${T1} AND ${VACANCY_SCOPE}),
filled AS (
  SELECT v.category_code, extract(epoch FROM v.ended_at - v.published_at) / 86400 AS days
    FROM vacancy v
   WHERE v.status = 'FILLED' AND v.ended_at >= ${T0} AND v.ended_at < ${T1} AND ${VACANCY_SCOPE}),
measures AS (
  SELECT category_code, 'proposal' AS measure, days FROM published
  UNION ALL
  SELECT category_code, 'fill', days FROM filled)
SELECT m.category_code AS "categoryCode", GROUPING(m.category_code) = 1 AS total, cat.label AS "categoryLabel",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY m.days) FILTER (WHERE m.measure = 'proposal')::float8 AS "medianDaysToFirstProposal",
       count(m.days) FILTER (WHERE m.measure = 'proposal')::int AS "proposedVacancies",
       count(*) FILTER (WHERE m.measure = 'proposal' AND m.days IS NULL)::int AS "vacanciesWithoutProposal",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY m.days) FILTER (WHERE m.measure = 'fill')::float8 AS "medianDaysToFill",
       count(*) FILTER (WHERE m.measure = 'fill')::int AS "filledVacancies"
  FROM measures m LEFT JOIN category cat ON cat.code = m.category_code
 GROUP BY GROUPING SETS ((m.category_code, cat.label, cat.sort_order), ())
 ORDER BY GROUPING(m.category_code), cat.sort_order NULLS LAST`;

/**
 * Knelpunten: open vacancies whose best eligible candidate (matching's vacancy_match_summary, for the vacancy's
 * current version) scores below :threshold, or that have no eligible candidate at all. Those without a current
 * summary are counted as not yet assessed. The longest open come first.
 */
export const KNELPUNTEN = `
SELECT v.id, v.title, e.name AS "employerName", v.category_code AS "categoryCode", v.published_at AS "publishedAt",
       s.best_score AS "bestScore", coalesce(s.eligible_count, 0)::int AS "eligibleCandidates",
       (s.vacancy_id IS NULL OR s.vacancy_version <> v.version) AS pending,
       count(*) FILTER (WHERE s.vacancy_version = v.version AND (s.best_score IS NULL OR s.best_score < :threshold::float8)) OVER ()::int AS "knelpuntCount",
       count(*) FILTER (WHERE s.vacancy_id IS NULL OR s.vacancy_version <> v.version) OVER ()::int AS "pendingCount",
       count(*) OVER ()::int AS "openCount"
  FROM vacancy v
  JOIN employer e ON e.id = v.employer_id
  LEFT JOIN vacancy_match_summary s ON s.vacancy_id = v.id
 WHERE v.status = 'OPEN' AND ${VACANCY_SCOPE}
 ORDER BY (s.vacancy_version = v.version AND (s.best_score IS NULL OR s.best_score < :threshold::float8)) DESC NULLS LAST,
          v.published_at NULLS LAST, v.id
 LIMIT :limit`;

/**
 * Workload per accounthouder (NULL: employers without one): employers, open vacancies, open placements on their
 * vacancies.
 */
export const WORKLOAD_ACCOUNTHOUDERS = `
WITH ${OPEN_PLACEMENTS_PER('vacancy_id')}
SELECT e.accounthouder_id AS "userId",
       count(DISTINCT e.id)::int AS employers,
       count(v.id) FILTER (WHERE v.status = 'OPEN')::int AS "openVacancies",
       coalesce(sum(open.n), 0)::int AS "openPlacements"
  FROM employer e
  LEFT JOIN vacancy v ON v.employer_id = e.id
       AND (:places::text[] IS NULL OR v.place_name = ANY(:places::text[]))
       AND (:category::text IS NULL OR v.category_code = :category::text)
  LEFT JOIN open ON open.vacancy_id = v.id
 WHERE (:accounthouder::uuid IS NULL OR e.accounthouder_id = :accounthouder::uuid)
 GROUP BY e.accounthouder_id
 ORDER BY "openVacancies" DESC, e.accounthouder_id NULLS LAST`;
