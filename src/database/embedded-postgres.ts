import { mkdirSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The zero-setup database: PostgreSQL compiled to WASM (PGlite), served on a loopback port through
 * pglite-socket so the normal `pg` driver, TypeORM and the migrations run unchanged (one SQL dialect, one driver
 * everywhere). PGlite has a single session; the socket server multiplexes connections and runs transactions
 * one at a time, so transactions must stay short.
 */
export class EmbeddedPostgres {
  private readonly logger = new Logger('EmbeddedPostgres');
  private db?: PGlite;
  private server?: PGLiteSocketServer;
  url?: string;

  constructor(private readonly dataDir: string) {}

  async start(): Promise<string> {
    if (this.url) return this.url;
    if (!this.dataDir.startsWith('memory://')) mkdirSync(this.dataDir, { recursive: true });
    this.db = await PGlite.create({
      dataDir: this.dataDir,
      extensions: { pg_trgm, unaccent, cube, earthdistance },
    });
    this.server = new PGLiteSocketServer({ db: this.db, host: '127.0.0.1', port: 0, maxConnections: 16 });
    await this.server.start();
    // getServerConn() answers "host:port" once the server listens.
    this.url = `postgres://postgres@${this.server.getServerConn()}/postgres`;
    this.logger.log(`embedded PostgreSQL (PGlite) in ${this.dataDir}`);
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    this.server = undefined;
    this.db = undefined;
    this.url = undefined;
  }
}
