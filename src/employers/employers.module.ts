import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../auth/user.entity';
import { Employer } from './employer.entity';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Employer, User])],
  providers: [EmployersService, EmployersResolver],
  exports: [EmployersService],
})
export class EmployersModule {}
