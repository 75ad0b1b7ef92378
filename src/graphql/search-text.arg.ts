import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class SearchTextArg {
  @Field({ nullable: true, description: 'Narrow the list by name or title (case-insensitive, contains).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
