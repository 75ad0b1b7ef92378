import { parseArgs, ParseArgsConfig } from 'node:util';

/** A command line the operator got wrong: the CLI prints the message and its usage, and exits with code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs, strict (an unknown option, a missing value or a stray argument is an error), with its
 * errors turned into UsageError messages that name the option.
 */
export function parseCliArgs<O extends Options>(options: O, argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Option '(--[\w-]+)(?: <value>)?' argument missing$/, '$1 needs a value'));
    }
    throw error;
  }
}

export function integerOption(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${flag} needs an integer value, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${flag} must be an integer >= ${min}`);
  return n;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/**
 * Runs a CLI's main: a UsageError prints the message and the usage to stderr and exits with 2; any other error
 * prints "<name> failed: message" and exits with 1.
 */
export function runCli(name: string, usage: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${name}: ${error.message}\n${usage}\n`);
        process.exit(2);
      }
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
