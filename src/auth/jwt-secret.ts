import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/**
 * JWT_SECRET when set (required in production). The zero-setup mode keeps a generated secret inside its own data
 * folder (mode 0600), so tokens survive a restart and two instances never share one signing secret; an in-memory
 * database gets a fresh secret per process.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (!config.embeddedDatabase || config.DATA_DIR.startsWith('memory://')) return randomBytes(32).toString('hex');
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  const file = join(config.DATA_DIR, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}
