// synthetic-rows (parseDay) imports enum files that register GraphQL enums; @nestjs/graphql is ESM-only, which Jest cannot load.
jest.mock('@nestjs/graphql', () => ({ registerEnumType: () => undefined }));

import { UsageError } from '../cli/cli-args';
import { parseSeedArgs } from './seed-args';

describe('seed CLI arguments (node:util parseArgs)', () => {
  it('reads every option, in both spellings', () => {
    expect(parseSeedArgs(['--candidates', '100', '--vacancies=20', '--placements', '5', '--seed=-3', '--reset', '--reference-date', '2026-01-31', '--batch-size', '50', '--concurrency', '1'])).toEqual({
      candidates: 100,
      vacancies: 20,
      employers: undefined,
      placements: 5,
      seed: -3,
      reset: true,
      referenceDate: '2026-01-31',
      batchSize: 50,
      concurrency: 1,
    });
    expect(parseSeedArgs(['--candidates', '1', '--vacancies', '0'])).toMatchObject({ seed: 1, reset: false });
  });

  it.each([
    [['--candidates', '1', '--vacancies', '1', '--kandidaten', '5'], "Unknown option '--kandidaten'"],
    [['--candidates', 'veel', '--vacancies', '1'], '--candidates needs an integer value, got "veel"'],
    [['--candidates', '1', '--vacancies', '1', '--batch-size', '0'], '--batch-size must be an integer >= 1'],
    [['--candidates', '1', '--vacancies', '1', '--reference-date', '31-01-2026'], '--reference-date needs a date YYYY-MM-DD'],
    [['--candidates', '1', '--vacancies', '1', '--reset=yes'], "Option '--reset' does not take an argument"],
    [['--candidates', '1', '--vacancies'], '--vacancies needs a value'],
    [['--candidates', '1', '--vacancies', '1', 'extra'], "Unexpected argument 'extra'"],
    [['--candidates', '1'], '--candidates and --vacancies are required'],
    [['--candidates', '1', '--vacancies', '1', '--employers', '0'], 'vacancies need at least one employer'],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    let thrown: unknown;
    try {
      parseSeedArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toContain(message);
  });
});
