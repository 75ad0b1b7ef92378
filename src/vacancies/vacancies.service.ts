import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { checkExpectedVersion } from '../graphql/expected-version';
import { AuthUser } from '../auth/auth-user';
import { Role } from '../auth/role.enum';
import { keysetPage } from '../database/keyset-page';
import { EmployersService } from '../employers/employers.service';
import { BadInputError, FieldProblem, NotFoundError } from '../graphql/errors';
import { isIsoDate, todayInNetherlands } from '../graphql/local-date.scalar';
import { Connection, decodeCursor, PageArgs } from '../graphql/pagination';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { Transactions } from '../database/transaction';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { Vacancy } from './vacancy.entity';
import { PoolLimits, vacancyMatchPool, VacancyPoolQuery } from './vacancy-match-pool';
import { CreateVacancyInput, UpdateVacancyInput, VacancyListArgs } from './vacancy.inputs';
import { allowedTransitions, canTransition, VacancyStatus } from './vacancy-status.enum';

/** Columns that may not be cleared with an explicit null on update. */
const REQUIRED_ON_UPDATE = [
  'title',
  'description',
  'requiredTalents',
  'niceToHaveTalents',
  'startkwalificatieRequired',
  'rijbewijsRequired',
  'hoursMin',
  'hoursMax',
  'placeName',
  'contractType',
  'openings',
  'leerwerkplek',
  'banenafspraak',
  'loonkostensubsidie',
  'proefplaatsing',
  'jobcoach',
  'beschutWerk',
] as const;

/** What the placements module needs to know of a vacancy; read through this service, never from the table. */
export interface VacancyForPlacement {
  id: string;
  title: string;
  employerId: string;
  status: VacancyStatus;
  openings: number;
  leerwerkplek: boolean;
}

const FOR_PLACEMENT = `SELECT id, title, employer_id AS "employerId", status, openings, leerwerkplek FROM vacancy`;

@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
    private readonly employers: EmployersService,
  ) {
    // Vacancy search documents carry the employer's name: a saved employer re-indexes its vacancies.
    employers.onSaved(async (employerId, manager) => {
      const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM vacancy WHERE employer_id = $1`, [employerId]);
      await this.indexing.enqueue(manager, 'vacancies', rows.map((r) => r.id));
    });
  }

  list(user: AuthUser, page: PageArgs, filter: VacancyListArgs, search?: string): Promise<Connection<Vacancy>> {
    const q = this.dataSource.getRepository(Vacancy).createQueryBuilder('v');
    if (user.role === Role.WERKGEVER) q.andWhere('v.employer_id = :own', { own: user.employerId });
    if (filter.employerId) q.andWhere('v.employer_id = :employerId', { employerId: filter.employerId });
    if (filter.status?.length) q.andWhere('v.status IN (:...status)', { status: filter.status });
    if (search) q.andWhere('v.title ILIKE :like', { like: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    return keysetPage(q, 'v', page.first, decodeCursor(page.after));
  }

  /** A WERKGEVER cannot tell another employer's vacancy from a missing one. */
  async get(user: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<Vacancy> {
    const vacancy = await manager.findOne(Vacancy, { where: { id } });
    if (!vacancy || (user.role === Role.WERKGEVER && vacancy.employerId !== user.employerId)) throw new NotFoundError('vacature', id);
    return vacancy;
  }

  /** The distinct places of an employer's OPEN vacancies: where an employer may centre a candidate search. */
  async openVacancyPlaces(employerId: string): Promise<string[]> {
    const rows: { place_name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT place_name FROM vacancy WHERE employer_id = $1 AND status = $2 ORDER BY place_name`,
      [employerId, VacancyStatus.OPEN],
    );
    return rows.map((r) => r.place_name);
  }

  async create(user: AuthUser, input: CreateVacancyInput): Promise<Vacancy> {
    const employerId = await this.employerFor(user, input.employerId);
    const columns = this.toColumns(input, null);
    if (columns.leerwerkplek) await this.assertMayOfferLeerwerkplek(employerId, 'input.leerwerkplek');
    return this.transactions.run(async (m) => {
      const vacancy = m.create(Vacancy, {
        description: '',
        requiredTalents: [],
        niceToHaveTalents: [],
        startkwalificatieRequired: false,
        rijbewijsRequired: [],
        openings: 1,
        leerwerkplek: false,
        banenafspraak: false,
        loonkostensubsidie: false,
        proefplaatsing: false,
        jobcoach: false,
        beschutWerk: false,
        ...columns,
        employerId,
        status: VacancyStatus.DRAFT,
        createdById: user.id,
      });
      const saved = await m.save(vacancy);
      await this.audit.record(user, 'create', 'vacancy', saved.id, m);
      await this.indexing.enqueue(m, 'vacancies', [saved.id]);
      return saved;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateVacancyInput): Promise<Vacancy> {
    const { expectedVersion, ...changes } = input;
    return this.transactions.run(async (m) => {
      // Locked first, so two concurrent updates take turns and each is checked against the other's result.
      await m.query('SELECT 1 FROM vacancy WHERE id = $1 FOR UPDATE', [id]);
      const vacancy = await this.get(user, id, m);
      checkExpectedVersion('de vacature', vacancy.version, expectedVersion);
      Object.assign(vacancy, this.toColumns(changes, vacancy));
      // Checked on every update, not only when the flag changes: a leerwerkplek whose employer lost its
      // recognition cannot be edited on as one.
      if (vacancy.leerwerkplek) await this.assertMayOfferLeerwerkplek(vacancy.employerId, 'input.leerwerkplek', m);
      const saved = await m.save(vacancy);
      await this.audit.record(user, 'update', 'vacancy', saved.id, m);
      await this.indexing.enqueue(m, 'vacancies', [saved.id]);
      return saved;
    });
  }

  async setStatus(user: AuthUser, id: string, status: VacancyStatus): Promise<Vacancy> {
    return this.transactions.run(async (m) => {
      const vacancy = await this.get(user, id, m);
      if (vacancy.status === status) return vacancy;
      if (!canTransition(vacancy.status, status)) {
        const allowed = allowedTransitions(vacancy.status).join(' of ');
        throw new BadInputError({ field: 'status', message: `een vacature met status ${vacancy.status} kan alleen nog worden: ${allowed}` });
      }
      if (status === VacancyStatus.OPEN && vacancy.closingDate && vacancy.closingDate < todayInNetherlands()) {
        throw new BadInputError({ field: 'status', message: `de sluitingsdatum ${vacancy.closingDate} is verstreken: stel eerst een nieuwe in` });
      }
      if (status === VacancyStatus.OPEN && vacancy.leerwerkplek) await this.assertMayOfferLeerwerkplek(vacancy.employerId, 'leerwerkplek', m);
      vacancy.status = status;
      if (status === VacancyStatus.OPEN) {
        vacancy.publishedAt ??= new Date();
        vacancy.endedAt = null;
      } else {
        vacancy.endedAt = new Date();
      }
      const saved = await m.save(vacancy);
      await this.audit.record(user, 'status', 'vacancy', saved.id, m);
      await this.indexing.enqueue(m, 'vacancies', [saved.id]);
      return saved;
    });
  }

  /** A leerwerkplek (BBL) is only for an erkend leerbedrijf (SBB recognition, recorded by the WSP). */
  private async assertMayOfferLeerwerkplek(employerId: string, field: string, manager?: EntityManager): Promise<void> {
    if (!(await this.employers.isErkendLeerbedrijf(employerId, manager))) {
      throw new BadInputError({
        field,
        message: 'alleen een erkend leerbedrijf kan een leerwerkplek aanbieden; het WSP legt de erkenning vast',
      });
    }
  }

  /** A vacancy's placement facts in the caller's transaction; `lock` holds the row so two placements cannot both take the last opening. */
  async forPlacement(id: string, manager: EntityManager, lock = false): Promise<VacancyForPlacement | null> {
    const rows: VacancyForPlacement[] = await manager.query(`${FOR_PLACEMENT} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  async forPlacements(ids: readonly string[]): Promise<Map<string, VacancyForPlacement>> {
    const rows: VacancyForPlacement[] = ids.length ? await this.dataSource.query(`${FOR_PLACEMENT} WHERE id = ANY($1::uuid[])`, [ids]) : [];
    return new Map(rows.map((v) => [v.id, v]));
  }

  /** The vacancies of some employers, for modules that filter their own rows by employer. */
  async idsOfEmployers(employerIds: readonly string[]): Promise<string[]> {
    if (!employerIds.length) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM vacancy WHERE employer_id = ANY($1::uuid[])`, [employerIds]);
    return rows.map((r) => r.id);
  }

  /** Vacancies by id, for other modules' use cases (search, matching), in no particular order. */
  async byIds(ids: readonly string[]): Promise<Vacancy[]> {
    if (!ids.length) return [];
    return this.dataSource.getRepository(Vacancy).findBy({ id: In([...ids]) });
  }

  /** The matching module's vacancy pool for a candidate (vacancy-match-pool.ts): the given columns of each. */
  matchPool<T>(query: VacancyPoolQuery, columns: readonly string[], limits: PoolLimits): Promise<T[]> {
    return vacancyMatchPool<T>(this.dataSource, query, columns, limits);
  }

  /** Vacancies changed since a moment (for a search rebuild that must not lose writes made meanwhile). */
  async idsChangedSince(since: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM vacancy WHERE updated_at >= $1`, [since]);
    return rows.map((r) => r.id);
  }

  /** As CandidatesService.refoldTalents: the vacancies asking these talents get their search text refolded. */
  async refoldTalents(codes: string[], manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `UPDATE vacancy SET title = title WHERE (required_talents || nice_to_have_talents) && $1::text[] RETURNING id`,
      [codes],
    );
    return rows.map((r) => r.id);
  }

  /**
   * One more opening filled by a placement, `filled` being how many are filled now. The last one makes the
   * vacancy FILLED (with endedAt). Runs in the caller's transaction, after `forPlacement(id, m, true)` locked it.
   */
  async fillOpening(user: AuthUser, id: string, filled: number, manager: EntityManager): Promise<VacancyStatus> {
    const vacancy = await manager.findOneOrFail(Vacancy, { where: { id } });
    if (filled < vacancy.openings || vacancy.status !== VacancyStatus.OPEN) return vacancy.status;
    vacancy.status = VacancyStatus.FILLED;
    vacancy.endedAt = new Date();
    await manager.save(vacancy);
    await this.audit.record(user, 'status', 'vacancy', id, manager);
    await this.indexing.enqueue(manager, 'vacancies', [id]);
    return vacancy.status;
  }

  /** WSP staff name the employer; a WERKGEVER may only post for their own. */
  private async employerFor(user: AuthUser, employerId: string | undefined): Promise<string> {
    if (user.role === Role.WERKGEVER) {
      if (employerId && employerId !== user.employerId) {
        throw new BadInputError({ field: 'input.employerId', message: 'u kunt alleen vacatures plaatsen voor uw eigen organisatie' });
      }
      return user.employerId!;
    }
    if (!employerId) throw new BadInputError({ field: 'input.employerId', message: 'is verplicht' });
    if (!(await this.employers.exists(employerId))) {
      throw new BadInputError({ field: 'input.employerId', message: `geen werkgever gevonden met id ${employerId}` });
    }
    return employerId;
  }

  /** Checks the input as a whole (against the stored vacancy on update) and maps it to columns. */
  private toColumns(input: UpdateVacancyInput, current: Vacancy | null): Partial<Vacancy> {
    const problems: FieldProblem[] = [];
    for (const key of REQUIRED_ON_UPDATE) {
      if ((input as Record<string, unknown>)[key] === null) problems.push({ field: `input.${key}`, message: 'mag niet leeg gemaakt worden' });
    }
    const hoursMin = input.hoursMin ?? current?.hoursMin;
    const hoursMax = input.hoursMax ?? current?.hoursMax;
    if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
      problems.push({ field: 'input.hoursMin', message: `mag niet hoger zijn dan het maximum aantal uren (${hoursMin} > ${hoursMax})` });
    }
    for (const key of ['startDate', 'closingDate'] as const) {
      const value = input[key];
      if (value != null && !isIsoDate(value)) problems.push({ field: `input.${key}`, message: 'moet een datum zijn (jjjj-mm-dd)' });
    }
    if (input.closingDate && input.closingDate < todayInNetherlands()) {
      problems.push({ field: 'input.closingDate', message: `mag niet in het verleden liggen (vandaag is het ${todayInNetherlands()})` });
    }
    if (problems.length) throw new BadInputError(problems);

    const columns: Partial<Vacancy> = {};
    const copy = [
      'description',
      'minTaalniveau',
      'startkwalificatieRequired',
      'minOpleidingsniveau',
      'rijbewijsRequired',
      'hoursMin',
      'hoursMax',
      'contractType',
      'openings',
      'startDate',
      'closingDate',
      'leerwerkplek',
      'banenafspraak',
      'loonkostensubsidie',
      'proefplaatsing',
      'jobcoach',
      'beschutWerk',
    ] as const;
    for (const key of copy) {
      if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
    }
    if (input.title !== undefined) columns.title = input.title!.trim();
    if (input.categoryCode !== undefined) {
      columns.categoryCode = input.categoryCode === null ? null : this.referenceData.checkCategory('input.categoryCode', input.categoryCode);
    }
    if (input.requiredTalents) columns.requiredTalents = this.referenceData.normaliseTalents('input.requiredTalents', input.requiredTalents);
    if (input.niceToHaveTalents) {
      columns.niceToHaveTalents = this.referenceData.normaliseTalents('input.niceToHaveTalents', input.niceToHaveTalents);
    }
    if (input.placeName !== undefined) {
      const place = this.referenceData.resolvePlace('input.placeName', input.placeName!);
      Object.assign(columns, { placeName: place.name, lat: place.lat, lon: place.lon });
    }
    if (input.postcode !== undefined) {
      columns.postcode = input.postcode === null ? null : this.referenceData.normalisePostcode('input.postcode', input.postcode);
    }
    return columns;
  }
}
