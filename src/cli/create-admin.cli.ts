import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runWithAuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { AppModule } from '../app.module';
import { AuthService } from '../auth/auth.service';
import { Role } from '../auth/role.enum';
import { parseCliArgs, runCli, UsageError } from './cli-args';

const USAGE = 'usage: create-admin --email EMAIL [--name NAME]   (the password in ADMIN_PASSWORD, 12 characters or more)';

/**
 * Production has no default users: this creates the first ADMIN, who then creates everyone else.
 *   npm run user:create-admin -- --email beheer@wsp.nl --name "Functioneel beheer"   (password from ADMIN_PASSWORD)
 */
async function main(): Promise<void> {
  const values = parseCliArgs({ email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } }, process.argv.slice(2));
  const password = values.password ?? process.env.ADMIN_PASSWORD;
  if (!values.email) throw new UsageError('--email is required');
  if (!password || password.length < 12) throw new UsageError('set ADMIN_PASSWORD to a password of 12 characters or more');
  process.env.DEMO_DATA = 'false';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const user = await app.get(AuthService).createUser({
      email: values.email,
      password,
      displayName: values.name ?? 'Functioneel beheer',
      role: Role.ADMIN,
    });
    // No actor: the operator at the server's console; the origin says so.
    await runWithAuditContext({ origin: 'cli' }, () => app.get(AuditService).record(null, 'create', 'user', user.id));
    process.stdout.write(`created ADMIN ${user.email} (${user.id})\n`);
  } catch (error) {
    const duplicate = (error as { code?: string }).code === '23505';
    process.stderr.write(duplicate ? `a user with email ${values.email} already exists\n` : `${String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

runCli('create-admin', USAGE, main);
