import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isWspStaff } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import type { CandidateEntity } from '../candidates/candidate.entity';
import { CandidatesService } from '../candidates/candidates.service';
import { CandidateStatus } from '../candidates/candidate.enums';
import { toCandidate } from '../candidates/candidate.mapper';
import { toCandidateProfile } from '../candidates/candidate-profile.types';
import { EmployersService } from '../employers/employers.service';
import { BadInputError, FieldProblem, ForbiddenError } from '../graphql/errors';
import { MAX_MATCH_KM } from '../matching/match-retrieval';
import { isIsoDate } from '../graphql/local-date.scalar';
import { distanceKm } from '../reference-data/earth-distance';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { taalniveauRank } from '../reference-data/taalniveau';
import { VacanciesService } from '../vacancies/vacancies.service';
import type { Vacancy } from '../vacancies/vacancy.entity';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { decodeOffsetCursor, encodeOffsetCursor } from './search-cursor';
import { SearchEngine } from './search-engine';
import { distanceBandOf } from './distance-band';
import { CANDIDATE_FACETS, CandidateFilter, EMPLOYER_CANDIDATE_FACETS, FacetCounts, GeoFilter, SearchHits, VACANCY_FACETS, VacancyFilter } from './search-query';
import { SEARCH_ENGINE } from './search.constants';
import { CandidateSortOrder, NearInput, SearchCandidatesArgs, SearchVacanciesArgs } from './search.inputs';
import { CandidateSearchResult, Facet, SearchResultCounts, VacancySearchResult } from './search.types';

/**
 * An employer's `near` (DOMAIN.md: never the woonplaats, "not even by combining radius searches"):
 * - centred on the employer's own vestigingsplaats or the place of one of its OPEN vacancies, not on any place
 *   it likes: otherwise a few searches from chosen centres would triangulate where each person lives. Moving
 *   those centres means changing the employer's address or publishing a vacancy, which the WSP sees;
 * - a radius of at least EMPLOYER_MIN_RADIUS_KM (a smaller one would be a place, not an area) and at most
 *   MAX_MATCH_KM (nobody is matched further away);
 * - only people whose own travel distance reaches the centre;
 * - the distance in each hit as a band (distance-band.ts), never in km, and no nearest-first order.
 */
export const EMPLOYER_MIN_RADIUS_KM = 10;

function toFacets(counts: FacetCounts): Facet[] {
  return Object.entries(counts).map(([field, values]) => ({
    field,
    values: Object.entries(values)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}

/**
 * The search use cases: check and translate the request (names -> codes, place -> coordinates, role limits),
 * ask the configured engine for ids, then load those rows from PostgreSQL, the source of truth.
 */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SEARCH_ENGINE) readonly engine: SearchEngine,
    private readonly candidates: CandidatesService,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly employers: EmployersService,
    private readonly vacancies: VacanciesService,
  ) {}

  async searchCandidates(user: AuthUser, args: SearchCandidatesArgs, withFacets: boolean): Promise<CandidateSearchResult> {
    const staff = isWspStaff(user);
    const f = args.filter ?? {};
    if (!staff && (f.klantcategorieen || f.targetGroups || f.matchmakerId || f.banenafspraak !== undefined || f.loonkostensubsidie !== undefined)) {
      throw new ForbiddenError('Een werkgever kan niet filteren op klantcategorie, doelgroep, banenafspraak, loonkostensubsidie of matchmaker.');
    }
    if (!staff && f.status) throw new ForbiddenError('Een werkgever ziet alleen actieve kandidaten.');
    if (!staff) await this.checkEmployerNear(user, args);
    const within = this.near(f.near, 'filter.near');
    if (args.sort === 'DISTANCE' && !within) throw new BadInputError({ field: 'sort', message: 'sorteren op afstand kan alleen rond een plaats (filter.near)' });
    if (f.availableBy && !isIsoDate(f.availableBy)) throw new BadInputError({ field: 'filter.availableBy', message: 'moet een datum zijn (jjjj-mm-dd)' });
    const filter: CandidateFilter = {
      categories: f.categories?.map((c) => this.referenceData.checkCategory('filter.categories', c)),
      talents: f.talents ? this.referenceData.normaliseTalents('filter.talents', f.talents) : undefined,
      minTaalniveauRank: f.minTaalniveau ? taalniveauRank(f.minTaalniveau) : undefined,
      startkwalificatie: f.startkwalificatie,
      banenafspraak: f.banenafspraak,
      loonkostensubsidie: f.loonkostensubsidie,
      klantcategorieen: f.klantcategorieen?.map((k) => this.referenceData.checkKlantcategorie('filter.klantcategorieen', k)),
      targetGroups: f.targetGroups,
      hoursMin: f.hoursMin,
      hoursMax: f.hoursMax,
      statuses: staff ? (f.status ?? [CandidateStatus.ACTIVE]) : [CandidateStatus.ACTIVE],
      availableBy: f.availableBy,
      within,
      withinOwnTravelDistance: !staff,
      textOnProfileFieldsOnly: !staff,
      visibleToEmployersOnly: !staff,
      matchmakerId: f.matchmakerId,
    };
    const offset = decodeOffsetCursor(args.after, args.first);
    const facets = withFacets ? (staff ? CANDIDATE_FACETS : EMPLOYER_CANDIDATE_FACETS) : [];
    const hits = await this.engine.searchCandidates({
      text: (args.query ?? '').trim(),
      filter,
      sort: args.sort,
      offset,
      limit: args.first,
      facets,
    });
    const rows = await this.candidates.byIds(hits.ids, staff);
    // Staff read full records; an employer anonymised profiles, which are still about these people: both are logged.
    await this.audit.record(user, 'read', 'candidate', rows.map((r) => r.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const nodes = hits.ids
      .map((id) => byId.get(id))
      .filter((c): c is CandidateEntity => c !== undefined)
      .map((c) => {
        const km = within && c.lat !== null && c.lon !== null ? Math.round(distanceKm(within, { lat: c.lat, lon: c.lon }) * 10) / 10 : null;
        return {
          profile: toCandidateProfile(c),
          candidate: staff ? toCandidate(c) : null,
          distanceKm: staff ? km : null,
          distanceBand: distanceBandOf(km),
        };
      });
    return {
      nodes,
      ...this.counts(hits, offset, args.first),
    };
  }

  async searchVacancies(user: AuthUser, args: SearchVacanciesArgs, withFacets: boolean): Promise<VacancySearchResult> {
    const f = args.filter ?? {};
    if (user.role === Role.WERKGEVER && f.employerId && f.employerId !== user.employerId) {
      throw new BadInputError({ field: 'filter.employerId', message: 'u kunt alleen de vacatures van uw eigen organisatie doorzoeken' });
    }
    const within = this.near(f.near, 'filter.near');
    if (args.sort === 'DISTANCE' && !within) throw new BadInputError({ field: 'sort', message: 'sorteren op afstand kan alleen rond een plaats (filter.near)' });
    const filter: VacancyFilter = {
      categories: f.categories?.map((c) => this.referenceData.checkCategory('filter.categories', c)),
      talents: f.talents ? this.referenceData.normaliseTalents('filter.talents', f.talents) : undefined,
      maxTaalniveauRank: f.taalniveau ? taalniveauRank(f.taalniveau) : undefined,
      startkwalificatieRequired: f.startkwalificatieRequired,
      banenafspraak: f.banenafspraak,
      loonkostensubsidie: f.loonkostensubsidie,
      leerwerkplek: f.leerwerkplek,
      hoursMin: f.hoursMin,
      hoursMax: f.hoursMax,
      statuses: f.status ?? [VacancyStatus.OPEN],
      employerId: user.role === Role.WERKGEVER ? user.employerId! : f.employerId,
      within,
    };
    const offset = decodeOffsetCursor(args.after, args.first);
    const hits = await this.engine.searchVacancies({
      text: (args.query ?? '').trim(),
      filter,
      sort: args.sort,
      offset,
      limit: args.first,
      facets: withFacets ? VACANCY_FACETS : [],
    });
    const rows = await this.vacancies.byIds(hits.ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const nodes = hits.ids
      .map((id) => byId.get(id))
      .filter((v): v is Vacancy => v !== undefined)
      .map((vacancy) => ({
        vacancy,
        distanceKm: within ? Math.round(distanceKm(within, { lat: vacancy.lat, lon: vacancy.lon }) * 10) / 10 : null,
      }));
    return {
      nodes,
      ...this.counts(hits, offset, args.first),
    };
  }

  /** The rules for an employer's `near` and sort, above; every problem named in one answer. */
  private async checkEmployerNear(user: AuthUser, args: SearchCandidatesArgs): Promise<void> {
    const problems: FieldProblem[] = [];
    if (args.sort === CandidateSortOrder.DISTANCE) {
      problems.push({ field: 'sort', message: 'een werkgever kan niet op afstand sorteren; kies RELEVANCE, NEWEST of AVAILABLE_FROM' });
    }
    const near = args.filter?.near;
    if (near) {
      if (near.withinKm < EMPLOYER_MIN_RADIUS_KM || near.withinKm > MAX_MATCH_KM) {
        problems.push({ field: 'filter.near.withinKm', message: `moet voor een werkgever tussen ${EMPLOYER_MIN_RADIUS_KM} en ${MAX_MATCH_KM} km liggen` });
      }
      let place: string | null = null;
      try {
        place = this.referenceData.resolvePlace('filter.near.place', near.place).name;
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        problems.push(...(error.extensions.fields as FieldProblem[]));
      }
      const employer = await this.employers.get(user, user.employerId!);
      const allowed = [...new Set([employer.placeName, ...(await this.vacancies.openVacancyPlaces(employer.id))])];
      if (place !== null && !allowed.some((p) => p.toLowerCase() === place.toLowerCase())) {
        problems.push({
          field: 'filter.near.place',
          message: `een werkgever zoekt rond de eigen vestigingsplaats of de plaats van een open vacature: ${allowed.join(', ')}`,
        });
      }
    }
    if (problems.length) throw new BadInputError(problems);
  }

  private near(near: NearInput | undefined, field: string): GeoFilter | undefined {
    if (!near) return undefined;
    const place = this.referenceData.resolvePlace(`${field}.place`, near.place);
    return { lat: place.lat, lon: place.lon, km: near.withinKm };
  }

  private counts(hits: SearchHits, offset: number, first: number): SearchResultCounts {
    const hasNextPage = offset + first < hits.totalCount;
    return {
      totalCount: hits.totalCount,
      totalCountExact: hits.totalCountExact,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? encodeOffsetCursor(offset + first) : null },
      facets: toFacets(hits.facets),
      engine: this.engine.name,
    };
  }
}
