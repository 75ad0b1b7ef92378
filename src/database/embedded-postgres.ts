import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The zero-setup database: PostgreSQL compiled to WASM (PGlite), served through pglite-socket so the normal `pg`
 * driver, TypeORM and the migrations run unchanged (one SQL dialect, one driver everywhere). PGlite has a single
 * session; the socket server multiplexes connections and runs transactions one at a time, so transactions must
 * stay short.
 *
 * PGlite accepts any user and any password, so the socket must not be reachable by other local users: it is a
 * Unix socket in a fresh folder of mode 0700 (only the service's own user can connect, the same user that can
 * read the data files anyway), never a loopback TCP port that every local process could reach.
 */
export class EmbeddedPostgres {
  private readonly logger = new Logger('EmbeddedPostgres');
  private db?: PGlite;
  private server?: PGLiteSocketServer;
  private socketDir?: string;
  url?: string;

  constructor(private readonly dataDir: string) {}

  async start(): Promise<string> {
    if (this.url) return this.url;
    if (!this.dataDir.startsWith('memory://')) mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.db = await PGlite.create({
      dataDir: this.dataDir,
      extensions: { pg_trgm, unaccent, cube, earthdistance },
    });
    // mkdtemp makes the folder with mode 0700; a short path under the temp folder stays within the ~100 bytes a
    // Unix socket path may have, wherever DATA_DIR is.
    this.socketDir = mkdtempSync(join(tmpdir(), `wsp-pglite-${process.pid}-`));
    this.server = new PGLiteSocketServer({ db: this.db, path: join(this.socketDir, '.s.PGSQL.5432'), maxConnections: 16 });
    await this.server.start();
    // libpq's form: `host` names the folder of the socket `.s.PGSQL.<port>`.
    this.url = `postgres://postgres@/postgres?host=${encodeURIComponent(this.socketDir)}`;
    this.logger.log(`embedded PostgreSQL (PGlite) in ${this.dataDir}, socket in ${this.socketDir} (this user only)`);
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    if (this.socketDir) rmSync(this.socketDir, { recursive: true, force: true });
    this.socketDir = undefined;
    this.server = undefined;
    this.db = undefined;
    this.url = undefined;
  }
}
