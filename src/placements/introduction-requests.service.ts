import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isWspStaff } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { CandidateStatus } from '../candidates/candidate.enums';
import { CandidatesService } from '../candidates/candidates.service';
import { keysetPage } from '../database/keyset-page';
import { BadInputError, ForbiddenError, NotFoundError } from '../graphql/errors';
import { Connection, decodeCursor, PageArgs } from '../graphql/pagination';
import { Transactions } from '../database/transaction';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { IntroductionRequestEntity } from './introduction-request.entity';
import { IntroductionRequestStatus } from './placement.enums';
import { AcceptIntroductionArgs, DeclineIntroductionArgs, IntroductionRequestListArgs, RequestIntroductionArgs } from './placement.inputs';
import { IntroductionRequest } from './placement.types';
import { PlacementsService } from './placements.service';

/** Said alike for a candidate that does not exist and one the employer may not see, so the answer reveals neither. */
const NOT_VISIBLE = 'is geen profiel waarover u een kennismaking kunt aanvragen: gebruik een id uit uw matches of zoekresultaten';
const UNIQUE_VIOLATION = '23505';

/**
 * The employer's way in (DOMAIN.md): it asks about an anonymised profile; the candidate's matchmaker asks the
 * person and either starts a voordracht with their consent or declines with a reason the employer reads.
 */
@Injectable()
export class IntroductionRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly candidates: CandidatesService,
    private readonly placements: PlacementsService,
    private readonly audit: AuditService,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
  ) {}

  async request(user: AuthUser, args: RequestIntroductionArgs): Promise<IntroductionRequest> {
    const id = await this.transactions.run(async (m) => {
      const vacancy = await this.vacancies.forPlacement(args.vacancyId, m);
      // Another employer's vacancy gets the same answer as a missing one.
      if (!vacancy || vacancy.employerId !== user.employerId) {
        throw new BadInputError({ field: 'vacancyId', message: 'is geen vacature van uw organisatie' });
      }
      const candidate = await this.candidates.forPlacement(args.candidateProfileId, m);
      // Only what employer search and matching show: active profiles that the person and consulent made visible.
      const visible = candidate?.visibleToEmployers === true && candidate.status === CandidateStatus.ACTIVE;
      const problems = [];
      if (vacancy.status !== VacancyStatus.OPEN) problems.push({ field: 'vacancyId', message: `de vacature heeft status ${vacancy.status}: vraag een kennismaking aan voor een open vacature` });
      if (!visible) problems.push({ field: 'candidateProfileId', message: NOT_VISIBLE });
      if (problems.length) throw new BadInputError(problems);
      try {
        const saved = await m.save(
          m.create(IntroductionRequestEntity, {
            vacancyId: vacancy.id,
            candidateId: args.candidateProfileId,
            requestedBy: user.id,
            message: args.message.trim(),
            status: IntroductionRequestStatus.OPEN,
          }),
        );
        await this.audit.record(user, 'create', 'introduction_request', saved.id, m);
        return saved.id;
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new BadInputError({ field: 'candidateProfileId', message: 'u heeft voor deze vacature al een kennismaking met dit profiel aangevraagd; het WSP reageert zo snel mogelijk' });
        }
        throw error;
      }
    });
    return this.get(user, id);
  }

  /** An employer sees its own requests; WSP staff see all (`mine`: those about their caseload). */
  async list(user: AuthUser, page: PageArgs, filter: IntroductionRequestListArgs): Promise<Connection<IntroductionRequest>> {
    const q = this.dataSource.getRepository(IntroductionRequestEntity).createQueryBuilder('r');
    if (user.role === Role.WERKGEVER) q.andWhere('r.vacancy_id = ANY(:own::uuid[])', { own: await this.vacancies.idsOfEmployers([user.employerId!]) });
    if (filter.status?.length) q.andWhere('r.status IN (:...status)', { status: filter.status });
    if (filter.vacancyId) q.andWhere('r.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.mine) q.andWhere('r.candidate_id = ANY(:mine::uuid[])', { mine: await this.candidates.idsByMatchmaker(user.id) });
    const result = await keysetPage(q, 'r', page.first, decodeCursor(page.after));
    return { ...result, nodes: await this.views(user, result.nodes) };
  }

  async get(user: AuthUser, id: string): Promise<IntroductionRequest> {
    const row = await this.dataSource.getRepository(IntroductionRequestEntity).findOne({ where: { id } });
    const [view] = row ? await this.views(user, [row]) : [];
    if (!view) throw new NotFoundError('kennismakingsverzoek', id);
    return view;
  }

  /** With the candidate's consent: a voordracht starts at INTRODUCED and the employer may learn who it is. */
  async accept(user: AuthUser, args: AcceptIntroductionArgs): Promise<IntroductionRequest> {
    if (args.candidateConsent !== true) {
      throw new BadInputError({ field: 'candidateConsent', message: 'moet aangevinkt zijn: accepteer alleen met toestemming van de kandidaat, wijs anders af' });
    }
    await this.transactions.run(async (m) => {
      const request = await this.decide(user, m, args.requestId);
      const placementId = await this.placements.start(user, m, request.vacancyId, request.candidateId, args.note ?? null, true);
      const now = new Date();
      await m.update(
        IntroductionRequestEntity,
        { id: request.id },
        { status: IntroductionRequestStatus.ACCEPTED, decidedBy: user.id, decidedAt: now, consentAt: now, placementId },
      );
      await this.audit.record(user, 'update', 'introduction_request', request.id, m);
    });
    return this.get(user, args.requestId);
  }

  async decline(user: AuthUser, args: DeclineIntroductionArgs): Promise<IntroductionRequest> {
    await this.transactions.run(async (m) => {
      const request = await this.decide(user, m, args.requestId);
      await m.update(
        IntroductionRequestEntity,
        { id: request.id },
        { status: IntroductionRequestStatus.DECLINED, decidedBy: user.id, decidedAt: new Date(), declineReason: args.reason.trim() },
      );
      await this.audit.record(user, 'update', 'introduction_request', request.id, m);
    });
    return this.get(user, args.requestId);
  }

  /** The open request, locked, if this user may answer it: the candidate's own matchmaker (any matchmaker when none), or an ADMIN. */
  private async decide(user: AuthUser, m: import('typeorm').EntityManager, id: string): Promise<IntroductionRequestEntity> {
    const request = await m.getRepository(IntroductionRequestEntity).createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!request) throw new NotFoundError('kennismakingsverzoek', id);
    const candidate = await this.candidates.forPlacement(request.candidateId, m);
    const ownMatchmaker = candidate?.matchmakerId == null || candidate.matchmakerId === user.id;
    if (user.role !== Role.ADMIN && !ownMatchmaker) throw new ForbiddenError('Alleen de eigen matchmaker van de kandidaat beantwoordt dit verzoek.');
    if (request.status !== IntroductionRequestStatus.OPEN) {
      throw new BadInputError({ field: 'requestId', message: `dit verzoek is al beantwoord (${request.status})` });
    }
    return request;
  }

  private async views(user: AuthUser, rows: IntroductionRequestEntity[]): Promise<IntroductionRequest[]> {
    const vacancies = await this.vacancies.forPlacements([...new Set(rows.map((r) => r.vacancyId))]);
    const staff = isWspStaff(user);
    return rows.flatMap((r) => {
      const vacancy = vacancies.get(r.vacancyId)!;
      if (!staff && vacancy.employerId !== user.employerId) return [];
      return [
        {
          id: r.id,
          vacancyId: r.vacancyId,
          vacancyTitle: vacancy.title,
          candidateProfileId: r.candidateId,
          message: r.message,
          status: r.status,
          createdAt: r.createdAt,
          requestedBy: staff ? r.requestedBy : null,
          decidedAt: r.decidedAt,
          declineReason: r.declineReason,
          consentAt: r.consentAt,
          placementId: r.placementId,
        },
      ];
    });
  }
}
