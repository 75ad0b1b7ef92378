import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ViewLimitService } from '../audit/view-limit.service';
import { AuthUser, isWspStaff } from '../auth/auth-user';
import { BoundedPage, boundTiers } from '../candidates/candidate-score-bound';
import { CandidatesService } from '../candidates/candidates.service';
import { toCandidate } from '../candidates/candidate.mapper';
import { CandidateProfile, toCandidateProfile } from '../candidates/candidate-profile.types';
import { ForbiddenError, NotFoundError } from '../graphql/errors';
import { todayInNetherlands } from '../graphql/local-date.scalar';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { distanceBandOf } from '../search/distance-band';
import { EmployerCandidateMatch, employerListNotes, isEmployerGoodMatch, partitionEmployerMatches, toEmployerMatch } from './employer-view';
import { scorerContextOf } from './match-context';
import { MAX_MATCH_KM, POOL_LIMITS, vacancyPoolQueryFor } from './match-retrieval';
import { CandidateMatch, CandidateMatchResult, MatchCandidatesArgs, MatchVacanciesArgs, VacancyMatch, VacancyMatchResult } from './match.types';
import { candidateScoreBound, couldStillEnter, keepListPlaces } from './score-bound';
import { evaluateMatch } from './scorer/evaluate-match';
import { MatchEvaluation } from './scorer/match-evaluation';
import { deriveMatchFacts } from './scorer/match-facts';
import { ScorerCandidate, ScorerContext } from './scorer/match-input';
import { NO_GOOD_MATCH_CANDIDATES, NO_GOOD_MATCH_VACANCIES } from './scorer/match-sentences';
import { partitionMatches } from './scorer/rank-matches';
import { SCORED_CANDIDATE_COLUMNS, SCORED_VACANCY_COLUMNS, ScoredCandidateColumns, ScoredVacancyColumns, toScorerCandidate, toScorerVacancy } from './scorer-input.mapper';

/**
 * The first page of a pool tier read best bound first (at least ten times the list asked for); each further page
 * is twice the one before, up to MAX_PAGE. Measured at 100,000 candidates: most vacancies need one page of 200. A
 * job few people can do may read thousands (7,087 of 10,000 for one vacancy): a page at a time, keeping only who
 * holds a place in a list, so memory per request stays bounded (max RSS in the 10,000 match mix: 662-696 MB keeping
 * everyone scored with pages up to 3,200; 490 MB keeping the list places; 374 MB with pages up to 800).
 */
const FIRST_PAGE = 200;
const MAX_PAGE = 800;

type ScoredCandidate = { id: string; candidate: ScorerCandidate; waitingSince: string | null; evaluation: MatchEvaluation };

/**
 * Matches both ways: retrieval picks a generous pool on PostgreSQL (match-retrieval.ts), the pure scorer ranks
 * and explains every member, and the result splits into matches and near misses (one requirement missing).
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly viewLimit: ViewLimitService,
  ) {}

  async matchCandidates(user: AuthUser, args: MatchCandidatesArgs): Promise<CandidateMatchResult> {
    const staff = isWspStaff(user);
    if (!staff && args.filter?.banenafspraak !== undefined) {
      // As searchCandidates refuses it: the filter would sort the list by doelgroepregister status.
      const problem = { field: 'filter.banenafspraak', message: 'een werkgever kan niet filteren op het doelgroepregister' };
      throw new ForbiddenError(`${problem.field}: ${problem.message}`, [problem]);
    }
    const vacancy = await this.vacancies.get(user, args.vacancyId);
    const { scorerVacancy, context, evaluated, employerViews, considered } = await this.rankPool(vacancy, {
      employerView: !staff,
      banenafspraak: args.filter?.banenafspraak,
      first: args.first,
    });
    const result = { vacancy, vacancyOpen: vacancy.status === VacancyStatus.OPEN, considered };
    if (!staff) {
      const { eligible, nearMisses } = partitionEmployerMatches(employerViews);
      const shown = [...eligible.slice(0, args.first), ...nearMisses.slice(0, args.first)];
      // Anonymised, but still about these people (pseudonymised data is personal data): logged as reads. The log
      // entry and the profiles are fetched side by side (see the staff path below for why that keeps the trail whole).
      const [byId] = await Promise.all([
        this.anonymisedProfiles(shown.map((m) => m.candidateId)),
        this.audit.record(user, 'read', 'candidate', shown.map((m) => m.candidateId)),
      ]);
      const toMatch = (m: EmployerCandidateMatch): CandidateMatch => ({
        profile: byId.get(m.candidateId)!,
        candidate: null,
        score: m.score,
        reasons: m.reasons as CandidateMatch['reasons'],
        unmet: m.unmet as CandidateMatch['unmet'],
        notes: [],
        distanceBand: m.distanceBand,
      });
      const employerGoodMatchFound = eligible.some(isEmployerGoodMatch);
      return {
        ...result,
        matches: eligible.slice(0, args.first).map(toMatch),
        nearMisses: nearMisses.slice(0, args.first).map(toMatch),
        notes: employerListNotes(vacancy),
        goodMatchFound: employerGoodMatchFound,
        noGoodMatchText: employerGoodMatchFound ? null : NO_GOOD_MATCH_CANDIDATES,
      };
    }

    const { eligible, nearMisses } = partitionMatches(evaluated);
    const shown = [...eligible.slice(0, args.first), ...nearMisses.slice(0, args.first)];
    // The audit insert runs beside the read of the shown records instead of after it: one round trip less on the
    // way to the answer, and the trail is as whole as before. Both are awaited, so the entry is committed before
    // any of these people leaves the server, and a crash before the answer loses no entry of what was shown; a
    // read that fails after the entry committed leaves an entry for a page that was not shown (too much in the
    // log, never too little). Batching entries in memory across requests was rejected: a crash would lose the
    // batch of reads already answered, and the trail is a legal log (BIO2 8.15).
    const [records] = await Promise.all([this.candidates.byIds(shown.map((m) => m.id), true), this.audit.record(user, 'read', 'candidate', shown.map((m) => m.id))]);
    const byId = new Map(records.map((r) => [r.id, r]));
    const toMatch = (m: (typeof evaluated)[number]): CandidateMatch => ({
      profile: toCandidateProfile(byId.get(m.id)!),
      candidate: toCandidate(byId.get(m.id)!),
      ...this.explained(m.evaluation),
      distanceBand: distanceBandOf(deriveMatchFacts(scorerVacancy, m.candidate, context).distanceKm),
    });
    const goodMatchFound = eligible.some((m) => m.evaluation.goodMatch);
    return {
      ...result,
      matches: eligible.slice(0, args.first).map(toMatch),
      nearMisses: nearMisses.slice(0, args.first).map(toMatch),
      notes: [],
      goodMatchFound,
      noGoodMatchText: goodMatchFound ? null : NO_GOOD_MATCH_CANDIDATES,
    };
  }

  /** Anonymised profiles only: the personal table is not even read for an employer. */
  private async anonymisedProfiles(ids: string[]): Promise<Map<string, CandidateProfile>> {
    const records = await this.candidates.byIds(ids, false);
    return new Map(records.map((r) => [r.id, toCandidateProfile(r)]));
  }

  async matchVacancies(user: AuthUser, args: MatchVacanciesArgs): Promise<VacancyMatchResult> {
    // One person's full record opened: a view, held to the per-account cap like candidate(id) (the werk.nl lesson).
    const candidate = await this.viewLimit.view(user, 'candidate', args.candidateId, async () => {
      const found = await this.candidates.findWithPersonal(args.candidateId);
      if (!found) throw new NotFoundError('kandidaat', args.candidateId);
      return found;
    });
    const categories = args.filter?.categories?.map((c) => this.referenceData.checkCategory('filter.categories', c));
    // The pool comes with just the columns the scorer reads; full records only for the matches shown. Vacancies
    // asking a talent the person shows by a job they did, or a related one, are found too.
    const scorerCandidate = toScorerCandidate(candidate, (title) => this.referenceData.readJobTitle(title));
    const pool = await this.vacancies.matchPool<ScoredVacancyColumns>(
      vacancyPoolQueryFor(candidate, this.referenceData, { status: args.filter?.status, leerwerkplek: args.filter?.leerwerkplek, categories }),
      SCORED_VACANCY_COLUMNS,
      POOL_LIMITS,
    );
    const context = this.context();
    const evaluated = pool.map((v) => ({
      id: v.id,
      waitingSince: v.createdAt ? new Date(v.createdAt).toISOString() : null,
      evaluation: evaluateMatch(toScorerVacancy(v), scorerCandidate, context),
    }));
    const { eligible, nearMisses } = partitionMatches(evaluated);
    const listed = [...eligible.slice(0, args.first), ...nearMisses.slice(0, args.first)];
    const records = await this.vacancies.byIds(listed.map((m) => m.id));
    const byId = new Map(records.map((r) => [r.id, r]));
    const toMatch = (m: (typeof evaluated)[number]): VacancyMatch => ({ vacancy: byId.get(m.id)!, ...this.explained(m.evaluation) });
    const goodMatchFound = eligible.some((m) => m.evaluation.goodMatch);
    return {
      candidate: toCandidate(candidate),
      matches: eligible.slice(0, args.first).map(toMatch),
      nearMisses: nearMisses.slice(0, args.first).map(toMatch),
      considered: evaluated.length,
      goodMatchFound,
      noGoodMatchText: goodMatchFound ? null : NO_GOOD_MATCH_VACANCIES,
    };
  }

  /**
   * A vacancy's candidate pool, scored: the one path from vacancy to evaluated candidates, for matchCandidates and
   * for the knelpunten summary alike. Exact: people are read best score bound first (score-bound.ts), a page at a
   * time with just the columns the scorer reads, and reading stops once nobody unread can enter the top `first`
   * matches or near misses, so the lists are those of scoring every active person within reach. Filters apply
   * in retrieval, so the pool is drawn from the people who pass them.
   */
  async rankPool(vacancy: Vacancy, options: { employerView: boolean; banenafspraak?: boolean; first: number }) {
    const context = this.context();
    const scorerVacancy = toScorerVacancy(vacancy);
    const readJobTitle = (title: string) => this.referenceData.readJobTitle(title);
    const bound = candidateScoreBound(scorerVacancy, this.referenceData, options.employerView ? 'employer' : 'staff', context);
    const query = { lat: vacancy.lat, lon: vacancy.lon, maxKm: MAX_MATCH_KM, employerView: options.employerView, banenafspraak: options.banenafspraak, bound };
    // Only those who still hold a place in a list are kept: a long read (a job few people can do) holds a page at a
    // time, not everyone it scored.
    let evaluated: ScoredCandidate[] = [];
    let employerViews: EmployerCandidateMatch[] = [];
    let considered = 0;
    let eligibleCount = 0;
    // The rank key of the `first`-th match and near miss so far (null while a list is short), in the view asked for;
    // whoever is in neither list is let go.
    const last = () => {
      if (options.employerView) {
        const kept = keepListPlaces(employerViews, options.first, partitionEmployerMatches, (m) => ({ canDo: m.canDoJob, score: m.score }));
        employerViews = kept.places;
        return kept.last;
      }
      const kept = keepListPlaces(evaluated, options.first, partitionMatches, (m) => ({ canDo: m.evaluation.canDoJob, score: m.evaluation.score }));
      evaluated = kept.places;
      return kept.last;
    };
    for (const tier of boundTiers(bound, scorerVacancy.requiredTalents)) {
      let entry = couldStillEnter(tier.max, last());
      let page: BoundedPage = { limit: Math.max(FIRST_PAGE, 10 * options.first) };
      while (entry.asMatch || entry.asNearMiss) {
        // Once the matches are settled, only people who may miss a requirement can still change the near misses.
        page.onlyCouldMiss = !entry.asMatch;
        // One row more than the page: its bound says whether anyone after the page could still enter.
        const rows = await this.candidates.boundedPool<ScoredCandidateColumns>(query, tier, SCORED_CANDIDATE_COLUMNS, { ...page, limit: page.limit + 1 });
        for (const { row } of rows.slice(0, page.limit)) {
          const candidate = toScorerCandidate(row, readJobTitle);
          const evaluation = evaluateMatch(scorerVacancy, candidate, context);
          considered++;
          if (evaluation.eligible) eligibleCount++;
          if (!options.employerView) evaluated.push({ id: row.id, candidate, waitingSince: row.unemployedSince, evaluation });
          else {
            const view = toEmployerMatch(row.id, scorerVacancy, candidate, context, evaluation);
            if (view) employerViews.push(view);
          }
        }
        const next = rows[page.limit];
        if (!next) break;
        entry = couldStillEnter({ canDo: next.canDo, score: next.bound }, last());
        const end = rows[page.limit - 1];
        page = { after: { canDo: end.canDo, bound: end.bound, id: end.row.id }, limit: Math.min(MAX_PAGE, page.limit * 2) };
      }
    }
    last();
    return { scorerVacancy, context, evaluated, employerViews, considered, eligibleCount };
  }

  private context(): ScorerContext {
    return scorerContextOf(this.referenceData, todayInNetherlands());
  }

  private explained(evaluation: MatchEvaluation) {
    return {
      score: evaluation.score,
      reasons: evaluation.reasons as CandidateMatch['reasons'],
      unmet: evaluation.unmet as CandidateMatch['unmet'],
      notes: evaluation.notes,
    };
  }
}
