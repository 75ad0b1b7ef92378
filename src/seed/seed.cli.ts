/**
 * Loads deterministic synthetic employers, vacancies and candidates, for demos and benchmarks.
 *
 *   npx ts-node --transpile-only src/seed/seed.cli.ts --candidates 100000 --vacancies 20000 [--employers K]
 *       [--placements P] [--seed S] [--reset] [--reference-date YYYY-MM-DD] [--batch-size N] [--concurrency N]
 *
 * Uses DATABASE_URL when set, else the embedded database in DATA_DIR (./data/pglite). Boots the application
 * context, which runs the migrations and seeds the reference data, with the demo data switched off.
 * --reset first deletes all candidates and vacancies and every employer no user account refers to.
 * Every employer gets an accounthouder and every candidate a matchmaker from the active users with those roles
 * (a small team is created when there are none, see seed-staff.ts). --placements adds that many voordrachten
 * with their steps over the past year on the vacancies and candidates of this load.
 * Progress goes to stderr; one summary line to stdout. Exit code 2 for bad arguments, 1 for a failure.
 */
import './seed-cli-env';
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { ensureSeedStaff } from './seed-staff';
import { generateSyntheticData, resetSyntheticData } from './synthetic-data';
import { runCli } from '../cli/cli-args';
import { parseSeedArgs, SEED_USAGE } from './seed-args';

function progressReporter(): (table: string, done: number, total: number) => void {
  const lastShown = new Map<string, number>();
  return (table, done, total) => {
    const step = Math.max(1, Math.floor(total / 10));
    const last = lastShown.get(table) ?? 0;
    if (done === total || done - last >= step) {
      lastShown.set(table, done);
      process.stderr.write(`  ${table}: ${done}/${total}\n`);
    }
  };
}

async function main(): Promise<number> {
  const args = parseSeedArgs(process.argv.slice(2));

  const started = Date.now();
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
    const dataSource = app.get(DataSource);
    if (args.reset) {
      process.stderr.write('reset: deleting candidates, vacancies and unreferenced employers\n');
      await resetSyntheticData(dataSource);
    }
    process.stderr.write(`seeding with seed ${args.seed}\n`);
    const staff = await ensureSeedStaff(dataSource);
    const result = await generateSyntheticData(dataSource, {
      candidates: args.candidates,
      vacancies: args.vacancies,
      employers: args.employers,
      placements: args.placements,
      ...staff,
      seed: args.seed,
      referenceDate: args.referenceDate,
      batchSize: args.batchSize,
      concurrency: args.concurrency,
      onProgress: progressReporter(),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(
      `seeded ${result.candidates} candidates, ${result.vacancies} vacancies, ${result.employers} employers, ${result.placements} placements ` +
        `(seed ${args.seed}) in ${seconds} s (generator ${(result.ms / 1000).toFixed(1)} s), peak RSS ${peakMb} MB\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await app?.close();
  }
}

if (require.main === module) runCli('seed', SEED_USAGE, main);
