import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from './role.enum';
import { User } from './user.entity';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => User)
  user: User;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'At least 12 characters.' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for WERKGEVER, not allowed for other roles.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}
