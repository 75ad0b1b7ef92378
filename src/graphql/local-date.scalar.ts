import { CustomScalar, Scalar } from '@nestjs/graphql';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { GraphQLError, Kind, ValueNode } from 'graphql';

dayjs.extend(customParseFormat);

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30 and 2025-2-3): dayjs, strict. */
export function isIsoDate(value: string): boolean {
  return dayjs(value, 'YYYY-MM-DD', true).isValid();
}

function parse(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`moet een bestaande datum zijn, geschreven als jjjj-mm-dd, niet ${JSON.stringify(value)?.slice(0, 40)}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time zone (closing date, available from), as YYYY-MM-DD. */
@Scalar('Date', () => LocalDateScalar)
export class LocalDateScalar implements CustomScalar<string, string> {
  description = 'A calendar date without time, written as YYYY-MM-DD.';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  }
}

/** Made once: building an Intl formatter costs about a millisecond, and this runs on every match request. */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands, as YYYY-MM-DD (dates such as a closing date are local dates). */
export function todayInNetherlands(now: Date = new Date()): string {
  return DUTCH_DATE.format(now);
}
