import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { runWithAuditContext } from './audit-context';
import { AuditLog } from './audit-log.entity';
import { AuditRetentionService } from './audit-retention.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { ViewLimitService } from './view-limit.service';

/** Every request runs in an audit context that carries its origin (the client's address) to AuditService.record. */
function auditContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  runWithAuditContext({ origin: req.ip ?? req.socket?.remoteAddress ?? 'unknown' }, next);
}

@Module({
  imports: [TypeOrmModule.forFeature([AuditLog])],
  providers: [AuditService, ViewLimitService, AuditRetentionService, AuditResolver],
  exports: [AuditService, ViewLimitService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(auditContextMiddleware).forRoutes('*path');
  }
}
