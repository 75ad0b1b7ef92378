import DataLoader from 'dataloader';
import type { Employer } from '../employers/employer.entity';

/** What the loaders read through: the owning modules' services (EmployersService fits). */
export interface LoaderSources {
  employers: { byIds(ids: readonly string[]): Promise<Employer[]> };
}

/**
 * Batches per request the look-ups nested fields need (a page of vacancies asks for its employers in one
 * query, not one per row). Created fresh for each request, so nothing is cached across users.
 */
export class RequestLoaders {
  readonly employerById: DataLoader<string, Employer | null>;

  constructor(sources: LoaderSources) {
    this.employerById = new DataLoader(async (ids: readonly string[]) => {
      const rows = await sources.employers.byIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

export interface GraphQLRequestContext {
  req: import('../auth/request-of').AuthenticatedRequest;
  loaders: RequestLoaders;
}
