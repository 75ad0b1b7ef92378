import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionType } from '../graphql/pagination';
import { AuditLog } from './audit-log.entity';

export const AuditEntryConnection = ConnectionType(AuditLog, 'AuditEntryConnection');

const ENTITY_TYPES = ['candidate', 'employer', 'vacancy', 'user', 'audit_log'];

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this user did.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true, description: `The kind of record: ${ENTITY_TYPES.join(', ')}.` })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only about this record (with entityType).' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field({ nullable: true, description: 'create, read, view, update, status, erase, export, alert, ...' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  action?: string;

  @Field({ nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Until this moment (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
