import { BadInputError } from '../graphql/errors';

/** Search pages are offsets into a ranked list (what both engines page by), capped so deep paging stays cheap. */
export const MAX_SEARCH_OFFSET = 10_000;

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeOffsetCursor(after: string | undefined, first: number): number {
  if (!after) return 0;
  let offset: unknown;
  try {
    offset = (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { o?: unknown }).o;
  } catch {
    offset = undefined;
  }
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset % first !== 0) {
    throw new BadInputError({ field: 'after', message: 'is geen cursor die deze zoekopdracht heeft uitgegeven (houd `first` gelijk bij het bladeren)' });
  }
  if (offset > MAX_SEARCH_OFFSET) {
    throw new BadInputError({ field: 'after', message: `pagina's na ${MAX_SEARCH_OFFSET} resultaten worden niet getoond: maak de zoekopdracht nauwer` });
  }
  return offset;
}
