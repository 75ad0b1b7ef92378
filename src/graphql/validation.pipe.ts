import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldProblem } from './errors';

function flatten(errors: ValidationError[], prefix: string | undefined): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: message.replace(/^\S+ /, '') }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

class RawValidationErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/**
 * class-validator on every GraphQL argument; a failure becomes one BAD_USER_INPUT error naming each field by its
 * path as the client sent it ("input.hoursMin: must not be less than 0", "first: must not be greater than 100").
 * Unknown properties are rejected, not silently dropped.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new RawValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RawValidationErrors) throw new BadInputError(flatten(error.errors, metadata.data));
      throw error;
    }
  }
}
