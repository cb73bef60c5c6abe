import { cacheExchange, createClient, fetchExchange } from '@urql/core';

export const GRAPHQL_URL = '/graphql';

/**
 * POST only: the server's CSRF prevention refuses GETs without a preflight header,
 * and a JSON POST always carries `content-type: application/json`.
 */
export const client = createClient({
  url: GRAPHQL_URL,
  preferGetMethod: false,
  exchanges: [cacheExchange, fetchExchange],
});
