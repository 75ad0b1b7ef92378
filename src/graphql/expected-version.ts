import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { ConflictError } from './errors';

/**
 * Optimistic locking for an update input: the `version` the client read. Optional, so existing clients keep
 * working (their change applies to the record as it is now); a client that sends it never overwrites a change it
 * has not seen.
 */
export function ExpectedVersionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      nullable: true,
      description:
        'The `version` of the record as you read it. Send it: when someone else changed the record since, nothing is written and the answer is CONFLICT. Without it the change applies to the record as it is now.',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
  );
}

/** The one answer to a stale expectedVersion: CONFLICT, in Dutch, naming the field; `what` e.g. "het profiel". */
export function versionConflict(what: string, stored: number | null, expected: number): ConflictError {
  const now = stored === null ? '' : ` (nu versie ${stored}, u stuurde ${expected})`;
  return new ConflictError(
    `input.expectedVersion: ${what} is intussen door iemand anders gewijzigd${now}. Er is niets opgeslagen: laad ${what} opnieuw, bekijk de wijzigingen en sla dan opnieuw op.`,
    'input.expectedVersion',
  );
}

/** Throws the conflict when an expected version was sent and the stored one differs. */
export function checkExpectedVersion(what: string, stored: number, expected: number | null | undefined): void {
  if (expected != null && stored !== expected) throw versionConflict(what, stored, expected);
}
