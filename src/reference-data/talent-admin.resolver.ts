import { Args, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ALL_ROLES, Role } from '../auth/role.enum';
import { Roles } from '../auth/roles.decorator';
import { BadInputError } from '../graphql/errors';
import { ReferenceDataService } from './reference-data.service';
import { TalentAdminService } from './talent-admin.service';
import { Talent } from './talent.entity';
import { OptionalStringList } from '../graphql/input-fields';

@InputType()
export class CreateTalentInput {
  @Field({ description: 'Dutch label, e.g. "bladblazer"; the code is its kebab slug.' })
  @IsString()
  @MinLength(2)
  @MaxLength(60)
  label: string;

  @Field(() => [String], { defaultValue: [], description: 'Category codes; empty for a talent across sectors.' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  categories: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Other words people type for it (Dutch, lower case).' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  synonyms: string[] = [];
}

@InputType()
export class UpdateTalentInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(60)
  label?: string;

  @OptionalStringList(10)
  categories?: string[];

  @OptionalStringList(30, 'Replaces the synonyms.')
  @MaxLength(60, { each: true })
  synonyms?: string[];
}

@ObjectType({ description: 'Two related talents: someone with one gets partial credit for the other in matching.' })
export class TalentRelationPair {
  @Field()
  talent: string;

  @Field()
  relatedTo: string;
}

/** ADMIN keeps the talent list open; everyone may read the relations (they explain match reasons). */
@Resolver()
export class TalentAdminResolver {
  constructor(
    private readonly admin: TalentAdminService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Talent, { description: 'Adds a talent; its label and synonyms are then recognised everywhere, search included.' })
  createTalent(@Args('input') input: CreateTalentInput): Promise<Talent> {
    return this.admin.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Talent, { description: "Changes a talent's label, categories or synonyms (the code stays)." })
  updateTalent(@Args('code') code: string, @Args('input') input: UpdateTalentInput): Promise<Talent> {
    return this.admin.update(code, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [TalentRelationPair], { description: 'Relates two talents (both ways); returns the relations of `talent`.' })
  async relateTalents(@Args('talent') talent: string, @Args('relatedTo') relatedTo: string): Promise<TalentRelationPair[]> {
    await this.admin.relate(talent, relatedTo, true);
    return this.pairsOf(talent);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [TalentRelationPair], { description: 'Removes a relation; returns the relations left of `talent`.' })
  async unrelateTalents(@Args('talent') talent: string, @Args('relatedTo') relatedTo: string): Promise<TalentRelationPair[]> {
    await this.admin.relate(talent, relatedTo, false);
    return this.pairsOf(talent);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [TalentRelationPair], { description: 'Related talents, of one talent or all.' })
  talentRelations(@Args('talent', { nullable: true }) talent?: string): TalentRelationPair[] {
    if (talent !== undefined && talent.length > 60) throw new BadInputError({ field: 'talent', message: 'mag hoogstens 60 tekens lang zijn' });
    if (talent !== undefined) return this.pairsOf(talent);
    return this.referenceData.talentRelations().map(([a, b]) => ({ talent: a, relatedTo: b }));
  }

  private pairsOf(code: string): TalentRelationPair[] {
    return [...this.referenceData.relatedTalents(code)].sort().map((relatedTo) => ({ talent: code, relatedTo }));
  }
}
