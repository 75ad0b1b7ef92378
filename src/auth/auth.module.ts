import { AuditModule } from '../audit/audit.module';
import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { EmployersModule } from '../employers/employers.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { LoginRateLimitGuard, ReadRateLimitGuard } from './rate-limit.guards';
import { RateLimiter } from './rate-limiter';
import { User } from './user.entity';
import { UserCheckCache } from './user-check-cache';

// Still global (issue 12 wants only config and database so): the dashboard and demo modules inject AuthService
// without importing this module, and EmployersModule (imported here for createUser) needs AuthService back. It
// becomes a plain module once those modules list it in their imports.
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    AuditModule,
    // createUser checks the employer named exists, through EmployersService.
    EmployersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, not a string: given a string, jsonwebtoken first tries (and fails) to parse it as a public
      // key on every verification, which cost about 1 ms of CPU per request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config))) as unknown as string,
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as never, issuer: 'wsp-matching' },
        verifyOptions: { issuer: 'wsp-matching' },
      }),
    }),
    // Only its storage is used (rate-limiter.ts): the limits come from AppConfig.
    ThrottlerModule.forRoot([]),
  ],
  providers: [
    AuthService,
    UserCheckCache,
    AuthResolver,
    RateLimiter,
    LoginRateLimitGuard,
    // In this order: the read limits count per account, which AuthGuard establishes.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ReadRateLimitGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
