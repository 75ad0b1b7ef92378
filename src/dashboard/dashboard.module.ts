import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { DashboardWarmer } from './dashboard-warmer';

/** Reporting: the WSP dashboard. The only module that reads across other modules' tables (see dashboard.service.ts). */
@Module({ providers: [DashboardService, DashboardResolver, DashboardWarmer] })
export class DashboardModule {}
