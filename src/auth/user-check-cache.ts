import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Client, Notification } from 'pg';
import { AppConfig } from '../config/app-config';
import type { Role } from './role.enum';

/** What the per-request check reads of a user. */
export interface CheckedUser {
  id: string;
  role: Role;
  employerId: string | null;
  active: boolean;
  credentialsChangedAt: Date | null;
}

/** A safety net only: entries are dropped the moment PostgreSQL announces a change to the user. */
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;
export const APP_USER_CHANGED_CHANNEL = 'app_user_changed';

/**
 * The users the auth guard checked, kept in this process so a request does not cost a database round trip to
 * learn what the previous request learned. "Deactivated means locked out at once" holds because:
 * - every change to app_user is announced by a trigger (NOTIFY app_user_changed, migration 1763912000000),
 *   whoever makes it, and this process LISTENs on its own connection and drops the entry on arrival;
 * - a change made through this process (AuthService) drops the entry itself before it answers, so the very next
 *   request is refused without waiting for the announcement;
 * - while the listening connection is down (or not yet up) nothing is cached and every request reads the
 *   database, and on (re)connecting the cache starts empty, so no announcement can be missed unseen;
 * - a read that raced with a change is not stored (the generation counter moved meanwhile).
 * On the embedded database (PGlite over a socket that runs one session at a time) nothing is cached.
 */
@Injectable()
export class UserCheckCache implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(UserCheckCache.name);
  private readonly entries = new LRUCache<string, CheckedUser>({ max: MAX_ENTRIES, ttl: TTL_MS });
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private generation = 0;
  private reconnect?: NodeJS.Timeout;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    if (this.config.DATABASE_URL) void this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    this.drop();
    await this.listener?.end().catch(() => undefined);
  }

  /** The cached check, or null (then read the database and `store` what it said). */
  get(id: string): CheckedUser | null {
    if (!this.listening) return null;
    return this.entries.get(id) ?? null;
  }

  /** Take before reading the database; `store` keeps the read only if nothing changed meanwhile. */
  ticket(): number {
    return this.generation;
  }

  store(user: CheckedUser, ticket: number): void {
    if (!this.listening || ticket !== this.generation) return;
    this.entries.set(user.id, user);
  }

  /** A user changed (or any, without an id): forget it now. */
  invalidate(id?: string): void {
    this.generation++;
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }

  private drop(): void {
    this.listening = false;
    this.invalidate();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'wsp-matching-user-changes' });
    client.on('notification', (n: Notification) => {
      if (n.channel === APP_USER_CHANGED_CHANNEL) this.invalidate(n.payload || undefined);
    });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = null;
      this.drop();
      if (!this.stopped) this.reconnect = setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    client.on('error', () => lost());
    client.on('end', () => lost());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${APP_USER_CHANGED_CHANNEL}`);
      if (this.listener !== client || this.stopped) return;
      this.invalidate();
      this.listening = true;
    } catch (error) {
      this.log.warn(`user change announcements unavailable, checking every request in the database: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
      lost();
    }
  }
}
