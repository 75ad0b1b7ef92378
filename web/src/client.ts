import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

/**
 * The one GraphQL client: same origin `/graphql`, the bearer token from the session, and a rejected or expired
 * token ends the session with a Dutch message instead of leaving the screen half-broken.
 */
export function createClient(getToken: () => string | null, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = getToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          const unauthenticated =
            error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated && getToken()) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
