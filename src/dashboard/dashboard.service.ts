import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuthUser, isWspStaff } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { AppConfig } from '../config/app-config';
import { Role } from '../auth/role.enum';
import { TargetGroup } from '../candidates/candidate.enums';
import { BadInputError, FieldProblem } from '../graphql/errors';
import { todayInNetherlands } from '../graphql/local-date.scalar';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { CountedTable, DashboardFigureCache } from './dashboard-figure-cache';
import { defaultFrom, GROUP_COLUMNS, periodFigures } from './dashboard-period';
import * as SQL from './dashboard.sql';
import {
  CategoryTiming,
  DEFAULT_KNELPUNT_THRESHOLD,
  NazorgFigures,
  Proportionality,
  Workload,
  WspDashboard,
  WspDashboardArgs,
} from './dashboard.types';

const MAX_YEARS = 10;
/** Distinct dashboards kept at a time (each a few kB); the oldest goes first. */
const CACHE_ENTRIES = 500;
const KNELPUNTEN_SHOWN = 20;
const UNASSIGNED = 'Niet toegewezen';
/**
 * Settings for each statement: no JIT (the statements are short scans and hash joins whose plans cost enough to
 * trigger JIT compilation, ~30 ms per statement, more than most of them take to run) and no parallel workers (the
 * statements already run side by side, one connection each; workers on top only competed for the same cores:
 * UITSTROOM took 110 ms with two workers and 35 ms without, at 100,000 candidates on two cores).
 */
const STATEMENT_SETTINGS = ['SET LOCAL jit = off', 'SET LOCAL max_parallel_workers_per_gather = 0'];

/** a / b rounded to 4 decimals; NULL when b is 0. */
export function share(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null;
}

const days = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The arguments with the period's defaults applied. */
interface Asked {
  from: string;
  to: string;
  knelpuntThreshold: number;
}

/** The period's defaults applied: up to today in the Netherlands, from the start of the last 12 months. */
function asked(given: Pick<WspDashboardArgs, 'from' | 'to' | 'knelpuntThreshold'>): Asked {
  const to = given.to ?? todayInNetherlands();
  return { from: given.from ?? defaultFrom(to), to, knelpuntThreshold: given.knelpuntThreshold };
}

/** The scope every statement binds (see dashboard.sql.ts). */
interface Scope {
  from: string;
  to: string;
  places: string[] | null;
  category: string | null;
  accounthouder: string | null;
  employer: string | null;
}

type Row = Record<string, unknown>;

/**
 * The reporting module: the WSP dashboard. The ONLY module allowed to read across other modules' tables
 * (vacancy, employer, candidate, placement, placement_step, vacancy_match_summary, reference tables), read only,
 * through the named statements in dashboard.sql.ts. Users' display names come through AuthService.
 *
 * What a WERKGEVER gets: its own employer's vacancy figures, the funnel and placement counts of its own vacancies,
 * time to fill and its knelpunten. Not: candidate population figures, instruments (banenafspraak,
 * loonkostensubsidie, jobcoach are facts about people), nazorg, uitstroom, target-group proportionality and staff
 * workload: these describe people or the WSP's own staff (DOMAIN.md: an employer learns job fit only).
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {
    this.figures = new DashboardFigureCache(dataSource);
  }

  /**
   * Recently computed dashboards by what determines them (period, resolved filter, own employer, staff or not,
   * threshold). Not counters: each entry is a whole result computed from the tables, reused for at most
   * DASHBOARD_CACHE_SECONDS, so a manager's screen may be that many seconds behind. Concurrent identical
   * requests wait for the same computation instead of each scanning the tables.
   */
  private readonly recent = new Map<string, { until: number; result: Promise<WspDashboard> }>();

  /** Each statement's figures, reused exactly while the tables they read are unchanged. */
  private readonly figures: DashboardFigureCache;

  async wspDashboard(user: AuthUser, given: WspDashboardArgs): Promise<WspDashboard> {
    const args = asked(given);
    const scope = await this.scope(user, args, given.filter);
    const staff = isWspStaff(user);
    const key = JSON.stringify([scope, staff, args.knelpuntThreshold]);
    const now = Date.now();
    const hit = this.recent.get(key);
    if (hit && hit.until > now) return hit.result;
    const result = this.compute(scope, staff, args);
    const ttl = this.config.DASHBOARD_CACHE_SECONDS * 1000;
    // Kept while running (single flight) and, when caching is on, for the TTL after it finished.
    this.recent.set(key, { until: Number.POSITIVE_INFINITY, result });
    result.then(
      () => (ttl > 0 ? this.recent.set(key, { until: Date.now() + ttl, result }) : this.recent.delete(key)),
      () => this.recent.delete(key),
    );
    for (const [k, entry] of this.recent) {
      if (this.recent.size <= CACHE_ENTRIES) break;
      if (entry.until !== Number.POSITIVE_INFINITY) this.recent.delete(k);
    }
    return result;
  }

  /**
   * Computes the view the dashboard opens with (staff, the whole region, the default period and threshold) into the
   * figure cache, so the first manager to open it reads kept figures instead of waiting for the tables to be read.
   * Cheap when nothing changed since: every statement is then a cache hit. Answers how many statements ran (others'
   * requests running at the same time may add to it). Called by DashboardWarmer.
   */
  async warmDefaultView(): Promise<number> {
    const before = this.figures.computedStatements;
    const args = asked({ knelpuntThreshold: DEFAULT_KNELPUNT_THRESHOLD });
    await this.compute({ from: args.from, to: args.to, places: null, category: null, accounthouder: null, employer: null }, true, args);
    return this.figures.computedStatements - before;
  }

  private async compute(scope: Scope, staff: boolean, args: Asked): Promise<WspDashboard> {
    // Every statement comes from the figure cache while the tables it reads are unchanged (exact, see
    // dashboard-figure-cache.ts), else runs on its own pool connection (Promise.all below) with STATEMENT_SETTINGS.
    const counts = await this.figures.counts();
    const run = <T = Row>(statement: string, tables: readonly CountedTable[], extra: Record<string, unknown> = {}): Promise<T[]> => {
      const [text, params] = SQL.bindNamed(statement, { ...scope, ...extra });
      return this.figures.rows(counts, tables, text, params, STATEMENT_SETTINGS) as Promise<T[]>;
    };

    // Staff statements start together with the rest rather than after them: none depends on another's result.
    const none = Promise.resolve([] as Row[]);
    const [vacancyRows, periodRows, uitstroomRows, timingRows, knelpuntRows, candidatesNow, klantcategorieLabels, nazorgRows, accounthouderRows] =
      await Promise.all([
        run(SQL.OPEN_VACANCIES_PER_CATEGORY, ['vacancy', 'employer', 'category', 'placement']),
        run(SQL.PLACEMENTS_OF_PERIOD, ['placement', 'vacancy', 'employer', 'candidate']),
        staff ? run(SQL.UITSTROOM, ['placement', 'vacancy', 'employer', 'candidate']) : none,
        run(SQL.TIMING_PER_CATEGORY, ['vacancy', 'employer', 'placement', 'category']),
        run(SQL.KNELPUNTEN, ['vacancy', 'employer', 'vacancy_match_summary'], { threshold: args.knelpuntThreshold, limit: KNELPUNTEN_SHOWN }),
        staff ? run(SQL.CANDIDATES_NOW, ['candidate', 'placement']) : none,
        staff ? run<{ code: string; label: string }>(SQL.KLANTCATEGORIE_LABELS, ['klantcategorie']) : Promise.resolve([] as Array<{ code: string; label: string }>),
        staff ? run(SQL.NAZORG, ['placement', 'vacancy', 'employer']) : none,
        staff ? run(SQL.WORKLOAD_ACCOUNTHOUDERS, ['employer', 'vacancy', 'placement']) : none,
      ]);
    const candidateRows = candidatesNow.filter((r) => r.grouping !== 'matchmaker').map((r): Row => ({ ...r, total: r.grouping === 'total' }));
    const matchmakerRows = candidatesNow
      .filter((r) => r.grouping === 'matchmaker' && ((r.candidates as number) > 0 || (r.openPlacements as number) > 0))
      .sort((a, b) => (b.candidates as number) - (a.candidates as number) || (a.userId === null ? 1 : b.userId === null ? -1 : String(a.userId).localeCompare(String(b.userId))));

    const sum = (rows: Row[], key: string) => rows.reduce((total, r) => total + Number(r[key]), 0);
    const { funnel: f, placed: p, months: monthRows } = periodFigures(periodRows, args.from, args.to);
    const u = (uitstroomRows[0] ?? { uitstroomCandidates: 0, uitstroomNoLongerActive: 0 }) as Record<string, number>;
    const totals = candidateRows.find((r) => r.total) as Record<string, number> | undefined;
    const active = totals?.candidates ?? 0;

    const funnelOrder = ['proposed', 'introduced', 'interview', 'trial', 'placed'];
    const names = staff ? await this.auth.displayNames([...accounthouderRows, ...matchmakerRows].map((r) => r.userId as string).filter(Boolean)) : new Map();
    const workload = (rows: Row[], role: Role): Workload[] =>
      rows.map((r) => ({
        userId: (r.userId as string | null) ?? null,
        displayName: r.userId ? (names.get(r.userId as string) ?? 'Onbekende gebruiker') : UNASSIGNED,
        employers: role === Role.ACCOUNTHOUDER ? (r.employers as number) : null,
        openVacancies: role === Role.ACCOUNTHOUDER ? (r.openVacancies as number) : null,
        candidates: role === Role.MATCHMAKER ? (r.candidates as number) : null,
        openPlacements: r.openPlacements as number,
      }));

    const timing = (r: Row): CategoryTiming => ({
      categoryCode: (r.categoryCode as string | null) ?? null,
      categoryLabel: (r.categoryLabel as string | null) ?? null,
      medianDaysToFirstProposal: days(r.medianDaysToFirstProposal as number | null),
      vacanciesWithoutProposal: r.vacanciesWithoutProposal as number,
      medianDaysToFill: days(r.medianDaysToFill as number | null),
      filledVacancies: r.filledVacancies as number,
    });
    const overallTiming = timingRows.find((r) => r.total);

    const knelpuntTotals = knelpuntRows[0] as Record<string, number> | undefined;
    const today = Date.now();

    return {
      from: args.from,
      to: args.to,
      vacancies: {
        openVacancies: sum(vacancyRows, 'openVacancies'),
        openings: sum(vacancyRows, 'openings'),
        openingsUnfilled: sum(vacancyRows, 'openingsUnfilled'),
        leerwerkplekkenOpen: sum(vacancyRows, 'leerwerkplekken'),
        perCategory: vacancyRows as never,
      },
      candidates: staff
        ? {
            activeCandidates: active,
            perKlantcategorie: [
              ...klantcategorieLabels.map((k) => ({
                code: k.code,
                label: k.label,
                candidates: (candidateRows.find((r) => !r.total && r.code === k.code)?.candidates as number) ?? 0,
              })),
              ...candidateRows
                .filter((r) => !r.total && r.code === null && (r.candidates as number) > 0)
                .map((r) => ({ code: null, label: 'Niet vastgelegd', candidates: r.candidates as number })),
            ],
            vijftigPlus: totals?.vijftigPlus ?? 0,
            statushouder: totals?.statushouder ?? 0,
            jongereZonderStartkwalificatie: totals?.jongereZonderStartkwalificatie ?? 0,
            profileGaps: {
              missingOpleidingsniveau: share(totals?.missingOpleidingsniveau ?? 0, active) ?? 0,
              missingTalents: share(totals?.missingTalents ?? 0, active) ?? 0,
              missingBeroepswensen: share(totals?.missingBeroepswensen ?? 0, active) ?? 0,
              missingTaalniveau: share(totals?.missingTaalniveau ?? 0, active) ?? 0,
            },
          }
        : null,
      funnel: {
        steps: funnelOrder.map((step, i) => ({
          step: step.toUpperCase(),
          reached: f[step],
          conversion: i === 0 ? null : share(f[step], f[funnelOrder[i - 1]]),
        })),
        rejected: f.rejected,
        withdrawn: f.withdrawn,
      },
      placements: {
        placed: p.placed,
        banenafspraak: staff ? p.banenafspraak : null,
        loonkostensubsidie: staff ? p.loonkostensubsidie : null,
        leerwerkplek: p.leerwerkplek,
        jobcoach: staff ? p.jobcoach : null,
        inWorkAfter6Months: staff ? nazorg(nazorgRows, 6) : null,
        inWorkAfter12Months: staff ? nazorg(nazorgRows, 12) : null,
      },
      uitstroom: staff
        ? {
            candidatesPlaced: u.uitstroomCandidates,
            candidateBase: active + u.uitstroomNoLongerActive,
            share: share(u.uitstroomCandidates, active + u.uitstroomNoLongerActive),
          }
        : null,
      perMonth: monthRows.map((m) => ({ month: m.month as string, proposed: m.proposed as number, placed: m.placed as number })),
      timing: {
        overall: overallTiming ? timing(overallTiming) : timing({ vacanciesWithoutProposal: 0, filledVacancies: 0, medianDaysToFirstProposal: null, medianDaysToFill: null }),
        perCategory: timingRows.filter((r) => !r.total).map(timing),
      },
      knelpunten: {
        count: knelpuntTotals?.knelpuntCount ?? 0,
        notYetAssessed: knelpuntTotals?.pendingCount ?? 0,
        threshold: args.knelpuntThreshold,
        vacancies: knelpuntRows
          .filter((r) => !r.pending && (r.bestScore === null || (r.bestScore as number) < args.knelpuntThreshold))
          .map((r) => ({
            vacancyId: r.id as string,
            title: r.title as string,
            employerName: r.employerName as string,
            categoryCode: (r.categoryCode as string | null) ?? null,
            daysOpen: r.publishedAt ? Math.floor((today - new Date(r.publishedAt as string).getTime()) / 86_400_000) : null,
            bestScore: (r.bestScore as number | null) ?? null,
            eligibleCandidates: r.eligibleCandidates as number,
          })),
      },
      workloadAccounthouders: staff ? workload(accounthouderRows, Role.ACCOUNTHOUDER) : null,
      workloadMatchmakers: staff ? workload(matchmakerRows, Role.MATCHMAKER) : null,
      proportionality: staff ? proportionality(totals, monthRows) : null,
    };
  }

  /** Checks every argument (all problems at once, nothing read before) and resolves the filter to the SQL scope. */
  private async scope(user: AuthUser, args: Asked, given: WspDashboardArgs['filter']): Promise<Scope> {
    const problems: FieldProblem[] = [];
    if (args.from > args.to) problems.push({ field: 'from', message: `mag niet na het einde van de periode liggen (${args.to})` });
    else if (addYears(args.from, MAX_YEARS) < args.to) problems.push({ field: 'to', message: `de periode is langer dan ${MAX_YEARS} jaar` });
    if (!(args.knelpuntThreshold >= 0 && args.knelpuntThreshold <= 1)) problems.push({ field: 'knelpuntThreshold', message: 'moet tussen 0 en 1 liggen' });

    const filter = given ?? {};
    let places: string[] | null = null;
    if (filter.municipality != null) {
      places = this.referenceData.places.placesIn(filter.municipality);
      if (places.length === 0) problems.push({ field: 'filter.municipality', message: `onbekende gemeente of plaats "${filter.municipality.slice(0, 60)}"` });
    }
    let category: string | null = null;
    if (filter.categoryCode != null) {
      try {
        category = this.referenceData.checkCategory('filter.categoryCode', filter.categoryCode);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        problems.push({ field: 'filter.categoryCode', message: `onbekende categorie "${filter.categoryCode.slice(0, 60)}"` });
      }
    }
    let accounthouder: string | null = null;
    if (filter.accounthouderId != null) {
      if (!isUUID(filter.accounthouderId) || !(await this.auth.isActiveUserWithRole(filter.accounthouderId, [Role.ACCOUNTHOUDER]))) {
        problems.push({ field: 'filter.accounthouderId', message: 'is geen bekende accounthouder' });
      } else accounthouder = filter.accounthouderId;
    }
    if (problems.length) throw new BadInputError(problems);
    return { from: args.from, to: args.to, places, category, accounthouder, employer: user.role === Role.WERKGEVER ? user.employerId : null };
  }
}

/** YYYY-MM-DD plus whole years (29 February -> 28 February when needed). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCDate() !== d) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

function nazorg(rows: Row[], months: number): NazorgFigures {
  const r = rows.find((x) => x.months === months) as Record<string, number> | undefined;
  const inWork = r?.inWork ?? 0;
  const notInWork = r?.notInWork ?? 0;
  return { due: r?.due ?? 0, inWork, notInWork, notRecorded: r?.notRecorded ?? 0, share: share(inWork, inWork + notInWork) };
}

/** Per target group: its share of active candidates against its share of proposals and placements, per month too. */
function proportionality(totals: Record<string, number> | undefined, months: Row[]): Proportionality[] {
  const total = (key: string) => months.reduce((s, m) => s + Number(m[key]), 0);
  return GROUP_COLUMNS.map(([group, suffix]) => {
    const candidatesKey = suffix[0].toLowerCase() + suffix.slice(1);
    return {
      targetGroup: group as TargetGroup,
      shareOfCandidates: share(totals?.[candidatesKey] ?? 0, totals?.candidates ?? 0),
      shareOfProposals: share(total(`proposed${suffix}`), total('proposed')),
      shareOfPlacements: share(total(`placed${suffix}`), total('placed')),
      perMonth: months.map((m) => ({
        month: m.month as string,
        shareOfProposals: share(Number(m[`proposed${suffix}`]), Number(m.proposed)),
        shareOfPlacements: share(Number(m[`placed${suffix}`]), Number(m.placed)),
      })),
    };
  });
}
