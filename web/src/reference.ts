import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from './gql';

const CategoriesQuery = graphql(`
  query Categories {
    categories {
      code
      label
    }
  }
`);

/** Category code -> Dutch label, loaded once per session (reference data). */
export function useCategories(): { list: Array<{ code: string; label: string }>; labels: Map<string, string> } {
  const [{ data }] = useQuery({ query: CategoriesQuery, requestPolicy: 'cache-first' });
  return useMemo(() => {
    const list = data?.categories ?? [];
    return { list, labels: new Map(list.map((c) => [c.code, c.label])) };
  }, [data]);
}
