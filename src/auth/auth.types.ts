import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from './role.enum';
import { User } from './user.entity';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsEmail()
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
  @IsEmail()
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

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required when the new role is WERKGEVER, not allowed otherwise.' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({
    nullable: true,
    description: 'The new password (12+ characters). Leave out to have one generated: it is shown once, in the answer.',
  })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword?: string;
}

@ObjectType()
export class PasswordResetResult {
  @Field(() => User)
  user: User;

  @Field(() => String, {
    nullable: true,
    description: 'The generated password, shown only in this answer (null when the ADMIN chose one). Hand it over in person or by phone; the user should change it.',
  })
  generatedPassword: string | null;
}
