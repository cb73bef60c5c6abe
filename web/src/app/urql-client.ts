import { cacheExchange, createClient, fetchExchange, mapExchange, type CombinedError, type Operation } from '@urql/core';

export const GRAPHQL_URL = '/graphql';

/** Top-level codes that send the user somewhere else rather than into a page's error banner. */
export type AuthErrorCode = 'auth/unauthenticated' | 'auth/mfa-required' | 'auth/mfa-enrolment-required';
const REDIRECTING: readonly string[] = ['auth/unauthenticated', 'auth/mfa-required', 'auth/mfa-enrolment-required'];

let onAuthError: (code: AuthErrorCode) => void = () => {};

/** main.ts wires this to the router: a lapsed session or a pending MFA step goes to /masuk. */
export function setAuthErrorHandler(handler: (code: AuthErrorCode) => void): void {
  onAuthError = handler;
}

export function authErrorCode(error: CombinedError | null | undefined): AuthErrorCode | null {
  const code = error?.graphQLErrors.find((e) => REDIRECTING.includes(e.extensions?.code as string))?.extensions?.code;
  return (code as AuthErrorCode | undefined) ?? null;
}

/**
 * POST only: the server's CSRF prevention refuses GETs without a preflight header,
 * and a JSON POST always carries `content-type: application/json`. The session is
 * an HttpOnly cookie on the same origin, so fetch sends it by itself.
 */
export const client = createClient({
  url: GRAPHQL_URL,
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error: CombinedError, _operation: Operation) {
        const code = authErrorCode(error);
        if (code) onAuthError(code);
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});
