import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isWspStaff } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { CandidateContact, CandidateForPlacement, CandidatesService } from '../candidates/candidates.service';
import { CandidateStatus } from '../candidates/candidate.enums';
import { keysetPage } from '../database/keyset-page';
import { EmployersService } from '../employers/employers.service';
import { BadInputError, FieldProblem, ForbiddenError, NotFoundError } from '../graphql/errors';
import { todayInNetherlands } from '../graphql/local-date.scalar';
import { Connection, decodeCursor, PageArgs } from '../graphql/pagination';
import { Transactions } from '../database/transaction';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { VacanciesService, VacancyForPlacement } from '../vacancies/vacancies.service';
import { VacancyStatus } from '../vacancies/vacancy-status.enum';
import { instrumentProblems, InstrumentsState } from './placement-instruments';
import { isClosing, isOpen, OPEN_STATUSES, stepProblems } from './placement-transitions';
import { PlacementStepEntity } from './placement-step.entity';
import { PlacementEntity } from './placement.entity';
import { PlacementCloseReason, PlacementStatus } from './placement.enums';
import { AdvancePlacementArgs, PlacementInstrumentsInput, PlacementListArgs, ProposeCandidateArgs } from './placement.inputs';
import { Placement, PlacementStep } from './placement.types';
import { addMonths, periodProblems } from './placement-period';

const INSTRUMENT_FIELDS = [
  'loonkostensubsidie',
  'loonwaardePct',
  'jobcoach',
  'noRiskpolis',
  'trialStart',
  'trialEnd',
  'trialExtensionReason',
  'opleidingSchool',
  'opleidingCrebo',
] as const;
const NOT_NULL_INSTRUMENTS = ['loonkostensubsidie', 'jobcoach', 'noRiskpolis'] as const;
const NAZORG_MONTHS = [6, 12] as const;

/** Postgres unique violation: a second open placement slipped past the check in a concurrent request. */
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class PlacementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly candidates: CandidatesService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
  ) {}

  async propose(user: AuthUser, args: ProposeCandidateArgs): Promise<Placement> {
    const id = await this.transactions.run((m) => this.start(user, m, args.vacancyId, args.candidateId, args.note ?? null, false));
    return this.get(user, id);
  }

  /**
   * Starts a voordracht in the caller's transaction: at PROPOSED, or (an accepted introduction request, with the
   * candidate's consent) at INTRODUCED with both steps recorded, so the funnel counts it as proposed too.
   */
  async start(user: AuthUser, m: EntityManager, vacancyId: string, candidateId: string, note: string | null, consented: boolean): Promise<string> {
    // Locked in the order placing takes them (candidate, then vacancy): a person being placed elsewhere at this
    // moment is seen as PLACED here, not proposed after the fact.
    const candidate = await this.candidates.forPlacement(candidateId, m, true);
    const vacancy = await this.vacancies.forPlacement(vacancyId, m, true);
    const problems: FieldProblem[] = [];
    if (!vacancy) problems.push({ field: 'vacancyId', message: `geen vacature gevonden met id ${vacancyId}` });
    else if (vacancy.status !== VacancyStatus.OPEN) problems.push({ field: 'vacancyId', message: `de vacature heeft status ${vacancy.status}: alleen een open vacature neemt voordrachten aan` });
    if (!candidate) problems.push({ field: 'candidateId', message: `geen kandidaat gevonden met id ${candidateId}` });
    else if (candidate.status !== CandidateStatus.ACTIVE) problems.push({ field: 'candidateId', message: `de kandidaat heeft status ${candidate.status}: alleen een actieve werkzoekende kan worden voorgedragen` });
    else if (vacancy && (await this.openPlacementExists(m, vacancyId, candidateId))) {
      problems.push({ field: 'candidateId', message: 'heeft al een lopende voordracht voor deze vacature' });
    }
    if (problems.length) throw new BadInputError(problems);

    const now = new Date();
    const placement = await this.insertUnique(m, {
      vacancyId,
      candidateId,
      status: consented ? PlacementStatus.INTRODUCED : PlacementStatus.PROPOSED,
      proposedBy: user.id,
      proposedAt: now,
      consentAt: consented ? now : null,
    });
    await m.insert(PlacementStepEntity, { placementId: placement.id, fromStatus: null, toStatus: PlacementStatus.PROPOSED, actorId: user.id, at: now, note });
    if (consented) {
      await m.insert(PlacementStepEntity, { placementId: placement.id, fromStatus: PlacementStatus.PROPOSED, toStatus: PlacementStatus.INTRODUCED, actorId: user.id, at: now, note: null });
    }
    await this.audit.record(user, 'create', 'placement', placement.id, m);
    return placement.id;
  }

  async advance(user: AuthUser, args: AdvancePlacementArgs): Promise<Placement> {
    await this.transactions.run(async (m) => {
      if (args.status === PlacementStatus.PLACED) await this.lockForPlacing(m, args.placementId);
      const placement = await this.lockPlacement(m, args.placementId);
      const problems = stepProblems({ from: placement.status, to: args.status, reason: args.reason, note: args.note });
      if (!problems.length) {
        if (args.status === PlacementStatus.INTRODUCED && args.candidateConsent !== true) {
          problems.push({ field: 'candidateConsent', message: 'moet aangevinkt zijn: de werkgever hoort alleen met toestemming van de kandidaat wie het is' });
        }
        if (!isClosing(args.status)) {
          const vacancy = await this.vacancies.forPlacement(placement.vacancyId, m, args.status === PlacementStatus.PLACED);
          if (vacancy!.status !== VacancyStatus.OPEN) problems.push({ field: 'status', message: `de vacature heeft status ${vacancy!.status}: de voordracht kan alleen nog worden afgesloten (afgewezen of teruggetrokken)` });
          const candidate = await this.candidates.forPlacement(placement.candidateId, m, args.status === PlacementStatus.PLACED);
          if (candidate!.status !== CandidateStatus.ACTIVE) problems.push({ field: 'status', message: `de kandidaat heeft status ${candidate!.status}: de voordracht kan alleen nog worden afgesloten (afgewezen of teruggetrokken)` });
        }
      }
      if (problems.length) throw new BadInputError(problems);
      await this.takeStep(user, m, placement, args.status, args.note ?? null, args.reason ?? null, { consent: args.candidateConsent === true });
      if (args.status === PlacementStatus.PLACED) await this.place(user, m, placement);
    });
    return this.get(user, args.placementId);
  }

  async setInstruments(user: AuthUser, placementId: string, input: PlacementInstrumentsInput): Promise<Placement> {
    const nulled = NOT_NULL_INSTRUMENTS.filter((key) => (input as Record<string, unknown>)[key] === null);
    if (nulled.length) throw new BadInputError(nulled.map((key) => ({ field: `input.${key}`, message: 'mag niet leeg gemaakt worden' })));
    await this.transactions.run(async (m) => {
      const placement = await this.lockPlacement(m, placementId);
      if (isClosing(placement.status)) {
        throw new BadInputError({ field: 'placementId', message: `de voordracht heeft status ${placement.status}: de instrumenten veranderen niet meer` });
      }
      const next: InstrumentsState = { ...pick(placement) };
      for (const key of INSTRUMENT_FIELDS) {
        if (input[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = typeof input[key] === 'string' ? (input[key] as string).trim() : input[key];
      }
      // Switching loonkostensubsidie off takes its loonwaarde with it, unless one is given in the same input.
      if (input.loonkostensubsidie === false && input.loonwaardePct === undefined) next.loonwaardePct = null;
      const vacancy = await this.vacancies.forPlacement(placement.vacancyId, m);
      const problems = instrumentProblems(next, { leerwerkplek: vacancy!.leerwerkplek });
      if (problems.length) throw new BadInputError(problems);
      await m.update(PlacementEntity, { id: placementId }, { ...next, version: () => 'version + 1' });
      await this.audit.record(user, 'update', 'placement', placementId, m);
    });
    return this.get(user, placementId);
  }

  /** Nazorg: whether the person is still in work 6 or 12 months after the placement, recorded once that time has come. */
  async recordNazorg(user: AuthUser, placementId: string, months: number, inWork: boolean): Promise<Placement> {
    if (!(NAZORG_MONTHS as readonly number[]).includes(months)) throw new BadInputError({ field: 'months', message: 'moet 6 of 12 zijn' });
    await this.transactions.run(async (m) => {
      const placement = await this.lockPlacement(m, placementId);
      if (placement.status !== PlacementStatus.PLACED || !placement.placedAt) {
        throw new BadInputError({ field: 'placementId', message: `de voordracht heeft status ${placement.status}: nazorg wordt vastgelegd bij een plaatsing (PLACED)` });
      }
      const due = addMonths(todayInNetherlands(placement.placedAt), months);
      if (todayInNetherlands() < due) throw new BadInputError({ field: 'months', message: `${months} maanden na de plaatsing is het ${due}: leg de nazorg vanaf dan vast` });
      await m.update(PlacementEntity, { id: placementId }, { [months === 6 ? 'inWorkAfter6Months' : 'inWorkAfter12Months']: inWork, version: () => 'version + 1' });
      await this.audit.record(user, 'update', 'placement', placementId, m);
    });
    return this.get(user, placementId);
  }

  /** Placements, newest first. A WERKGEVER sees only those on its own employer's vacancies. */
  async list(user: AuthUser, page: PageArgs, filter: PlacementListArgs): Promise<Connection<Placement>> {
    // Whose caseload a person is in is the WSP's business, not the employer's.
    if (user.role === Role.WERKGEVER && (filter.matchmakerId || filter.accounthouderId)) {
      throw new ForbiddenError(`${filter.matchmakerId ? 'matchmakerId' : 'accounthouderId'}: filteren op caseload is voor medewerkers van het WSP`);
    }
    const problems = periodProblems(filter.from, filter.to);
    if (problems.length) throw new BadInputError(problems);
    const q = this.dataSource.getRepository(PlacementEntity).createQueryBuilder('p');
    const restrictTo = async (column: string, ids: Promise<string[]> | string[], name: string) => {
      q.andWhere(`p.${column} = ANY(:${name}::uuid[])`, { [name]: await ids });
    };
    if (user.role === Role.WERKGEVER) await restrictTo('vacancy_id', this.vacancies.idsOfEmployers([user.employerId!]), 'own');
    if (filter.vacancyId) q.andWhere('p.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.candidateId) q.andWhere('p.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.status?.length) q.andWhere('p.status IN (:...status)', { status: filter.status });
    if (filter.employerId) await restrictTo('vacancy_id', this.vacancies.idsOfEmployers([filter.employerId]), 'ofEmployer');
    if (filter.accounthouderId) {
      const employerIds = await this.employers.idsByAccounthouder(filter.accounthouderId);
      await restrictTo('vacancy_id', this.vacancies.idsOfEmployers(employerIds), 'ofAccounthouder');
    }
    if (filter.matchmakerId) await restrictTo('candidate_id', this.candidates.idsByMatchmaker(filter.matchmakerId), 'ofMatchmaker');
    // A period in Dutch calendar days: from the start of `from` to the end of `to`.
    if (filter.from) q.andWhere(`p.proposed_at >= (:from::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, { from: filter.from });
    if (filter.to) q.andWhere(`p.proposed_at < (:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, { to: filter.to });
    const result = await keysetPage(q, 'p', page.first, decodeCursor(page.after));
    await this.audit.record(user, 'read', 'placement', result.nodes.map((p) => p.id));
    return { ...result, nodes: await this.views(user, result.nodes) };
  }

  /** One placement; another employer's is as unknown as a missing one. */
  async get(user: AuthUser, id: string): Promise<Placement> {
    const placement = await this.dataSource.getRepository(PlacementEntity).findOne({ where: { id } });
    const [view] = placement ? await this.views(user, [placement]) : [];
    if (!view) throw new NotFoundError('voordracht', id);
    await this.audit.record(user, 'read', 'placement', id);
    return view;
  }

  /** The steps of some placements, oldest first; for an employer without notes and actors. */
  async stepsOf(placementIds: readonly string[], employerView: boolean): Promise<Map<string, PlacementStep[]>> {
    const rows = placementIds.length
      ? await this.dataSource
          .getRepository(PlacementStepEntity)
          .createQueryBuilder('s')
          .where('s.placement_id = ANY(:ids::uuid[])', { ids: placementIds })
          .orderBy('s.id')
          .getMany()
      : [];
    const byPlacement = new Map<string, PlacementStep[]>(placementIds.map((id) => [id, []]));
    for (const s of rows) {
      byPlacement.get(s.placementId)!.push({
        fromStatus: s.fromStatus,
        toStatus: s.toStatus,
        at: s.at,
        actorId: employerView ? null : s.actorId,
        note: employerView ? null : s.note,
        reason: s.reason as PlacementCloseReason | null,
      });
    }
    return byPlacement;
  }

  /** Contact details the viewer may see, each read recorded in the audit log. */
  async contactsOf(user: AuthUser, candidateIds: readonly string[]): Promise<Map<string, CandidateContact>> {
    const ids = [...new Set(candidateIds)];
    const contacts = await this.candidates.contacts(ids);
    await this.audit.record(user, 'read', 'candidate', [...contacts.keys()]);
    return contacts;
  }

  /** Whether the candidate has an open voordracht for the vacancy (introduction requests check this too). */
  async openPlacementExists(m: EntityManager, vacancyId: string, candidateId: string): Promise<boolean> {
    return m.getRepository(PlacementEntity).exists({ where: OPEN_STATUSES.map((status) => ({ vacancyId, candidateId, status })) });
  }

  private async takeStep(
    user: AuthUser,
    m: EntityManager,
    placement: PlacementEntity,
    to: PlacementStatus,
    note: string | null,
    reason: PlacementCloseReason | null,
    options: { consent?: boolean } = {},
  ): Promise<void> {
    const now = new Date();
    const change: Partial<PlacementEntity> = { status: to };
    if (to === PlacementStatus.PLACED) change.placedAt = now;
    if (isClosing(to)) Object.assign(change, { closedAt: now, closeReason: reason });
    if (to === PlacementStatus.INTRODUCED && options.consent) change.consentAt = now;
    await m.update(PlacementEntity, { id: placement.id }, { ...change, version: () => 'version + 1' });
    await m.insert(PlacementStepEntity, { placementId: placement.id, fromStatus: placement.status, toStatus: to, actorId: user.id, at: now, note, reason });
    await this.audit.record(user, 'status', 'placement', placement.id, m);
  }

  /**
   * A placement fills one opening (the last makes the vacancy FILLED) and the person is no longer a job seeker;
   * their other open voordrachten end, as do the others on a vacancy with no opening left. One transaction.
   */
  private async place(user: AuthUser, m: EntityManager, placement: PlacementEntity): Promise<void> {
    const filled = await m.getRepository(PlacementEntity).count({ where: { vacancyId: placement.vacancyId, status: PlacementStatus.PLACED } });
    const vacancyStatus = await this.vacancies.fillOpening(user, placement.vacancyId, filled, m);
    await this.candidates.markPlaced(user, placement.candidateId, m);
    const others = await m
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.id <> :id AND p.status IN (:...open)', { id: placement.id, open: OPEN_STATUSES })
      .andWhere(vacancyStatus === VacancyStatus.FILLED ? '(p.candidate_id = :candidateId OR p.vacancy_id = :vacancyId)' : 'p.candidate_id = :candidateId', {
        candidateId: placement.candidateId,
        vacancyId: placement.vacancyId,
      })
      .setLock('pessimistic_write')
      .getMany();
    for (const other of others) {
      if (other.candidateId === placement.candidateId) {
        await this.takeStep(user, m, other, PlacementStatus.WITHDRAWN, 'Elders geplaatst', PlacementCloseReason.CANDIDATE_FOUND_OTHER_WORK);
      } else {
        await this.takeStep(user, m, other, PlacementStatus.REJECTED, 'Vacature vervuld', PlacementCloseReason.VACANCY_ENDED);
      }
    }
  }

  /**
   * Placing touches the candidate, the vacancy and other placements of both; taking the locks in one order
   * (candidate, vacancy, then placements) keeps two placements at the same time from deadlocking: the second
   * waits, then sees the first one's outcome (a filled vacancy, a placed person).
   */
  private async lockForPlacing(m: EntityManager, placementId: string): Promise<void> {
    const placement = await m.getRepository(PlacementEntity).findOne({ where: { id: placementId }, select: { id: true, vacancyId: true, candidateId: true } });
    if (!placement) throw new NotFoundError('voordracht', placementId);
    await this.candidates.forPlacement(placement.candidateId, m, true);
    await this.vacancies.forPlacement(placement.vacancyId, m, true);
  }

  private async lockPlacement(m: EntityManager, id: string): Promise<PlacementEntity> {
    const placement = await m.getRepository(PlacementEntity).createQueryBuilder('p').where('p.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!placement) throw new NotFoundError('voordracht', id);
    return placement;
  }

  private async insertUnique(m: EntityManager, row: Partial<PlacementEntity>): Promise<PlacementEntity> {
    try {
      return await m.save(m.create(PlacementEntity, row));
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new BadInputError({ field: 'candidateId', message: 'heeft al een lopende voordracht voor deze vacature' });
      }
      throw error;
    }
  }

  /**
   * What the viewer may see of each placement. An employer: its own only (others are dropped), no notes, nazorg,
   * proposer or caseload; instruments and contact details once the candidate consented (the employer takes part
   * in loonkostensubsidie, jobcoach, proefplaatsing, no-riskpolis and opleiding, so these are its own
   * arrangements), and contact details only while the voordracht runs or after placement.
   */
  private async views(user: AuthUser, rows: PlacementEntity[]): Promise<Placement[]> {
    const vacancies = await this.vacancies.forPlacements([...new Set(rows.map((p) => p.vacancyId))]);
    const staff = isWspStaff(user);
    const candidates = staff ? await this.candidates.forPlacements([...new Set(rows.map((p) => p.candidateId))]) : new Map<string, CandidateForPlacement>();
    return rows.flatMap((p) => {
      const vacancy = vacancies.get(p.vacancyId) as VacancyForPlacement;
      const own = staff || (user.role === Role.WERKGEVER && vacancy.employerId === user.employerId);
      if (!own) return [];
      const consented = p.consentAt != null;
      const view: Placement = {
        id: p.id,
        vacancyId: p.vacancyId,
        vacancyTitle: vacancy.title,
        employerId: vacancy.employerId,
        candidateId: p.candidateId,
        status: p.status,
        proposedAt: p.proposedAt,
        proposedBy: staff ? p.proposedBy : null,
        placedAt: p.placedAt,
        closedAt: p.closedAt,
        closeReason: p.closeReason as PlacementCloseReason | null,
        consentAt: p.consentAt,
        instruments: staff || consented ? pick(p) : null,
        inWorkAfter6Months: staff ? p.inWorkAfter6Months : null,
        inWorkAfter12Months: staff ? p.inWorkAfter12Months : null,
        matchmakerId: staff ? (candidates.get(p.candidateId)?.matchmakerId ?? null) : null,
        contactAllowed: staff || (consented && (isOpen(p.status) || p.status === PlacementStatus.PLACED)),
        employerView: !staff,
      };
      return [view];
    });
  }
}

function pick(p: PlacementEntity): InstrumentsState {
  return {
    loonkostensubsidie: p.loonkostensubsidie,
    loonwaardePct: p.loonwaardePct,
    jobcoach: p.jobcoach,
    noRiskpolis: p.noRiskpolis,
    trialStart: p.trialStart,
    trialEnd: p.trialEnd,
    trialExtensionReason: p.trialExtensionReason,
    opleidingSchool: p.opleidingSchool,
    opleidingCrebo: p.opleidingCrebo,
  };
}
