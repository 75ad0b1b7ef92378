import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, WSP_STAFF } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { ConnectionType, PageArgs } from '../graphql/pagination';
import { UuidPipe } from '../graphql/uuid.pipe';
import { AdvancePlacementArgs, PlacementInstrumentsInput, PlacementListArgs, ProposeCandidateArgs } from './placement.inputs';
import { CandidateContact, Placement, PlacementStep } from './placement.types';
import { PlacementsService } from './placements.service';

const PlacementConnection = ConnectionType(Placement, 'PlacementConnection');

interface PlacementLoaders {
  steps: DataLoader<string, PlacementStep[]>;
  contacts: DataLoader<string, CandidateContact | null>;
}

/** Loaders per GraphQL request (the context object), so a page of placements reads its steps in one query. */
const loadersByRequest = new WeakMap<object, PlacementLoaders>();

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(private readonly service: PlacementsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => PlacementConnection, { description: 'Voordrachten, newest first. A WERKGEVER sees only those on its own vacancies.' })
  placements(@CurrentUser() user: AuthUser, @Args() page: PageArgs, @Args() filter: PlacementListArgs) {
    return this.service.list(user, page, filter);
  }

  @Roles(...ALL_ROLES)
  @Query(() => Placement)
  placement(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(user, id);
  }

  @Roles(...WSP_STAFF)
  @Mutation(() => Placement, { description: 'Proposes an ACTIVE candidate for an OPEN vacancy: a voordracht at PROPOSED.' })
  proposeCandidate(@CurrentUser() user: AuthUser, @Args() args: ProposeCandidateArgs) {
    return this.service.propose(user, args);
  }

  @Roles(...WSP_STAFF)
  @Mutation(() => Placement, {
    description:
      'PROPOSED -> INTRODUCED (with candidateConsent) -> INTERVIEW -> TRIAL (optional) -> PLACED, or REJECTED / WITHDRAWN ' +
      'from any open step with a reason. PLACED fills an opening and takes the person out of the job seekers.',
  })
  advancePlacement(@CurrentUser() user: AuthUser, @Args() args: AdvancePlacementArgs) {
    return this.service.advance(user, args);
  }

  @Roles(...WSP_STAFF)
  @Mutation(() => Placement, { description: 'Sets the instruments of a running or PLACED voordracht; fields left out stay as they are.' })
  setPlacementInstruments(
    @CurrentUser() user: AuthUser,
    @Args('placementId', { type: () => ID }, UuidPipe) placementId: string,
    @Args('input') input: PlacementInstrumentsInput,
  ) {
    return this.service.setInstruments(user, placementId, input);
  }

  @Roles(...WSP_STAFF)
  @Mutation(() => Placement, { description: 'Nazorg: whether the person is still in work 6 or 12 months after the placement.' })
  recordNazorg(
    @CurrentUser() user: AuthUser,
    @Args('placementId', { type: () => ID }, UuidPipe) placementId: string,
    @Args('months', { type: () => Int, description: '6 or 12' }) months: number,
    @Args('inWork') inWork: boolean,
  ) {
    return this.service.recordNazorg(user, placementId, months, inWork);
  }

  @ResolveField(() => [PlacementStep], { description: 'The history, oldest first.' })
  steps(@Parent() placement: Placement, @Context() ctx: object, @CurrentUser() user: AuthUser): Promise<PlacementStep[]> {
    return this.loaders(ctx, user, placement.employerView).steps.load(placement.id);
  }

  @ResolveField(() => CandidateContact, {
    nullable: true,
    description: 'How to reach the candidate. For an employer only after the candidate consented, while the voordracht runs or once placed.',
  })
  async contact(@Parent() placement: Placement, @Context() ctx: object, @CurrentUser() user: AuthUser): Promise<CandidateContact | null> {
    if (!placement.contactAllowed) return null;
    return this.loaders(ctx, user, placement.employerView).contacts.load(placement.candidateId);
  }

  private loaders(ctx: object, user: AuthUser, employerView: boolean): PlacementLoaders {
    let loaders = loadersByRequest.get(ctx);
    if (!loaders) {
      loaders = {
        steps: new DataLoader(async (ids: readonly string[]) => {
          const byId = await this.service.stepsOf(ids, employerView);
          return ids.map((id) => byId.get(id) ?? []);
        }),
        contacts: new DataLoader(async (ids: readonly string[]) => {
          const byId = await this.service.contactsOf(user, ids);
          return ids.map((id) => byId.get(id) ?? null);
        }),
      };
      loadersByRequest.set(ctx, loaders);
    }
    return loaders;
  }
}
