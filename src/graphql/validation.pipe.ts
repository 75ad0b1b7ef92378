import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { CLASS_TYPE_METADATA } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { constraintMessage } from './dutch-messages';
import { BadInputError, FieldProblem } from './errors';

/** The validation decorators declared on one property of an input class (inherited ones included). */
function declaredOn(target: object | undefined, property: string): ValidationMetadata[] {
  if (!target || typeof target !== 'object') return [];
  const all: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return all.filter((m) => m.propertyName === property);
}

/**
 * One failed constraint in Dutch: a message written on the decorator itself wins (it says something the general
 * rule cannot, e.g. "moet uit 8 cijfers bestaan"); otherwise the central message for the constraint and its
 * arguments (dutch-messages.ts).
 */
function problemText(name: string, declared: ValidationMetadata[]): string {
  const own = declared.find((m) => m.name === name);
  if (own && typeof own.message === 'string' && own.message) return own.message;
  const siblings = new Map(declared.filter((m) => m.name).map((m) => [m.name!, (m.constraints ?? []) as unknown[]]));
  return constraintMessage(name, { args: (own?.constraints ?? []) as unknown[], each: own?.each ?? false, siblings });
}

function flatten(errors: ValidationError[], prefix: string | undefined): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const declared = declaredOn(error.target, error.property);
    const own = Object.keys(error.constraints ?? {}).map((name) => ({ field, message: problemText(name, declared) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Text PostgreSQL cannot store: a NUL character is refused by every text column (as an internal error), so it is
 * bad input here, before anything is written, named by its path.
 */
function nulCharacters(value: unknown, path: string | undefined): FieldProblem[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ field: path ?? 'input', message: 'mag geen NUL-teken (\\u0000) bevatten' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulCharacters(item, path ? `${path}.${i}` : String(i)));
  // Only plain data as GraphQL hands it over; a custom parameter (the request, the current user) is not input.
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => nulCharacters(item, path ? `${path}.${key}` : key));
  }
  return [];
}

class RawValidationErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/** An `@Args()` parameter without a name, typed with an @ArgsType class: it receives every argument of the field. */
function isWholeArgsObject(metadata: ArgumentMetadata): boolean {
  return metadata.data === undefined && !!metadata.metatype && Reflect.getMetadata(CLASS_TYPE_METADATA, metadata.metatype) === 'args';
}

const OPTIONS: ValidationPipeOptions = {
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  // The target (the input object) is kept to look up the decorators' arguments; it is never sent to a client.
  validationError: { target: true, value: false },
  exceptionFactory: (errors) => new RawValidationErrors(errors),
};

/**
 * class-validator on every GraphQL argument; a failure becomes one BAD_USER_INPUT error naming each field by its
 * path as the client sent it, in Dutch ("input.hoursMin: moet een geheel getal zijn van 0 tot en met 60").
 * Unknown properties are rejected, not silently dropped. The exception: a field with several @ArgsType classes
 * (`@Args() page: PageArgs, @Args() filter: VacancyListArgs`) hands all its arguments to each class, so each
 * takes its own and leaves the others' to them (GraphQL itself already refuses arguments the field does not have).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  private readonly argsObjects = new ValidationPipe({ ...OPTIONS, forbidNonWhitelisted: false });

  constructor() {
    super(OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nul = metadata.type === 'custom' ? [] : nulCharacters(value, metadata.data);
    let result: unknown;
    try {
      result = isWholeArgsObject(metadata) ? await this.argsObjects.transform(value, metadata) : await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof RawValidationErrors) throw new BadInputError([...flatten(error.errors, metadata.data), ...nul]);
      throw error;
    }
    if (nul.length > 0) throw new BadInputError(nul);
    return result;
  }
}
