import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { safeErrorText } from '../graphql/safe-log';
import type { JobTitleReading } from '../reference-data/reference-data.service';
import { ReferenceDataService } from '../reference-data/reference-data.service';

/** The talents a person's work experience shows: every job title read by the one rule that reads them. */
export function experienceTalentsOf(workExperience: ReadonlyArray<{ title: string }>, readJobTitle: (title: string) => JobTitleReading): string[] {
  return [...new Set(workExperience.flatMap((e) => readJobTitle(e.title).talents))];
}

const BATCH = 500;
/** How often to look for unread rows (an empty partial index: nearly free). */
const LOOK_EVERY_MS = 10_000;

/**
 * Keeps candidate.experience_talents for the rows no write of this module set: rows loaded by the seed or the demo
 * data, rows from before the column existed, and every row with work experience after an ADMIN changed the talents
 * (synonyms change what a title reads as). Looks at start, every 10 s and after a talent change, and reads the
 * titles in batches of 500; a row changed in between (its version moved on) is left for the next batch, so a newer
 * write is never overwritten.
 */
@Injectable()
export class ExperienceTalentsReader implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExperienceTalents');
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
  ) {}

  onApplicationBootstrap(): void {
    this.referenceData.onTalentsChanged(async () => {
      await this.dataSource.query(`UPDATE candidate SET experience_talents = NULL WHERE experience_talents IS NOT NULL AND work_experience <> '[]'::jsonb`);
      this.readInBackground();
    });
    this.readInBackground();
    this.timer = setInterval(() => this.readInBackground(), LOOK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** Reads every unread row, now or right after the round that is running. */
  private readInBackground(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.readAll()
      .catch((error) => {
        if (!this.stopped) this.logger.warn(`reading job titles failed: ${safeErrorText(error, 0)}`);
      })
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.readInBackground();
        }
      });
  }

  /** Reads every row whose titles were not read yet, batch after batch. */
  private async readAll(): Promise<void> {
    await this.referenceData.ensureLoaded();
    let read = 0;
    const started = Date.now();
    for (;;) {
      if (this.stopped) return;
      const rows: Array<{ id: string; version: number; work_experience: Array<{ title: string }> }> = await this.dataSource.query(
        `SELECT id, version, work_experience FROM candidate WHERE experience_talents IS NULL ORDER BY id LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      const readJobTitle = (title: string) => this.referenceData.readJobTitle(title);
      const values = rows.map((r) => ({ id: r.id, version: r.version, talents: experienceTalentsOf(r.work_experience ?? [], readJobTitle) }));
      await this.dataSource.query(
        `UPDATE candidate c SET experience_talents = u.talents
           FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, version int, talents text[])
          WHERE c.id = u.id AND c.version = u.version AND c.experience_talents IS NULL`,
        [JSON.stringify(values)],
      );
      read += rows.length;
      // Let requests in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (read > 0) this.logger.log(`read the job titles of ${read} candidates in ${Date.now() - started} ms`);
  }
}
