import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ViewLimitService } from '../audit/view-limit.service';
import { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { Role } from '../auth/role.enum';
import { keysetPage } from '../database/keyset-page';
import { BadInputError, ConflictError, FieldProblem, NotFoundError } from '../graphql/errors';
import { versionConflict } from '../graphql/expected-version';
import { isIsoDate, todayInNetherlands } from '../graphql/local-date.scalar';
import { Connection, decodeCursor, PageArgs } from '../graphql/pagination';
import { givesStartkwalificatie } from '../reference-data/opleidingsniveau';
import { ReferenceDataService } from '../reference-data/reference-data.service';
import { Transactions } from '../database/transaction';
import { SearchIndexingService } from '../search/outbox/search-indexing.service';
import { ageGroups, ageOn } from './age-groups';
import { BoundedPage, BoundedPoolQuery, BoundedRow, BoundTier, boundedMatchPool } from './candidate-score-bound';
import { CandidateEntity, CandidatePersonalEntity } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { targetGroupSql } from './target-groups';
import { CandidateListArgs, CreateCandidateInput, UpdateCandidateInput } from './candidate.inputs';
import { experienceTalentsOf } from './experience-talents';


const PERSONAL_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'birthDate'] as const;
const NOT_NULL_FIELDS = [
  'firstName',
  'lastName',
  'status',
  'talents',
  'categoryWishes',
  'workExperience',
  'profileText',
  'rijbewijs',
  'banenafspraak',
  'loonkostensubsidie',
  'jobcoachNeeded',
  'statushouder',
  'visibleToEmployers',
  'consulentApprovesVisibility',
] as const;
const COPIED_FIELDS = [
  'status',
  'workExperience',
  'profileText',
  'taalniveau',
  'opleidingsniveau',
  'rijbewijs',
  'hoursMin',
  'hoursMax',
  'availableFrom',
  'maxTravelKm',
  'banenafspraak',
  'loonkostensubsidie',
  'jobcoachNeeded',
  'statushouder',
  'unemployedSince',
  'visibleToEmployers',
  'consulentApprovesVisibility',
] as const;

/** Without expectedVersion, how often an update is checked again against a profile that changed meanwhile. */
const MAX_UPDATE_ATTEMPTS = 3;
const PROFILE = 'het profiel';
/** Who may have candidates in their caseload: the matchmakers and the leerwerkmakelaar (DOMAIN.md). */
const CASELOAD_ROLES = [Role.MATCHMAKER, Role.LEERWERKMAKELAAR] as const;

/** What another module needs to know of a candidate to start or advance a placement; nothing personal. */
export interface CandidateForPlacement {
  id: string;
  status: CandidateStatus;
  /** Both the candidate and the consulent let employers see the anonymised profile. */
  visibleToEmployers: boolean;
  matchmakerId: string | null;
}

/** The details a matchmaker shares with an employer once the candidate has consented. */
export interface CandidateContact {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly indexing: SearchIndexingService,
    private readonly transactions: Transactions,
    private readonly viewLimit: ViewLimitService,
    private readonly auth: AuthService,
  ) {}

  /** A page of people with their personal data: each one read is logged, as for a single record. */
  async list(user: AuthUser, page: PageArgs, filter: CandidateListArgs, search?: string): Promise<Connection<CandidateEntity>> {
    const q = this.dataSource.getRepository(CandidateEntity).createQueryBuilder('c').leftJoinAndSelect('c.personal', 'p');
    if (filter.matchmakerId) q.andWhere('c.matchmaker_id = :mm', { mm: filter.matchmakerId });
    if (filter.mine) q.andWhere('c.matchmaker_id = :me', { me: user.id });
    if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
    if (filter.targetGroup) q.andWhere(targetGroupSql(filter.targetGroup, 'c'));
    if (search) {
      q.andWhere(`(p.first_name || ' ' || p.last_name) ILIKE :like`, { like: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const result = await keysetPage(q, 'c', page.first, decodeCursor(page.after));
    await this.audit.record(user, 'read', 'candidate', result.nodes.map((c) => c.id));
    return result;
  }

  /** Opening one person's full record is logged (who looked at whom) and counts towards the view limit. */
  async get(user: AuthUser, id: string): Promise<CandidateEntity> {
    return this.viewLimit.view(user, 'candidate', id, (m) => this.find(id, m));
  }

  async create(user: AuthUser, input: CreateCandidateInput): Promise<CandidateEntity> {
    const columns = await this.toColumns(input, null);
    return this.transactions.run(async (m) => {
      const candidate = m.create(CandidateEntity, {
        status: CandidateStatus.ACTIVE,
        talents: [],
        categoryWishes: [],
        workExperience: [],
        profileText: '',
        rijbewijs: [],
        banenafspraak: false,
        loonkostensubsidie: false,
        jobcoachNeeded: false,
        statushouder: false,
        visibleToEmployers: false,
        consulentApprovesVisibility: false,
        jongere: false,
        vijftigPlus: false,
        matchmakerId: user.role === Role.MATCHMAKER ? user.id : null,
        ...columns.profile,
      });
      const saved = await m.save(candidate);
      await m.insert(CandidatePersonalEntity, { candidateId: saved.id, ...columns.personal });
      await this.audit.record(user, 'create', 'candidate', saved.id, m);
      await this.indexing.enqueue(m, 'candidates', [saved.id]);
      return this.find(saved.id, m);
    });
  }

  /**
   * Optimistic locking on `version`: the input is checked against the profile as read, and written only if the
   * stored version is still that one (the UPDATE's own WHERE, so two concurrent writers cannot both pass). With
   * expectedVersion a lost race is a CONFLICT; without it the change is checked again against the newer profile
   * (a few times), so a rule both writes obeyed alone (hoursMin <= hoursMax) still holds for both together.
   * Every change raises the version, personal data included.
   */
  async update(user: AuthUser, id: string, input: UpdateCandidateInput): Promise<CandidateEntity> {
    const { expectedVersion, ...changes } = input;
    for (let attempt = 1; ; attempt++) {
      const current = await this.find(id);
      if (expectedVersion != null && current.version !== expectedVersion) throw versionConflict(PROFILE, current.version, expectedVersion);
      const columns = await this.toColumns(changes, current);
      const updated = await this.transactions.run(async (m) => {
        const result = await m.update(CandidateEntity, { id, version: current.version }, { ...columns.profile, version: () => 'version + 1' });
        if (!result.affected) return null;
        if (Object.keys(columns.personal).length) await m.update(CandidatePersonalEntity, { candidateId: id }, columns.personal);
        await this.audit.record(user, 'update', 'candidate', id, m);
        await this.indexing.enqueue(m, 'candidates', [id]);
        return this.find(id, m);
      });
      if (updated) return updated;
      if (expectedVersion != null) throw versionConflict(PROFILE, null, expectedVersion);
      if (attempt >= MAX_UPDATE_ATTEMPTS) {
        throw new ConflictError('Het profiel wordt op dit moment steeds door iemand anders gewijzigd. Laad het opnieuw en probeer het nog eens.');
      }
    }
  }

  /** AVG erasure: the person and their personal data are deleted, not flagged. */
  async erase(user: AuthUser, id: string): Promise<void> {
    await this.transactions.run(async (m) => {
      const result = await m.delete(CandidateEntity, { id });
      if (!result.affected) throw new NotFoundError('kandidaat', id);
      await this.audit.record(user, 'erase', 'candidate', id, m);
      await this.indexing.enqueue(m, 'candidates', [id]);
    });
  }

  /** Gives the candidate to an active MATCHMAKER or LEERWERKMAKELAAR (or to none, with null). */
  async assignMatchmaker(user: AuthUser, id: string, matchmakerId: string | null): Promise<CandidateEntity> {
    if (matchmakerId && !(await this.auth.isActiveUserWithRole(matchmakerId, CASELOAD_ROLES))) {
      throw new BadInputError({ field: 'matchmakerId', message: 'is geen actieve matchmaker of leerwerkmakelaar' });
    }
    // The input type allows an explicit null (it clears the assignment), which its TypeScript type does not say.
    return this.update(user, id, { matchmakerId: matchmakerId as string });
  }

  /** The facts a placement needs, read in the caller's transaction; `lock` holds the row until it commits. */
  async forPlacement(id: string, manager: EntityManager, lock = false): Promise<CandidateForPlacement | null> {
    const rows: Array<{ id: string; status: CandidateStatus; visible: boolean; matchmaker_id: string | null }> = await manager.query(
      `SELECT id, status, visible, matchmaker_id FROM candidate WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, status: row.status, visibleToEmployers: row.visible, matchmakerId: row.matchmaker_id } : null;
  }

  /** Many candidates' placement facts at once (lists of placements and requests). */
  async forPlacements(ids: readonly string[]): Promise<Map<string, CandidateForPlacement>> {
    const rows: Array<{ id: string; status: CandidateStatus; visible: boolean; matchmaker_id: string | null }> = ids.length
      ? await this.dataSource.query(`SELECT id, status, visible, matchmaker_id FROM candidate WHERE id = ANY($1::uuid[])`, [ids])
      : [];
    return new Map(rows.map((r) => [r.id, { id: r.id, status: r.status, visibleToEmployers: r.visible, matchmakerId: r.matchmaker_id }]));
  }

  /**
   * A placed person is no longer an active job seeker: they leave matches and search. Runs in the caller's
   * transaction, so the placement and the status commit together.
   */
  async markPlaced(user: AuthUser, id: string, manager: EntityManager): Promise<void> {
    await manager.update(CandidateEntity, { id }, { status: CandidateStatus.PLACED, version: () => 'version + 1' });
    await this.audit.record(user, 'status', 'candidate', id, manager);
    await this.indexing.enqueue(manager, 'candidates', [id]);
  }

  /** Whose caseload: the ids of one matchmaker's candidates. */
  async idsByMatchmaker(matchmakerId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM candidate WHERE matchmaker_id = $1`, [matchmakerId]);
    return rows.map((r) => r.id);
  }

  /**
   * Candidates by id, for other modules' use cases (search, matching), in no particular order and without
   * audit (the caller records what it shows). `withPersonal` is for WSP staff only: without it the personal
   * table is not even read.
   */
  async byIds(ids: readonly string[], withPersonal: boolean): Promise<CandidateEntity[]> {
    if (!ids.length) return [];
    return this.dataSource.getRepository(CandidateEntity).find({ where: { id: In([...ids]) }, relations: withPersonal ? { personal: true } : {} });
  }

  /** One candidate with personal details, or null; no audit (the caller records what it shows). */
  findWithPersonal(id: string): Promise<CandidateEntity | null> {
    return this.dataSource.getRepository(CandidateEntity).findOne({ where: { id }, relations: { personal: true } });
  }

  /** The matching module's candidate pool for a vacancy (candidate-match-pool.ts): the given columns of each. */
  /** A page of a vacancy's match pool, best score bound first (candidate-score-bound.ts). */
  boundedPool<T>(query: BoundedPoolQuery, tier: BoundTier, columns: readonly string[], page: BoundedPage): Promise<BoundedRow<T>[]> {
    return boundedMatchPool<T>(this.dataSource, query, tier, columns, page);
  }

  /** Every property stored about a candidate (profile and personal tables), from the database mapping. */
  storedProperties(): string[] {
    return [CandidateEntity, CandidatePersonalEntity].flatMap((entity) => this.dataSource.getMetadata(entity).columns.map((c) => c.propertyName));
  }

  /** Candidates changed since a moment (for a search rebuild that must not lose writes made meanwhile). */
  async idsChangedSince(since: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM candidate WHERE updated_at >= $1`, [since]);
    return rows.map((r) => r.id);
  }

  /**
   * An ADMIN changed these talents' labels or synonyms: the candidates carrying them get their search text
   * refolded (the search_vector trigger folds talent labels and synonyms in), in the caller's transaction.
   * Returns their ids, for the search outbox.
   */
  async refoldTalents(codes: string[], manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`UPDATE candidate SET talents = talents WHERE talents && $1::text[] RETURNING id`, [codes]);
    return rows.map((r) => r.id);
  }

  /** Contact details for the consented introductions of a page; the caller records the reads in the audit log. */
  async contacts(ids: readonly string[]): Promise<Map<string, CandidateContact>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(CandidatePersonalEntity).find({ where: { candidateId: In([...ids]) } });
    return new Map(rows.map((p) => [p.candidateId, { firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone }]));
  }

  /** The stored record with its personal data; no audit here: the caller records what it shows. */
  private async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<CandidateEntity> {
    const candidate = await manager.findOne(CandidateEntity, { where: { id }, relations: { personal: true } });
    if (!candidate) throw new NotFoundError('kandidaat', id);
    return candidate;
  }

  /** Checks the input as a whole (against the stored profile on update); nothing is written on a problem. */
  private async toColumns(
    input: UpdateCandidateInput,
    current: CandidateEntity | null,
  ): Promise<{ profile: Partial<CandidateEntity>; personal: Partial<CandidatePersonalEntity> }> {
    const problems: FieldProblem[] = [];
    const today = todayInNetherlands();
    for (const key of NOT_NULL_FIELDS) {
      if ((input as Record<string, unknown>)[key] === null) problems.push({ field: `input.${key}`, message: 'mag niet leeg gemaakt worden' });
    }
    for (const key of ['birthDate', 'availableFrom', 'unemployedSince'] as const) {
      const value = input[key];
      if (value != null && !isIsoDate(value)) problems.push({ field: `input.${key}`, message: 'moet een datum zijn (jjjj-mm-dd)' });
    }
    if (input.birthDate && isIsoDate(input.birthDate)) {
      const age = ageOn(input.birthDate, today);
      if (age < 15 || age > 100) problems.push({ field: 'input.birthDate', message: 'geeft een leeftijd buiten 15 tot 100 jaar' });
    }
    if (input.unemployedSince && input.unemployedSince > today) {
      problems.push({ field: 'input.unemployedSince', message: 'mag niet in de toekomst liggen' });
    }
    const hoursMin = input.hoursMin !== undefined ? input.hoursMin : current?.hoursMin;
    const hoursMax = input.hoursMax !== undefined ? input.hoursMax : current?.hoursMax;
    if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
      // Name the field the caller sent (against the stored other bound), or hoursMin when both were sent.
      if (input.hoursMin === undefined) problems.push({ field: 'input.hoursMax', message: `mag niet lager zijn dan het opgeslagen minimum aantal uren (${hoursMax} < ${hoursMin})` });
      else problems.push({ field: 'input.hoursMin', message: `mag niet hoger zijn dan het maximum aantal uren (${hoursMin} > ${hoursMax})` });
    }
    if (problems.length) throw new BadInputError(problems);

    const profile: Partial<CandidateEntity> = {};
    for (const key of COPIED_FIELDS) {
      if (input[key] !== undefined) (profile as Record<string, unknown>)[key] = input[key];
    }
    if (input.talents) profile.talents = this.referenceData.normaliseTalents('input.talents', input.talents);
    // What the job titles show, read with the write (a new profile without experience shows nothing).
    if (input.workExperience !== undefined || current === null) {
      profile.experienceTalents = experienceTalentsOf(input.workExperience ?? [], (title) => this.referenceData.readJobTitle(title));
    }
    if (input.categoryWishes) {
      profile.categoryWishes = [...new Set(input.categoryWishes.map((c) => this.referenceData.checkCategory('input.categoryWishes', c)))];
    }
    if (input.klantcategorie !== undefined) {
      profile.klantcategorieCode =
        input.klantcategorie === null ? null : this.referenceData.checkKlantcategorie('input.klantcategorie', input.klantcategorie);
    }
    if (input.placeName !== undefined) {
      const place = input.placeName === null ? null : this.referenceData.resolvePlace('input.placeName', input.placeName);
      Object.assign(profile, { placeName: place?.name ?? null, lat: place?.lat ?? null, lon: place?.lon ?? null });
    }
    if (input.postcode !== undefined) {
      profile.postcode = input.postcode === null ? null : this.referenceData.normalisePostcode('input.postcode', input.postcode);
    }
    // Derived from the opleidingsniveau when not given: also on a new level, unless the stored value was set by
    // hand against the old level (a foreign diploma), which a new level must not overwrite.
    const derivedBefore = current?.opleidingsniveau ? givesStartkwalificatie(current.opleidingsniveau) : null;
    if (input.startkwalificatie !== undefined) profile.startkwalificatie = input.startkwalificatie;
    else if (input.opleidingsniveau && (current?.startkwalificatie == null || current.startkwalificatie === derivedBefore)) {
      profile.startkwalificatie = givesStartkwalificatie(input.opleidingsniveau);
    }
    if (input.matchmakerId !== undefined) {
      if (input.matchmakerId !== null) {
        if (!(await this.auth.isActiveUserWithRole(input.matchmakerId, CASELOAD_ROLES))) {
          throw new BadInputError({ field: 'input.matchmakerId', message: 'is geen actieve matchmaker of leerwerkmakelaar' });
        }
      }
      profile.matchmakerId = input.matchmakerId ?? null;
    }

    const personal: Partial<CandidatePersonalEntity> = {};
    for (const key of PERSONAL_FIELDS) {
      if (input[key] !== undefined) (personal as Record<string, unknown>)[key] = typeof input[key] === 'string' ? input[key]!.trim() : input[key];
    }
    if (input.birthDate !== undefined) Object.assign(profile, ageGroups(input.birthDate ?? null, today));
    return { profile, personal };
  }
}
