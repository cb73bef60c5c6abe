import { cacheExchange, createClient, fetchExchange, mapExchange, type CombinedError, type Operation } from '@urql/core';
import { retryExchange } from '@urql/exchange-retry';
import { ERROR_CODES } from '@lintas/shared';

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
 * Whether the server refused an operation for the caller's cost budget (refused before
 * anything ran, so sending it again is safe, mutations too). A page that reads a large
 * cohort 100 rows at a time can spend the budget faster than it refills.
 */
export function isThrottled(error: CombinedError | null | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === ERROR_CODES.THROTTLED);
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
    // Throttled: wait for the budget to refill (2,500 points a second) and send it again,
    // after 1 s, then about half as long again each time up to 8 s (about 20 s in all);
    // the page shows the error only if it is still refused.
    retryExchange({ initialDelayMs: 1_000, maxDelayMs: 8_000, randomDelay: true, maxNumberAttempts: 6, retryIf: (error) => isThrottled(error) }),
    fetchExchange,
  ],
});
