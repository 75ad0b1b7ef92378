import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MATCHMAKERS_AND_ADMIN, Role, WSP_STAFF } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { Connection, ConnectionType, PageArgs } from '../graphql/pagination';
import { SearchTextArg } from '../graphql/search-text.arg';
import { NullableUuidPipe, UuidPipe } from '../graphql/uuid.pipe';
import { CandidateListArgs, CreateCandidateInput, UpdateCandidateInput } from './candidate.inputs';
import { toCandidate } from './candidate.mapper';
import { Candidate } from './candidate.types';
import { CandidatesService } from './candidates.service';
import { CandidateDataExportService } from './candidate-data-export.service';
import { CandidateDataExport } from './candidate-data-export.types';

const CandidateConnection = ConnectionType(Candidate, 'CandidateConnection');

/** Candidates with personal data: WSP staff only. Employers see anonymised profiles through search and matching. */
@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(
    private readonly service: CandidatesService,
    private readonly exports: CandidateDataExportService,
  ) {}

  @Roles(...WSP_STAFF)
  @Query(() => CandidateConnection, { description: 'Candidates, newest first; `search` looks in the name.' })
  async candidates(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
    @Args() filter: CandidateListArgs,
    @Args() { search }: SearchTextArg,
  ): Promise<Connection<Candidate>> {
    const result = await this.service.list(user, page, filter, search);
    return { ...result, nodes: result.nodes.map(toCandidate) };
  }

  @Roles(...WSP_STAFF)
  @Query(() => Candidate)
  async candidate(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Candidate> {
    return toCandidate(await this.service.get(user, id));
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Mutation(() => Candidate)
  async createCandidate(@CurrentUser() user: AuthUser, @Args('input') input: CreateCandidateInput): Promise<Candidate> {
    return toCandidate(await this.service.create(user, input));
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Mutation(() => Candidate)
  async updateCandidate(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCandidateInput,
  ): Promise<Candidate> {
    return toCandidate(await this.service.update(user, id, input));
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Query(() => CandidateDataExport, {
    description: "AVG art. 15: everything stored about the person. ADMIN, or the candidate's own matchmaker; logged and counted as a view.",
  })
  exportCandidateData(@CurrentUser() user: AuthUser, @Args('candidateId', { type: () => ID }, UuidPipe) candidateId: string): Promise<CandidateDataExport> {
    return this.exports.export(user, candidateId);
  }

  @Roles(Role.MATCHMAKER, Role.ADMIN)
  @Mutation(() => ID, { description: 'AVG erasure: deletes the person and their personal data. Returns the erased id.' })
  async eraseCandidate(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<string> {
    await this.service.erase(user, id);
    return id;
  }

  @Roles(...MATCHMAKERS_AND_ADMIN)
  @Mutation(() => Candidate, { description: 'Gives the candidate to an active MATCHMAKER or LEERWERKMAKELAAR, or to none with null.' })
  async assignMatchmaker(
    @CurrentUser() user: AuthUser,
    @Args('candidateId', { type: () => ID }, UuidPipe) candidateId: string,
    @Args('matchmakerId', { type: () => ID, nullable: true }, NullableUuidPipe) matchmakerId: string | null,
  ): Promise<Candidate> {
    return toCandidate(await this.service.assignMatchmaker(user, candidateId, matchmakerId));
  }
}
