import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

/** The API's schema as a client sees it (introspection), sorted, in SDL: what schema.graphql holds. */
export async function fetchPrintedSchema(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
  });
  const body = (await res.json()) as { data: IntrospectionQuery };
  return `${printSchema(lexicographicSortSchema(buildClientSchema(body.data)))}\n`;
}
