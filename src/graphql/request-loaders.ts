import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Employer } from '../employers/employer.entity';

/**
 * Batches per request the look-ups nested fields need (a page of vacancies asks for its employers in one
 * query, not one per row). Created fresh for each request, so nothing is cached across users.
 */
export class RequestLoaders {
  readonly employerById: DataLoader<string, Employer | null>;

  constructor(dataSource: DataSource) {
    this.employerById = new DataLoader(async (ids: readonly string[]) => {
      const rows = await dataSource.getRepository(Employer).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

export interface GraphQLRequestContext {
  req: import('../auth/request-of').AuthenticatedRequest;
  loaders: RequestLoaders;
}
