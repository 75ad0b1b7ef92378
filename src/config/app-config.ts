import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';
import { IsStrongSecret } from './secret-strength';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting the service reads, validated once at start-up (a bad value stops the process with a clear
 * message instead of failing later in a request).
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * Address the HTTP server listens on. Loopback by default, so a zero-setup demo is not reachable from the
   * network; a container sets 0.0.0.0 (docker/Dockerfile) and is published through its port mapping.
   */
  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /** Express `trust proxy`: set when a reverse proxy sets X-Forwarded-For, so rate limits count the real client. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string = undefined;

  /** PostgreSQL server; when unset the service runs on embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string = undefined;

  /** Where the embedded database keeps its files; `memory://` keeps nothing. */
  @IsString()
  DATA_DIR = './data/pglite';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @IsStrongSecret()
  JWT_SECRET?: string = undefined;

  @IsString()
  JWT_EXPIRES_IN = '8h';

  /**
   * Seed demo employers, vacancies, candidates and users (published password) on the first start. On by default
   * only for the zero-setup demo (embedded database, NODE_ENV=development); refused with NODE_ENV=production.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA?: boolean = undefined;

  @IsOptional()
  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE?: 'postgres' | 'meilisearch' = undefined;

  @IsOptional()
  @IsString()
  MEILI_HOST?: string = undefined;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string = undefined;

  /** Index names start with this, so several environments can share one Meilisearch. */
  @IsString()
  MEILI_INDEX_PREFIX = 'wsp_';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;

  /** Highest query cost a single GraphQL operation may have (see graphql/query-complexity.plugin.ts). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(10)
  MAX_QUERY_COMPLEXITY = 2000;

  /** Most root fields (aliases included) one GraphQL operation may ask for. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  MAX_ROOT_FIELDS = 20;

  /** Schema introspection; on in development and test, off in production unless set. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean = undefined;

  /** Length of the rate-limit window, in seconds, for every limit below. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Search, match and candidate reads (each root field counts) per account per window. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_READS_PER_ACCOUNT = 120;

  /** Search, match and candidate reads per client IP per window (several colleagues may share one address). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_READS_PER_IP = 600;

  /** Login attempts per email and IP per window. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGINS_PER_EMAIL = 10;

  /** Login attempts per client IP per window, whatever the email (password spraying). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGINS_PER_IP = 20;

  /** Audit rows older than this many days are removed by the retention job (audit/audit-retention.service.ts). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  AUDIT_RETENTION_DAYS = 730;

  /** The most full candidate records one account may open in an hour (audit/view-limit.service.ts). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  CANDIDATE_VIEWS_PER_HOUR = 200;

  /** How often the matching module refreshes stale knelpunten summaries (vacancy_match_summary); 0 switches it off. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  MATCH_SUMMARY_INTERVAL_MS = 60_000;

  /** Open vacancies scored per refresh: bounds the background work (about 30 ms each). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  MATCH_SUMMARY_BATCH = 50;

  /**
   * How long a computed dashboard (per period, filter and role scope) is reused, in seconds; 0 computes every
   * request. Identical requests arriving together share one computation either way.
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  DASHBOARD_CACHE_SECONDS = 30;

  /**
   * Every this many seconds (and right after start) the dashboard's default view is brought up to date in the
   * background, so opening the dashboard reads kept figures; 0 turns it off (dashboard/dashboard-warmer.ts).
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  DASHBOARD_WARM_SECONDS = 30;

  get embeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  /** The zero-setup demo is the development default on the embedded database; never in production. */
  get demoData(): boolean {
    return this.DEMO_DATA ?? (this.embeddedDatabase && this.NODE_ENV === 'development');
  }

  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? this.NODE_ENV !== 'production';
  }

  get searchEngine(): 'postgres' | 'meilisearch' {
    return this.SEARCH_ENGINE ?? (this.MEILI_HOST ? 'meilisearch' : 'postgres');
  }
}

export function validateConfig(env: Record<string, unknown>): AppConfig {
  // Only the settings this class declares; an empty variable (FOO= in an env file) counts as unset.
  const known = new Set(Object.keys(new AppConfig())); // every setting has an initialiser, so this lists them all
  const given = Object.fromEntries(Object.entries(env).filter(([key, value]) => value !== '' && known.has(key)));
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: required in production (32+ random characters)');
  }
  if (config.NODE_ENV === 'production' && config.DEMO_DATA) {
    throw new Error(
      'Invalid configuration:\n  DEMO_DATA: demo users have a published password and are never created with NODE_ENV=production',
    );
  }
  if (config.searchEngine === 'meilisearch' && !config.MEILI_HOST) {
    throw new Error('Invalid configuration:\n  MEILI_HOST: required when SEARCH_ENGINE=meilisearch');
  }
  return config;
}
