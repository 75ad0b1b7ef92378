import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadInputError } from './errors';

/** Ids are UUIDs; anything else is bad input, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadInputError({ field: metadata.data ?? 'id', message: 'is geen geldige verwijzing (id)' });
    }
    return value;
  }
}

/** An id that may be null (to clear a reference), otherwise a UUID. */
@Injectable()
export class NullableUuidPipe implements PipeTransform<string | null, string | null> {
  private readonly uuid = new UuidPipe();

  transform(value: string | null, metadata: ArgumentMetadata): string | null {
    return value == null ? null : this.uuid.transform(value, metadata);
  }
}
