import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Path of the offending input, e.g. "input.closingDate". */
  field: string;
  message: string;
}

/** Bad input: the request is refused as a whole and nothing is written. */
export class BadInputError extends GraphQLError {
  constructor(problems: FieldProblem[] | FieldProblem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => `${p.field}: ${p.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', field: list[0]?.field, fields: list },
    });
  }
}

export class NotFoundError extends GraphQLError {
  /** `what`: the Dutch noun, e.g. "vacature" ("Geen vacature gevonden met id ..."). */
  constructor(what: string, id: string) {
    super(`Geen ${what} gevonden met id ${id}.`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ForbiddenError extends GraphQLError {
  /** `fields`: the inputs the role may not set, when the refusal is about them (named as BadInputError does). */
  constructor(message = 'Dit mag uw rol niet.', fields?: FieldProblem[]) {
    super(message, { extensions: fields?.length ? { code: 'FORBIDDEN', field: fields[0].field, fields } : { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'U bent niet ingelogd: log eerst in (stuur Authorization: Bearer <token>).') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ConflictError extends GraphQLError {
  /** `field`: the input that conflicts (e.g. "input.expectedVersion"), when there is one. */
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
  }
}
