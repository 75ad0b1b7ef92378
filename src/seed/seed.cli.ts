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
import { parseDay } from './synthetic-rows';

const USAGE = `usage: seed.cli.ts --candidates N --vacancies M [--employers K] [--placements P] [--seed S] [--reset]
                   [--reference-date YYYY-MM-DD] [--batch-size N] [--concurrency N]
  --candidates N        candidates to generate (with their personal rows)
  --vacancies M         vacancies to generate
  --employers K         employers to spread the vacancies over (default max(10, M/5))
  --placements P        voordrachten with a year of steps on this load's vacancies and candidates (default 0)
  --seed S              generator seed, an integer (default 1); different seeds give different ids
  --reset               first delete all candidates and vacancies, and the employers no user refers to
  --reference-date D    "today" for generated dates (default today)
  --batch-size N        rows per insert and transaction (default 5000)
  --concurrency N       batches written at the same time (default 2)
  DATABASE_URL selects a PostgreSQL server; without it the embedded database in DATA_DIR is used.`;

export interface SeedArgs {
  candidates: number;
  vacancies: number;
  employers?: number;
  placements?: number;
  seed: number;
  reset: boolean;
  referenceDate?: string;
  batchSize?: number;
  concurrency?: number;
}

export class UsageError extends Error {}

function integer(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new UsageError(`${flag} needs an integer value`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be an integer >= ${min}`);
  return n;
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: Partial<SeedArgs> = { seed: 1, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--candidates':
        args.candidates = integer(flag, value(), 0);
        break;
      case '--vacancies':
        args.vacancies = integer(flag, value(), 0);
        break;
      case '--employers':
        args.employers = integer(flag, value(), 0);
        break;
      case '--placements':
        args.placements = integer(flag, value(), 0);
        break;
      case '--seed':
        args.seed = integer(flag, value(), Number.MIN_SAFE_INTEGER);
        break;
      case '--batch-size':
        args.batchSize = integer(flag, value(), 1);
        break;
      case '--concurrency':
        args.concurrency = integer(flag, value(), 1);
        break;
      case '--reference-date': {
        const date = value();
        try {
          parseDay(date ?? '');
        } catch {
          throw new UsageError('--reference-date needs a date YYYY-MM-DD');
        }
        args.referenceDate = date;
        break;
      }
      case '--reset':
        if (inline !== undefined) throw new UsageError('--reset takes no value');
        args.reset = true;
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  if (args.candidates === undefined || args.vacancies === undefined) throw new UsageError('--candidates and --vacancies are required');
  if (args.vacancies > 0 && args.employers === 0) throw new UsageError('vacancies need at least one employer');
  if ((args.placements ?? 0) > 0 && (args.vacancies === 0 || args.candidates === 0)) throw new UsageError('--placements needs vacancies and candidates');
  return args as SeedArgs;
}

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
  let args: SeedArgs;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }

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

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
