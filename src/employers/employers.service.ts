import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { checkExpectedVersion } from '../graphql/expected-version';
import { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { Role } from '../auth/role.enum';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../graphql/errors';
import { Connection, decodeCursor, PageArgs } from '../graphql/pagination';
import { keysetPage } from '../database/keyset-page';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { Transactions } from '../database/transaction';
import { Employer } from './employer.entity';
import { CreateEmployerInput, EmployerListArgs, UpdateEmployerInput } from './employer.inputs';

/** Columns an employer must have: an explicit null is bad input, not a database error. */
const NOT_NULL_FIELDS = ['name', 'placeName', 'erkendLeerbedrijf'] as const;

/**
 * Facts the WSP records about an employer, never the employer itself: SBB's recognition as erkend leerbedrijf
 * (which lets it post leerwerkplekken) and the KvK number the recognition and the contracts hang on.
 */
const RECORDED_BY_WSP = ['erkendLeerbedrijf', 'kvkNumber'] as const;

@Injectable()
export class EmployersService {
  private readonly savedListeners: Array<(employerId: string, manager: EntityManager) => Promise<void>> = [];

  constructor(
    @InjectRepository(Employer) private readonly employers: Repository<Employer>,
    private readonly auth: AuthService,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** A WERKGEVER sees only their own employer; WSP staff see all. */
  list(user: AuthUser, page: PageArgs, filter: EmployerListArgs = {}, search?: string): Promise<Connection<Employer>> {
    const q = this.employers.createQueryBuilder('e');
    if (user.role === Role.WERKGEVER) q.andWhere('e.id = :own', { own: user.employerId });
    if (filter.accounthouderId) q.andWhere('e.accounthouder_id = :ah', { ah: filter.accounthouderId });
    if (filter.mine) q.andWhere('e.accounthouder_id = :me', { me: user.id });
    if (search) q.andWhere('e.name ILIKE :like', { like: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    return keysetPage(q, 'e', page.first, decodeCursor(page.after));
  }

  async get(user: AuthUser, id: string): Promise<Employer> {
    const employer = await this.employers.findOne({ where: { id } });
    if (!employer || (user.role === Role.WERKGEVER && user.employerId !== id)) throw new NotFoundError('werkgever', id);
    return employer;
  }

  async exists(id: string): Promise<boolean> {
    return this.employers.exists({ where: { id } });
  }

  /** Employers by id, in no particular order (the request-scoped loader batches through this). */
  byIds(ids: readonly string[]): Promise<Employer[]> {
    return ids.length ? this.employers.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Hears of every saved change to an employer, in its transaction: the vacancies module re-indexes the
   * employer's vacancies (their search documents carry the employer's name) without this module reading the
   * vacancy table.
   */
  onSaved(listener: (employerId: string, manager: EntityManager) => Promise<void>): void {
    this.savedListeners.push(listener);
  }

  /** Whether the employer may offer leerwerkplekken (BBL): only an erkend leerbedrijf may. */
  async isErkendLeerbedrijf(employerId: string, manager: EntityManager = this.employers.manager): Promise<boolean> {
    const employer = await manager.findOne(Employer, { where: { id: employerId }, select: { id: true, erkendLeerbedrijf: true } });
    return employer?.erkendLeerbedrijf ?? false;
  }

  async create(user: AuthUser, input: CreateEmployerInput): Promise<Employer> {
    const employer = this.employers.create(await this.toColumns(input));
    return this.transactions.run(async (m) => {
      const saved = await this.saveUnique(m, employer, input.kvkNumber);
      await this.audit.record(user, 'create', 'employer', saved.id, m);
      return saved;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateEmployerInput): Promise<Employer> {
    const employer = await this.get(user, id);
    if (user.role === Role.WERKGEVER) {
      const problems = RECORDED_BY_WSP.filter((key) => input[key] !== undefined).map((key) => ({
        field: `input.${key}`,
        message: 'wordt vastgelegd door het WSP, niet door de werkgever',
      }));
      if (problems.length) throw new ForbiddenError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
    if (user.role === Role.WERKGEVER && input.accounthouderId !== undefined) {
      throw new BadInputError({ field: 'input.accounthouderId', message: 'wordt vastgelegd door het WSP, niet door de werkgever' });
    }
    const { expectedVersion, ...changes } = input;
    checkExpectedVersion('de werkgever', employer.version, expectedVersion);
    Object.assign(employer, await this.toColumns(changes));
    return this.transactions.run(async (m) => {
      // Checked again under a row lock: a change saved since the read above is a conflict, not overwritten.
      const [locked] = await m.query('SELECT version FROM employer WHERE id = $1 FOR UPDATE', [id]);
      checkExpectedVersion('de werkgever', locked.version, expectedVersion);
      const saved = await this.saveUnique(m, employer, input.kvkNumber);
      await this.audit.record(user, 'update', 'employer', saved.id, m);
      for (const listener of this.savedListeners) await listener(saved.id, m);
      return saved;
    });
  }

  /** Gives the employer to an accounthouder (or to none, with null): their caseload. */
  async assignAccounthouder(user: AuthUser, id: string, accounthouderId: string | null): Promise<Employer> {
    if (accounthouderId && !(await this.auth.isActiveUserWithRole(accounthouderId, [Role.ACCOUNTHOUDER]))) {
      throw new BadInputError({ field: 'accounthouderId', message: 'is geen actieve accounthouder' });
    }
    // The input type allows an explicit null (it clears the assignment), which its TypeScript type does not say.
    return this.update(user, id, { accounthouderId: accounthouderId as string });
  }

  /** The employers an accounthouder looks after, for modules that filter their own rows by caseload. */
  async idsByAccounthouder(accounthouderId: string): Promise<string[]> {
    const rows = await this.employers.find({ where: { accounthouderId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  private async saveUnique(m: EntityManager, employer: Employer, kvkNumber: string | undefined): Promise<Employer> {
    try {
      return await m.save(employer);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictError(`Er is al een werkgever met KvK-nummer ${kvkNumber}.`, 'input.kvkNumber');
      throw error;
    }
  }

  /** Validates references and resolves the place; every check runs before anything is written. */
  private async toColumns(input: UpdateEmployerInput): Promise<Partial<Employer>> {
    const nulled = NOT_NULL_FIELDS.filter((key) => (input as Record<string, unknown>)[key] === null);
    if (nulled.length) throw new BadInputError(nulled.map((key) => ({ field: `input.${key}`, message: 'mag niet leeg gemaakt worden' })));
    const columns: Partial<Employer> = {};
    if (input.name !== undefined) columns.name = input.name.trim();
    if (input.kvkNumber !== undefined) columns.kvkNumber = input.kvkNumber;
    if (input.categoryCode !== undefined) {
      columns.categoryCode = input.categoryCode === null ? null : this.referenceData.checkCategory('input.categoryCode', input.categoryCode);
    }
    if (input.placeName !== undefined) {
      const place = this.referenceData.resolvePlace('input.placeName', input.placeName);
      Object.assign(columns, { placeName: place.name, lat: place.lat, lon: place.lon });
    }
    if (input.postcode !== undefined) {
      columns.postcode = input.postcode === null ? null : this.referenceData.normalisePostcode('input.postcode', input.postcode);
    }
    if (input.contactName !== undefined) columns.contactName = input.contactName;
    if (input.contactEmail !== undefined) columns.contactEmail = input.contactEmail;
    if (input.contactPhone !== undefined) columns.contactPhone = input.contactPhone;
    if (input.erkendLeerbedrijf !== undefined) columns.erkendLeerbedrijf = input.erkendLeerbedrijf;
    if (input.accounthouderId === null) columns.accounthouderId = null;
    else if (input.accounthouderId !== undefined) {
      if (!(await this.auth.isActiveUserWithRole(input.accounthouderId, [Role.ACCOUNTHOUDER]))) {
        throw new BadInputError({ field: 'input.accounthouderId', message: 'is geen actieve accounthouder' });
      }
      columns.accounthouderId = input.accounthouderId;
    }
    return columns;
  }
}
