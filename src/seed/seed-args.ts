import { integerOption, parseCliArgs, UsageError } from '../cli/cli-args';
import { parseDay } from './synthetic-dates';

export const SEED_USAGE = `usage: seed.cli.ts --candidates N --vacancies M [--employers K] [--placements P] [--seed S] [--reset]
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

const OPTIONS = {
  candidates: { type: 'string' },
  vacancies: { type: 'string' },
  employers: { type: 'string' },
  placements: { type: 'string' },
  seed: { type: 'string' },
  reset: { type: 'boolean', default: false },
  'reference-date': { type: 'string' },
  'batch-size': { type: 'string' },
  concurrency: { type: 'string' },
} as const;

/** The seed CLI's arguments (node:util parseArgs); a UsageError names what is wrong. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const values = parseCliArgs(OPTIONS, argv);
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined) {
    try {
      parseDay(referenceDate);
    } catch {
      throw new UsageError('--reference-date needs a date YYYY-MM-DD');
    }
  }
  const args: SeedArgs = {
    candidates: integerOption('candidates', values.candidates, 0)!,
    vacancies: integerOption('vacancies', values.vacancies, 0)!,
    employers: integerOption('employers', values.employers, 0),
    placements: integerOption('placements', values.placements, 0),
    seed: integerOption('seed', values.seed, Number.MIN_SAFE_INTEGER) ?? 1,
    reset: values.reset ?? false,
    referenceDate,
    batchSize: integerOption('batch-size', values['batch-size'], 1),
    concurrency: integerOption('concurrency', values.concurrency, 1),
  };
  if (args.candidates === undefined || args.vacancies === undefined) throw new UsageError('--candidates and --vacancies are required');
  if (args.vacancies > 0 && args.employers === 0) throw new UsageError('vacancies need at least one employer');
  if ((args.placements ?? 0) > 0 && (args.vacancies === 0 || args.candidates === 0)) throw new UsageError('--placements needs vacancies and candidates');
  return args;
}
